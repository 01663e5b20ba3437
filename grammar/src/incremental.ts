/**
 * Reparsing after an edit: the clauses before and after the changed text are kept, and only
 * what lies between is read again. The result is the one a full parse gives — the same tree,
 * declarations, diagnostics and locale (test/fuzz/reparse.test.ts compares them on edits of
 * every kind) — or, where that cannot be promised cheaply, a full parse is what happens.
 *
 * Why this is exact: a clause that was read without a problem, from its keyword to its own `}`,
 * is read the same way wherever it stands, because the grammar never looks past a clause's
 * closing brace, and a clause keyword followed by a clause header always brings the parser
 * back to the top level (parser.ts). So the changed region is lexed (the whole text when the
 * edit could change the locale: lexRegion), the unchanged clean clauses at either end are kept
 * with their declarations (those after the edit moved by its length, in place: see moveUnit),
 * and the tokens between are parsed followed by the first kept clause, which must come out as it
 * was — the check that the parser was back at the top level there.
 */
import type { IToken } from "chevrotain";
import { readClauses, policyFile, type Declaration } from "./declarations.ts";
import type { Diagnostic } from "./diagnostic.ts";
import type { ParsedDocument } from "./index.ts";
import type { Locale } from "./locale.ts";
import { lexForReparse, lexRange, parseTokenRun } from "./parse.ts";
import { ownCopy } from "./memo.ts";
import { LineIndex, type Span } from "./positions.ts";
import type { Block, Comment, ImportStatement, Member } from "./syntax-tree.ts";

/** What a document's reparse needs beyond the document: its diagnostics by origin. */
export interface ReuseInfo {
  /** Lexer, parser and syntax-tree diagnostics, sorted (none inside a clause that can be kept). */
  readonly syntax: readonly Diagnostic[];
  /** The declaration diagnostics of each clause, in the order of `tree.blocks`. */
  readonly perClause: readonly (readonly Diagnostic[])[];
  /** Edits from this offset on cannot change the locale (parse.ts). */
  readonly localeHorizon: number;
}

const reuse = new WeakMap<ParsedDocument, ReuseInfo>();

export function rememberForReuse(document: ParsedDocument, info: ReuseInfo): void {
  reuse.set(document, info);
}

/** Reading less than this again is not worth the bookkeeping. */
const MIN_KEPT_FRACTION = 0.1;
/** Past this many findings a reader stops reporting, and what it reports depends on the whole file. */
const DIAGNOSTIC_LIMIT = 200;

/** A top-level unit of a file: what a reparse keeps or reads again. */
type Unit = { readonly kind: "import"; readonly node: ImportStatement; readonly span: Span } | { readonly kind: "clause"; readonly node: Block; readonly span: Span };

/**
 * The document for `text`, reusing what `previous` (the same file before an edit) read of the
 * unchanged clauses; undefined when only a full parse gives the exact result. When it returns a
 * document, `previous` is used up (its clauses after the edit have moved into the new one); when
 * it returns undefined, `previous` is untouched.
 */
