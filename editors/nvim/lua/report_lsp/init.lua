-- ReportLSP for Neovim: runs `report-lsp serve` for text and Markdown buffers.
--
--   require('report_lsp').setup({ settings = { disabledRules = { 'L106' } } })
--
-- Neovim 0.11+ uses vim.lsp.config/vim.lsp.enable; 0.8–0.10 vim.lsp.start on FileType; older versions
-- (Debian's 0.7) vim.lsp.start_client with one client per root folder.
local M = {}

M.defaults = {
  -- The server command; `report-lsp` must be on PATH unless this names it.
  cmd = { 'report-lsp', 'serve' },
  filetypes = { 'text', 'markdown' },
  -- Files marking the root folder of a set of reports.
  root_markers = { '.reportlsp.json', '.reportlsp-waivers.json', '.git' },
  -- ReportLSP settings: the keys of .reportlsp.json (disabledRules, severity, gazetteerPath, …).
  settings = {},
  -- Show the findings under the cursor in a floating window on CursorHold (after 'updatetime' ms): a
  -- paragraph is one long line, where virtual text at its end is out of sight. false turns it off.
  float = true,
  on_attach = nil,
  capabilities = nil,
}

-- Lua encodes an empty table as a JSON array; the server wants an object.
local function object(value)
  if value == nil or next(value) == nil then
    return vim.empty_dict()
  end
  return value
end

local function root_dir(bufnr, markers)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local start = vim.fn.fnamemodify(name, ':p:h')
  for _, marker in ipairs(markers) do
    local found = vim.fn.findfile(marker, start .. ';')
    if found == '' then
      found = vim.fn.finddir(marker, start .. ';')
    end
    if found ~= '' then
      return vim.fn.fnamemodify(found, ':p:h'):gsub('/%.git/?$', '')
    end
  end
  return start
end

-- Client-side commands the server's code actions use.
local function register_commands()
  if not vim.lsp.commands then
    return
  end
  -- "忽略此处…": ask for the reason, then let the server record the waiver in .reportlsp-waivers.json through
  -- a workspace edit, and write the side file's buffer the edit left modified (the command line reads the file).
  vim.lsp.commands['reportLSP.waive'] = function(command, ctx)
    local client = vim.lsp.get_client_by_id(ctx.client_id)
    vim.ui.input({ prompt = '忽略此处的理由：' }, function(reason)
      if not client or not reason or vim.trim(reason) == '' then
        return
      end
      local args = vim.deepcopy((command.arguments or {})[1] or {})
      args.reason = vim.trim(reason)
      local params = { command = 'reportLSP.recordWaiver', arguments = { args } }
      client.request('workspace/executeCommand', params, function(err, result)
        if err then
          vim.notify('ReportLSP: ' .. (err.message or tostring(err)), vim.log.levels.ERROR)
          return
        end
        if type(result) == 'table' and type(result.waiverFile) == 'string' then
          local side = vim.uri_to_bufnr(result.waiverFile)
          if vim.api.nvim_buf_is_loaded(side) and vim.bo[side].modified then
            vim.api.nvim_buf_call(side, function()
              vim.cmd('silent noautocmd write')
            end)
          end
        end
      end, ctx.bufnr)
    end)
  end
end

local function lint_workspace()
  for _, client in pairs(vim.lsp.get_active_clients()) do
    if client.name == 'report_lsp' then
      client.request('workspace/executeCommand', { command = 'reportLSP.lintWorkspace', arguments = {} }, nil, 0)
    end
  end
end

-- On CursorHold, the findings under the cursor in a float wrapped to the window, not cut at its edge.
local function float_on_hold(bufnr)
  local group = vim.api.nvim_create_augroup('report_lsp_float_' .. bufnr, { clear = true })
  vim.api.nvim_create_autocmd('CursorHold', {
    group = group,
    buffer = bufnr,
    callback = function()
      vim.diagnostic.open_float({
        bufnr = bufnr,
        scope = 'cursor',
        focus = false,
        max_width = math.max(40, math.floor(vim.o.columns * 0.8)),
      })
    end,
  })
end

function M.config(options)
  local settings = object(options.settings)
  local on_attach = options.on_attach
  if options.float ~= false then
    local user_on_attach = on_attach
    on_attach = function(client, bufnr)
      float_on_hold(bufnr)
      if user_on_attach then
        user_on_attach(client, bufnr)
      end
    end
  end
  return {
    name = 'report_lsp',
    cmd = options.cmd,
    filetypes = options.filetypes,
    root_markers = options.root_markers,
    init_options = settings,
    settings = { reportLSP = settings },
    on_attach = on_attach,
    capabilities = options.capabilities,
  }
end

function M.setup(user)
  local options = vim.tbl_deep_extend('force', {}, M.defaults, user or {})
  local config = M.config(options)
  register_commands()
  vim.api.nvim_create_user_command('ReportLspLintWorkspace', lint_workspace, { desc = 'ReportLSP: 检查工作区全部报告' })

  if vim.lsp.config and vim.lsp.enable then
    vim.lsp.config('report_lsp', config)
    vim.lsp.enable('report_lsp')
    return
  end

  local group = vim.api.nvim_create_augroup('report_lsp', { clear = true })
  local clients = {}
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = options.filetypes,
    callback = function(event)
      if vim.bo[event.buf].buftype ~= '' then
        return
      end
      local start_config = vim.deepcopy(config)
      start_config.root_dir = root_dir(event.buf, options.root_markers)
      start_config.root_markers = nil
      start_config.filetypes = nil
      if vim.lsp.start then
        vim.lsp.start(start_config, { bufnr = event.buf })
        return
      end
      -- Neovim 0.7: one client per root folder, attached by hand.
      local id = clients[start_config.root_dir]
      if not id or vim.lsp.get_client_by_id(id) == nil then
        id = vim.lsp.start_client(start_config)
        clients[start_config.root_dir] = id
      end
      if id then
        vim.lsp.buf_attach_client(event.buf, id)
      end
    end,
  })
end

return M
