/**
 * Test helpers that make a rule test read like its documentation: a policy text in which
 * «guillemets» mark where the finding must be, and one call that asserts the rule id and range.
 */
import assert from "node:assert/strict";
import * as path from "node:path";
import { LineIndex, type Range, type Span } from "../../grammar/src/index.ts";
import type { Finding } from "../../server/src/analysis/finding.ts";
import type { WorkspaceHost } from "../../server/src/analysis/imports.ts";
import { reviewFile } from "../../server/src/analysis/review.ts";
import { Workspace } from "../../server/src/analysis/workspace.ts";

export const ROOT = path.resolve("/workspace");

/** An in-memory workspace: file names relative to ROOT → text. */
export class MemoryHost implements WorkspaceHost {
  readonly root = ROOT;
  readonly files = new Map<string, string>();

  constructor(files: Readonly<Record<string, string>> = {}) {
    for (const [name, text] of Object.entries(files)) this.files.set(path.resolve(ROOT, name), text);
  }

  readText(file: string): string | undefined {
    return this.files.get(path.resolve(file));
  }
}

/** Removes «» markers, returning the clean text and the marked spans in order. */
export function unmark(text: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let clean = "";
  let open = -1;
  for (const char of text) {
    if (char === "«") open = clean.length;
    else if (char === "»") {
      spans.push({ start: open, end: clean.length });
      open = -1;
    } else clean += char;
  }
  return { text: clean, spans };
}

/** Reviews `main.duty` (plus any other files) and returns all its findings. */
export function review(main: string, others: Readonly<Record<string, string>> = {}): Finding[] {
  const host = new MemoryHost({ ...others, "main.duty": main });
  const result = reviewFile(new Workspace(host), path.join(ROOT, "main.duty"));
  assert.ok(result, "main.duty could be read");
  return [...result.findings];
}

function rangeIn(text: string, span: Span): Range {
  return new LineIndex(text).rangeOf(span);
}

/**
 * Asserts that `rule` reports exactly at each «marked» range of `marked` (and nowhere else),
 * and returns those findings for further assertions on messages.
 */
export function expectFindings(rule: string, marked: string, others: Readonly<Record<string, string>> = {}): Finding[] {
  const { text, spans } = unmark(marked);
  const found = review(text, others).filter((finding) => finding.rule === rule);
  assert.deepEqual(
    found.map((finding) => rangeIn(text, finding.span)),
    spans.map((span) => rangeIn(text, span)),
    `${rule}: expected ranges ${JSON.stringify(spans)}, found ${JSON.stringify(found.map((f) => [f.span, f.message]))}`,
  );
  return found;
}

export function expectNoFinding(rule: string, text: string, others: Readonly<Record<string, string>> = {}): void {
  const found = review(text, others).filter((finding) => finding.rule === rule);
  assert.deepEqual(found.map((f) => f.message), [], `${rule} should not report`);
}

/** Findings that are not from the listed rules: a test's policy should be otherwise valid. */
export function syntaxProblems(text: string): Finding[] {
  return review(text).filter((finding) => /^(syntax|name|import)\//.test(finding.rule));
}
