/**
 * The Duty formatter: one canonical layout for a policy file, in the file's own script and
 * punctuation. Pure core — no editor or file-system types; the language server and
 * `duty format` are thin layers over it.
 *
 * Layout (docs/formatting.md):
 * - imports and clauses in the order written, each starting a line; one blank line between
 *   clauses (and between the imports and a clause), imports one per line;
 * - the header `keyword name "title" {` on one line; each field on its own line, indented by the
 *   file's indentation unit (two spaces when it has none); sub-blocks `key {` … `}` one level
 *   deeper; a clause or sub-block with no members is written `{}`;
 * - a field's values joined by the file's comma (`, `, `，` or `、`), its key and value by the
 *   file's colon (`: ` or `：`); the atoms of one value separated by one space, except atoms
 *   written against each other (`30日内`), which stay together;
 * - every word, name, number and quoted text exactly as written (quotes included); optional `;`
 *   dropped; trailing blanks removed; at most one blank line where the drafter left one or more
 *   between members, none just inside braces; the file's line ending, and a final one;
 * - comments kept: one on the line of what precedes it stays there, the others get lines of
 *   their own at the indentation of what follows them (inside the braces before a `}`).
 *
 * A document with lexical or parse errors is not formatted: its tree does not hold all its text.
 */
import { parseDocument, type Diagnostic, type Member, type ParsedDocument, type Span, type Value } from "../../../../grammar/src/index.ts";
import { styleOf, writtenIndent } from "../fixes/writer.ts";
import { lineEdits, type FormatEdit } from "./diff.ts";
import { commentText, layout, Unformattable, type Layout } from "./layout.ts";

export type { FormatEdit } from "./diff.ts";

export interface FormatOptions {
  /** The indentation unit when the document has none of its own (default: two spaces). */
  readonly indent?: string;
}

/** The findings that mean the syntax tree does not hold the whole text. */
export const BLOCKING_RULES: ReadonlySet<string> = new Set([
  "syntax/unexpected-character",
  "syntax/unterminated-string",
  "syntax/unterminated-comment",
  "syntax/unexpected-token",
  "syntax/missing-brace",
  "syntax/too-deep",
  "syntax/too-large",
]);

/** The problems that stop the document from being formatted (empty when it can be). */
export function formatBlockers(document: ParsedDocument): Diagnostic[] {
  return document.diagnostics.filter((diagnostic) => BLOCKING_RULES.has(diagnostic.rule));
}

/** The layout of a document, checked to mean exactly what the document means; undefined when it cannot be formatted. */
function checkedLayout(document: ParsedDocument, options: FormatOptions): Layout | undefined {
  if (formatBlockers(document).length > 0) return undefined;
  const base = styleOf(document);
  const style = writtenIndent(document) === undefined && options.indent !== undefined ? { ...base, indent: options.indent } : base;
  let result: Layout;
  try {
    result = layout(document, style);
  } catch (error) {
    if (error instanceof Unformattable) return undefined;
    throw error;
  }
  if (result.text === document.text) return result;
  // Never hand back a text that means something else: the formatted text must parse cleanly
  // into the same declarations, with the same comments.
  // The typed declarations are read from the syntax tree in the document's language alone, so
  // comparing the trees (without positions) is enough, and much cheaper on a large file.
  const formatted = parseDocument(result.text, document.locale);
  if (formatBlockers(formatted).length > 0 || treeSignature(formatted) !== treeSignature(document)) return undefined;
  return result;
}

/** The formatted text, or undefined when the document has syntax errors. */
export function formatDocument(document: ParsedDocument, options: FormatOptions = {}): string | undefined {
  return checkedLayout(document, options)?.text;
}

/** Parses and formats a text. */
export function formatText(text: string, options: FormatOptions = {}): string | undefined {
  return formatDocument(parseDocument(text), options);
}

/** Line-by-line edits that format the whole document; undefined when it cannot be formatted. */
export function formattingEdits(document: ParsedDocument, options: FormatOptions = {}): FormatEdit[] | undefined {
  const formatted = formatDocument(document, options);
  return formatted === undefined ? undefined : lineEdits(document.text, formatted);
}

