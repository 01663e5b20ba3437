/** An in-memory workspace for the benchmark: no disk, so only Duty's own work is timed. */
import * as path from "node:path";
import type { WorkspaceHost } from "../server/src/analysis/imports.ts";

export const BENCH_ROOT = path.resolve("/bench-workspace");

export class MemoryHost implements WorkspaceHost {
  readonly root = BENCH_ROOT;
  private readonly files = new Map<string, string>();

  constructor(files: Iterable<{ readonly path: string; readonly text: string }>) {
    for (const file of files) this.files.set(path.resolve(BENCH_ROOT, file.path), file.text);
  }

  readText(file: string): string | undefined {
    return this.files.get(path.resolve(file));
  }

  /** Absolute paths of every file, in the order given. */
  paths(): string[] {
    return [...this.files.keys()];
  }
}
