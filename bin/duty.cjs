#!/usr/bin/env node
// The `duty` command: the bundled CLI (built by `npm install` / `npm run build`).
// Duty needs Node >= 22. When started by an older Node, it re-runs itself with the Node 24
// that `npm install` put in node_modules, or says plainly what is missing.
const path = require("node:path");
const fs = require("node:fs");

const major = Number(process.versions.node.split(".")[0]);
if (major >= 22) {
  require("../dist/cli.cjs");
} else {
  const local = path.join(__dirname, "..", "node_modules", "node", "bin", "node");
  if (fs.existsSync(local)) {
    const { spawnSync } = require("node:child_process");
    const result = spawnSync(local, [__filename, ...process.argv.slice(2)], { stdio: "inherit" });
    process.exitCode = result.status ?? 2;
  } else {
    process.stderr.write(`duty: Node.js 22 or newer is needed (this is ${process.version}). Run "npm install" in the Duty folder, or install Node 22+.\n`);
    process.exitCode = 2;
  }
}
