/**
 * A set of policy files read through a host (the disk for the CLI, open buffers and the disk
 * for the language server). Parses each text once, follows imports, and builds the semantic
 * model of a file from its import closure.
 */
import * as path from "node:path";
import { parseDocument, reparseDocument, type ImportStatement, type Locale, type ParsedDocument } from "../../../grammar/src/index.ts";
import { ConfigResolver, type ConfigOverrides, type Configuration } from "./config.ts";
import { resolveImport, type ImportTarget, type WorkspaceHost } from "./imports.ts";
import { SemanticModel, type ModelFile } from "./model.ts";
import { TextMemo } from "../../../grammar/src/memo.ts";

export interface ResolvedImport {
  readonly statement: ImportStatement;
  readonly target: ImportTarget;
}

interface CachedDocument {
  readonly text: string;
  readonly locale: Locale | undefined;
  readonly document: ParsedDocument;
  readonly imports: readonly ResolvedImport[];
  /** The workspace's disk generation the imports were resolved in (see diskChanged). */
  readonly generation: number;
}

export interface WorkspaceOptions {
  /**
   * Keep parsed documents of at most this many characters of text in all, dropping the least
   * recently used (they are parsed again if needed). Unbounded by default: the language server
   * keeps what is open; `duty check` over a large tree must not keep every file it has read.
   */
  readonly cacheCharacters?: number;
}

/**
 * Absolute paths normalised, remembered: every look at a document resolves its path, several
 * times per review (the model, the document, its imports, its configuration), and resolving
 * allocates. Only absolute paths are remembered: a relative one depends on the working folder.
 */
const normalised = new TextMemo<string>(4096);

function absolutePath(file: string): string {
  return path.isAbsolute(file) ? normalised.get(file, path.resolve) : path.resolve(file);
}

export class Workspace {
  readonly host: WorkspaceHost;
  /** Least recently used first, when the cache is bounded. */
  private readonly cache = new Map<string, CachedDocument>();
  private readonly configs: ConfigResolver;
  private readonly cacheLimit: number;
  private cachedCharacters = 0;
  private generation = 0;

  constructor(host: WorkspaceHost, overrides: ConfigOverrides = {}, options: WorkspaceOptions = {}) {
    this.host = host;
    this.configs = new ConfigResolver(host, overrides);
    this.cacheLimit = options.cacheCharacters ?? Infinity;
  }

  /** The configuration that applies to a file (from the nearest `.duty.json`). */
  configuration(file: string): Configuration {
    return this.configs.forFile(absolutePath(file));
  }

  get root(): string {
    return this.host.root;
  }

  /** The parsed document, reparsed only when its text changed. */
  document(file: string): ParsedDocument | undefined {
    return this.entry(file)?.document;
  }

  imports(file: string): readonly ResolvedImport[] {
    return this.entry(file)?.imports ?? [];
  }

  /**
   * Files appeared on disk or went: each document's imports are resolved again when next asked
   * for, and the config files looked for again (the documents themselves are kept; their texts
   * did not change).
   */
  diskChanged(): void {
    this.generation++;
    this.configs.diskChanged();
  }

  /** Forget a file (closed, deleted): the next read goes to the host again. */
  forget(file: string): void {
    this.drop(absolutePath(file));
  }

  private drop(file: string): void {
    const entry = this.cache.get(file);
    if (!entry) return;
    this.cache.delete(file);
    this.cachedCharacters -= entry.text.length;
  }

  private entry(file: string): CachedDocument | undefined {
    const absolute = absolutePath(file);
    const text = this.host.readText(absolute);
    if (text === undefined) {
      this.drop(absolute);
      return undefined;
    }
    const locale: Locale | undefined = this.configuration(absolute).locale;
    const cached = this.cache.get(absolute);
    if (cached && cached.text === text && cached.locale === locale) {
      if (cached.generation === this.generation) {
        if (this.cacheLimit !== Infinity) {
          // Most recently used last: re-inserting moves it there.
          this.cache.delete(absolute);
          this.cache.set(absolute, cached);
        }
        return cached;
      }
      const refreshed = { ...cached, imports: this.resolveImports(absolute, cached.document), generation: this.generation };
      this.cache.delete(absolute);
      this.cache.set(absolute, refreshed);
      return refreshed;
    }
    // After an edit only the clauses it touched are read again (grammar/src/incremental.ts).
    const document = cached && cached.locale === locale ? reparseDocument(cached.document, text, locale) : parseDocument(text, locale);
    const entry = { text, locale, document, imports: this.resolveImports(absolute, document), generation: this.generation };
    this.drop(absolute);
    this.cache.set(absolute, entry);
    this.cachedCharacters += text.length;
    if (this.cachedCharacters > this.cacheLimit) this.evict(absolute);
    return entry;
  }

  private resolveImports(file: string, document: ParsedDocument): ResolvedImport[] {
    return document.file.imports.map((statement) => ({ statement, target: resolveImport(this.host, file, statement.path.text) }));
  }

  /** Drops the least recently used documents until the cache is within its limit (never `keep`). */
  private evict(keep: string): void {
    for (const file of this.cache.keys()) {
      if (this.cachedCharacters <= this.cacheLimit) return;
      if (file !== keep) this.drop(file);
    }
  }

  /** The model of `file` over its import closure; undefined when the file cannot be read. */
  model(file: string): SemanticModel | undefined {
    const absolute = absolutePath(file);
    const document = this.document(absolute);
    if (!document) return undefined;
    return new SemanticModel({ path: absolute, document }, this.importClosure(absolute));
  }

  /** Every file reachable through imports, excluding `file` itself, each once. */
  importClosure(file: string): ModelFile[] {
    const start = absolutePath(file);
    const seen = new Set<string>([start]);
    const closure: ModelFile[] = [];
    const pending = [start];
    while (pending.length > 0) {
      const current = pending.pop()!;
      for (const { target } of this.imports(current)) {
        if (!target.ok || seen.has(target.file)) continue;
        seen.add(target.file);
        const document = this.document(target.file);
        if (!document) continue;
        closure.push({ path: target.file, document });
        pending.push(target.file);
      }
    }
    return closure;
  }

  /** A path of imports from `from` back to `to`, if one exists (for import/cycle). */
  importPath(from: string, to: string): string[] | undefined {
    const previous = new Map<string, string>();
    const queue = [from];
    const seen = new Set([from]);
    while (queue.length > 0) {
      const current = queue.shift()!;
      if (current === to) {
        const chain = [current];
        let step = current;
        while (previous.has(step)) {
          step = previous.get(step)!;
          chain.unshift(step);
        }
        return chain;
      }
      for (const { target } of this.imports(current)) {
        if (!target.ok || seen.has(target.file)) continue;
        seen.add(target.file);
        previous.set(target.file, current);
        queue.push(target.file);
      }
    }
    return undefined;
  }
}
