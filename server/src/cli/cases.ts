/** `duty test`: runs every case of the given policies; JUnit XML for CI with `--format junit`. */
import type { LineIndex } from "../../../grammar/src/index.ts";
import { evaluateCases, type CaseResult } from "../compile/cases.ts";
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
  readonly results: readonly CaseResult[];
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
    if (results.length > 0) all.push({ file: displayPath(file, io.cwd), lines: model.document.lines, results });
  }
  io.stdout(format === "junit" ? junit(all) : text(all));
  if (unreadable > 0) return 2;
  return withErrors > 0 || all.some((entry) => entry.results.some((result) => !result.passed)) ? 1 : 0;
}

function text(all: readonly FileCases[]): string {
  const out: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const { file, lines, results } of all) {
    for (const result of results) {
      const where = `${file}:${lines.positionAt(result.span.start).line + 1}`;
      const verdicts = [...result.tiers].map(([tier, verdict]) => `${tier} ${verdict.verdict}${verdict.by ? ` by ${verdict.by}` : ""}`).join(", ");
      if (result.passed) {
        passed++;
        out.push(`ok    ${where}  ${result.name}: ${verdicts || "no duty involved"}`);
        continue;
      }
      failed++;
      out.push(`FAIL  ${where}  ${result.name}: ${verdicts}`);
      for (const expectation of result.expectations.filter((e) => !e.ok)) {
        const expected = `${expectation.expected}${expectation.expectedBy ? ` by ${expectation.expectedBy}` : ""}`;
        const actual = `${expectation.actual}${expectation.actualBy ? ` by ${expectation.actualBy}` : ""}`;
        out.push(`      ${expectation.tier}: expected ${expected}, got ${actual}`);
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
