/**
 * A finding: a diagnostic of the language core or of a review rule, located in a file.
 * The CLI, the language server and the export all read this one shape.
 */
import type { Diagnostic } from "../../../grammar/src/index.ts";
import type { Explanation } from "./rules/rule.ts";

export interface Finding extends Diagnostic {
  /** The absolute path of the file the finding is in. */
  readonly file: string;
  /** Why: set by review rules (the language core's findings explain themselves). */
  readonly explanation?: Explanation;
}

export function inFile(file: string, diagnostics: readonly Diagnostic[]): Finding[] {
  return diagnostics.map((diagnostic) => ({ ...diagnostic, file }));
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Whether a finding of `severity` reaches `level` (error > warning > info). */
export function reaches(severity: Finding["severity"], level: Finding["severity"]): boolean {
  return SEVERITY_ORDER[severity] <= SEVERITY_ORDER[level];
}

export function byPosition(a: Finding, b: Finding): number {
  return a.file === b.file ? a.span.start - b.span.start || a.rule.localeCompare(b.rule) : a.file < b.file ? -1 : 1;
}
