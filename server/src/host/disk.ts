/**
 * Policy files on disk, as the CLI and the language server read them: strictly UTF-8, refusing
 * binaries with a clear message instead of reviewing noise.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { isInside, type WorkspaceHost } from "../analysis/imports.ts";

/** A problem with one input file; reported on one line, the rest of the run goes on. */
export class InputError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(message);
    this.file = file;
  }
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * The `.duty` files under a folder, in no particular order, skipping dot-folders and the folders
 * named in `skipped`. Links to folders are not followed, so a link loop cannot hang the scan; a
 * link to a policy file is, when the file lies inside `root` (a link out of it is reported to
 * `outsideLink`, not read: a repository must not make a check read a file elsewhere on the machine).
 * `visiting` is told each folder before its entries are read.
 */
export function policyFilesUnder(root: string, skipped: ReadonlySet<string>, visiting?: (folder: string) => void, outsideLink?: (file: string) => void): string[] {
  const found: string[] = [];
  const pending = [root];
  /** Links to policies inside the root, by the file they lead to: kept unless the scan reaches that file itself. */
  const links = new Map<string, string>();
  let realRoot: string | undefined;
  while (pending.length > 0) {
    const folder = pending.pop()!;
    visiting?.(folder);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".") && !skipped.has(entry.name)) pending.push(path.join(folder, entry.name));
      } else if (entry.isFile() && entry.name.endsWith(".duty")) {
        found.push(path.join(folder, entry.name));
      } else if (entry.isSymbolicLink() && entry.name.endsWith(".duty")) {
        const link = path.join(folder, entry.name);
        realRoot ??= realPathOf(root);
        const target = realPathOf(link);
        if (!target || !fs.statSync(target, { throwIfNoEntry: false })?.isFile()) continue;
        if (realRoot && isInside(realRoot, target)) {
          if (!links.has(target)) links.set(target, link);
        } else outsideLink?.(link);
      }
    }
  }
  if (links.size > 0) {
    // Folders are not followed through links, so a file found lies at the same place under the real root.
    const reached = new Set(found.map((file) => path.join(realRoot!, path.relative(root, file))));
    for (const [target, link] of links) if (!reached.has(target)) found.push(link);
  }
  return found;
}

/** The path with every link resolved; undefined when it does not exist (or cannot be resolved). */
export function realPathOf(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The file's text; InputError for unreadable, binary or non-UTF-8 files. A byte order mark is
 * dropped (editors do not count it as a character, so positions match what the drafter sees).
 */
export function readPolicyText(file: string): string {
  return readPolicyFile(file).text;
}

export function readPolicyFile(file: string): { text: string; byteOrderMark: boolean } {
  let bytes: Buffer;
  try {
    // A pipe or a device named like a policy (`import "feed.duty"`) would block the read for
    // ever, or never end: only regular files are read.
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat !== undefined && !stat.isFile() && !stat.isDirectory()) throw new InputError(file, "is not a regular file (a pipe, a socket or a device); not read");
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(file, code === "EISDIR" ? "is a folder, not a policy file" : `cannot be read (${code ?? "unknown error"})`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new InputError(file, "is UTF-16 text; save it as UTF-8");
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError(file, "is a binary file, not a policy (it contains NUL bytes)");
  try {
    return { text: decoder.decode(bytes), byteOrderMark: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
  } catch {
    throw new InputError(file, "is not valid UTF-8 text; save it as UTF-8");
  }
}

/** Reads policies from disk for the workspace, once per file per run. */
export class DiskHost implements WorkspaceHost {
  readonly root: string;
  private readonly texts = new Map<string, string | undefined>();
  private readonly byteOrderMarks = new Set<string>();
  /**
   * Remembered for the run, as the texts are: every file asks each folder above it whether it
   * holds a `.duty.json`, and each import resolves its real path.
   */
  private readonly existing = new Map<string, boolean>();
  private readonly realPaths = new Map<string, string | undefined>();
  readonly errors = new Map<string, InputError>();

  constructor(root: string) {
    this.root = root;
  }

  readText(file: string): string | undefined {
    if (this.texts.has(file)) return this.texts.get(file);
    let text: string | undefined;
    try {
      const read = readPolicyFile(file);
      text = read.text;
      if (read.byteOrderMark) this.byteOrderMarks.add(file);
    } catch (error) {
      if (error instanceof InputError) this.errors.set(file, error);
      text = undefined;
    }
    this.texts.set(file, text);
    return text;
  }

  /** Whether the file began with a byte order mark, to keep it when the file is rewritten. */
  hadByteOrderMark(file: string): boolean {
    return this.byteOrderMarks.has(file);
  }

  /** Read the file again next time (it was rewritten). */
  forget(file: string): void {
    this.texts.delete(file);
    this.byteOrderMarks.delete(file);
    this.errors.delete(file);
    this.existing.delete(file);
    this.realPaths.delete(file);
  }

  exists(file: string): boolean {
    let exists = this.existing.get(file);
    if (exists === undefined) this.existing.set(file, (exists = fs.existsSync(file)));
    return exists;
  }

  realPath(file: string): string | undefined {
    if (this.realPaths.has(file)) return this.realPaths.get(file);
    const real = realPathOf(file);
    this.realPaths.set(file, real);
    return real;
  }
}

