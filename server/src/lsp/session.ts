/**
 * The language server's view of the world: open documents (whose buffers win over the disk),
 * files read from disk when imported but not open, one Workspace per workspace folder, and
 * reviews cached until something they depend on changes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { prepareRecoveringParser, type ParsedDocument } from "../../../grammar/src/index.ts";
import type { ConfigOverrides } from "../analysis/config.ts";
import { isInside, type WorkspaceHost } from "../analysis/imports.ts";
import { reviewFile, type FileReview } from "../analysis/review.ts";
import { Workspace } from "../analysis/workspace.ts";
import { policyFilesUnder, readPolicyText, realPathOf } from "../host/disk.ts";

export interface OpenDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** Folders the workspace scan leaves out (besides dot-folders): installed packages. */
const SCAN_SKIPPED: ReadonlySet<string> = new Set(["node_modules"]);

/** The stamp of a path with nothing at it (or nothing the server may look at). */
const MISSING = "missing";
/** Of a path only known to exist. */
const PRESENT = "present";
/** Stats at once when the server looks at the disk: the thread pool works, the server answers. */
const STAT_BATCH = 64;

/**
 * What a change on disk changes: the kind of entry, its inode (a save by renaming a new file
 * over the old one), its times (modified; changed, which no tool sets back) and its size.
 */
function stampOf(stat: fs.Stats): string {
  return `${stat.isFile() ? "file" : stat.isDirectory() ? "folder" : "other"} ${stat.ino} ${stat.mtimeMs} ${stat.ctimeMs} ${stat.size}`;
}

function stampAt(file: string): string {
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat ? stampOf(stat) : MISSING;
  } catch {
    return MISSING;
  }
}

async function stampsNow(paths: readonly string[]): Promise<string[]> {
  const stamps: string[] = [];
  for (let start = 0; start < paths.length; start += STAT_BATCH) {
    const batch = paths.slice(start, start + STAT_BATCH).map((file) => fs.promises.stat(file).then(stampOf, () => MISSING));
    stamps.push(...(await Promise.all(batch)));
  }
  return stamps;
}

/** Where documents without a file path (untitled:, virtual file systems) live for the analysis. */
const VIRTUAL_FOLDER = ".duty-virtual";

class SessionHost implements WorkspaceHost {
  readonly root: string;
  private readonly session: Session;

  constructor(root: string, session: Session) {
    this.root = root;
    this.session = session;
  }

  readText(file: string): string | undefined {
    return this.session.textOf(file);
  }

  exists(file: string): boolean {
    return this.session.isOpenPath(file) || this.session.existsOnDisk(file);
  }

  realPath(file: string): string | undefined {
    return realPathOf(file);
  }
}

interface CachedReview {
  readonly review: FileReview;
  /** The parsed documents the review was made from: valid while all are still current. */
  readonly inputs: ReadonlyMap<string, ParsedDocument>;
}

export class Session {
  private readonly open = new Map<string, OpenDocument>();
  private readonly disk = new Map<string, string | undefined>();
  /** Whether a file exists on disk, cached like `disk` until the file watcher says otherwise. */
  private readonly existing = new Map<string, boolean>();
  /**
   * For clients that report no file events (disk-changes.ts), once lookAtDiskItself is called:
   * how each file in `disk` was when it was read, and each folder of the workspace scan when it
   * was scanned (see stampOf).
   */
  private stamps: Map<string, string> | undefined;
  private folderStamps: Map<string, string> | undefined;
  private readonly reviews = new Map<string, CachedReview>();
  /** Whether the parser for texts with problems is built (see review). */
  private recoveringParserPrepared = false;
  private workspaces: Workspace[] = [];
  /** Workspaces for files outside every folder, one per containing folder. */
  private readonly loose = new Map<string, Workspace>();
  private roots: string[] = [];
  /** The editor's settings: for a file outside every folder, and per folder (a multi-root workspace's folders each have their own). */
  private overrides: ConfigOverrides = {};
  private folderOverrides: ReadonlyMap<string, ConfigOverrides> = new Map();
  /** The `.duty` files under the workspace folders, scanned once until something changes on disk. */
  private scanned: string[] | undefined;

  /** Sets the workspace folders (most specific first wins); with none, each document's folder. */
  setRoots(roots: readonly string[]): void {
    this.roots = [...roots].sort((a, b) => b.length - a.length);
    this.rebuild();
  }

  /** The workspace folders, most specific first. */
  get folders(): readonly string[] {
    return this.roots;
  }

