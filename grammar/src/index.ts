/**
 * The Duty language core: text → syntax tree → typed declarations, with diagnostics.
 * Knows nothing of files, editors or review rules.
 */
import { readDeclarations, type PolicyFile } from "./declarations.ts";
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
  const { file, diagnostics } = readDeclarations(parsed.tree, parsed.locale);
  const all = diagnostics.length === 0 ? parsed.diagnostics : [...parsed.diagnostics, ...diagnostics].sort((a, b) => a.span.start - b.span.start);
  return { text, lines: new LineIndex(text), tree: parsed.tree, file, diagnostics: all, locale: parsed.locale };
}

export type * from "./declarations.ts";
export type { Diagnostic, RelatedInformation, Severity } from "./diagnostic.ts";
export type { Locale, Localized } from "./locale.ts";
export type { Position, Range, Span } from "./positions.ts";
export type * from "./syntax-tree.ts";
export { LineIndex } from "./positions.ts";
export { LOCALES } from "./locale.ts";
