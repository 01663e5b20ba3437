/**
 * Helpers for the command-line tests: a throw-away workspace folder per test, written from a map
 * of file names to contents, and `duty` run in-process (through `main`) or as the bundled command.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { main } from "../../server/src/cli/main.ts";
import { RULES } from "../../server/src/analysis/rules/registry.ts";

export const PACKAGE_ROOT = path.resolve(import.meta.dirname, "..", "..");

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `duty …` in-process, in `cwd`, capturing both streams. */
export function duty(cwd: string, ...argv: string[]): Run {
  let stdout = "";
  let stderr = "";
  const code = main(argv, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), cwd });
  // Worker threads only start for large sets of files, which these tests never check in-process.
  if (typeof code !== "number") throw new Error("duty ran in parallel; use the bundled command for large runs");
  return { code, stdout, stderr };
}

/** Runs the bundled command, `node bin/duty.cjs …`, with the given Node. */
export function bundled(cwd: string, argv: readonly string[], node = process.execPath): Run {
  const result = spawnSync(node, [path.join(PACKAGE_ROOT, "bin", "duty.cjs"), ...argv], { cwd, encoding: "utf8", timeout: 20_000 });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Folders made by `workspace`, removed after each test by `cleanUp`. */
const made: string[] = [];

/**
 * A fresh folder holding `files` (name relative to the folder → text or bytes; a name ending in
 * `/` makes an empty folder). Returns its real path, so that displayed paths are predictable.
 */
export function workspace(files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "duty-cli-")));
  made.push(folder);
  write(folder, files);
  return folder;
}

export function write(folder: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(folder, name);
    if (name.endsWith("/")) {
      fs.mkdirSync(file, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

export function cleanUp(): void {
  for (const folder of made.splice(0)) {
    // Undo a `chmod 000` so the folder can be removed (never through a symlink: it may point anywhere).
    try {
      for (const entry of fs.readdirSync(folder, { recursive: true }) as string[]) {
        const full = path.join(folder, entry);
        if (!fs.lstatSync(full).isSymbolicLink()) fs.chmodSync(full, 0o755);
      }
    } catch {
      // best effort
    }
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * A `.duty.json` that turns off every review rule except `keep` (and sets the levels given), so
 * that the tests depend only on the rules they are about, not on rules still being written.
 */
export function onlyRules(levels: Readonly<Record<string, unknown>> = {}, keep: readonly string[] = ["boundary/no-kind"]): string {
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) if (!keep.includes(rule.meta.id)) rules[rule.meta.id] = "off";
  return `${JSON.stringify({ rules: { ...rules, ...levels } }, null, 2)}\n`;
}

/** Rule families whose output these tests may rely on. */
export const STABLE = /^(syntax|name|import|config|suppression)\/|^boundary\/no-kind$/;

export interface JsonFinding {
  readonly file: string;
  readonly rule: string;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** `duty check --format json` in `cwd`, keeping only the findings of rules these tests rely on. */
export function jsonFindings(cwd: string, ...argv: string[]): JsonFinding[] {
  const run = duty(cwd, "check", "--format", "json", ...argv);
  if (run.code === 2) throw new Error(`duty exited 2: ${run.stderr}`);
  return (JSON.parse(run.stdout) as JsonFinding[]).filter((finding) => STABLE.test(finding.rule));
}

/** The text report's finding lines (without the summary) for rules these tests rely on. */
export function stableLines(stdout: string): string[] {
  return stdout
    .split("\n")
    .filter((line) => /^\S+:\d+:\d+ {2}/.test(line))
    .filter((line) => STABLE.test(line.split("  ")[2] ?? ""));
}
