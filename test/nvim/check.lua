-- Drives the Duty language server from Neovim 0.7 (Debian's), an independent LSP client:
-- waits for pushed diagnostics, asks for a hover, writes a config file that turns a rule off and
-- waits for the server to notice, and writes what it saw as JSON.
local node = os.getenv("DUTY_NODE")
local server = os.getenv("DUTY_SERVER")
local output = os.getenv("DUTY_OUTPUT")
local hover_line = tonumber(os.getenv("DUTY_HOVER_LINE"))
local hover_col = tonumber(os.getenv("DUTY_HOVER_COL"))

local file = vim.fn.expand("%:p")
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "duty",
  cmd = { node, server, "--stdio" },
  root_dir = vim.fn.fnamemodify(file, ":h"),
})
vim.lsp.buf_attach_client(buf, client_id)

local result = { diagnostics = {}, hover = vim.NIL }
vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(result.diagnostics, { code = code, line = d.lnum, col = d.col, message = d.message })
end

vim.api.nvim_win_set_cursor(0, { hover_line + 1, hover_col })
local responses = vim.lsp.buf_request_sync(buf, "textDocument/hover", vim.lsp.util.make_position_params(), 10000)
for _, response in pairs(responses or {}) do
  if response.result and response.result.contents then
    result.hover = response.result.contents.value or response.result.contents
  end
end

-- A `.duty.json` written beside the policy, outside the editor: Neovim 0.7 watches no files, so
-- the server must notice it by itself (server/src/lsp/disk-changes.ts) and push again.
local silenced = os.getenv("DUTY_SILENCE_RULE")
if silenced then
  local config = io.open(vim.fn.fnamemodify(file, ":h") .. "/.duty.json", "w")
  config:write('{ "rules": { "' .. silenced .. '": "off" } }\n')
  config:close()
  local function still_there()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      if code == silenced then return true end
    end
    return false
  end
  local started = vim.loop.now()
  result.silenced_after_ms = vim.wait(15000, function() return not still_there() end, 50) and (vim.loop.now() - started) or vim.NIL
  result.after_config = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.after_config, d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code))
  end
end

local handle = io.open(output, "w")
handle:write(vim.fn.json_encode(result))
handle:close()
vim.lsp.stop_client(client_id)
vim.cmd("qa!")