  /**
   * The editor's settings, applied over `.duty.json`: `overrides` where no folder's own apply,
   * `perFolder` by folder. Whether they differ from those in use (the documents are then
   * reviewed afresh).
   */
  setOverrides(overrides: ConfigOverrides, perFolder: ReadonlyMap<string, ConfigOverrides> = new Map()): boolean {
    // A folder whose settings are the general ones is no exception to them.
    const general = JSON.stringify(overrides);
    const own = new Map([...perFolder].filter(([, settings]) => JSON.stringify(settings) !== general));
    if (JSON.stringify([overrides, [...own]]) === JSON.stringify([this.overrides, [...this.folderOverrides]])) return false;
    this.overrides = overrides;
    this.folderOverrides = own;
    this.rebuild();
    return true;
  }

  private rebuild(): void {
    this.workspaces = this.roots.map((root) => new Workspace(new SessionHost(root, this), this.folderOverrides.get(root) ?? this.overrides));
    this.loose.clear();
    this.reviews.clear();
    this.scanned = undefined;
  }

  /** The path the analysis uses for a URI; non-file URIs get a stable virtual path. */
  pathOf(uri: string): string {
    if (uri.startsWith("file:")) {
      try {
        return path.resolve(fileURLToPath(uri));
      } catch {
        // fall through to a virtual path
      }
    }
    const root = this.roots[this.roots.length - 1] ?? path.resolve("/");
    return path.join(root, VIRTUAL_FOLDER, `${encodeURIComponent(uri)}.duty`);
  }

  uriOf(file: string): string {
    const base = path.basename(file);
    if (path.basename(path.dirname(file)) === VIRTUAL_FOLDER && base.endsWith(".duty")) {
      return decodeURIComponent(base.slice(0, -".duty".length));
    }
    return pathToFileURL(file).href;
  }

  didOpen(document: OpenDocument): void {
    const file = this.pathOf(document.uri);
    const opened = !this.open.has(file);
    this.open.set(file, document);
    if (opened) this.filesChanged();
  }

  didChange(document: OpenDocument): void {
    this.open.set(this.pathOf(document.uri), document);
  }

  didClose(uri: string): void {
    if (this.open.delete(this.pathOf(uri))) this.filesChanged();
  }

  /** A file changed on disk (file watcher): read it again when next needed. */
  didChangeOnDisk(uri: string): void {
    this.changedOnDiskAt(this.pathOf(uri));
  }

  /** The same for a path (the server's own look at the disk). */
  changedOnDiskAt(file: string): void {
    this.disk.delete(file);
    this.stamps?.delete(file);
    this.existing.delete(file);
    this.scanned = undefined;
    this.filesChanged();
  }

  /**
   * A file appeared or went, on disk or among the open documents (an open document is a file
   * to the analysis, saved or not): it may be what an import names, or a `.duty.json`, so imports
   * are resolved again and every review is made again (rare next to keystrokes).
   */
  private filesChanged(): void {
    for (const workspace of [...this.workspaces, ...this.loose.values()]) workspace.diskChanged();
    this.reviews.clear();
  }

  /**
   * Every `.duty` file of the workspace folders (recursively, skipping `node_modules` and
   * dot-folders) and every open document, sorted. References, rename and workspace symbols
   * search these.
   */
  workspaceFiles(): string[] {
    if (!this.scanned) {
      const folderStamps = this.folderStamps;
      folderStamps?.clear();
      const stamp = folderStamps ? (folder: string) => folderStamps.set(folder, stampAt(folder)) : undefined;
      this.scanned = this.roots.flatMap((root) => policyFilesUnder(root, SCAN_SKIPPED, stamp));
    }
    const files = new Set(this.scanned);
    for (const file of this.open.keys()) files.add(file);
    return [...files].sort();
  }

  isOpenPath(file: string): boolean {
    return this.open.has(file);
  }

  isOpen(uri: string): boolean {
    return this.open.has(this.pathOf(uri));
  }

  openDocuments(): OpenDocument[] {
    return [...this.open.values()];
  }

  document(uri: string): OpenDocument | undefined {
    return this.open.get(this.pathOf(uri));
  }

  /**
   * Whether a file is on disk, remembered as its text is: each review asks every folder above the
   * file for a `.duty.json`, and the editor's file watcher reports one that appears.
   */
  existsOnDisk(file: string): boolean {
    let exists = this.existing.get(file);
    if (exists === undefined) this.existing.set(file, (exists = fs.existsSync(file)));
    return exists;
  }

