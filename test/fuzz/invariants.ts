/**
 * The properties every input must keep, whatever it is. `checkInput` runs the whole tool chain
 * over one input — parser, review (all rules), formatter, quick fixes, compiler, case evaluator —
 * and throws a PropertyFailure naming the first property broken:
 *
 * - `no-throw:<stage>`     no exception escapes parseDocument, reviewFile, the formatter,
 *                          fixesFor, compilePolicy/serialize or evaluateCases;
 * - `span-inside`          every diagnostic, finding, related location, fix edit, case result and
 *                          syntax-tree / declaration span lies inside its document
 *                          (0 ≤ start ≤ end ≤ text.length), and diagnostics come sorted;
 * - `lsp-range`            each such span's LSP range (LineIndex.rangeOf) maps back to the same
 *                          offsets (offsetAt), and lies on an existing line;
 * - `catalogue`            every finding's rule id is in the catalogue (CATALOGUE);
 * - `generated-valid`      (generated policies) no syntax/…, name/… or import/… finding;
 * - `format-accepts`       the formatter accepts every document without a blocking syntax error;
 * - `format-meaning`       parse → format → parse gives the same imports and typed declarations
 *                          (spans stripped) and the same comment texts in order;
 * - `format-idempotent`    formatting the formatted text changes nothing;
 * - `format-edits`         the formatter's line edits turn the text into the formatted text, and a
 *                          range format keeps the meaning;
 * - `export-schema`        the compiled rule JSON validates against rule-json.schema.json
 *                          (generated policies always; other inputs when the CLI would export
 *                          them, i.e. without error findings);
 * - `export-deterministic` serialize(compilePolicy(…)) gives the same bytes in a fresh workspace;
 * - `fix-no-new-syntax`    applying a quick fix's same-file edits to a text without blocking
 *                          syntax errors adds no syntax error (a "did you mean" rename of an
 *                          unknown key may reveal that its value does not fit the field);
 * - `clean-parse`          the parser of clean texts (grammar/src/clean-parse.ts) reads a text
 *                          exactly as Chevrotain's recovering parser does, and gives up exactly
 *                          where that parser reports a syntax problem;
 * - `reparse-exact`        after a small edit (a letter, a line break, a brace, a quote, a
 *                          keyword, a deletion, chosen by the input), reparsing the document
 *                          (grammar/src/incremental.ts) gives exactly what a full parse gives.
 */
import * as path from "node:path";
import { readCleanText } from "../../grammar/src/clean-parse.ts";
import { scan } from "../../grammar/src/lexer.ts";
import { parseWithRecovery } from "../../grammar/src/parse.ts";
import Ajv2020Module from "ajv/dist/2020.js";
import { LineIndex, parseDocument, reparseDocument, type Diagnostic, type ParsedDocument, type Span } from "../../grammar/src/index.ts";
import { CATALOGUE } from "../../server/src/analysis/catalogue.ts";
import type { Finding } from "../../server/src/analysis/finding.ts";
import { applyEdits } from "../../server/src/analysis/fixes/apply.ts";
import { fixesFor } from "../../server/src/analysis/fixes/fixes.ts";
import { formatBlockers, formatDocument, formattingEdits, meaningOf, rangeFormattingEdits } from "../../server/src/analysis/format/index.ts";
import { reviewFile, type FileReview } from "../../server/src/analysis/review.ts";
import { Workspace } from "../../server/src/analysis/workspace.ts";
import { evaluateCases } from "../../server/src/compile/cases.ts";
import { compilePolicy, serialize } from "../../server/src/compile/export.ts";
import schema from "../../server/schemas/rule-json.schema.json" with { type: "json" };
import { MemoryHost, ROOT } from "../helpers/review.ts";
import { documentSnapshot, typingEdit } from "./snapshot.ts";

export class PropertyFailure extends Error {
  readonly property: string;
  constructor(property: string, message: string) {
    super(`${property}: ${message}`);
    this.property = property;
  }
}

type Validator = { (data: unknown): boolean; errors?: unknown };
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as new (options: object) => { compile(schema: object): Validator };
let validator: Validator | undefined;
function validateRuleJson(json: unknown): { ok: boolean; errors: unknown } {
  validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  return { ok: validator(json), errors: validator.errors };
}

const RULE_IDS: ReadonlySet<string> = new Set(CATALOGUE.map((entry) => entry.id));
export const MAIN = path.join(ROOT, "main.duty");

export interface Subject {
  /** The text of `main.duty`. */
  readonly text: string;
  /** Other files of the workspace, relative to its root (an imported register, `.duty.json`, law files). */
  readonly others?: Readonly<Record<string, string>>;
}

