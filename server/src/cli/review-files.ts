/**
 * Reviews a list of files and turns the findings into report rows (positions resolved, and the
 * explanation lines for `--verbose`). Runs in the main thread or in a worker: the result is plain data.
 */
import { LineIndex, type Locale, type Localized, type Range, type Severity } from "../../../grammar/src/index.ts";
import { BLOCK_KEYWORDS, spell } from "../../../grammar/src/vocabulary.ts";
import { provisionLine } from "../analysis/laws/provision.ts";
import { explainFinding } from "../analysis/explain.ts";
import type { Finding } from "../analysis/finding.ts";
import { reviewFile } from "../analysis/review.ts";
import { Workspace } from "../analysis/workspace.ts";
import { DiskHost } from "../host/disk.ts";

export interface Row {
  /** Absolute path. */
  readonly file: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  /** Why it matters, what to write, the law: only with `--verbose`. */
  readonly details?: readonly string[];
}

export interface ReviewedFiles {
  readonly rows: readonly Row[];
  readonly unreadable: readonly { readonly file: string; readonly message: string }[];
  readonly filesChecked: number;
}

export interface ReviewRequest {
  readonly files: readonly string[];
  readonly root: string;
  readonly verbose: boolean;
}

/**
 * How much parsed text a check keeps for the files it may meet again (imports). The files are
 * reviewed in path order, so a folder's shared register stays in the cache while its policies are
 * read. Keeping every file cost ~20 bytes of heap per byte of policy for a whole tree; on 1,000
 * generated policies (19 MB) the bound took the peak resident memory from ~630 to ~520 MB.
 */
export const CHECK_CACHE_CHARACTERS = 1_000_000;

export function reviewFiles({ files, root, verbose }: ReviewRequest, workspace = new Workspace(new DiskHost(root), {}, { cacheCharacters: CHECK_CACHE_CHARACTERS })): ReviewedFiles {
  const host = workspace.host as DiskHost;
  const rows: Row[] = [];
  const unreadable: { file: string; message: string }[] = [];
  const configProblems = new Map<string, Finding>();
  for (const file of files) {
    const review = reviewFile(workspace, file);
    if (!review) {
      unreadable.push({ file, message: host.errors?.get(file)?.message ?? "cannot be read" });
      continue;
    }
    const { lines, locale } = review.model.document;
    const laws = workspace.configuration(file).laws;
    for (const finding of review.findings) {
      rows.push({
        file,
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        range: lines.rangeOf(finding.span),
        ...(verbose ? { details: explanationLines(finding, laws, locale) } : {}),
      });
    }
    for (const problem of review.configProblems) configProblems.set(`${problem.file}\u0000${problem.message}`, problem);
  }
  for (const problem of configProblems.values()) {
    const lines = new LineIndex(host.readText(problem.file) ?? "");
    rows.push({ file: problem.file, rule: problem.rule, severity: problem.severity, message: problem.message, range: lines.rangeOf(problem.span) });
  }
  return { rows, unreadable, filesChecked: files.length - unreadable.length };
}

/** The labels of `--verbose`'s lines, in the document's language like the lines themselves. */
const LABELS: Readonly<Record<"clause" | "why" | "instead" | "law", Localized>> = {
  clause: { en: "clause: ", "zh-Hans": "条款：", "zh-Hant": "條款：" },
  why: { en: "why: ", "zh-Hans": "原因：", "zh-Hant": "原因：" },
  instead: { en: "instead: ", "zh-Hans": "建议：", "zh-Hant": "建議：" },
  law: { en: "law: ", "zh-Hans": "法律：", "zh-Hant": "法律：" },
};

function explanationLines(finding: Finding, laws: Parameters<typeof explainFinding>[1], locale: Locale): string[] {
  const explanation = explainFinding(finding, laws, locale);
  if (!explanation) return [];
  const lines: string[] = [];
  const clause = finding.explanation?.clause;
  // The clause as the document writes it: its keyword in the document's language, then its name.
  if (clause) lines.push(`${LABELS.clause[locale]}${spell(BLOCK_KEYWORDS[clause.kind], locale)}${clause.name ? ` ${clause.name}` : ""}`);
  if (explanation.why) lines.push(`${LABELS.why[locale]}${explanation.why}`);
  if (explanation.instead) lines.push(`${LABELS.instead[locale]}${explanation.instead}`);
  for (const { provision } of explanation.laws) lines.push(`${LABELS.law[locale]}${provisionLine(provision, locale)}`);
  return lines;
}

/** Same order everywhere: by file, then position, then rule. */
export function byRow(a: Row, b: Row): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule);
}

/** Merges results of several workers; a config problem shared by their files is kept once. */
export function mergeReviews(parts: readonly ReviewedFiles[]): ReviewedFiles {
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const part of parts) {
    for (const row of part.rows) {
      if (row.rule === "config/invalid") {
        const key = `${row.file}\u0000${row.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      rows.push(row);
    }
  }
  return {
    rows,
    unreadable: parts.flatMap((part) => part.unreadable),
    filesChecked: parts.reduce((sum, part) => sum + part.filesChecked, 0),
  };
}
