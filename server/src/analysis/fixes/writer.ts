/**
 * Writes Duty text the way the document already does: its keywords' script, its colon and comma
 * (ASCII or full-width), its favourite quotes, its indentation. Quick fixes and the formatter
 * insert text through this, so an edit never looks foreign in the file.
 */
import type { Block, Locale, ParsedDocument, Span } from "../../../../grammar/src/index.ts";
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
}

const QUOTE_PAIRS: Readonly<Record<string, string>> = { '"': '"', "“": "”", "「": "」", "『": "』", "'": "'" };

export function styleOf(document: ParsedDocument): Style {
  const text = document.text;
  let fullWidthColons = 0;
  let asciiColons = 0;
  const quotes = new Map<string, number>();
  for (const block of document.tree.blocks) {
    for (const member of block.members) {
      const after = text.charAt(member.key.span.end);
      if (after === "：") fullWidthColons++;
      else if (after === ":") asciiColons++;
    }
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
  const fullWidth = fullWidthColons > asciiColons || (fullWidthColons === asciiColons && chinese);
  const favourite = [...quotes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? (chinese ? (document.locale === "zh-Hant" ? "「" : "“") : '"');
  return {
    locale: document.locale,
    colon: fullWidth ? "：" : ": ",
    comma: fullWidth ? "，" : ", ",
    open: favourite,
    close: QUOTE_PAIRS[favourite] ?? favourite,
    indent: indentOf(document),
    newline: text.includes("\r\n") ? "\r\n" : "\n",
  };
}

function indentOf(document: ParsedDocument): string {
  for (const block of document.tree.blocks) {
    const member = block.members[0];
    if (!member) continue;
    const lineStart = document.lines.lineStart(document.lines.positionAt(member.span.start).line);
    const leading = document.text.slice(lineStart, member.span.start);
    if (/^[ \t]+$/.test(leading)) return leading;
  }
  return "  ";
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
  return { file, span: { start: close.start, end: close.start }, newText: `${style.newline}${style.indent}${line}${style.newline}` };
}

/** Appends a whole clause at the end of the file, after a blank line. */
export function appendClause(document: ParsedDocument, file: string, lines: readonly string[], style: Style): TextEdit {
  const text = document.text;
  const trailing = /(\r?\n)*$/.exec(text)?.[0] ?? "";
  const separator = text.length === 0 ? "" : `${trailing.length === 0 ? style.newline : ""}${style.newline}`;
  const body = lines.map((line, index) => (index === 0 || index === lines.length - 1 ? line : `${style.indent}${line}`)).join(style.newline);
  return { file, span: { start: text.length, end: text.length }, newText: `${separator}${body}${style.newline}` };
}

/** The spec of a field inside a clause kind, by key as written. */
export function specOf(kind: BlockKind, written: string): FieldSpec | undefined {
  return lookupField(FIELDS[kind], written);
}
