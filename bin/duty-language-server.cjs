#!/usr/bin/env node
// The Duty language server: `duty-language-server --stdio` (or `--node-ipc` from VS Code).
require("./run.cjs")("server.cjs", __filename);
