/**
 * Completion inside an import's path (`import "sh|`, `导入 「shared/|`): the workspace's other
 * `.duty` files, written relative to the importing file as an import names them. The files are
 * the caller's to give (the language server's scan of the workspace folder), and asked for only
 * when the cursor is in an import's path: the language core knows no disk.
 */
import * as path from "node:path";
import type { Span } from "../../../../grammar/src/index.ts";
import { tokenize } from "../../../../grammar/src/parse.ts";
import { ImportKeyword, UnterminatedString } from "../../../../grammar/src/tokens.ts";
import { IMPORT_KEYWORD } from "../../../../grammar/src/vocabulary.ts";
import { escapeRegExp } from "../regexp.ts";
import type { CompletionEntry } from "./completion.ts";

/** An import keyword, then an opening quote, on the line before the cursor. */
const IMPORT_LINE = new RegExp(`(?:${IMPORT_KEYWORD.all.map(escapeRegExp).join("|")}).*["“「『＂']`, "iu");

/** The most files offered: a workspace of thousands is narrowed by typing. */
const MOST = 200;

/**
 * The files to offer when the cursor at `offset` of `text` (the document of `file`) is in an
 * import's path; undefined anywhere else. `files` gives the absolute paths of the workspace's
 * policies.
 */
export function importPathCompletions(text: string, offset: number, file: string, files: () => readonly string[]): CompletionEntry[] | undefined {
  // The text up to the cursor, read by the language's own scanner: the path being typed is a
  // string left open right after an import keyword — never one in a comment or another string.
  // Only a line with an import keyword and a quote is read so: the scan of the text before the
  // cursor is the cost, and completion in an ordinary text (`action: "…`) must not pay it twice.
  const lineStart = Math.max(text.lastIndexOf("\n", offset - 1), text.lastIndexOf("\r", offset - 1)) + 1;
  if (!IMPORT_LINE.test(text.slice(lineStart, offset))) return undefined;
  const { tokens } = tokenize(text.slice(0, offset));
  const open = tokens[tokens.length - 1];
  const keyword = tokens[tokens.length - 2];
  if (open?.tokenType !== UnterminatedString || keyword?.tokenType !== ImportKeyword || open.startOffset + open.image.length !== offset) return undefined;
  const written = open.image.slice(1);
  // `./shared/` names the same files as `shared/`: matched without it, written with it.
  const dot = written.startsWith("./") ? "./" : "";
  const typed = written.slice(dot.length);
  const span: Span = { start: offset - written.length, end: offset };
  const folder = path.dirname(file);
  const entries: CompletionEntry[] = [];
  for (const candidate of files()) {
    if (candidate === file || !candidate.endsWith(".duty")) continue;
    const relative = path.relative(folder, candidate).split(path.sep).join("/");
    if (!relative.startsWith(typed)) continue;
    // Nearer files first: those beside the policy, then each folder up.
    const depth = relative.split("/").filter((part) => part === "..").length;
    const shown = relative.startsWith("../") ? relative : `${dot}${relative}`;
    entries.push({ label: shown, kind: "file", insertText: shown, sortText: `${String(depth).padStart(2, "0")}${relative}`, span });
  }
  return entries.sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0)).slice(0, MOST);
}
