/**
 * Completion inside an import's path (`import "sh|`, `导入 「shared/|`): the workspace's other
 * `.duty` files, written relative to the importing file as an import names them. The files are
 * the caller's to give (the language server's scan of the workspace folder): the language core
 * knows no disk.
 */
import * as path from "node:path";
import type { Span } from "../../../../grammar/src/index.ts";
import { IMPORT_KEYWORD } from "../../../../grammar/src/vocabulary.ts";
import { escapeRegExp } from "../regexp.ts";
import type { CompletionEntry } from "./completion.ts";

/** An import keyword, an opening quote, and the path typed so far, up to the cursor. */
const IMPORT_PATH = new RegExp(`(?:^|[\\s;{}])(?:${IMPORT_KEYWORD.all.map(escapeRegExp).join("|")})[ \\t\\u3000]*["“「『＂']([^"”」』＂'\\r\\n]*)$`, "iu");

/** The most files offered: a workspace of thousands is narrowed by typing. */
const MOST = 200;

/**
 * The files to offer when the cursor at `offset` of `text` (the document of `file`) is in an
 * import's path; undefined anywhere else. `files` are absolute paths of the workspace's policies.
 */
export function importPathCompletions(text: string, offset: number, file: string, files: readonly string[]): CompletionEntry[] | undefined {
  const lineStart = Math.max(text.lastIndexOf("\n", offset - 1), text.lastIndexOf("\r", offset - 1)) + 1;
  const line = text.slice(lineStart, offset);
  const match = IMPORT_PATH.exec(line);
  // Not in a line comment that happens to say `import "`.
  if (match === null || line.slice(0, match.index).includes("//")) return undefined;
  const typed = match[1]!;
  const span: Span = { start: offset - typed.length, end: offset };
  const folder = path.dirname(file);
  const entries: CompletionEntry[] = [];
  for (const candidate of files) {
    if (candidate === file || !candidate.endsWith(".duty")) continue;
    const relative = path.relative(folder, candidate).split(path.sep).join("/");
    if (!relative.startsWith(typed)) continue;
    // Nearer files first: those beside the policy, then each folder up.
    const depth = relative.split("/").filter((part) => part === "..").length;
    entries.push({ label: relative, kind: "file", insertText: relative, sortText: `${String(depth).padStart(2, "0")}${relative}`, span });
  }
  return entries.sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0)).slice(0, MOST);
}
