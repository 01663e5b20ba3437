// Running code-server for the editor tests and for `npm start`: a free port on 127.0.0.1, its own
// user-data, extensions, config, XDG_* and TMPDIR folders in one run folder (nothing in $HOME or
// /tmp), in its own process group so that stopping it stops everything it started.

import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import * as path from "node:path";
import { E2E, ROOT } from "./tools.mjs";

/** Settings that remove startup noise: chat, git, GitHub, gallery, update checks, tips. */
export const QUIET_SETTINGS = {
  "workbench.startupEditor": "none",
  "chat.disableAIFeatures": true,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "git.enabled": false,
  "github.gitAuthentication": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "security.workspace.trust.enabled": false,
};

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A fresh folder .e2e/<prefix>-<n>/ with everything code-server writes. Older folders of the
 * same prefix beyond the last `keep` are removed.
 */
export function makeRunDir(prefix, keep = 3) {
  mkdirSync(E2E, { recursive: true });
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  const existing = readdirSync(E2E)
    .map((name) => Number(pattern.exec(name)?.[1]))
    .filter((n) => Number.isInteger(n))
    .sort((a, b) => a - b);
  for (const old of existing.slice(0, Math.max(0, existing.length - (keep - 1)))) rmSync(path.join(E2E, `${prefix}-${old}`), { recursive: true, force: true });
  const n = (existing.at(-1) ?? 0) + 1;
  const dir = path.join(E2E, `${prefix}-${n}`);
  const layout = {
    dir,
    userData: path.join(dir, "user-data"),
    extensions: path.join(dir, "extensions"),
    config: path.join(dir, "config.yaml"),
    xdg: path.join(dir, "xdg"),
    tmp: path.join(dir, "tmp"),
    log: path.join(dir, "code-server.log"),
  };
  for (const folder of [layout.userData, path.join(layout.userData, "User"), layout.extensions, layout.tmp, ...["config", "data", "cache", "state"].map((x) => path.join(layout.xdg, x))]) {
    mkdirSync(folder, { recursive: true });
  }
  writeFileSync(path.join(layout.userData, "User", "settings.json"), `${JSON.stringify(QUIET_SETTINGS, null, 2)}\n`);
  return layout;
}

/** Copies samples/ into the run folder: the tests edit their workspace. */
export function copySamples(run, name) {
  const target = path.join(run.dir, name);
  cpSync(path.join(ROOT, "samples"), target, { recursive: true });
  return target;
}

/** The environment code-server and everything it starts run with. */
export function serverEnv(run, tools, extra = {}) {
  return {
    ...process.env,
    // Node 24 first: code-server's own children (extension host, file watcher) use its node.
    PATH: `${path.dirname(tools.node)}${path.delimiter}${process.env.PATH ?? ""}`,
    XDG_CONFIG_HOME: path.join(run.xdg, "config"),
    XDG_DATA_HOME: path.join(run.xdg, "data"),
    XDG_CACHE_HOME: path.join(run.xdg, "cache"),
    XDG_STATE_HOME: path.join(run.xdg, "state"),
    TMPDIR: run.tmp,
    ...extra,
  };
}

function commonArgs(run) {
  return ["--user-data-dir", run.userData, "--extensions-dir", run.extensions, "--config", run.config];
}

/** `code-server --install-extension file.vsix` into the run's own extensions folder. */
export function installExtension(run, tools, vsix) {
  const result = spawnSync(tools.node, [tools.codeServer, ...commonArgs(run), "--install-extension", vsix, "--force"], {
    env: serverEnv(run, tools),
    encoding: "utf8",
    timeout: 120000,
  });
  if (result.status !== 0) throw new Error(`code-server could not install ${path.basename(vsix)}: ${(result.stderr || result.stdout || String(result.error)).trim().split("\n").slice(-5).join(" ")}`);
  const listed = spawnSync(tools.node, [tools.codeServer, ...commonArgs(run), "--list-extensions", "--show-versions"], { env: serverEnv(run, tools), encoding: "utf8", timeout: 60000 });
  return listed.stdout.trim().split("\n").filter(Boolean);
}

/**
 * Starts code-server on 127.0.0.1:port in its own process group and waits until /healthz
 * answers. Output goes to the run's code-server.log (and to the terminal when `echo`).
 */
export async function startCodeServer(run, tools, { port, folder, env = {}, echo = false }) {
  writeFileSync(run.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\ndisable-telemetry: true\ndisable-update-check: true\n`);
  const args = [
    tools.codeServer,
    ...commonArgs(run),
    "--bind-addr",
    `127.0.0.1:${port}`,
    "--auth",
    "none",
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    "--ignore-last-opened",
    ...(folder ? [folder] : []),
  ];
  const log = openSync(run.log, "a");
  const child = spawn(tools.node, args, {
    cwd: run.dir,
    env: serverEnv(run, tools, env),
    detached: true,
    stdio: ["ignore", echo ? "inherit" : log, echo ? "inherit" : log],
  });
  const url = `http://127.0.0.1:${port}`;
  let exited = null;
  child.on("exit", (code, signal) => (exited = { code, signal }));
  const started = Date.now();
  for (;;) {
    if (exited) throw new Error(`code-server exited before it answered (${exited.signal ?? `exit ${exited.code}`}); see ${path.relative(ROOT, run.log)}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) {
        const health = await response.json();
        return { child, url, port, health, startedInMs: Date.now() - started };
      }
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60000) {
      stopGroup(child);
      throw new Error(`code-server did not answer on ${url}/healthz within 60 s; see ${path.relative(ROOT, run.log)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stops a process started with `detached: true` and everything in its process group. */
export async function stopGroup(child, graceMs = 3000) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }, graceMs);
  await gone;
  clearTimeout(timer);
  // Children that outlived the leader (extension host, watcher) are still in the group.
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // none left
  }
}

/** Builds the bundles and packages duty-<version>.vsix (the same command as `npm run package`). */
export function packageExtension(out) {
  const result = spawnSync("npm", ["run", "--silent", "package", "--", "--out", out], { cwd: ROOT, encoding: "utf8", timeout: 300000 });
  if (result.status !== 0 || !existsSync(out)) {
    throw new Error(`packaging the extension failed: ${(result.stderr || result.stdout || String(result.error)).trim().split("\n").slice(-5).join(" ")}`);
  }
  return out;
}
