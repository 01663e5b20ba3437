// `npm start`: Duty in a real VS Code. Builds, installs the editor tools on first use (code-server
// and Node 24, into .e2e/tools/, with progress), packages the extension (duty-<version>.vsix),
// installs it into a code-server of its own, bound to 127.0.0.1 on a free port, with samples/
// open, and prints the address to open in a browser. Ctrl+C stops code-server and everything it
// started (its process group).
//
// Where the editor cannot start (an unsupported platform, no registry, a failed install), it
// says why in one line and runs the same review on the command line: `duty check samples`.
//
//   npm start                      the editor, until Ctrl+C
//   npm start -- --port 8080       on a chosen port (default: a free one)
//   npm start -- --cli             only the review on the command line
//   npm start -- --smoke           start, check that the editor answers with the extension
//                                  installed, stop (what CI runs; also chosen when CI is set and
//                                  there is no terminal). Exit 1 if the editor did not start.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const args = process.argv.slice(2);
const cliOnly = args.includes("--cli");
const autoSmoke = !args.includes("--smoke") && Boolean(process.env.CI) && process.env.CI !== "false" && !process.stdin.isTTY;
const smoke = args.includes("--smoke") || autoSmoke;
const portArg = args.includes("--port") ? Number(args[args.indexOf("--port") + 1]) : undefined;

/** The review on the command line; findings (exit 1) are the point of the demo, not a failure. */
function reviewOnCommandLine() {
  console.log("Duty reviews the sample policies in samples/ …\n");
  const result = spawnSync(process.execPath, [path.join(root, "bin", "duty.cjs"), "check", "samples"], { stdio: "inherit", cwd: root });
  return result.status === 1 ? 0 : (result.status ?? 2);
}

function build() {
  const result = spawnSync(process.execPath, [path.join(root, "esbuild.mjs")], { stdio: "inherit", cwd: root });
  if (result.status !== 0) throw new Error("the build failed (node esbuild.mjs)");
}

function firstLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].replace(/[.:]\s*$/, "");
}

async function startEditor() {
  // Imported here so that `--cli` and a failed import still leave the command-line review.
  const { CODE_SERVER_VERSION, ensureTools, ROOT } = await import("./e2e/tools.mjs");
  const { freePort, installExtension, makeRunDir, packageExtension, startCodeServer, stopGroup } = await import("./e2e/code-server.mjs");

  const tools = await ensureTools();
  const vsixName = `${pkg.name}-${pkg.version}.vsix`;
  console.log(`Packaging the extension: ${vsixName} …`);
  const vsix = packageExtension(path.join(ROOT, vsixName));
  const run = makeRunDir("start", 2);
  const installed = installExtension(run, tools, vsix);
  const id = `${pkg.publisher}.${pkg.name}@${pkg.version}`;
  if (!installed.includes(id)) throw new Error(`code-server lists ${installed.join(", ") || "no extensions"}, not ${id}`);
  console.log(`Installed ${id} into ${path.relative(ROOT, run.extensions)}/`);

  const samples = path.join(ROOT, "samples");
  const port = portArg ?? (await freePort());
  const server = await startCodeServer(run, tools, { port, folder: samples });
  const url = `${server.url}/?${new URLSearchParams({ folder: samples })}`;

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    if (signal) console.log(`\n${signal}: stopping code-server …`);
    await stopGroup(server.child);
    console.log("code-server stopped.");
  };
  // Should this process die some other way, its code-server must not outlive it.
  process.on("exit", () => {
    try {
      if (server.child.exitCode === null) process.kill(-server.child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  });

  if (smoke) {
    try {
      const page = await fetch(url);
      const html = await page.text();
      if (!page.ok || !html.includes("vscode-workbench-web-configuration")) throw new Error(`the workbench page answered ${page.status} without the workbench`);
      const folder = path.join(run.extensions, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
      for (const file of ["package.json", "dist/client.cjs", "dist/server.cjs", "dist/server-main.cjs", "grammar/duty.tmLanguage.json"]) {
        if (!existsSync(path.join(folder, file))) throw new Error(`the installed extension has no ${file}`);
      }
      console.log(`Smoke check: code-server answered ${server.url}/healthz in ${server.startedInMs} ms, the workbench page is served, ${id} is installed.`);
    } finally {
      await stop();
    }
    try {
      process.kill(-server.child.pid, 0);
      throw new Error("processes of code-server's group are still running after the stop");
    } catch (error) {
      if (error.code !== "ESRCH") throw error;
    }
    return "smoke";
  }

  console.log(`
Duty is open in VS Code (code-server ${CODE_SERVER_VERSION} on 127.0.0.1, samples/ as the workspace):

    ${url}

Open a .duty file: findings are underlined, hover them for the law, Ctrl+Shift+M lists them.
The extension was installed from ${vsixName}; code-server's data is in ${path.relative(ROOT, run.dir)}/.
Press Ctrl+C to stop.`);
  await new Promise((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal).then(resolve));
    server.child.on("exit", (code, signal) => {
      if (!stopping) {
        console.log(`code-server exited (${signal ?? `exit ${code}`}); its log: ${path.relative(ROOT, run.log)}`);
        resolve();
      }
    });
  });
  return "editor";
}

async function main() {
  if (portArg !== undefined && !(Number.isInteger(portArg) && portArg > 0 && portArg < 65536)) {
    console.error("--port wants a port number, e.g. npm start -- --port 8080");
    return 2;
  }
  try {
    build();
  } catch (error) {
    console.error(firstLine(error));
    return 2;
  }
  if (cliOnly) return reviewOnCommandLine();
  if (autoSmoke) console.log("CI is set and there is no terminal: a smoke check of the editor instead of a server that waits for Ctrl+C.");
  try {
    await startEditor();
    // The smoke check ends with the same review on the command line, as the fallback shows it.
    return smoke ? reviewOnCommandLine() : 0;
  } catch (error) {
    console.log(`The editor could not start: ${firstLine(error)}. Reviewing on the command line instead.\n`);
    const status = reviewOnCommandLine();
    return smoke ? 1 : status;
  }
}

process.exitCode = await main();