export interface Checks {
  /** Run the review and everything built on it (fixes, export, cases). */
  readonly review: boolean;
  readonly format: boolean;
  /** At most this many findings get their quick fixes applied (0: none). */
  readonly fixes: number;
  /** When the export must validate: always (generated policies), when the CLI would export, or never. */
  readonly schema: "always" | "if-clean" | "never";
  readonly deterministic: boolean;
  /** The input was generated valid: no syntax, name or import finding is allowed. */
  readonly expectValid: boolean;
  /** Where a range format starts and ends, as fractions of the text (none: no range format). */
  readonly range?: readonly [number, number];
}

export const FULL: Checks = { review: true, format: true, fixes: 40, schema: "always", deterministic: true, expectValid: true, range: [0.3, 0.6] };
export const PARSE_ONLY: Checks = { review: false, format: false, fixes: 0, schema: "never", deterministic: false, expectValid: false };

/** Runs `action`; any exception becomes a `no-throw:<stage>` failure carrying its stack. */
function guard<T>(stage: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof PropertyFailure) throw error;
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    throw new PropertyFailure(`no-throw:${stage}`, detail);
  }
}

function checkParsers(text: string): void {
  const clean = guard("parse", () => readCleanText(text, scan(text)));
  const full = guard("parse", () => parseWithRecovery(text));
  if (clean === undefined) {
    if (full.diagnostics.length === 0) fail("clean-parse", "the parser of clean texts gave up on a text without syntax problems");
  } else if (full.diagnostics.length > 0) {
    fail("clean-parse", `the parser of clean texts read a text with syntax problems (${full.diagnostics[0]!.rule} at ${show(text, full.diagnostics[0]!.span)})`);
  } else if (JSON.stringify(clean) !== JSON.stringify(full.tree)) {
    fail("clean-parse", "the parser of clean texts read a syntax tree different from the recovering parser's");
  }
}

/** `document` is used up by the reparse (index.ts), so the caller passes one of its own. */
function checkReparse(document: ParsedDocument, text: string): void {
  let seed = text.length;
  for (let i = 0; i < text.length; i += 97) seed = (Math.imul(seed, 31) + text.charCodeAt(i)) >>> 0;
  const edited = typingEdit(text, seed);
  const reparsed = guard("reparse", () => reparseDocument(document, edited));
  const full = guard("parse", () => parseDocument(edited));
  if (documentSnapshot(reparsed) !== documentSnapshot(full)) {
    fail("reparse-exact", `after the edit at ${show(edited, { start: seed % (text.length + 1), end: seed % (text.length + 1) })} the reparse differs from a full parse`);
  }
}

function fail(property: string, message: string): never {
  throw new PropertyFailure(property, message);
}

function show(text: string, span: Span): string {
  return JSON.stringify(text.slice(Math.max(0, span.start - 15), Math.min(text.length, span.end + 15)));
}

/** A span inside the text, whose LSP range round-trips. */
function checkSpan(what: string, span: Span, text: string, lines: LineIndex): void {
  const { start, end } = span;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
    fail("span-inside", `${what}: span ${JSON.stringify(span)} outside a text of ${text.length}`);
  }
  const range = lines.rangeOf(span);
  for (const [edge, offset] of [[range.start, start], [range.end, end]] as const) {
    if (edge.line < 0 || edge.line >= lines.lineCount || edge.character < 0) fail("lsp-range", `${what}: ${JSON.stringify(edge)} for offset ${offset}`);
    const back = lines.offsetAt(edge);
    if (back !== offset) fail("lsp-range", `${what}: offset ${offset} → ${JSON.stringify(edge)} → ${back} at ${show(text, span)}`);
  }
}

function checkRule(what: string, rule: string): void {
  if (!RULE_IDS.has(rule)) fail("catalogue", `${what}: rule id ${JSON.stringify(rule)} is not in the catalogue`);
}

/** Every object with numeric `start` and `end` reachable from `root` (the tree, the declarations). */
function checkAllSpans(what: string, root: unknown, text: string, lines: LineIndex): number {
  const seen = new Set<object>();
  let count = 0;
  const visit = (value: unknown, where: string): void => {
    if (value === null || typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (typeof record["start"] === "number" && typeof record["end"] === "number") {
      checkSpan(`${what} ${where}`, record as unknown as Span, text, lines);
      count++;
      return;
    }
    for (const [key, inner] of Object.entries(record)) visit(inner, Array.isArray(value) ? where : key);
  };
  visit(root, "");
  return count;
}

function checkDiagnostics(what: string, diagnostics: readonly Diagnostic[], text: string, lines: LineIndex): void {
  let previous = 0;
  for (const diagnostic of diagnostics) {
    checkRule(what, diagnostic.rule);
    checkSpan(`${what} ${diagnostic.rule}`, diagnostic.span, text, lines);
    if (diagnostic.span.start < previous) fail("span-inside", `${what}: diagnostics not sorted by position (${diagnostic.rule} at ${diagnostic.span.start} after ${previous})`);
    previous = diagnostic.span.start;
    for (const related of diagnostic.related ?? []) if (!related.uri) checkSpan(`${what} ${diagnostic.rule} related`, related.span, text, lines);
  }
}

function syntaxCounts(document: ParsedDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const diagnostic of document.diagnostics) {
    if (diagnostic.rule.startsWith("syntax/")) counts.set(diagnostic.rule, (counts.get(diagnostic.rule) ?? 0) + 1);
  }
  return counts;
}

