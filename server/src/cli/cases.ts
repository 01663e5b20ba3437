/** `duty test`: runs every case of the given policies; JUnit XML for CI with `--format junit`. */
import type { LineIndex, Locale, Localized } from "../../../grammar/src/index.ts";
import { format, localize, localized as m } from "../../../grammar/src/locale.ts";
import { evaluateCases, missedLine, verdictWord, type CaseResult } from "../compile/cases.ts";
import { isLanguageFinding } from "../analysis/core-rules.ts";
import { reviewFile } from "../analysis/review.ts";
import { Workspace } from "../analysis/workspace.ts";
import { DiskHost } from "../host/disk.ts";
import { configProblemNotes, displayPath, findPolicyFiles, outsideLinkNote, UsageError, workspaceRootFor } from "./files.ts";
import type { Io, ParsedOptions } from "./main.ts";


interface FileCases {
  readonly file: string;
  readonly lines: LineIndex;
  /** The policy's language: its verdicts are reported in it. */
  readonly locale: Locale;
  readonly results: readonly CaseResult[];
  /** Why the run fails for the policy itself: errors of the language in it (its cases then ran on what could be read), each by line. */
  readonly problem?: { readonly summary: string; readonly errors: readonly string[] };
  /** Seconds its cases took. */
  readonly seconds: number;
}

/** A file that could not be read: the run fails for it, and the JUnit report says so. */
interface Unreadable {
  readonly file: string;
  readonly message: string;
}

/** The words of the text report around the verdicts, in the policy's language. */
const WORDS = {
  /** Between the missed expectations of one case, on one line (JUnit's failure message). */
  between: m("; ", "；", "；"),
  /** A reason in JUnit's failure body, by the tier it is about. */
  reason: m("{tier}: {reason}", "{tier}：{reason}", "{tier}：{reason}"),
  noDuty: m("no duty involved", "未涉及任何责任", "未涉及任何責任"),
  oneError: m("1 error (see duty check); its cases ran on what could be read.", "1 处错误（见 duty check）；案例按可以读取的部分运行。", "1 處錯誤（見 duty check）；案例按可以讀取的部分執行。"),
  errors: m("{count} errors (see duty check); its cases ran on what could be read.", "{count} 处错误（见 duty check）；案例按可以读取的部分运行。", "{count} 處錯誤（見 duty check）；案例按可以讀取的部分執行。"),
} satisfies Record<string, Localized>;

export function runCases(options: ParsedOptions, io: Io): number {
  const format = typeof options.values["format"] === "string" ? options.values["format"] : "text";
  if (format !== "text" && format !== "junit") throw new UsageError(`unknown format "${format}": use text or junit`);
  const inputs = options.positionals.length > 0 ? options.positionals : ["."];
  const files = findPolicyFiles(inputs, io.cwd, outsideLinkNote(io.cwd, io.stderr));
  const host = new DiskHost(workspaceRootFor(files, io.cwd));
  const workspace = new Workspace(host);
  const all: FileCases[] = [];
  const unreadable: Unreadable[] = [];
  const noteConfigProblems = configProblemNotes(io);
  for (const file of files) {
    const started = performance.now();
    const review = reviewFile(workspace, file);
    if (!review) {
      const message = host.errors.get(file)?.message ?? "cannot be read";
      io.stderr(`duty: ${displayPath(file, io.cwd)}: ${message}\n`);
      unreadable.push({ file: displayPath(file, io.cwd), message });
      continue;
    }
    noteConfigProblems(review.configProblems);
    const { model } = review;
    // A case run on a policy the language cannot read whole (an unknown tier, a clause cut short)
    // tests what could be read, not what the drafter wrote: said, and the run fails. The review
    // rules' findings (a failing case among them) are duty check's business.
    const errors = review.findings.filter((finding) => finding.severity === "error" && isLanguageFinding(finding.rule));
    const locale = model.document.locale;
    const summary = errors.length > 0 ? localize(WORDS[errors.length === 1 ? "oneError" : "errors"], locale, { count: errors.length }) : undefined;
    if (summary) io.stderr(`duty: ${displayPath(file, io.cwd)}: ${summary}\n`);
    const results = evaluateCases(model, workspace.configuration(file).laws);
    const seconds = (performance.now() - started) / 1000;
    if (results.length > 0 || summary) {
      const problem = summary ? { summary, errors: errors.map((finding) => `${model.document.lines.positionAt(finding.span.start).line + 1}: ${finding.rule} — ${finding.message}`) } : undefined;
      all.push({ file: displayPath(file, io.cwd), lines: model.document.lines, locale: model.document.locale, results, seconds, ...(problem ? { problem } : {}) });
    }
  }
  io.stdout(format === "junit" ? junit(all, unreadable) : text(all));
  if (unreadable.length > 0) return 2;
  return all.some((entry) => entry.problem !== undefined || entry.results.some((result) => !result.passed)) ? 1 : 0;
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
      out.push(`FAIL  ${where}  ${result.name}: ${verdicts || WORDS.noDuty[locale]}`);
      for (const expectation of result.expectations.filter((e) => !e.ok)) {
        out.push(`      ${missedLine(expectation, locale)}`);
        for (const reason of result.tiers.get(expectation.tier)?.reasons ?? []) out.push(`        - ${reason.text}${reason.laws.length ? ` [${reason.laws.join(", ")}]` : ""}`);
      }
    }
  }
  out.push(`${passed} passed, ${failed} failed`);
  return `${out.join("\n")}\n`;
}

