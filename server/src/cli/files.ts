/** Files for the command line: which `.duty` files the given paths name, and how to show them. */
import * as fs from "node:fs";
import * as path from "node:path";
import { climbsOut } from "../analysis/imports.ts";

export class UsageError extends Error {}

const SKIPPED_FOLDERS = new Set(["node_modules", ".git", "dist", "out", ".e2e"]);

/** Expands files and folders (recursively) to `.duty` files, sorted; throws UsageError for a missing path. */
export function findPolicyFiles(inputs: readonly string[], cwd: string): string[] {
  const found = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      throw new UsageError(`no such file or folder: ${input}`);
    }
    if (stat.isDirectory()) {
      const before = found.size;
      walk(absolute, found);
      if (found.size === before) throw new UsageError(`no .duty files in ${input}`);
    } else {
      found.add(absolute);
    }
  }
  return [...found].sort();
}

function walk(folder: string, found: Set<string>): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith(".")) walk(full, found);
    } else if (entry.isFile() && entry.name.endsWith(".duty")) {
      found.add(full);
    }
  }
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


/** A path as the drafter would like to read it: relative to where they stand, unless that climbs out. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === "" || climbsOut(relative) ? file : relative.split(path.sep).join("/");
}