  /** Text of a file: the open buffer, else the disk (strict UTF-8), cached until it changes. */
  textOf(file: string): string | undefined {
    const open = this.open.get(file);
    if (open) return open.getText();
    if (this.disk.has(file)) return this.disk.get(file);
    let text: string | undefined;
    let stamp = MISSING;
    try {
      // Stamped before it is read: a change in between is seen as a change (one read too many).
      const stat = fs.statSync(file);
      stamp = stampOf(stat);
      text = stat.isFile() ? readPolicyText(file) : undefined;
    } catch {
      text = undefined;
    }
    this.disk.set(file, text);
    this.stamps?.set(file, stamp);
    return text;
  }

  /**
   * From now on, remember how the disk was when read, for changedOnDisk. What was read before is
   * forgotten, to be read (and remembered) again.
   */
  lookAtDiskItself(): void {
    if (this.stamps) return;
    this.stamps = new Map();
    this.folderStamps = new Map();
    this.disk.clear();
    this.existing.clear();
    this.scanned = undefined;
    this.filesChanged();
  }

  /**
   * The files read from disk or looked for that are no longer as they were then (for clients
   * that report no file events: disk-changes.ts). A stat per file, on the thread pool, a batch at
   * a time; nothing is read. A folder of the workspace scan whose entries changed has the scan
   * made again when next needed (a policy may have appeared in it).
   */
  async changedOnDisk(): Promise<string[]> {
    const stamps = this.stamps;
    const folderStamps = this.folderStamps;
    if (!stamps || !folderStamps) return [];
    const watched: [string, string][] = [...stamps];
    for (const [file, existed] of this.existing) if (!stamps.has(file)) watched.push([file, existed ? PRESENT : MISSING]);
    const folders = [...folderStamps];
    const [files, scanned] = await Promise.all([stampsNow(watched.map(([file]) => file)), stampsNow(folders.map(([folder]) => folder))]);
    const changed: string[] = [];
    watched.forEach(([file, then], index) => {
      const now = files[index]!;
      const differs = then === PRESENT || then === MISSING ? (now !== MISSING) !== (then === PRESENT) : now !== then;
      // Read again, or looked for again, while this look was under way: that answer stands.
      const still = stamps.has(file) ? stamps.get(file) === then : this.existing.get(file) === (then === PRESENT);
      if (differs && still) changed.push(file);
    });
    if (folders.some(([folder, then], index) => scanned[index] !== then && folderStamps.get(folder) === then)) {
      this.scanned = undefined;
    }
    return changed;
  }

  workspaceFor(file: string): Workspace {
    const found = this.workspaces.find((workspace) => isInside(workspace.root, file));
    if (found) return found;
    // A file outside every workspace folder is its own small workspace, rooted at its folder.
    const folder = path.dirname(file);
    let workspace = this.loose.get(folder);
    if (!workspace) {
      workspace = new Workspace(new SessionHost(folder, this), this.overrides);
      this.loose.set(folder, workspace);
    }
    return workspace;
  }

  /**
   * The review of a document, reused while neither it nor anything it imports has changed. What
   * else a review depends on — the configuration, which files exist — changes only with the
   * settings or a file event, and both drop every kept review.
   */
  review(uri: string): FileReview | undefined {
    const file = this.pathOf(uri);
    const workspace = this.workspaceFor(file);
    const cached = this.reviews.get(file);
    if (cached && [...cached.inputs].every(([input, parsed]) => workspace.document(input) === parsed)) {
      return cached.review;
    }
    const review = reviewFile(workspace, file);
    if (!this.recoveringParserPrepared) {
      // A clean document is read without Chevrotain's parser (grammar/src/clean-parse.ts), which
      // is then built by the first keystroke that leaves a problem (~25 ms). Built once this
      // first answer is on its way, the drafter's first keystrokes do not wait for it.
      this.recoveringParserPrepared = true;
      setImmediate(prepareRecoveringParser);
    }
    if (!review) {
      this.reviews.delete(file);
      return undefined;
    }
    const inputs = new Map(review.model.files.map(({ path: input, document }) => [input, document]));
    this.reviews.set(file, { review, inputs });
    return review;
  }

  /** Open documents whose review depends on `uri` (they import it, directly or not). */
  dependentsOf(uri: string): OpenDocument[] {
    const file = this.pathOf(uri);
    return this.openDocuments().filter((document) => {
      const own = this.pathOf(document.uri);
      if (own === file) return false;
      return this.workspaceFor(own).importClosure(own).some((imported) => imported.path === file);
    });
  }
}
