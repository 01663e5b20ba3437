/** Files for the command line: which `.duty` files the given paths name, and how to show them. */
import * as fs from "node:fs";
import * as path from "node:path";
import { climbsOut } from "../analysis/imports.ts";
import { policyFilesUnder } from "../host/disk.ts";

export class UsageError extends Error {}

/** Besides dot-folders: installed packages and build outputs. */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(["node_modules", "dist", "out"]);

/**
 * Expands files and folders (recursively) to `.duty` files, sorted; throws UsageError for a
 * missing path, a file named that is not a policy, or a folder without any.
 */
export function findPolicyFiles(inputs: readonly string[], cwd: string, outsideLink?: (file: string) => void): string[] {
  const found = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ELOOP") throw new UsageError(`a link that leads back to itself: ${input}`);
      // A link whose target is gone is there, but leads nowhere: say so, not that nothing is there.
      if (code === "ENOENT" && isLink(absolute)) throw new UsageError(`a link to nothing (its target is gone): ${input}`);
      throw new UsageError(`no such file or folder: ${input}`);
    }
    if (stat.isDirectory()) {
      const inside = policyFilesUnder(absolute, SKIPPED_FOLDERS, undefined, outsideLink);
      if (inside.length === 0) throw new UsageError(`no .duty files in ${input} (folders named node_modules, dist or out, or beginning with a dot, are skipped: name one to check it)`);
      for (const file of inside) found.add(file);
    } else if (absolute.endsWith(".duty")) {
      found.add(absolute);
    } else {
      // Read as a policy, a README or a .duty.json would only give a screen of syntax errors.
      throw new UsageError(`not a policy file (.duty): ${input}`);
    }
  }
  return [...found].sort();
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Tells the user of a link to a policy outside the folder scanned, which the scan does not read. */
export function outsideLinkNote(cwd: string, stderr: (text: string) => void): (file: string) => void {
  return (file) => stderr(`duty: ${displayPath(file, cwd)}: a link to a file outside the folder; not read\n`);
}

/** The folder imports must stay in: the current folder when it holds every input, else their common folder. */
export function workspaceRootFor(files: readonly string[], cwd = process.cwd()): string {
  if (files.every((file) => !climbsOut(path.relative(cwd, file)))) return cwd;
  let common = path.dirname(files[0] ?? cwd);
  for (const file of files) {
    while (climbsOut(path.relative(common, file)) && path.dirname(common) !== common) common = path.dirname(common);
  }
  return common;
}


/**
 * Problems of the `.duty.json` or law files a command read, each once, on standard error: `duty
 * check` reports them as findings; the other commands must not let a broken configuration pass
 * unseen while its defaults stand in.
 */
export function configProblemNotes(io: { readonly cwd: string; readonly stderr: (text: string) => void }): (problems: readonly { readonly file: string; readonly message: string }[]) => void {
  const said = new Set<string>();
  return (problems) => {
    for (const problem of problems) {
      // A `.duty.json` problem names its file already (`.duty.json: there is no rule …`).
      const shown = displayPath(problem.file, io.cwd);
      const named = problem.message.startsWith(path.basename(problem.file));
      const line = `duty: ${named ? "" : `${shown}: `}${problem.message} (config/invalid)\n`;
      if (said.has(line)) continue;
      said.add(line);
      io.stderr(line);
    }
  };
}

/** A path as the drafter would like to read it: relative to where they stand, unless that climbs out. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === "" || climbsOut(relative) ? file : relative.split(path.sep).join("/");
}
