/**
 * Files for the command line: which `.duty` files the given paths name, and their text —
 * strictly UTF-8, refusing binaries with a clear message instead of reviewing noise.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { WorkspaceHost } from "../analysis/imports.ts";

export class UsageError extends Error {}

/** A problem with one input file; reported on one line, the rest of the run goes on. */
export class InputError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(message);
    this.file = file;
  }
}

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

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The file's text; InputError for unreadable, binary or non-UTF-8 files. A BOM is kept (the lexer skips it). */
export function readPolicyText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(file, code === "EISDIR" ? "is a folder, not a policy file" : `cannot be read (${code ?? "unknown error"})`);
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError(file, "is a binary file, not a policy (it contains NUL bytes)");
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(file, "is not valid UTF-8 text; save it as UTF-8");
  }
}

/** Reads policies from disk for the workspace, once per file per run. */
export class DiskHost implements WorkspaceHost {
  readonly root: string;
  private readonly texts = new Map<string, string | undefined>();
  readonly errors = new Map<string, InputError>();

  constructor(root: string) {
    this.root = root;
  }

  readText(file: string): string | undefined {
    if (this.texts.has(file)) return this.texts.get(file);
    let text: string | undefined;
    try {
      text = readPolicyText(file);
    } catch (error) {
      if (error instanceof InputError) this.errors.set(file, error);
      text = undefined;
    }
    this.texts.set(file, text);
    return text;
  }

  realPath(file: string): string | undefined {
    try {
      return fs.realpathSync(file);
    } catch {
      return undefined;
    }
  }
}

/** The folder imports must stay in: the current folder when it holds every input, else their common folder. */
export function workspaceRootFor(files: readonly string[], cwd = process.cwd()): string {
  const inside = (file: string) => !path.relative(cwd, file).startsWith("..");
  if (files.every(inside)) return cwd;
  let common = path.dirname(files[0] ?? cwd);
  for (const file of files) {
    while (path.relative(common, file).startsWith("..")) common = path.dirname(common);
  }
  return common;
}

/** A path as the drafter would like to read it: relative to where they stand, unless that climbs out. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === "" || relative.startsWith("..") ? file : relative.split(path.sep).join("/");
}
