/**
 * The Duty language core: text → syntax tree → typed declarations, with diagnostics.
 * Knows nothing of files, editors or review rules.
 */
import { policyFile, readClauses, type PolicyFile } from "./declarations.ts";
import { rememberForReuse, reparse } from "./incremental.ts";
import type { Diagnostic } from "./diagnostic.ts";
import type { Locale } from "./locale.ts";
import { parse } from "./parse.ts";
import { LineIndex } from "./positions.ts";
import type { SyntaxTree } from "./syntax-tree.ts";

export interface ParsedDocument {
  readonly text: string;
  readonly lines: LineIndex;
  readonly tree: SyntaxTree;
  readonly file: PolicyFile;
  /** Syntax and structure problems, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
  readonly locale: Locale;
}

export function parseDocument(text: string, localeOverride?: Locale): ParsedDocument {
  const parsed = parse(text, localeOverride);
  const { declarations, diagnostics, perClause } = readClauses(parsed.tree.blocks, parsed.locale);
  const file = policyFile(parsed.locale, parsed.tree.imports, declarations);
  const all = diagnostics.length === 0 ? parsed.diagnostics : [...parsed.diagnostics, ...diagnostics].sort((a, b) => a.span.start - b.span.start);
  const document: ParsedDocument = { text, lines: new LineIndex(text), tree: parsed.tree, file, diagnostics: all, locale: parsed.locale };
  rememberForReuse(document, { syntax: parsed.diagnostics, perClause, localeHorizon: parsed.localeHorizon });
  return document;
}

/**
 * The document after an edit: `previous` is the same file's document before it. Reads again
 * only the clauses the edit touched when that gives exactly what parseDocument gives
 * (incremental.ts); otherwise parses the whole text.
 *
 * `previous` is used up: the clauses after the edit move into the new document in place, so
 * the old document's spans no longer fit its text. Keep only the document this returns.
 */
export function reparseDocument(previous: ParsedDocument, text: string, localeOverride?: Locale): ParsedDocument {
  return reparse(previous, text, localeOverride) ?? parseDocument(text, localeOverride);
}

export type * from "./declarations.ts";
export type { Diagnostic, RelatedInformation, Severity } from "./diagnostic.ts";
export type { Locale, Localized } from "./locale.ts";
export type { Position, Range, Span } from "./positions.ts";
export type * from "./syntax-tree.ts";
export { LineIndex } from "./positions.ts";
export { prepareRecoveringParser } from "./parse.ts";
export { LOCALES } from "./locale.ts";