export function reparse(previous: ParsedDocument, text: string, localeOverride?: Locale): ParsedDocument | undefined {
  const info = reuse.get(previous);
  if (!info || info.syntax.length >= DIAGNOSTIC_LIMIT) return undefined;
  const old = previous.text;
  const same = commonPrefixLength(old, text);
  const sameEnd = commonSuffixLength(old, text, Math.min(old.length, text.length) - same);
  const delta = text.length - old.length;
  const changedEnd = old.length - sameEnd;

  const units = unitsOf(previous);
  // Kept before the edit: clean units from the start, up to a clause (whose `}` ends it, where
  // an import may be followed by its `;`).
  let before = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.span.end > same || !isClean(unit, info.syntax)) break;
    if (unit.kind === "clause") before = i + 1;
  }
  const regionStart = before > 0 ? units[before - 1]!.span.end : 0;
  if (info.syntax.some((d) => d.span.start < regionStart)) return undefined;
  // Kept after the edit: clean units to the end, starting after the changed text.
  let after = units.length;
  while (after > before && units[after - 1]!.span.start >= changedEnd && isClean(units[after - 1]!, info.syntax)) after--;
  const oldRegionEnd = after < units.length ? units[after]!.span.start : old.length;
  // (With nothing kept after it, the region runs to the end, where a missing `}` is reported.)
  if (after < units.length && info.syntax.some((d) => d.span.start >= oldRegionEnd)) return undefined;
  const keptLength = regionStart + (old.length - oldRegionEnd);
  if (keptLength < old.length * MIN_KEPT_FRACTION) return undefined;

  const regionEnd = oldRegionEnd + delta;
  const next = units[after];
  const lexed = lexRegion(previous, info, text, regionStart, next && next.span.end + delta, localeOverride);
  if (!lexed) return undefined;
  const first = lowerBound(lexed.tokens, regionStart);
  const last = lowerBound(lexed.tokens, regionEnd);
  let run: IToken[];
  if (next) {
    // The first kept unit is read too, as what follows the region: the lookahead at the region's
    // end sees what it saw in a full parse, and the unit must come out unchanged.
    if (lexed.tokens[last]?.startOffset !== regionEnd) return undefined;
    run = lexed.tokens.slice(first, lowerBound(lexed.tokens, next.span.end + delta));
  } else {
    run = lexed.tokens.slice(first);
  }
  const read = parseTokenRun(text, detached(run), lexed.locale);
  if (read.diagnostics.some((d) => d.span.start > regionEnd)) return undefined;
  let imports = read.imports;
  let blocks = read.blocks;
  if (next) {
    const follower = next.kind === "clause" ? blocks[blocks.length - 1] : imports[imports.length - 1];
    if (!follower || follower.span.start !== next.span.start + delta || follower.span.end !== next.span.end + delta) return undefined;
    if (next.kind === "clause" && (follower as Block).members.length !== next.node.members.length) return undefined;
    if (next.kind === "clause") blocks = blocks.slice(0, -1);
    else imports = imports.slice(0, -1);
  }

  // The clauses read again get new declarations; those after the edit keep theirs, and their
  // diagnostics, once moved. Each clause's diagnostics are its own while the file stays under
  // the reader's limit, which is what the count checks.
  const fresh = readClauses(blocks, lexed.locale);
  const keptBefore = units.slice(0, before);
  const keptAfter = units.slice(after);
  const importsBefore = importsOf(keptBefore);
  const importsAfter = importsOf(keptAfter);
  const clausesBefore = keptBefore.length - importsBefore.length;
  const keptAfterFrom = previous.tree.blocks.length - (keptAfter.length - importsAfter.length);
  const perClause = [
    ...info.perClause.slice(0, clausesBefore),
    ...fresh.perClause,
    ...info.perClause.slice(keptAfterFrom).map((diagnostics) => (delta === 0 ? diagnostics : diagnostics.map((d) => movedDiagnostic(d, delta)))),
  ];
  const declarationDiagnostics = perClause.flat();
  if (fresh.full || declarationDiagnostics.length >= DIAGNOSTIC_LIMIT) return undefined;

  // Nothing can fail from here on: the units after the edit move, and `previous` is used up.
  if (delta !== 0) for (const unit of keptAfter) moveUnit(unit, delta);
  const tree = {
    imports: [...importsBefore, ...imports, ...importsAfter],
    blocks: [...previous.tree.blocks.slice(0, clausesBefore), ...blocks, ...previous.tree.blocks.slice(keptAfterFrom)],
    comments: lexed.comments,
  };
  const declarations: Declaration[] = [
    ...previous.file.declarations.slice(0, clausesBefore),
    ...fresh.declarations,
    ...previous.file.declarations.slice(keptAfterFrom),
  ];
  const syntax = read.diagnostics;
  const diagnostics =
    declarationDiagnostics.length === 0 ? syntax : [...syntax, ...declarationDiagnostics].sort((a, b) => a.span.start - b.span.start);
  const document: ParsedDocument = {
    text,
    lines: new LineIndex(text),
    tree,
    file: policyFile(lexed.locale, tree.imports, declarations),
    diagnostics,
    locale: lexed.locale,
  };
  rememberForReuse(document, { syntax, perClause, localeHorizon: lexed.localeHorizon });
  return document;
}

/**
 * The tokens a reparse reads, and the new document's comments and locale. When the edit lies
 * past what decided the locale, only the region and the unit after it are lexed (the rest is
 * unchanged text after a token boundary, so its tokens are too); otherwise the whole text.
 */
function lexRegion(
  previous: ParsedDocument,
  info: ReuseInfo,
  text: string,
  regionStart: number,
  nextEnd: number | undefined,
  localeOverride: Locale | undefined,
): { tokens: readonly IToken[]; comments: readonly Comment[]; locale: Locale; localeHorizon: number } | undefined {
  if (localeOverride === undefined && regionStart < info.localeHorizon) {
    const lexed = lexForReparse(text, localeOverride);
    return lexed && lexed.locale === previous.locale ? lexed : undefined;
  }
  const locale = localeOverride ?? previous.locale;
  const end = nextEnd ?? text.length;
  const range = lexRange(text, regionStart, end, nextEnd !== undefined);
  if (!range) return undefined;
  const delta = text.length - previous.text.length;
  const oldEnd = end - delta;
  const comments: Comment[] = [];
  for (const comment of previous.tree.comments) if (comment.span.end <= regionStart) comments.push(comment);
  comments.push(...range.comments);
  if (nextEnd !== undefined) {
    for (const comment of previous.tree.comments) {
      if (comment.span.start >= oldEnd) comments.push({ text: comment.text, span: shifted(comment.span, delta), block: comment.block });
    }
  }
  return { tokens: range.tokens, comments, locale, localeHorizon: info.localeHorizon };
}

