/**
 * Where an `import "…"` points. Imports are relative to the importing file and may never
 * leave the workspace root, neither by `..`, an absolute path, nor a symlink.
 */
import * as path from "node:path";

export interface WorkspaceHost {
  /** Imports never resolve outside this folder. */
  readonly root: string;
  /** The file's text (an open editor's buffer wins over the disk), or undefined if unreadable. */
  readText(file: string): string | undefined;
  /** The path with symlinks resolved, or undefined when the file does not exist. */
  realPath?(file: string): string | undefined;
  /** Whether something exists at the path, readable as text or not. */
  exists?(file: string): boolean;
}

export type ImportTarget =
  | { readonly ok: true; readonly file: string }
  | { readonly ok: false; readonly problem: "outside-workspace" | "not-found"; readonly file?: string };

export function isInside(root: string, file: string): boolean {
  return !climbsOut(path.relative(root, file));
}

/** Whether a relative path leaves its base: `..` or `../…` (not a name like `..notes.duty`), or another drive. */
export function climbsOut(relative: string): boolean {
  return relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

export function resolveImport(host: WorkspaceHost, fromFile: string, specifier: string): ImportTarget {
  const looksAbsolute = path.isAbsolute(specifier) || /^[A-Za-z]:[\\/]/.test(specifier) || /^[a-z][a-z0-9+.-]*:/i.test(specifier);
  if (looksAbsolute) return { ok: false, problem: "outside-workspace" };
  const withExtension = specifier.endsWith(".duty") ? specifier : `${specifier}.duty`;
  const file = path.resolve(path.dirname(fromFile), withExtension);
  if (!isInside(host.root, file)) return { ok: false, problem: "outside-workspace", file };
  if (host.realPath) {
    const real = host.realPath(file);
    const realRoot = host.realPath(host.root) ?? host.root;
    if (real !== undefined && !isInside(realRoot, real)) return { ok: false, problem: "outside-workspace", file };
  }
  return host.readText(file) === undefined ? { ok: false, problem: "not-found", file } : { ok: true, file };
}
