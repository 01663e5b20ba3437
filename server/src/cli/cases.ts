/** `duty test`: runs every case of the given policies; JUnit XML for CI with `--format junit`. */
import type { LineIndex, Locale, Localized } from "../../../grammar/src/index.ts";
import { format, localized as m } from "../../../grammar/src/locale.ts";
import { evaluateCases, spelledVerdict, type CaseResult } from "../compile/cases.ts";
import { CORE_RULES } from "../analysis/core-rules.ts";
import { reviewFile } from "../analysis/review.ts";
import { Workspace } from "../analysis/workspace.ts";
import { DiskHost } from "../host/disk.ts";
import { displayPath, findPolicyFiles, UsageError, workspaceRootFor } from "./files.ts";
import type { Io, ParsedOptions } from "./main.ts";

/** The findings of the language itself: syntax, names, imports, configuration. */
const LANGUAGE_RULES: ReadonlySet<string> = new Set(CORE_RULES.map((rule) => rule.id));

interface FileCases {
  readonly file: string;
  readonly lines: LineIndex;
  /** The policy's language: its verdicts are reported in it. */
  readonly locale: Locale;
  readonly results: readonly CaseResult[];
}

/** The words of the text report around the verdicts, in the policy's language. */
const WORDS = {
  by: m("{verdict} by {clause}", "{verdict}（依据“{clause}”）", "{verdict}（依據「{clause}」）"),
  expectation: m("{tier}: expected {expected}, got {actual}", "{tier}：预期{expected}，实际{actual}", "{tier}：預期{expected}，實際{actual}"),
  noDuty: m("no duty involved", "未涉及任何责任", "未涉及任何責任"),
} satisfies Record<string, Localized>;

/** A verdict as the policy's language writes it (`exempt` → 免责), with the clause that decided it. */
function verdictWord(verdict: string, by: string | undefined, locale: Locale): string {
  const word = spelledVerdict(verdict, locale);
  return by ? format(WORDS.by[locale], { verdict: word, clause: by }) : word;
}

export function runCases(options: ParsedOptions, io: Io): number {
  const format = typeof options.values["format"] === "string" ? options.values["format"] : "text";
  if (format !== "text" && format !== "junit") throw new UsageError(`unknown format "${format}": use text or junit`);
  const inputs = options.positionals.length > 0 ? options.positionals : ["."];
  const files = findPolicyFiles(inputs, io.cwd);
  const host = new DiskHost(workspaceRootFor(files, io.cwd));
  const workspace = new Workspace(host);
  const all: FileCases[] = [];
  let unreadable = 0;
  let withErrors = 0;
  for (const file of files) {
    const review = reviewFile(workspace, file);
    if (!review) {
      io.stderr(`duty: ${displayPath(file, io.cwd)}: ${host.errors.get(file)?.message ?? "cannot be read"}\n`);
      unreadable++;
      continue;
    }
    const { model } = review;
    // A case run on a policy the language cannot read whole (an unknown tier, a clause cut short)
    // tests what could be read, not what the drafter wrote: said, and the run fails. The review
    // rules' findings (a failing case among them) are duty check's business.
    const errors = review.findings.filter((finding) => finding.severity === "error" && LANGUAGE_RULES.has(finding.rule)).length;
    if (errors > 0) {
      withErrors++;
      io.stderr(`duty: ${displayPath(file, io.cwd)}: ${errors} ${errors === 1 ? "error" : "errors"} (see duty check); its cases ran on what could be read.\n`);
    }
    const results = evaluateCases(model, workspace.configuration(file).laws);
    if (results.length > 0) all.push({ file: displayPath(file, io.cwd), lines: model.document.lines, locale: model.document.locale, results });
  }
  io.stdout(format === "junit" ? junit(all) : text(all));
  if (unreadable > 0) return 2;
  return withErrors > 0 || all.some((entry) => entry.results.some((result) => !result.passed)) ? 1 : 0;
}

function text(all: readonly FileCases[]): string {
  const out: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const { file, lines, locale, results } of all) {
    const separator = locale === "en" ? ", " : "，";
    for (const result of results) {
      const where = `${file}:${lines.positionAt(result.span.start).line + 1}`;
      const verdicts = [...result.tiers].map(([tier, verdict]) => `${tier} ${verdictWord(verdict.verdict, verdict.by, locale)}`).join(separator);
      if (result.passed) {
        passed++;
        out.push(`ok    ${where}  ${result.name}: ${verdicts || WORDS.noDuty[locale]}`);
        continue;
      }
      failed++;
      out.push(`FAIL  ${where}  ${result.name}: ${verdicts}`);
      for (const expectation of result.expectations.filter((e) => !e.ok)) {
        const expected = verdictWord(expectation.expected, expectation.expectedBy, locale);
        const actual = verdictWord(expectation.actual, expectation.actualBy, locale);
        out.push(`      ${format(WORDS.expectation[locale], { tier: expectation.tier, expected, actual })}`);
        for (const reason of result.tiers.get(expectation.tier)?.reasons ?? []) out.push(`        - ${reason.text}${reason.laws.length ? ` [${reason.laws.join(", ")}]` : ""}`);
      }
    }
  }
  out.push(`${passed} passed, ${failed} failed`);
  return `${out.join("\n")}\n`;
}

function escape(value: string): string {
  return value.replace(/[<>&"']/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[char]!);
}

function junit(all: readonly FileCases[]): string {
  const total = all.reduce((sum, entry) => sum + entry.results.length, 0);
  const failures = all.reduce((sum, entry) => sum + entry.results.filter((r) => !r.passed).length, 0);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="duty test" tests="${total}" failures="${failures}">`];
  for (const { file, results } of all) {
    const fileFailures = results.filter((r) => !r.passed).length;
    out.push(`  <testsuite name="${escape(file)}" tests="${results.length}" failures="${fileFailures}">`);
    for (const result of results) {
      out.push(`    <testcase classname="${escape(file)}" name="${escape(result.name)}">`);
      for (const expectation of result.expectations.filter((e) => !e.ok)) {
        const reasons = (result.tiers.get(expectation.tier)?.reasons ?? []).map((reason) => reason.text).join("\n");
        out.push(`      <failure message="${escape(`${expectation.tier}: expected ${expectation.expected}, got ${expectation.actual}`)}">${escape(reasons)}</failure>`);
      }
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
}
