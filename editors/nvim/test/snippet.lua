-- The README's shortest Neovim setup, as printed there, against the real server (`report-lsp` on PATH):
--   REPORT_LSP_SNIPPET=snippet.lua REPORT_LSP_FILE=report.md nvim --headless -u NONE -c 'luafile editors/nvim/test/snippet.lua'
local function finish(ok, message)
  io.stderr:write('nvim-readme: ' .. (ok and 'ok' or 'FAIL') .. ': ' .. message .. '\n')
  vim.cmd(ok and 'qall!' or 'cquit 1')
end

local ok, err = pcall(function()
  vim.cmd('filetype on')
  dofile(assert(os.getenv('REPORT_LSP_SNIPPET'), 'REPORT_LSP_SNIPPET not set'))
  local file = assert(os.getenv('REPORT_LSP_FILE'), 'REPORT_LSP_FILE not set')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local function n104()
    for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
      local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
      if (diagnostic.code or lsp.code) == 'N104' then
        return diagnostic
      end
    end
  end
  if not vim.wait(20000, function() return n104() ~= nil end, 50) then
    return finish(false, 'the README setup gave no N104 diagnostic within 20 s (Neovim ' .. tostring(vim.version().minor) .. ')')
  end
  finish(true, 'the README setup works on Neovim 0.' .. vim.version().minor)
end)
if not ok then
  finish(false, tostring(err))
end
