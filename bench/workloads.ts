/**
 * The three timed workloads. Each returns a checksum of its results so that no work can be
 * optimised away and a run can be compared with another.
 */
import { parseDocument } from "../grammar/src/index.ts";
import { reviewFile } from "../server/src/analysis/review.ts";
import { Workspace } from "../server/src/analysis/workspace.ts";
import { parseJson } from "./json-yardstick.ts";
import type { MemoryHost } from "./memory-host.ts";

/** parseDocument over every file: lexing, the Chevrotain parser building the syntax tree, typed declarations. */
export function parseAll(texts: readonly string[]): number {
  let checksum = 0;
  for (const text of texts) {
    const document = parseDocument(text);
    checksum += document.file.declarations.length + document.diagnostics.length;
  }
  return checksum;
}

/**
 * The whole check: reviewFile over every file in a fresh workspace (so every file is parsed
 * once, imports included), i.e. parse + semantic model + name checks + every review rule.
 */
export function checkAll(host: MemoryHost, files: readonly string[]): number {
  const workspace = new Workspace(host);
  let checksum = 0;
  for (const file of files) {
    const review = reviewFile(workspace, file);
    if (!review) throw new Error(`cannot read ${file}`);
    checksum += review.findings.length;
  }
  return checksum;
}

/** The yardstick: Chevrotain's JSON lexer and CST parser over every document. */
export function parseAllJson(documents: readonly string[]): number {
  let checksum = 0;
  for (const document of documents) {
    const result = parseJson(document);
    if (result.errors.length > 0 || result.lexErrors > 0) throw new Error("the JSON yardstick failed to parse its input");
    checksum += result.tokens;
  }
  return checksum;
}
