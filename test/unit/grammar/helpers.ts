/**
 * Shared helpers for the language-core tests.
 *
 * Expected ranges are written inline in the source text with markers:
 *
 *   ‹…›   a range (numbered in the order the `‹` appear; ranges may nest)
 *   ‸     an empty range (a position)
 *
 * The markers are removed before parsing. Expected LSP positions are computed here,
 * independently of `LineIndex`, so that the tests also check the core's position mapping.
 */
import assert from "node:assert/strict";
import { parseDocument, type Diagnostic, type Locale, type ParsedDocument, type Position, type Range, type Span } from "../../../grammar/src/index.ts";

const OPEN = "‹";
const CLOSE = "›";
const POINT = "‸";

export interface Marked {
  /** The text with the markers removed. */
  readonly text: string;
  /** The marked spans, in order of their opening marker. */
  readonly spans: readonly Span[];
  /** The marked spans as LSP ranges (lines split at \n, \r\n and \r; UTF-16 characters). */
  readonly ranges: readonly Range[];
}

/** Strips `‹…›` and `‸` markers, returning the text and the marked spans and ranges. */
export function marked(source: string): Marked {
  let text = "";
  const spans: { start: number; end: number }[] = [];
  const open: number[] = [];
  for (const char of source) {
    if (char === OPEN) {
      open.push(spans.length);
      spans.push({ start: text.length, end: -1 });
    } else if (char === CLOSE) {
      const index = open.pop();
      assert.ok(index !== undefined, `unbalanced ${CLOSE} in test source`);
      spans[index]!.end = text.length;
    } else if (char === POINT) {
      spans.push({ start: text.length, end: text.length });
    } else {
      text += char;
    }
  }
  assert.equal(open.length, 0, `unbalanced ${OPEN} in test source`);
  return { text, spans, ranges: spans.map((span) => ({ start: lspPosition(text, span.start), end: lspPosition(text, span.end) })) };
}

/** An LSP position computed the slow, obvious way. */
export function lspPosition(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const char = text[i];
    if (char === "\r" && text[i + 1] === "\n" && i + 1 < offset) {
      i++;
      line++;
      lineStart = i + 1;
    } else if (char === "\r" && text[i + 1] === "\n") {
      // `offset` falls between \r and \n: still on the line the \r\n ends.
      return { line, character: offset - lineStart };
    } else if (char === "\r" || char === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

export interface MarkedDocument extends Marked {
  readonly doc: ParsedDocument;
  /** The `index`-th marked range. */
  at(index: number): Range;
}

/** Parses text with markers; the document never sees the markers. */
export function parseMarked(source: string, locale?: Locale): MarkedDocument {
  const m = marked(source);
  const doc = parseDocument(m.text, locale);
  return {
    ...m,
    doc,
    at(index: number): Range {
      const range = m.ranges[index];
      assert.ok(range, `no marker #${index} in test source`);
      return range;
    },
  };
}

export interface Finding {
  readonly rule: string;
  readonly range: Range;
}

/** What a user sees of each diagnostic: its rule and where it is. */
export function findings(doc: ParsedDocument): Finding[] {
  return doc.diagnostics.map((d) => ({ rule: d.rule, range: doc.lines.rangeOf(d.span) }));
}

/** The LSP range of a span, through the document's own line index. */
export function rangeOf(doc: ParsedDocument, span: Span): Range {
  return doc.lines.rangeOf(span);
}

/** The one diagnostic with this rule (fails when there is not exactly one). */
export function only(doc: ParsedDocument, rule: string): Diagnostic {
  const matching = doc.diagnostics.filter((d) => d.rule === rule);
  assert.equal(matching.length, 1, `expected one ${rule}, got: ${JSON.stringify(doc.diagnostics.map((d) => `${d.rule}: ${d.message}`))}`);
  return matching[0]!;
}

export function assertClean(doc: ParsedDocument): void {
  assert.deepEqual(doc.diagnostics.map((d) => `${d.rule}: ${d.message}`), []);
}

/**
 * The declarations without source positions: `span`, the syntax-tree `block` and the values of
 * `fieldSpans` go (which fields were written is kept, as a sorted list `fields`).
 */
export function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === "span" || key === "block") continue;
    if (key === "fieldSpans") {
      out["fields"] = Object.keys(inner as object).sort();
      continue;
    }
    out[key] = strip(inner);
  }
  return out;
}

/** Replaces every string in `value` by `rename(string)`: used to compare models across scripts. */
export function mapStrings(value: unknown, rename: (text: string) => string): unknown {
  if (typeof value === "string") return rename(value);
  if (Array.isArray(value)) return value.map((inner) => mapStrings(inner, rename));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mapStrings(inner, rename)]));
}

/** Rule ids look like `syntax/unexpected-token`. */
export const RULE_ID = /^[a-z]+\/[a-z-]+$/;

/** More than this many diagnostics for one file is noise, not help. */
export const MAX_DIAGNOSTICS = 500;

/**
 * What must hold for any input whatsoever: spans inside the text, well-formed rule ids,
 * a bounded number of diagnostics, and every span in the model inside the text.
 */
export function assertInvariants(text: string, doc: ParsedDocument): void {
  assert.ok(doc.diagnostics.length <= MAX_DIAGNOSTICS, `${doc.diagnostics.length} diagnostics`);
  for (const d of doc.diagnostics) {
    assert.match(d.rule, RULE_ID);
    assertSpanWithin(text, d.span, `diagnostic ${d.rule}`);
    assert.equal(typeof d.message, "string");
    assert.ok(d.message.length > 0, `empty message for ${d.rule}`);
  }
  for (let i = 1; i < doc.diagnostics.length; i++) {
    assert.ok(doc.diagnostics[i - 1]!.span.start <= doc.diagnostics[i]!.span.start, "diagnostics are sorted by position");
  }
  walkSpans(doc.file.declarations, (span, path) => assertSpanWithin(text, span, path), "declarations");
  walkSpans(doc.tree, (span, path) => assertSpanWithin(text, span, path), "tree");
}

function assertSpanWithin(text: string, span: Span, what: string): void {
  assert.ok(
    Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= text.length,
    `${what}: span ${JSON.stringify(span)} outside [0, ${text.length}]`,
  );
}

function walkSpans(value: unknown, visit: (span: Span, path: string) => void, path: string): void {
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    value.forEach((inner, i) => walkSpans(inner, visit, `${path}[${i}]`));
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record["start"] === "number" && typeof record["end"] === "number" && Object.keys(record).length === 2) {
    visit(record as unknown as Span, path);
    return;
  }
  for (const [key, inner] of Object.entries(record)) walkSpans(inner, visit, `${path}.${key}`);
}

/** A small seeded PRNG (mulberry32): the same "random" inputs on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
