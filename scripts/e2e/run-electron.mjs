#!/usr/bin/env node
// `npm run test:e2e:electron`: the same in-host suite (test/e2e) in desktop VS Code, through
// @vscode/test-electron — for a developer's desktop with internet access: it downloads a VS Code
// build (stable, or DUTY_VSCODE_VERSION) into .e2e/vscode-test/ on first use. On machines that
// reach only the npm registry that download fails; use `npm run test:e2e` (code-server) there.
// DUTY_VSCODE_EXECUTABLE=/path/to/code uses an installed VS Code instead of downloading one.
// On Linux without a display, run it under xvfb-run.
//
//   node scripts/e2e/run-electron.mjs [--grep text]

import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { runTests } from "@vscode/test-electron";
import { buildSuite } from "./build.mjs";
import { copySamples, makeRunDir } from "./code-server.mjs";
import { E2E, ROOT } from "./tools.mjs";

const args = process.argv.slice(2);
const grep = args.includes("--grep") ? args[args.indexOf("--grep") + 1] : undefined;

async function main() {
  const built = spawnSync(process.execPath, [path.join(ROOT, "esbuild.mjs")], { cwd: ROOT, stdio: "inherit" });
  if (built.status !== 0) throw new Error("node esbuild.mjs failed");
  const testsPath = await buildSuite();

  const run = makeRunDir("electron");
  const workspace = copySamples(run, "workspace");
  const resultFile = path.join(run.dir, "result.json");
  const cachePath = path.join(E2E, "vscode-test");
  mkdirSync(cachePath, { recursive: true });

  let code = 1;
  let failure;
  try {
    code = await runTests({
      cachePath,
      ...(process.env.DUTY_VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.DUTY_VSCODE_EXECUTABLE } : { version: process.env.DUTY_VSCODE_VERSION ?? "stable" }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: testsPath,
      extensionTestsEnv: { DUTY_E2E_RESULT: resultFile, ...(grep ? { DUTY_E2E_GREP: grep } : {}) },
      launchArgs: [
        workspace,
        "--disable-extensions", // other installed extensions; the one under test still loads
        "--disable-workspace-trust",
        "--skip-welcome",
        "--skip-release-notes",
        "--disable-gpu",
        "--user-data-dir",
        run.userData,
        "--extensions-dir",
        run.extensions,
      ],
    });
  } catch (error) {
    failure = error;
  }

  try {
    const result = JSON.parse(readFileSync(resultFile, "utf8"));
    console.log(`\nin-host suite (${result.host.uiKind}, VS Code ${result.host.vscode}, Node ${result.host.node}), run in ${path.relative(ROOT, run.dir)}/`);
    console.log(`${result.passed} passed, ${result.failed} failed${result.pending ? `, ${result.pending} skipped` : ""}`);
  } catch {
    console.log(`\nno result file from the suite${failure ? "" : ` (VS Code exited with ${code}): it did not run`}`);
    if (!failure) return 1;
  }
  if (failure) throw failure;
  return code;
}

try {
  process.exitCode = await main();
} catch (error) {
  // runTests rejects with TestRunFailedError when the tests fail, or with the download's error.
  console.error(`[duty e2e] ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