function workspaceOf(subject: Subject): Workspace {
  return new Workspace(new MemoryHost({ ...subject.others, "main.duty": subject.text }));
}

function exportOf(workspace: Workspace, review: FileReview): string {
  const laws = workspace.configuration(MAIN).laws;
  return serialize(compilePolicy(review.model, laws, review.findings));
}

export interface Outcome {
  /** Which stages ran (for the run's statistics). */
  readonly formatted: boolean;
  readonly reviewed: boolean;
  readonly findings: number;
  readonly fixesApplied: number;
}

/** Checks every property on one input; throws PropertyFailure on the first one broken. */
export function checkInput(subject: Subject, checks: Checks): Outcome {
  const { text } = subject;
  const document = guard("parse", () => parseDocument(text));
  checkParsers(text);
  checkReparse(guard("parse", () => parseDocument(text)), text);
  const lines = document.lines;
  checkDiagnostics("parse", document.diagnostics, text, lines);
  checkAllSpans("tree", document.tree, text, lines);
  checkAllSpans("declarations", document.file.declarations, text, lines);
  if (checks.expectValid) {
    const invalid = document.diagnostics.filter((d) => /^(syntax|name|import)\//.test(d.rule));
    if (invalid.length > 0) fail("generated-valid", invalid.map((d) => `${d.rule} at ${show(text, d.span)}: ${d.message}`).join("; "));
  }
  let formatted = false;
  if (checks.format) formatted = checkFormatter(document, checks);
  if (!checks.review) return { formatted, reviewed: false, findings: 0, fixesApplied: 0 };

  const workspace = workspaceOf(subject);
  const review = guard("review", () => reviewFile(workspace, MAIN));
  if (!review) return fail("no-throw:review", "reviewFile returned undefined for a readable file");
  checkFindings(review, subject);
  if (checks.expectValid) {
    const invalid = review.findings.filter((f) => /^(syntax|name|import)\//.test(f.rule));
    if (invalid.length > 0) fail("generated-valid", invalid.map((f) => `${f.rule} at ${show(text, f.span)}: ${f.message}`).join("; "));
  }

  let fixesApplied = 0;
  if (checks.fixes > 0) fixesApplied = checkFixes(review, document, checks.fixes);

  const json = guard("compile", () => exportOf(workspace, review));
  const parsed = JSON.parse(json) as unknown;
  const clean = !review.findings.some((finding) => finding.severity === "error") && review.configProblems.length === 0;
  if (checks.schema === "always" || (checks.schema === "if-clean" && clean)) {
    const { ok, errors } = validateRuleJson(parsed);
    if (!ok) fail("export-schema", JSON.stringify(errors).slice(0, 2000));
  }
  if (checks.deterministic) {
    const again = workspaceOf(subject);
    const second = guard("compile", () => exportOf(again, reviewFile(again, MAIN)!));
    if (second !== json) fail("export-deterministic", "two exports of the same input differ");
  }

  const laws = workspace.configuration(MAIN).laws;
  const results = guard("cases", () => evaluateCases(review.model, laws));
  for (const result of results) {
    checkSpan(`case ${result.name}`, result.span, text, lines);
    for (const expectation of result.expectations) checkSpan(`case ${result.name} expectation`, expectation.span, text, lines);
  }
  return { formatted, reviewed: true, findings: review.findings.length, fixesApplied };
}

function checkFindings(review: FileReview, subject: Subject): void {
  const texts = new Map<string, { text: string; lines: LineIndex }>();
  const fileText = (file: string): { text: string; lines: LineIndex } | undefined => {
    let entry = texts.get(file);
    if (!entry) {
      const relative = path.relative(ROOT, file).split(path.sep).join("/");
      const text = file === MAIN ? subject.text : subject.others?.[relative];
      if (text === undefined) return undefined;
      entry = { text, lines: new LineIndex(text) };
      texts.set(file, entry);
    }
    return entry;
  };
  const main = fileText(MAIN)!;
  let previous = 0;
  for (const finding of review.findings) {
    checkRule("review", finding.rule);
    if (finding.file !== MAIN) fail("span-inside", `a finding of main.duty is located in ${finding.file}`);
    checkSpan(`review ${finding.rule}`, finding.span, main.text, main.lines);
    if (finding.span.start < previous) fail("span-inside", `findings not sorted (${finding.rule})`);
    previous = finding.span.start;
    for (const related of finding.related ?? []) {
      const target = related.uri ? fileText(uriToPath(related.uri)) : main;
      if (target) checkSpan(`review ${finding.rule} related`, related.span, target.text, target.lines);
    }
  }
  for (const problem of review.configProblems) {
    checkRule("config", problem.rule);
    const target = fileText(problem.file);
    if (target) checkSpan(`config ${problem.rule} in ${problem.file}`, problem.span, target.text, target.lines);
  }
}

function uriToPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

function checkFormatter(document: ParsedDocument, checks: Checks): boolean {
  const formatted = guard("format", () => formatDocument(document));
  const blockers = formatBlockers(document);
  if (formatted === undefined) {
    if (blockers.length === 0) fail("format-accepts", "the formatter refused a document without blocking syntax errors");
    return false;
  }
  if (blockers.length > 0) fail("format-accepts", `the formatter formatted a document with ${blockers[0]!.rule}`);
  const reparsed = guard("parse", () => parseDocument(formatted));
  const blockersAfter = formatBlockers(reparsed);
  if (blockersAfter.length > 0) fail("format-meaning", `the formatted text has ${blockersAfter[0]!.rule} at ${show(formatted, blockersAfter[0]!.span)}`);
  const before = meaningOf(document);
  const after = meaningOf(reparsed);
  if (before !== after) fail("format-meaning", `the meaning changed:\n${firstDifference(before, after)}`);
  const twice = guard("format", () => formatDocument(reparsed));
  if (twice !== formatted) fail("format-idempotent", twice === undefined ? "the formatter refused its own output" : `formatting twice changed the text:\n${firstDifference(formatted, twice)}`);
  const edits = guard("format", () => formattingEdits(document));
  if (!edits) fail("format-edits", "formattingEdits refused what formatDocument formatted");
  const edited = applyAll(document.text, edits);
  if (edited !== formatted) fail("format-edits", `the line edits do not give the formatted text:\n${firstDifference(formatted, edited)}`);
  if (checks.range) {
    const length = document.text.length;
    const range = { start: Math.floor(length * checks.range[0]), end: Math.floor(length * checks.range[1]) };
    const rangeEdits = guard("format", () => rangeFormattingEdits(document, range));
    if (rangeEdits) {
      for (const edit of rangeEdits) checkSpan("range format edit", edit.span, document.text, document.lines);
      const partly = parseDocument(applyAll(document.text, rangeEdits));
      if (formatBlockers(partly).length > 0 || meaningOf(partly) !== before) fail("format-edits", `a range format ${JSON.stringify(range)} changed the meaning`);
    }
  }
  return true;
}

function applyAll(text: string, edits: readonly { span: Span; newText: string }[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  }
  return result;
}

/**
 * A "did you mean" rename makes the key the field the drafter meant; the value written for it
 * may then be of the wrong shape for that field (or empty), which the rename cannot know.
 */
const RENAME_MAY_REVEAL = new Set(["syntax/invalid-value", "syntax/missing-value"]);

function checkFixes(review: FileReview, document: ParsedDocument, limit: number): number {
  // In a text the syntax tree does not hold whole (an unclosed clause or comment, a stray token)
  // an edit cannot be placed reliably: a clause appended at the end lands inside the unclosed one.
  // Fixes must still not throw there, and their edits must lie inside the text.
  const structured = formatBlockers(document).length === 0;
  const before = syntaxCounts(document);
  let applied = 0;
  for (const finding of review.findings.slice(0, limit)) {
    const fixes = guard("fixes", () => fixesFor(finding as Finding, review.model));
    for (const fix of fixes) {
      if (fix.edits.length === 0) continue;
      if (fix.edits.some((edit) => edit.file !== MAIN)) continue;
      for (const edit of fix.edits) checkSpan(`fix “${fix.title}” for ${finding.rule}`, edit.span, document.text, document.lines);
      const fixed = applyEdits(document.text, fix.edits).text;
      const after = syntaxCounts(guard("parse", () => parseDocument(fixed)));
      if (!structured) continue;
      for (const [rule, count] of after) {
        if (finding.rule === "syntax/unknown-field" && RENAME_MAY_REVEAL.has(rule)) continue;
        if (count > (before.get(rule) ?? 0)) {
          fail("fix-no-new-syntax", `fix “${fix.title}” for ${finding.rule} at ${show(document.text, finding.span)} adds ${rule} (${before.get(rule) ?? 0} → ${count})`);
        }
      }
      applied++;
    }
  }
  return applied;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `  before: ${JSON.stringify(a.slice(Math.max(0, i - 60), i + 60))}\n  after:  ${JSON.stringify(b.slice(Math.max(0, i - 60), i + 60))}`;
}
