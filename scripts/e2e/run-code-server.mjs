#!/usr/bin/env node
// `npm run test:e2e`: the Duty extension tested in a real VS Code on this machine — code-server
// (VS Code served to a browser) on 127.0.0.1, driven through Debian's headless Chromium by
// playwright-core. Two parts, one code-server:
//
//  1. the extension's mocha suite (test/e2e/suite) INSIDE the real remote extension host, with the
//     real `vscode` API: the workbench is opened with a `payload` that names the extension's
//     development folder and the suite, which a built VS Code honours only with the smoke-test
//     driver enabled — an init script turns it on where the workbench reads its settings. The
//     suite's output arrives through window.codeAutomationLog, its exit code through
//     window.codeAutomationExit;
//  2. what a person sees, with the packaged .vsix installed: Quick Open a sample, the squiggle, its
//     hover with the law, the Problems panel; screenshots in .e2e/artifacts/.
//
// Everything it writes goes to .e2e/run-<n>/ (code-server's data, XDG_* and TMPDIR) and
// .e2e/artifacts/. Exit code 0 when both parts pass.
//
//   node scripts/e2e/run-code-server.mjs [--suite-only | --ui-only] [--grep text]
//                                        [--update-docs-screenshot]
//
// --update-docs-screenshot copies the editor-and-hover screenshot to docs/images/hover.png (the
// README's picture), shrunk with pngquant when it is installed.

import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { buildSuite } from "./build.mjs";
import { copySamples, freePort, installExtension, makeRunDir, packageExtension, startCodeServer, stopGroup } from "./code-server.mjs";
import { E2E, ensureTools, requireChromium, ROOT } from "./tools.mjs";

const ARTIFACTS = path.join(E2E, "artifacts");
const SUITE_TIMEOUT_MS = 5 * 60 * 1000;
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

const args = process.argv.slice(2);
const only = args.includes("--suite-only") ? "suite" : args.includes("--ui-only") ? "ui" : "both";
const grep = args.includes("--grep") ? args[args.indexOf("--grep") + 1] : undefined;
const updateDocsScreenshot = args.includes("--update-docs-screenshot");

const began = Date.now();
const timings = [];
async function step(name, work) {
  const started = Date.now();
  console.log(`\n== ${name}`);
  try {
    return await work();
  } finally {
    timings.push([name, Date.now() - started]);
  }
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** The workbench URL that opens `folder`, optionally with a development payload. */
function workbenchUrl(server, folder, payload) {
  const query = new URLSearchParams({ folder });
  if (payload) query.set("payload", JSON.stringify(payload));
  return `${server.url}/?${query}`;
}

/** Makes the built workbench honour the payload: enableSmokeTestDriver in its settings. */
function enableSmokeTestDriver() {
  const getAttribute = Element.prototype.getAttribute;
  Element.prototype.getAttribute = function (name) {
    const value = getAttribute.call(this, name);
    if (name === "data-settings" && this.id === "vscode-workbench-web-configuration" && value) {
      try {
        const settings = JSON.parse(value);
        settings.developmentOptions = { ...(settings.developmentOptions ?? {}), enableSmokeTestDriver: true };
        return JSON.stringify(settings);
      } catch {
        return value;
      }
    }
    return value;
  };
}

/** Part 1: the mocha suite inside the remote extension host. Resolves to the suite's exit code. */
async function runSuite(context, server, run, workspace) {
  const page = await context.newPage();
  const log = [];
  const browserLog = [];
  page.on("console", (message) => browserLog.push(`[${message.type()}] ${message.text()}`));
  page.on("pageerror", (error) => browserLog.push(`[pageerror] ${error.message}`));
  let exit;
  const exited = new Promise((resolve) => (exit = resolve));
  await page.exposeFunction("codeAutomationLog", (level, message) => {
    // Mocha colours its ✔ when it loads under CI=true, whatever the color option: plain text here.
    const text = String(message ?? "").replace(/\x1b\[[0-9;]*m/g, "");
    log.push(`[${level}] ${text}`);
    // The extension host's console, mocha's reporter among it.
    for (const line of text.split("\n")) console.log(`  │ ${line}`);
  });
  await page.exposeFunction("codeAutomationExit", (code, logs) => {
    if (Array.isArray(logs)) {
      for (const entry of logs) {
        if (!entry?.relativePath || typeof entry.contents !== "string") continue;
        const target = path.join(run.dir, "workbench-logs", entry.relativePath);
        if (!target.startsWith(path.join(run.dir, "workbench-logs"))) continue;
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, entry.contents);
      }
    }
    exit(Number(code));
  });
  await page.addInitScript(enableSmokeTestDriver);
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const url = workbenchUrl(server, workspace, [
    ["extensionDevelopmentPath", remote(ROOT)],
    ["extensionTestsPath", remote(path.join(ROOT, "out", "e2e", "index.cjs"))],
  ]);
  await page.goto(url);
  let timer;
  const code = await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(() => resolve("timeout"), SUITE_TIMEOUT_MS)))]);
  clearTimeout(timer);
  writeFileSync(path.join(run.dir, "suite.log"), `${log.join("\n")}\n`);
  writeFileSync(path.join(run.dir, "suite-browser.log"), `${browserLog.join("\n")}\n`);
  await page.close().catch(() => {});
  if (code === "timeout") {
    console.log(`  the suite did not finish within ${seconds(SUITE_TIMEOUT_MS)}; the browser's console is in ${path.relative(ROOT, path.join(run.dir, "suite-browser.log"))}`);
    return 1;
  }
  return code;
}