/**
 * Text as XML 1.0 can carry it: markup escaped, and the characters it cannot hold at all (C0
 * controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF — a vertical tab pasted from a
 * word processor) replaced by U+FFFD, or one stray character makes the whole report unreadable.
 */
function escape(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
    .replace(/[<>&"']/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[char]!);
}

/** Seconds as JUnit writes them. */
function time(seconds: number): string {
  return seconds.toFixed(3);
}

/**
 * JUnit XML as CI test reporters read it: a suite per policy, a test case per case — one
 * `<failure>` listing every expectation it misses — and an `<error>` test case for a policy with
 * errors of the language or a file that could not be read, so that a failing run never shows green.
 */
function junit(all: readonly FileCases[], unreadable: readonly Unreadable[]): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  let seconds = 0;
  for (const { file, locale, results, problem, seconds: fileSeconds } of all) {
    const fileFailures = results.filter((r) => !r.passed).length;
    const fileErrors = problem ? 1 : 0;
    tests += results.length + fileErrors;
    failures += fileFailures;
    errors += fileErrors;
    seconds += fileSeconds;
    suites.push(`  <testsuite name="${escape(file)}" tests="${results.length + fileErrors}" failures="${fileFailures}" errors="${fileErrors}" skipped="0" time="${time(fileSeconds)}">`);
    if (problem) {
      suites.push(`    <testcase classname="${escape(file)}" name="${escape(file)}: the policy" time="0.000">`, `      <error message="${escape(problem.summary)}" type="policy-errors">${escape(problem.errors.join("\n"))}</error>`, "    </testcase>");
    }
    for (const result of results) {
      suites.push(`    <testcase classname="${escape(file)}" name="${escape(result.name)}" time="0.000">`);
      const missed = result.expectations.filter((e) => !e.ok);
      if (missed.length > 0) {
        const said = missed.map((expectation) => missedLine(expectation, locale));
        const reasons = missed.flatMap((expectation) => (result.tiers.get(expectation.tier)?.reasons ?? []).map((reason) => format(WORDS.reason[locale], { tier: expectation.tier, reason: reason.text })));
        suites.push(`      <failure message="${escape(said.join(WORDS.between[locale]))}" type="unexpected-verdict">${escape(reasons.join("\n"))}</failure>`);
      }
      suites.push("    </testcase>");
    }
    suites.push("  </testsuite>");
  }
  for (const { file, message } of unreadable) {
    tests++;
    errors++;
    suites.push(`  <testsuite name="${escape(file)}" tests="1" failures="0" errors="1" skipped="0" time="0.000">`, `    <testcase classname="${escape(file)}" name="${escape(file)}: the policy" time="0.000">`, `      <error message="${escape(message)}" type="unreadable"/>`, "    </testcase>", "  </testsuite>");
  }
  const head = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="duty test" tests="${tests}" failures="${failures}" errors="${errors}" time="${time(seconds)}">`];
  return `${[...head, ...suites, "</testsuites>"].join("\n")}\n`;
}
