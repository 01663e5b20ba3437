/** `duty check`: review files and folders, print findings, exit by the fail level. */
import * as fs from "node:fs";
import * as path from "node:path";
import { LineIndex } from "../../../grammar/src/index.ts";
import { CATALOGUE } from "../analysis/catalogue.ts";
import { explainFinding } from "../analysis/explain.ts";
import { byPosition, reaches, type Finding } from "../analysis/finding.ts";
import { reviewFile, type FileReview } from "../analysis/review.ts";
import { Workspace } from "../analysis/workspace.ts";
import { DiskHost } from "../host/disk.ts";
import { fixFiles } from "./fix.ts";
import { docsUrl } from "../host/docs.ts";
import { displayPath, findPolicyFiles, UsageError, workspaceRootFor } from "./files.ts";
import type { Io, ParsedOptions } from "./main.ts";
import { formatJson, formatSarif, formatText } from "./report.ts";
import { VERSION } from "./version.ts";

const FORMATS = { text: formatText, json: formatJson, sarif: formatSarif } as const;
const LEVELS = new Set(["error", "warning", "info"]);

function stringValue(options: ParsedOptions, key: string): string | undefined {
  const value = options.values[key];
  return typeof value === "string" ? value : undefined;
}

export function runCheck(options: ParsedOptions, io: Io): number {
  const format = stringValue(options, "format") ?? "text";
  if (!(format in FORMATS)) throw new UsageError(`unknown format "${format}": use text, json or sarif`);
  const failLevel = stringValue(options, "fail-level") ?? "error";
  if (!LEVELS.has(failLevel)) throw new UsageError(`unknown fail level "${failLevel}": use error, warning or info`);
  const inputs = options.positionals.length > 0 ? options.positionals : ["."];
  const files = findPolicyFiles(inputs, io.cwd);
  const rootOption = stringValue(options, "root");
  const root = rootOption ? path.resolve(io.cwd, rootOption) : workspaceRootFor(files, io.cwd);
  // A mistyped --root would silently ignore every .duty.json and flag every import: refuse it.
  if (rootOption && !fs.statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`no such folder for --root: ${rootOption}`);
  const host = new DiskHost(root);
  const workspace = new Workspace(host);
  if (options.values["fix"] === true) {
    const fixed = fixFiles(files, workspace, host);
    io.stderr(`duty: applied ${fixed} ${fixed === 1 ? "fix" : "fixes"}; review the placeholders they left in brackets.\n`);
  }

  const findings: Finding[] = [];
  const lines = new Map<string, LineIndex>();
  const reviews = new Map<string, FileReview>();
  const configProblems = new Map<string, Finding>();
  let unreadable = 0;
  for (const file of files) {
    const review = reviewFile(workspace, file);
    if (!review) {
      const error = host.errors.get(file);
      io.stderr(`duty: ${displayPath(file, io.cwd)}: ${error?.message ?? "cannot be read"}\n`);
      unreadable++;
      continue;
    }
    reviews.set(review.file, review);
    lines.set(review.file, review.model.document.lines);
    findings.push(...review.findings);
    for (const problem of review.configProblems) configProblems.set(`${problem.file}\u0000${problem.message}`, problem);
  }
  for (const problem of configProblems.values()) {
    if (!lines.has(problem.file)) lines.set(problem.file, new LineIndex(host.readText(problem.file) ?? ""));
    findings.push(problem);
  }
  findings.sort(byPosition);
  const input = {
    findings,
    lines,
    cwd: io.cwd,
    rules: CATALOGUE,
    version: VERSION,
    docsUrl,
    filesChecked: files.length - unreadable,
  };
  const verbose = options.values["verbose"] === true && format === "text";
  io.stdout(verbose ? withExplanations(formatText(input), findings, reviews, workspace) : FORMATS[format as keyof typeof FORMATS](input));
  if (unreadable > 0) return 2;
  return findings.some((finding) => reaches(finding.severity, failLevel as Finding["severity"])) ? 1 : 0;
}

/** The text report with, under each finding, why it matters, what to write and the law. */
function withExplanations(report: string, findings: readonly Finding[], reviews: ReadonlyMap<string, FileReview>, workspace: Workspace): string {
  const lines = report.split("\n");
  const out: string[] = [];
  findings.forEach((finding, index) => {
    out.push(lines[index] ?? "");
    const review = reviews.get(finding.file);
    const locale = review?.model.document.locale ?? "en";
    const explanation = explainFinding(finding, workspace.configuration(finding.file).laws, locale);
    if (!explanation) return;
    const clause = finding.explanation?.clause;
    if (clause) out.push(`    clause: ${clause.kind}${clause.name ? ` ${clause.name}` : ""}`);
    if (explanation.why) out.push(`    why: ${explanation.why}`);
    if (explanation.instead) out.push(`    instead: ${explanation.instead}`);
    for (const law of explanation.laws) out.push(`    law: ${law.citation} — ${law.text.replace(/\n/g, " ")}`);
  });
  out.push(...lines.slice(findings.length));
  return out.join("\n");
}
