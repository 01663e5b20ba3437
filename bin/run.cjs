// Starts a bundled entry point with Node >= 22. When started by an older Node, re-runs the
// command with the Node 24 that `npm install` put in node_modules, or says plainly what is missing.
const path = require("node:path");
const fs = require("node:fs");

module.exports = function run(bundle, command) {
  const major = Number(process.versions.node.split(".")[0]);
  if (major >= 22) {
    require(path.join(__dirname, "..", "dist", bundle));
    return;
  }
  const local = path.join(__dirname, "..", "node_modules", "node", "bin", "node");
  if (fs.existsSync(local)) {
    const { spawnSync } = require("node:child_process");
    const result = spawnSync(local, [command, ...process.argv.slice(2)], { stdio: "inherit" });
    process.exitCode = result.status ?? 2;
  } else {
    process.stderr.write(`${path.basename(command)}: Node.js 22 or newer is needed (this is ${process.version}). Run "npm install" in the Duty folder, or install Node 22+.\n`);
    process.exitCode = 2;
  }
};
