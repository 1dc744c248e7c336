-- End-to-end test of the Neovim plugin against the real server, headless:
--   REPORT_LSP_BIN=… REPORT_LSP_FILE=… nvim --headless -u NONE -c 'luafile editors/nvim/test/e2e.lua'
-- Opens a report, waits for the N104 diagnostic, applies its quick fix and checks the buffer changed.
-- Written for Neovim 0.7 (Debian) and later.
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

  local function n104()
    for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
      local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
      if (diagnostic.code or lsp.code) == 'N104' then
        return diagnostic, lsp
      end
    end
  end
  if not vim.wait(20000, function() return n104() ~= nil end, 50) then
    return finish(false, 'no N104 diagnostic within 20 s')
  end
  local diagnostic = n104()
  assert(diagnostic.severity == vim.diagnostic.severity.ERROR, 'the severity setting did not reach the server')

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
  finish(true, 'diagnostic shown, quick fix applied, finding cleared')
end)
if not ok then
  finish(false, tostring(err))
end