/**
 * Compared a block at a time first: two substrings compare as memory, where a loop of
 * charCodeAt costs about a millisecond per 100,000 characters — a keystroke's budget.
 */
const COMPARED_BLOCK = 2048;

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let same = 0;
  while (same + COMPARED_BLOCK <= limit && a.substring(same, same + COMPARED_BLOCK) === b.substring(same, same + COMPARED_BLOCK)) same += COMPARED_BLOCK;
  while (same < limit && a.charCodeAt(same) === b.charCodeAt(same)) same++;
  return same;
}

/** How many characters `a` and `b` end with in common, at most `limit`. */
function commonSuffixLength(a: string, b: string, limit: number): number {
  let same = 0;
  while (same + COMPARED_BLOCK <= limit && a.substring(a.length - same - COMPARED_BLOCK, a.length - same) === b.substring(b.length - same - COMPARED_BLOCK, b.length - same)) {
    same += COMPARED_BLOCK;
  }
  while (same < limit && a.charCodeAt(a.length - 1 - same) === b.charCodeAt(b.length - 1 - same)) same++;
  return same;
}

/** The imports and clauses in source order. */
function unitsOf(document: ParsedDocument): Unit[] {
  const units: Unit[] = [
    ...document.tree.imports.map((node): Unit => ({ kind: "import", node, span: node.span })),
    ...document.tree.blocks.map((node): Unit => ({ kind: "clause", node, span: node.span })),
  ];
  return units.sort((a, b) => a.span.start - b.span.start);
}

/** Read without a problem of syntax: a clause with both braces, an import with a closed path. */
function isClean(unit: Unit, syntax: readonly Diagnostic[]): boolean {
  if (unit.kind === "clause" ? !unit.node.open || !unit.node.close : unit.node.path.unterminated) return false;
  return !syntax.some((d) => d.span.start >= unit.span.start && d.span.start <= unit.span.end);
}

/** The index of the first token starting at or after `offset`. */
function lowerBound(tokens: readonly IToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle]!.startOffset < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The tokens, each with an image of its own. An image is a slice of the text it was read from,
 * and a slice keeps all of that text alive; the clauses a reparse reads go on into the documents
 * after it, so a long policy edited here and there kept one whole version of its text for every
 * clause last edited in it (100 edits in 100 clauses of the 236 KiB benchmark policy: ~49 MB).
 * The tokens are this reparse's own; the run is a clause or a few.
 */
function detached(tokens: IToken[]): IToken[] {
  for (const token of tokens) token.image = ownCopy(token.image);
  return tokens;
}

function importsOf(units: readonly Unit[]): ImportStatement[] {
  const imports: ImportStatement[] = [];
  for (const unit of units) if (unit.kind === "import") imports.push(unit.node);
  return imports;
}

/**
 * Moves a kept unit by the edit's length, in place. The previous document is used up by its
 * reparse (index.ts `reparseDocument`): the clauses after the edit become the new document's
 * without a copy — tree, declarations and all, the declarations sharing the tree's spans — so a
 * keystroke near the top of a long policy costs about what one near the end does. Each span
 * object is moved once: the tree shares a span only between a value of one atom and that atom
 * (tree-nodes.ts `valueNode`).
 */
function moveUnit(unit: Unit, delta: number): void {
  if (unit.kind === "import") {
    moveSpan(unit.node.keyword.span, delta);
    moveSpan(unit.node.path.span, delta);
    moveSpan(unit.node.span, delta);
    return;
  }
  const block = unit.node;
  moveSpan(block.keyword.span, delta);
  if (block.name) moveSpan(block.name.span, delta);
  if (block.title) moveSpan(block.title.span, delta);
  moveMembers(block.members, delta);
  moveSpan(block.span, delta);
  if (block.open) moveSpan(block.open, delta);
  if (block.close) moveSpan(block.close, delta);
}

function moveMembers(members: readonly Member[], delta: number): void {
  for (const member of members) {
    moveSpan(member.key.span, delta);
    moveSpan(member.span, delta);
    if (member.type === "subBlock") {
      moveMembers(member.members, delta);
      continue;
    }
    for (const value of member.values) {
      for (const atom of value.atoms) moveSpan(atom.span, delta);
      if (value.span !== value.atoms[0]?.span) moveSpan(value.span, delta);
    }
  }
}

/** The one place a span changes after it is made: see moveUnit. */
function moveSpan(span: Span, delta: number): void {
  const movable = span as { start: number; end: number };
  movable.start += delta;
  movable.end += delta;
}

/** A span `delta` further on, as a new object (for what the tree does not share: see moveUnit). */
function shifted(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

/** A kept clause's diagnostic at its new place, as a copy: its span may be one of the tree's. */
function movedDiagnostic(diagnostic: Diagnostic, delta: number): Diagnostic {
  // The language core reports no related information, only a span.
  return { ...diagnostic, span: shifted(diagnostic.span, delta) };
}
