/**
 * The entry point VS Code calls in the extension host (`extensionTestsPath`): runs the suite in
 * ./suite with mocha and writes a JSON result file. The same module serves code-server
 * (scripts/e2e/run-code-server.mjs) and desktop VS Code (scripts/e2e/run-electron.mjs).
 *
 * Bundled by scripts/e2e/build.mjs to out/e2e/index.cjs; mocha is loaded from the project's
 * node_modules at run time (it is an ES module, so it is imported, not bundled).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import * as util from "node:util";
import type MochaType from "mocha";
import * as vscode from "vscode";

interface TestResult {
  title: string;
  state: "passed" | "failed" | "pending";
  duration?: number;
  error?: string;
}

/** out/e2e/index.cjs → the project folder. */
const ROOT = path.resolve(__dirname, "..", "..");

export async function run(): Promise<void> {
  const { default: Mocha } = (await import(pathToFileURL(path.join(ROOT, "node_modules", "mocha", "index.js")).href)) as { default: typeof MochaType };
  // In code-server, extension-host output reaches the launcher through the workbench, with the
  // arguments joined and not printf-formatted: format here.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(util.format(...args));
  const mocha = new Mocha({ ui: "bdd", reporter: "spec", color: false, timeout: 60000 });
  const suite = path.join(__dirname, "suite");
  const grep = process.env.DUTY_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(suite).filter((name) => name.endsWith(".test.cjs")).sort()) mocha.addFile(path.join(suite, file));
  await mocha.loadFilesAsync();

  const results: TestResult[] = [];
  const started = Date.now();
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on("pass", (test) => results.push({ title: test.fullTitle(), state: "passed", duration: test.duration ?? 0 }));
    runner.on("fail", (test, error: Error) => results.push({ title: test.fullTitle(), state: "failed", error: error?.stack ?? String(error) }));
    runner.on("pending", (test) => results.push({ title: test.fullTitle(), state: "pending" }));
  });

  const summary = {
    passed: results.filter((r) => r.state === "passed").length,
    failed: failures,
    pending: results.filter((r) => r.state === "pending").length,
    durationMs: Date.now() - started,
    host: { node: process.version, uiKind: vscode.env.uiKind === vscode.UIKind.Web ? "web" : "desktop", vscode: vscode.version },
    tests: results,
  };
  const resultFile = process.env.DUTY_E2E_RESULT;
  if (resultFile) {
    fs.mkdirSync(path.dirname(resultFile), { recursive: true });
    fs.writeFileSync(resultFile, `${JSON.stringify(summary, null, 2)}\n`);
  }
  if (failures > 0) throw new Error(`${failures} of ${results.length} editor tests failed`);
}