/** Waits for `predicate` to hold, polling. */
async function until(predicate, what, timeout = 30000) {
  const started = Date.now();
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() - started > timeout) throw new Error(`timed out after ${seconds(timeout)} waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Part 2: what a person sees, with the .vsix installed. Throws on the first thing not seen. */
async function runUi(context, server, run, workspace) {
  const page = await context.newPage();
  const checks = [];
  const check = (what) => {
    checks.push(what);
    console.log(`  ✓ ${what}`);
  };
  try {
    await page.goto(workbenchUrl(server, workspace));
    // The explorer lists the folder once the remote extension host is connected.
    await page.locator(".explorer-folders-view .monaco-list-row").first().waitFor({ timeout: 60000 });
    check("the workbench opened the samples folder");

    await page.keyboard.press("Control+P");
    const quickInput = page.locator(".quick-input-widget input");
    await quickInput.waitFor({ state: "visible" });
    await quickInput.fill("emergency-surgery-consent.duty");
    await page.locator(".quick-input-widget .monaco-list-row", { hasText: "emergency-surgery-consent.duty" }).first().waitFor();
    await page.keyboard.press("Enter");
    const editor = page.locator(".editor-instance .monaco-editor").first();
    await editor.waitFor();
    // The sample's errors are on lines 48 and 54, which the code lens above line 41 pushes below
    // the fold of this window: reveal them, wait for the squiggle, then go back to the top.
    await page.keyboard.press("Control+G");
    await quickInput.waitFor({ state: "visible" });
    await quickInput.fill(":54");
    await page.keyboard.press("Enter");
    await page.locator(".monaco-editor .squiggly-error").first().waitFor({ timeout: 60000 });
    check("Quick Open opened emergency-surgery-consent.duty and the review underlined its defects");
    await page.keyboard.press("Control+Home");
    await page.locator(".editor-instance .view-line", { hasText: "政策" }).first().waitFor();

    // The TextMate grammar colours the file: the comment on the first line is the theme's comment
    // colour. The editor tokenizes in the background, after the lines are shown: the colours are
    // read again until they differ (or 20 s have passed), as a person would see them settle.
    const colourOf = (start) =>
      page.evaluate((prefix) => {
        const line = [...document.querySelectorAll(".editor-instance .view-line")].find((element) => element.textContent?.replace(/\u00a0/g, " ").startsWith(prefix));
        const span = line?.querySelector("span span");
        return span ? getComputedStyle(span).color : null;
      }, start);
    let commentColour = null;
    let keywordColour = null;
    for (let attempt = 0; attempt < 40; attempt++) {
      commentColour = await colourOf("// Defects");
      keywordColour = await colourOf("政策");
      if (commentColour && keywordColour && commentColour !== keywordColour) break;
      await page.waitForTimeout(500);
    }
    if (!commentColour || !keywordColour || commentColour === keywordColour) throw new Error(`the grammar does not colour the file (comment ${commentColour}, keyword ${keywordColour})`);
    check(`the TextMate grammar colours it (comment ${commentColour}, keyword ${keywordColour})`);

    // Go to line 48, `前提：患者簽字`, whose squiggle is the no-signature-no-surgery finding.
    await page.keyboard.press("Control+G");
    await quickInput.waitFor({ state: "visible" });
    await quickInput.fill(":48:7");
    await page.keyboard.press("Enter");
    const squiggleUnderConsent = () =>
      page.evaluate(() => {
        const line = [...document.querySelectorAll(".editor-instance .view-line")].find((element) => element.textContent?.replace(/\u00a0/g, " ").includes("前提：患者簽字"));
        if (!line) return null;
        const box = line.getBoundingClientRect();
        const squiggles = [...document.querySelectorAll(".editor-instance .squiggly-error")].map((element) => element.getBoundingClientRect());
        const squiggle = squiggles.find((s) => s.top >= box.top - 2 && s.bottom <= box.bottom + 2 && s.width > 0);
        return squiggle ? { x: Math.round(squiggle.left + squiggle.width / 2), y: Math.round(squiggle.top + squiggle.height / 2) } : null;
      });
    const hover = page.locator(".monaco-hover:visible").first();
    // The editor scrolls smoothly to the line: hover once the squiggle stands still, and again
    // should the hover not come (a late layout change moves the text under the mouse).
    for (let attempt = 1; ; attempt++) {
      let target = null;
      await until(async () => {
        const before = await squiggleUnderConsent();
        await page.waitForTimeout(400);
        const after = await squiggleUnderConsent();
        target = before && after && before.x === after.x && before.y === after.y ? after : null;
        return target;
      }, "the squiggle under 患者簽字 to stand still");
      await page.mouse.move(target.x - 40, target.y - 60);
      await page.mouse.move(target.x, target.y, { steps: 5 });
      try {
        await hover.waitFor({ timeout: 6000 });
        break;
      } catch {
        if (attempt === 3) throw new Error(`no hover appeared over the squiggle at (${target.x}, ${target.y}) in 3 attempts`);
        await page.mouse.move(5, 400);
      }
    }
    const hoverText = await until(async () => {
      const text = await hover.innerText().catch(() => "");
      return /《醫師法》第二十七條/.test(text) && /emergency-consent/.test(text) ? text : null;
    }, "a hover with the finding and 《醫師法》第二十七條", 20000);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(ARTIFACTS, "hover.png") });
    // The editor and its hover alone, for the README.
    const editorPart = await page.locator(".part.editor").boundingBox();
    if (editorPart) await page.screenshot({ path: path.join(ARTIFACTS, "hover-editor.png"), clip: editorPart });
    check(`hovering the squiggle shows the finding and the law: “${hoverText.split("\n").find((l) => /《醫師法》第二十七條/.test(l))?.slice(0, 60)}…”`);

    await page.keyboard.press("Escape");
    await page.mouse.move(5, 5);
    await page.keyboard.press("Control+Shift+M");
    const rows = page.locator(".markers-panel .monaco-list-row");
    await rows.first().waitFor({ timeout: 15000 });
    const problems = await until(async () => {
      const texts = await rows.allInnerTexts();
      return texts.some((t) => t.includes("tolerance/emergency-consent")) ? texts : null;
    }, "tolerance/emergency-consent in the Problems panel");
    const row = problems.find((t) => t.includes("tolerance/emergency-consent"));
    if (!/無簽字不手術|患者簽字/.test(row)) throw new Error(`the Problems row does not say what is wrong: ${row}`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(ARTIFACTS, "problems.png") });
    check(`the Problems panel lists ${problems.length} rows, among them “${row.replace(/\s+/g, " ").slice(0, 90)}…”`);

    // A 简体 draft next to ASCII names: full-width punctuation (：，) is not boxed as "ambiguous".
    await page.keyboard.press("Control+P");
    await quickInput.waitFor({ state: "visible" });
    await quickInput.fill("bank-withdrawal-registration.duty");
    await page.locator(".quick-input-widget .monaco-list-row", { hasText: "bank-withdrawal-registration.duty" }).first().waitFor();
    await page.keyboard.press("Enter");
    await until(() => page.evaluate(() => [...document.querySelectorAll(".editor-instance .view-line")].some((line) => line.textContent?.includes("branch"))), "the registration draft in the editor");
    await page.locator(".editor-instance .squiggly-warning").first().waitFor({ timeout: 30000 });
    const boxed = await page.locator(".editor-instance .unicode-highlight").count();
    if (boxed > 0) {
      await page.screenshot({ path: path.join(ARTIFACTS, "unicode-highlight.png") });
      throw new Error(`${boxed} full-width characters are boxed as ambiguous in a 简体 policy (screenshot unicode-highlight.png)`);
    }
    check("full-width punctuation in a 简体 policy is not boxed as ambiguous");
  } catch (error) {
    await page.screenshot({ path: path.join(ARTIFACTS, "failure.png") }).catch(() => {});
    throw error;
  } finally {
    await page.close().catch(() => {});
  }
  return checks;
}

async function main() {
  const tools = await step("editor tools (installed on first use)", async () => {
    const installed = await ensureTools();
    requireChromium();
    return installed;
  });
  await step("build: the bundles and the in-host suite", async () => {
    const built = spawnSync(process.execPath, [path.join(ROOT, "esbuild.mjs")], { cwd: ROOT, stdio: "inherit" });
    if (built.status !== 0) throw new Error("node esbuild.mjs failed");
    console.log(`  ${path.relative(ROOT, await buildSuite())}`);
  });
  const run = makeRunDir("run");
  // Playwright and Chromium write their temporary files there too, not in /tmp.
  process.env.TMPDIR = run.tmp;
  // Only this run's screenshots: no failure.png left over from an earlier run.
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  const vsix = await step("package and install the .vsix into the run's extensions folder", async () => {
    const file = packageExtension(path.join(run.dir, "duty.vsix"));
    const listed = installExtension(run, tools, file);
    console.log(`  ${path.relative(ROOT, file)} → ${listed.join(", ")}`);
    return file;
  });
  const workspace = copySamples(run, "workspace");
  const uiWorkspace = copySamples(run, "workspace-ui");
  const resultFile = path.join(run.dir, "result.json");
  const port = await freePort();
  const server = await step(`code-server on 127.0.0.1:${port}`, async () => {
    const started = await startCodeServer(run, tools, { port, env: { DUTY_E2E_RESULT: resultFile, ...(grep ? { DUTY_E2E_GREP: grep } : {}) } });
    console.log(`  /healthz answered in ${seconds(started.startedInMs)}; logs in ${path.relative(ROOT, run.log)}`);
    return started;
  });
  // Ctrl+C, or any other end of this process, also ends code-server's process group.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.once(signal, () => {
      console.log(`\n${signal}: stopping code-server`);
      stopGroup(server.child).finally(() => process.exit(130));
    });
  }
  process.once("exit", () => {
    try {
      if (server.child.exitCode === null) process.kill(-server.child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  });

  let suiteCode = null;
  let uiChecks = null;
  let uiError = null;
  let context;
  try {
    const { chromium } = await import(pathToFileURL(path.join(tools.playwrightCore, "index.mjs")).href);
    context = await chromium.launchPersistentContext(path.join(run.dir, "chromium"), {
      executablePath: tools.chromium,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1280, height: 800 },
    });
    if (only !== "ui") {
      suiteCode = await step("the extension's suite inside the extension host", () => runSuite(context, server, run, workspace));
    }
    if (only !== "suite") {
      await step("what a person sees (the installed .vsix)", async () => {
        try {
          uiChecks = await runUi(context, server, run, uiWorkspace);
        } catch (error) {
          uiError = error;
          console.log(`  ✗ ${error instanceof Error ? error.message : error}`);
        }
      });
    }
  } finally {
    await context?.close().catch(() => {});
    await stopGroup(server.child);
  }

  console.log("\n== summary");
  for (const [name, ms] of timings) console.log(`  ${seconds(ms).padStart(8)}  ${name}`);
  console.log(`  ${seconds(Date.now() - began).padStart(8)}  in all`);
  let passed = 0;
  let failed = 0;
  let pending = 0;
  if (suiteCode !== null) {
    try {
      const result = JSON.parse(readFileSync(resultFile, "utf8"));
      passed += result.passed;
      failed += result.failed;
      pending += result.pending;
      console.log(`  in-host suite (${result.host.uiKind}, VS Code ${result.host.vscode}, Node ${result.host.node}): ${result.passed} passed, ${result.failed} failed, ${result.pending} skipped`);
    } catch {
      failed += 1;
      console.log(`  in-host suite: no result file (exit code ${suiteCode})`);
    }
    if (suiteCode !== 0 && failed === 0) failed += 1;
  }
  if (only !== "suite") {
    if (uiChecks) passed += 1;
    else failed += 1;
    console.log(`  UI: ${uiChecks ? `${uiChecks.length} checks passed` : `failed: ${uiError instanceof Error ? uiError.message : uiError}`}; screenshots in ${path.relative(ROOT, ARTIFACTS)}/`);
  }
  if (updateDocsScreenshot && uiChecks) {
    const target = path.join(ROOT, "docs", "images", "hover.png");
    mkdirSync(path.dirname(target), { recursive: true });
    const shrunk = spawnSync("pngquant", ["--quality=70-95", "--speed", "1", "--force", "--output", target, path.join(ARTIFACTS, "hover-editor.png")]);
    if (shrunk.status !== 0) copyFileSync(path.join(ARTIFACTS, "hover-editor.png"), target);
    console.log(`  updated ${path.relative(ROOT, target)}${shrunk.status === 0 ? " (pngquant)" : ""}`);
  }
  console.log(`  this run's files: ${path.relative(ROOT, run.dir)}/ (${path.basename(vsix)}, code-server's data and logs, suite.log, the workspaces)`);
  console.log(`\n${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ""}`);
  process.exitCode = failed === 0 ? 0 : 1;
}

try {
  await main();
} catch (error) {
  console.error(`\n[duty e2e] ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
