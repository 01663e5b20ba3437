/**
 * Writes Duty text the way the document already does: its keywords' script, its colon and comma
 * (ASCII or full-width), its favourite quotes, its indentation. Quick fixes and the formatter
 * insert text through this, so an edit never looks foreign in the file.
 */
import type { Block, Locale, Member, ParsedDocument, Span } from "../../../../grammar/src/index.ts";
import { BLOCK_KEYWORDS, FIELDS, lookupField, spell, type BlockKind, type EnumValueSpec, type FieldSpec } from "../../../../grammar/src/vocabulary.ts";

export interface TextEdit {
  /** Absolute path of the file to edit. */
  readonly file: string;
  readonly span: Span;
  readonly newText: string;
}

export interface Style {
  readonly locale: Locale;
  readonly colon: string;
  readonly comma: string;
  readonly open: string;
  readonly close: string;
  readonly indent: string;
  readonly newline: string;
  /** The braces around a clause body: `{` `}`, or `｛` `｝` when the file mostly writes those. */
  readonly braceOpen: string;
  readonly braceClose: string;
}

const QUOTE_PAIRS: Readonly<Record<string, string>> = { '"': '"', "“": "”", "「": "」", "『": "』", "'": "'" };

export function styleOf(document: ParsedDocument): Style {
  const text = document.text;
  const colons = new Map<string, number>();
  const commas = new Map<string, number>();
  const count = (counts: Map<string, number>, key: string | undefined): void => {
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const quotes = new Map<string, number>();
  const visit = (members: readonly Member[]): void => {
    for (const member of members) {
      if (member.type === "subBlock") {
        visit(member.members);
        continue;
      }
      count(colons, punctuationIn(text, member.key.span.end, member.values[0]?.span.start ?? member.span.end, ":："));
      for (let i = 1; i < member.values.length; i++) {
        count(commas, punctuationIn(text, member.values[i - 1]!.span.end, member.values[i]!.span.start, ",，、"));
      }
    }
  };
  let fullWidthBraces = 0;
  for (const block of document.tree.blocks) {
    visit(block.members);
    if (block.open && text.charAt(block.open.start) === "｛") fullWidthBraces++;
    else if (block.open) fullWidthBraces--;
    if (block.title) quotes.set(text.charAt(block.title.span.start), (quotes.get(text.charAt(block.title.span.start)) ?? 0) + 1);
  }
  for (const declaration of document.file.declarations) {
    for (const value of Object.values(declaration)) {
      if (value && typeof value === "object" && "text" in value && "span" in value && typeof (value as { span: Span }).span?.start === "number") {
        const quote = text.charAt((value as { span: Span }).span.start);
        if (quote in QUOTE_PAIRS) quotes.set(quote, (quotes.get(quote) ?? 0) + 1);
      }
    }
  }
  const chinese = document.locale !== "en";
  const fullWidthColons = colons.get("：") ?? 0;
  const asciiColons = colons.get(":") ?? 0;
  const fullWidth = fullWidthColons > asciiColons || (fullWidthColons === asciiColons && chinese);
  const favourite = [...quotes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? (chinese ? (document.locale === "zh-Hant" ? "「" : "“") : '"');
  return {
    locale: document.locale,
    colon: fullWidth ? "：" : ": ",
    comma: commaOf(commas, fullWidth),
    open: favourite,
    close: QUOTE_PAIRS[favourite] ?? favourite,
    indent: writtenIndent(document) ?? "  ",
    newline: text.includes("\r\n") ? "\r\n" : !text.includes("\n") && text.includes("\r") ? "\r" : "\n",
    braceOpen: fullWidthBraces > 0 ? "｛" : "{",
    braceClose: fullWidthBraces > 0 ? "｝" : "}",
  };
}

/**
 * The list comma the file writes most: `, `, `，` or `、` (ties go to `，` over `、`). A file
 * without lists follows its colons: full-width colons, full-width commas.
 */
function commaOf(commas: ReadonlyMap<string, number>, fullWidth: boolean): string {
  const ascii = commas.get(",") ?? 0;
  const fullWidthCommas = commas.get("，") ?? 0;
  const enumeration = commas.get("、") ?? 0;
  const wide = Math.max(fullWidthCommas, enumeration);
  if (ascii === 0 && wide === 0) return fullWidth ? "，" : ", ";
  if (ascii > wide || (ascii === wide && !fullWidth)) return ", ";
  return enumeration > fullWidthCommas ? "、" : "，";
}

/** The first of `chars` between two offsets, skipping blanks and comments; undefined when there is none. */
function punctuationIn(text: string, from: number, to: number, chars: string): string | undefined {
  const between = text.slice(from, Math.max(from, to)).replace(/\/\*[\s\S]*?\*\/|\/\/[^\r\n\u2028\u2029]*/g, "");
  for (const char of between) if (chars.includes(char)) return char;
  return undefined;
}

/** The file's own indentation unit (the blanks before the first member written on a line of its own), if it has one. */
export function writtenIndent(document: ParsedDocument): string | undefined {
  for (const block of document.tree.blocks) {
    const member = block.members[0];
    if (!member) continue;
    const lineStart = document.lines.lineStart(document.lines.positionAt(member.span.start).line);
    const leading = document.text.slice(lineStart, member.span.start);
    if (/^[ \t]+$/.test(leading)) return leading;
  }
  return undefined;
}

export function quoted(style: Style, text: string): string {
  const safe = style.open === '"' ? text.replace(/["\\]/g, "\\$&") : text.replaceAll(style.close, "");
  return `${style.open}${safe}${style.close}`;
}

export function fieldKey(kind: BlockKind, key: string, locale: Locale): string {
  const spec = FIELDS[kind].find((candidate) => candidate.key === key);
  return spec ? spell(spec.spelling, locale) : key;
}

export function enumWord(values: readonly EnumValueSpec[] | undefined, value: string, locale: Locale): string {
  const spec = values?.find((candidate) => candidate.value === value);
  return spec ? spell(spec.spelling, locale) : value;
}

export function fieldSpec(kind: BlockKind, key: string): FieldSpec | undefined {
  return FIELDS[kind].find((candidate) => candidate.key === key);
}

export function keyword(kind: BlockKind, locale: Locale): string {
  return spell(BLOCK_KEYWORDS[kind], locale);
}

/** A field line, `key: value` in the document's punctuation. */
export function fieldLine(style: Style, kind: BlockKind, key: string, value: string): string {
  return `${fieldKey(kind, key, style.locale)}${style.colon}${value}`;
}

/** Inserts a field into a clause: on its own line before `}`, or inline for a one-line clause. */
export function insertField(document: ParsedDocument, file: string, block: Block, line: string, style: Style): TextEdit | undefined {
  const close = block.close;
  if (!close) return undefined;
  const lines = document.lines;
  const closeLine = lines.positionAt(close.start).line;
  const openLine = block.open ? lines.positionAt(block.open.start).line : closeLine;
  if (openLine === closeLine) {
    const before = document.text.charAt(close.start - 1);
    return { file, span: { start: close.start, end: close.start }, newText: `${before === " " ? "" : " "}${line} ` };
  }
  const lineStart = lines.lineStart(closeLine);
  const beforeBrace = document.text.slice(lineStart, close.start);
  if (/^[ \t]*$/.test(beforeBrace)) {
    return { file, span: { start: lineStart, end: lineStart }, newText: `${beforeBrace}${style.indent}${line}${style.newline}` };
  }
  // The blanks before the brace go with it: left behind, they would end the line before.
  let start = close.start;
  while (start > lineStart && (document.text[start - 1] === " " || document.text[start - 1] === "\t")) start--;
  return { file, span: { start, end: close.start }, newText: `${style.newline}${style.indent}${line}${style.newline}` };
}

/** Appends a whole clause at the end of the file, after a blank line. */
export function appendClause(document: ParsedDocument, file: string, lines: readonly string[], style: Style): TextEdit {
  const body = lines.map((line, index) => (index === 0 || index === lines.length - 1 ? line : `${style.indent}${line}`)).join(style.newline);
  // A `/*` never closed runs to the end of the file: a clause added after it would be comment.
  // It goes before the comment instead (found by the fuzz run).
  const open = unterminatedComment(document);
  if (open !== undefined) {
    const before = document.text.slice(0, open);
    const separator = before.trim().length === 0 ? "" : /(\r?\n){2,}[ \t]*$/.test(before) ? "" : /\r?\n[ \t]*$/.test(before) ? style.newline : `${style.newline}${style.newline}`;
    return { file, span: { start: open, end: open }, newText: `${separator}${body}${style.newline}${style.newline}` };
  }
  const text = document.text;
  const trailing = /(\r?\n)*$/.exec(text)?.[0] ?? "";
  const separator = text.length === 0 ? "" : `${trailing.length === 0 ? style.newline : ""}${style.newline}`;
  return { file, span: { start: text.length, end: text.length }, newText: `${separator}${body}${style.newline}` };
}

/** Where a block comment that is never closed starts, if the document has one. */
function unterminatedComment(document: ParsedDocument): number | undefined {
  const last = document.tree.comments.at(-1);
  if (!last || !last.block || last.span.end !== document.text.length) return undefined;
  return last.text.length >= 4 && last.text.endsWith("*/") ? undefined : last.span.start;
}

/** The spec of a field inside a clause kind, by key as written. */
export function specOf(kind: BlockKind, written: string): FieldSpec | undefined {
  return lookupField(FIELDS[kind], written);
}
