/**
 * Where a name is declared and where it is used: go to definition, find references, document
 * highlights and rename all start here. Results are spans in files; the language server turns
 * them into locations.
 *
 * A symbol is identified by its name and the file that declares it: every file's model builds
 * its own SymbolInfo objects, so two models agree on a symbol only through (file, name).
 */
import type { Span } from "../../../grammar/src/index.ts";
import type { SemanticModel, SymbolInfo } from "./model.ts";
import type { ResolvedImport } from "./workspace.ts";

/** One place a symbol's name is written. */
export interface Occurrence {
  readonly file: string;
  readonly span: Span;
  /** True for the name in the declaring clause, false for a reference to it. */
  readonly declaration: boolean;
}

export function sameSymbol(a: SymbolInfo, b: SymbolInfo): boolean {
  return a.file === b.file && a.name === b.name;
}

/** Where a symbol's declaring clause writes its name. */
export function declarationOf(symbol: SymbolInfo): Occurrence | undefined {
  const name = symbol.declaration.name;
  return name ? { file: symbol.file, span: name.span, declaration: true } : undefined;
}

export type Definition =
  | { readonly kind: "symbol"; readonly symbol: SymbolInfo; readonly origin: Span; readonly target: Occurrence }
  | { readonly kind: "file"; readonly origin: Span; readonly file: string };

/**
 * What the name or import path at an offset points to. On a declaration's own name, the
 * declaration itself (editors then offer its references).
 */
export function definitionAt(model: SemanticModel, imports: readonly ResolvedImport[], offset: number): Definition | undefined {
  for (const { statement, target } of imports) {
    const span = statement.path.span;
    if (span.start <= offset && offset <= span.end) return target.ok ? { kind: "file", origin: span, file: target.file } : undefined;
  }
  const found = model.symbolAt(offset);
  if (!found) return undefined;
  const target = declarationOf(found.symbol);
  return target ? { kind: "symbol", symbol: found.symbol, origin: found.span, target } : undefined;
}

/** The symbol's declaration (when in this file) and references in the model's own file. */
export function occurrencesInFile(model: SemanticModel, symbol: SymbolInfo): Occurrence[] {
  const file = model.file.path;
  const found: Occurrence[] = [];
  if (symbol.file === file) {
    const declaration = declarationOf(symbol);
    if (declaration) found.push(declaration);
  }
  for (const reference of model.references) {
    if (reference.target && sameSymbol(reference.target, symbol)) found.push({ file, span: reference.ref.span, declaration: false });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Every occurrence of a symbol in the given files, each file read through its own model (so
 * that a file which does not import the declaring file, and so cannot see the symbol, adds
 * nothing). Sorted by file, then position; each file counted once.
 */
export function occurrencesAcross(
  symbol: SymbolInfo,
  files: Iterable<string>,
  modelOf: (file: string) => SemanticModel | undefined,
): Occurrence[] {
  const found: Occurrence[] = [];
  for (const file of [...new Set(files)].sort()) {
    const model = modelOf(file);
    if (model) found.push(...occurrencesInFile(model, symbol));
  }
  return found;
}
