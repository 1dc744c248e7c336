-- End-to-end test of the Neovim plugin against the real server, headless:
--   REPORT_LSP_BIN=… REPORT_LSP_FILE=… nvim --headless -u NONE -c 'luafile editors/nvim/test/e2e.lua'
-- Opens a report, waits for the N104 diagnostic, applies its quick fix and checks the buffer changed; then
-- runs "忽略此处…" on the L102 finding (the plugin's reportLSP.waive with the reason typed in vim.ui.input)
-- and checks the side file on disk and that the finding is gone. Written for Neovim 0.7 (Debian) and later.
local function finish(ok, message)
  io.stderr:write('nvim-e2e: ' .. (ok and 'ok' or 'FAIL') .. ': ' .. message .. '\n')
  vim.cmd(ok and 'qall!' or 'cquit 1')
end

local ok, err = pcall(function()
  local binary = assert(os.getenv('REPORT_LSP_BIN'), 'REPORT_LSP_BIN not set')
  local file = assert(os.getenv('REPORT_LSP_FILE'), 'REPORT_LSP_FILE not set')
  local plugin = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h:h')
  vim.opt.runtimepath:prepend(plugin)
  vim.cmd('filetype on')
  require('report_lsp').setup({ cmd = { binary, 'serve' }, settings = { severity = { N104 = 'error' } } })
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  assert(vim.bo[buf].filetype == 'markdown', 'filetype is ' .. vim.bo[buf].filetype)

  local function finding(code)
    for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
      local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
      if (diagnostic.code or lsp.code) == code then
        return diagnostic, lsp
      end
    end
  end
  local function n104()
    return finding('N104')
  end
  if not vim.wait(20000, function() return n104() ~= nil end, 50) then
    return finish(false, 'no N104 diagnostic within 20 s')
  end
  local diagnostic = n104()
  assert(diagnostic.severity == vim.diagnostic.severity.ERROR, 'the severity setting did not reach the server')

  -- CursorHold on the finding opens a float with its message (a paragraph is one long line).
  vim.api.nvim_win_set_cursor(0, { diagnostic.lnum + 1, diagnostic.col })
  vim.cmd('doautocmd CursorHold')
  local shown
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= '' then
      shown = table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false), '\n')
      vim.api.nvim_win_close(win, true)
    end
  end
  if not shown or not shown:find('发文字号', 1, true) then
    return finish(false, 'no float with the N104 message on CursorHold: ' .. tostring(shown))
  end

  -- The whole line of the finding (0.7 keeps no LSP range in user_data); the server answers with the
  -- fixes of the findings the range touches.
  local line_range = { start = { line = diagnostic.lnum, character = 0 }, ['end'] = { line = diagnostic.lnum + 1, character = 0 } }
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = line_range,
    context = { diagnostics = {} },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}
  local chosen, client_id
  for id, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      if action.edit and action.title:find('〔2021〕', 1, true) then
        chosen, client_id = action, id
      end
    end
  end
  if not chosen then
    return finish(false, 'no quick fix titled 〔2021〕 in ' .. vim.inspect(responses))
  end
  local client = vim.lsp.get_client_by_id(client_id)
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
  local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
  if not text:find('丙财绩〔2021〕6号', 1, true) then
    return finish(false, 'buffer not fixed:\n' .. text)
  end
  -- The server re-analyses the edited buffer: the finding goes away.
  if not vim.wait(20000, function() return n104() == nil end, 50) then
    return finish(false, 'N104 still reported after the fix')
  end

  -- "忽略此处…" on the L102 finding: the code action runs the plugin's command, which asks for the reason.
  local l102 = finding('L102')
  if not l102 then
    return finish(false, 'no L102 diagnostic')
  end
  params.range = { start = { line = l102.lnum, character = 0 }, ['end'] = { line = l102.lnum + 1, character = 0 } }
  responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}
  local waive
  for id, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      if action.command and action.command.command == 'reportLSP.waive' and action.title:find('L102', 1, true) then
        waive, client_id = action, id
      end
    end
  end
  if not waive then
    return finish(false, 'no 忽略此处… action in ' .. vim.inspect(responses))
  end
  vim.ui.input = function(_, on_confirm)
    on_confirm('  引用原文  ')
  end
  vim.lsp.commands['reportLSP.waive'](waive.command, { client_id = client_id, bufnr = buf })
  local side = vim.fn.fnamemodify(file, ':p:h') .. '/.reportlsp-waivers.json'
  local function recorded()
    local lines = vim.fn.filereadable(side) == 1 and vim.fn.readfile(side) or {}
    return table.concat(lines, '\n'):find('"reason"%s*:%s*"引用原文"') ~= nil
  end
  if not vim.wait(20000, recorded, 50) then
    return finish(false, 'the waiver was not written to ' .. side)
  end
  if not vim.wait(20000, function() return finding('L102') == nil end, 50) then
    return finish(false, 'L102 still reported after the waiver')
  end
  finish(true, 'diagnostic shown, quick fix applied, finding cleared, waiver recorded')
end)
if not ok then
  finish(false, tostring(err))
end
