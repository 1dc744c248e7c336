-- Neovim 0.11+ without the plugin's setup(): `vim.lsp.enable('report_lsp')` finds this file on the runtimepath.
return require('report_lsp').config(require('report_lsp').defaults)
