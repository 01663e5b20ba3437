// `npm start`: the review of the bundled samples on the command line — what a drafter sees
// when Duty checks a folder of policies. (The editor experience arrives with the VS Code extension.)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
if (!existsSync(path.join(root, "dist", "cli.cjs"))) {
  spawnSync(process.execPath, [path.join(root, "esbuild.mjs")], { stdio: "inherit", cwd: root });
}
console.log("Duty reviews the sample policies in samples/ …\n");
const result = spawnSync(process.execPath, [path.join(root, "bin", "duty.cjs"), "check", "samples"], { stdio: "inherit", cwd: root });
// Findings (exit 1) are the point of the demo, not a failure of it.
process.exitCode = result.status === 1 ? 0 : (result.status ?? 2);