/**
 * Edits that format only the clauses (and imports) that `range` touches, leaving the rest of the
 * text as it is; undefined when the document cannot be formatted.
 */
export function rangeFormattingEdits(document: ParsedDocument, range: Span, options: FormatOptions = {}): FormatEdit[] | undefined {
  const result = checkedLayout(document, options);
  if (!result) return undefined;
  const text = document.text;
  const { entities, items } = result;
  const touched = items.map((item) => item.span.start <= range.end && item.span.end >= range.start);
  const regions: { start: number; end: number; newText: string }[] = [];
  for (let n = 0; n < items.length; n++) {
    if (!touched[n]) continue;
    // Neighbouring touched items are formatted together, with what lies between them.
    let last = n;
    while (last + 1 < items.length && touched[last + 1]) last++;
    const firstEntity = items[n]!.first;
    const lastEntity = items[last]!.last;
    n = last;
    const first = entities[firstEntity]!;
    const final = entities[lastEntity]!;
    let start: number;
    let outStart: number;
    const lineStart = lineStartOf(text, first.start);
    if (/^[ \t\f\v\u00A0\u3000\uFEFF]*$/.test(text.slice(lineStart, first.start))) {
      start = lineStart;
      outStart = first.outStart;
    } else {
      // Something precedes the clause on its line: take the break after it from the output too.
      const previous = entities[firstEntity - 1]!;
      start = previous.end;
      outStart = previous.outEnd;
    }
    let end: number;
    let outEnd: number;
    const lineEnd = lineEndOf(text, final.end);
    const next = entities[lastEntity + 1];
    if (next && next.start < lineEnd) {
      end = next.start;
      outEnd = next.outStart;
    } else {
      end = lineEnd;
      outEnd = final.outEnd;
    }
    regions.push({ start, end, newText: result.text.slice(outStart, outEnd) });
  }
  let updated = "";
  let at = 0;
  for (const region of regions) {
    updated += text.slice(at, region.start) + region.newText;
    at = region.end;
  }
  updated += text.slice(at);
  return lineEdits(text, updated);
}

function lineStartOf(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && !"\r\n\u2028\u2029".includes(text.charAt(at - 1))) at--;
  return at;
}

/** The end of the line's content (before its line break), without trailing blanks kept. */
function lineEndOf(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && !"\r\n\u2028\u2029".includes(text.charAt(at))) at++;
  return at;
}

/**
 * What a document means, for comparison: its imports and typed declarations with every source
 * position left out, and its comments' texts in order.
 */
export function meaningOf(document: ParsedDocument): string {
  return JSON.stringify({
    imports: withoutSpans(document.file.imports),
    declarations: withoutSpans(document.file.declarations),
    comments: document.tree.comments.map(commentText),
  });
}

export function sameMeaning(a: ParsedDocument, b: ParsedDocument): boolean {
  return meaningOf(a) === meaningOf(b);
}

/** The syntax tree as written, without positions: every word and atom, and every comment. */
function treeSignature(document: ParsedDocument): string {
  const parts: string[] = [];
  const atoms = (values: readonly Value[]): void => {
    for (const value of values) {
      parts.push("\u0001");
      for (const atom of value.atoms) parts.push(atom.kind, atom.text);
    }
  };
  const members = (list: readonly Member[]): void => {
    for (const member of list) {
      parts.push(member.type, member.key.text);
      if (member.type === "field") atoms(member.values);
      else {
        parts.push("{");
        members(member.members);
        parts.push("}");
      }
    }
  };
  for (const statement of document.tree.imports) parts.push("import", statement.keyword.text, statement.path.text);
  for (const block of document.tree.blocks) {
    parts.push(block.kind, block.keyword.text, block.name?.text ?? "", block.title?.text ?? "", "{");
    members(block.members);
    parts.push("}");
  }
  for (const comment of document.tree.comments) parts.push(commentText(comment));
  return parts.join("\u0000");
}

const POSITION_KEYS = new Set(["span", "open", "close", "fieldSpans"]);

function withoutSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpans);
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) if (!POSITION_KEYS.has(key)) copy[key] = withoutSpans(inner);
  return copy;
}
