-- Drives Neovim's built-in LSP client (0.7+) against `corroborate-ls --stdio`: opens the
-- article, waits for diagnostics, asks for a hover, writes what it saw as JSON and quits.
-- Everything comes from environment variables so the mocha test decides what to check.
local article = vim.env.CORROBORATE_ARTICLE
local out = vim.env.CORROBORATE_OUT
local hover_line = tonumber(vim.env.CORROBORATE_HOVER_LINE)
local hover_char = tonumber(vim.env.CORROBORATE_HOVER_CHARACTER)
local expect_in_hover = vim.env.CORROBORATE_HOVER_EXPECT

local result = { diagnostics = {}, hover = vim.NIL, errors = {} }
local function finish()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'corroborate',
    cmd = { 'corroborate-ls', '--stdio' },
    root_dir = vim.fn.fnamemodify(article, ':p:h'),
    on_error = function(code) table.insert(result.errors, 'client error ' .. tostring(code)) end,
  })
  assert(client_id, 'the language server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- The hover names other outlets once the workspace scan has indexed them; ask until it does.
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = hover_line, character = hover_char } }
  vim.wait(30000, function()
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 5000) or {}
    for _, response in pairs(responses) do
      if response.result and response.result.contents then
        result.hover = response.result.contents.value
      end
    end
    return type(result.hover) == 'string' and (expect_in_hover == nil or result.hover:find(expect_in_hover, 1, true) ~= nil)
  end, 200)
  -- Conflicts need the other articles, so diagnostics are read once the hover shows them,
  -- after the server has republished for the indexed workspace.
  local expect_code = vim.env.CORROBORATE_DIAGNOSTIC_EXPECT
  vim.wait(30000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local lsp = d.user_data and d.user_data.lsp
      if expect_code == nil or (lsp and lsp.code == expect_code) then return true end
    end
    return false
  end, 50)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp
    table.insert(result.diagnostics, { line = d.lnum, col = d.col, severity = d.severity, message = d.message, code = lsp and lsp.code or vim.NIL })
  end
  vim.lsp.stop_client(client_id)
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish()
