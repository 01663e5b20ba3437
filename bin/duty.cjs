#!/usr/bin/env node
// The `duty` command line (bundled into dist/ by `npm install` / `npm run build`).
require("./run.cjs")("cli.cjs", __filename);
