/**
 * Measures what the tools do at their limits, for docs/robustness.md:
 * `node test/fuzz/limits.ts` (add `--quick` to skip the multi-megabyte files).
 *
 * - file size: realistic policies of growing size (a sample repeated with its names renamed), and
 *   one character over MAX_FILE_LENGTH → syntax/too-large;
 * - nesting depth around MAX_NESTING → syntax/too-deep;
 * - very long lines: a 1 MiB list, string, comment, run of stray characters, run of clauses;
 * - imports outside the workspace (`..`, absolute, URL, a symlink) → import/outside-workspace;
 * - malformed `.duty.json` and law files → config/invalid;
 * - binary and non-UTF-8 files → the CLI's one-line error and exit 2.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseDocument } from "../../grammar/src/index.ts";
import { MAX_FILE_LENGTH, MAX_NESTING, tokenize } from "../../grammar/src/parse.ts";
import { Identifier } from "../../grammar/src/tokens.ts";
import { formatDocument } from "../../server/src/analysis/format/index.ts";
import { reviewFile } from "../../server/src/analysis/review.ts";
import { Workspace } from "../../server/src/analysis/workspace.ts";
import { DiskHost } from "../../server/src/host/disk.ts";
import { MemoryHost, ROOT } from "../helpers/review.ts";

const quick = process.argv.includes("--quick");
const REPO = path.resolve(import.meta.dirname, "..", "..");
const MAIN = path.join(ROOT, "main.duty");

function time<T>(action: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = action();
  return { value, ms: Math.round(performance.now() - start) };
}

function summarize(rules: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const rule of rules) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  return [...counts].map(([rule, n]) => `${rule}×${n}`).join(", ") || "none";
}

/** parse, review (all rules) and format one text; times and what was reported. */
function measure(label: string, text: string, withReview = true): void {
  const parsed = time(() => parseDocument(text));
  let line = `| ${label} | ${(text.length / 1024).toFixed(0)} KiB | parse ${parsed.ms} ms`;
  if (withReview) {
    const review = time(() => reviewFile(new Workspace(new MemoryHost({ "main.duty": text })), MAIN)!);
    line += ` | review ${review.ms} ms`;
    const format = time(() => formatDocument(review.value.model.document));
    line += ` | format ${format.ms} ms (${format.value === undefined ? "refused" : format.value === text ? "unchanged" : "reformatted"})`;
    line += ` | ${summarize(review.value.findings.filter((f) => f.rule.startsWith("syntax/")).map((f) => f.rule))} | ${review.value.findings.length} findings |`;
  } else {
    line += ` | – | – | ${summarize(parsed.value.diagnostics.map((d) => d.rule))} | |`;
  }
  console.log(line);
}

/** A sample repeated `copies` times, each copy's clause names suffixed so that names stay unique. */
function bigPolicy(sample: string, copies: number): string {
  const declared = new Set(parseDocument(sample).file.declarations.flatMap((d) => (d.name ? [d.name.text] : [])));
  const { tokens } = tokenize(sample);
  const renames = tokens.filter((token) => token.tokenType === Identifier && declared.has(token.image));
  const parts: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    let out = "";
    let at = 0;
    for (const token of renames) {
      out += `${sample.slice(at, token.startOffset)}${token.image}_${copy}`;
      at = token.startOffset + token.image.length;
    }
    parts.push(out + sample.slice(at));
  }
  return parts.join("\n");
}

console.log(`limits: MAX_FILE_LENGTH = ${MAX_FILE_LENGTH} UTF-16 units (${MAX_FILE_LENGTH / 2 ** 20} Mi), MAX_NESTING = ${MAX_NESTING}`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}, load ${os.loadavg().map((n) => n.toFixed(1)).join(" ")}\n`);

// --- file size ----------------------------------------------------------------------------------
console.log("## file size\n| input | size | parse | review | format | syntax findings | all findings |\n|---|---|---|---|---|---|---|");
const sample = fs.readFileSync(path.join(REPO, "samples", "school-campus-safety.duty"), "utf8");
for (const copies of quick ? [1, 16] : [1, 16, 160, 640]) measure(`school-campus-safety ×${copies}`, bigPolicy(sample, copies));
const tooLarge = "x".repeat(MAX_FILE_LENGTH + 1);
measure("16 MiB + 1 character", tooLarge);

// --- nesting ------------------------------------------------------------------------------------
console.log("\n## nesting depth\n| input | size | parse | review | format | syntax findings | all findings |\n|---|---|---|---|---|---|---|");
for (const depth of [MAX_NESTING - 1, MAX_NESTING, MAX_NESTING + 1, 1000, quick ? 10_000 : 100_000]) {
  const text = `tier t { domain ${"{ x ".repeat(depth - 1)}${"}".repeat(depth - 1)} }\n`;
  measure(`clause + ${depth} nested braces`, text);
}

// --- long lines ---------------------------------------------------------------------------------
console.log("\n## very long lines (one line each)\n| input | size | parse | review | format | syntax findings | all findings |\n|---|---|---|---|---|---|---|");
const MiB = quick ? 2 ** 17 : 2 ** 20;
const shapes: Record<string, string> = {
  "resources: a list of 1 MiB": `tier t { resources: ${Array.from({ length: MiB / 8 }, (_, i) => `r${i}`).join(", ")} }`,
  "action: a string of 1 MiB": `tier t { resources: x }  duty d { holder: t  kind: care  action: "${"Show the warning. ".repeat(MiB / 18)}"  standard: "Logged" }`,
  "a line comment of 1 MiB": `// ${"note ".repeat(MiB / 5)}\ntier t { resources: x }`,
  "1 MiB of stray characters": `tier t { resources: x } ${"@".repeat(MiB)}`,
  "clauses on one line, 1 MiB": Array.from({ length: MiB / 40 }, (_, i) => `tier t${i} { resources: x  under: t${i + 1} }`).join(" "),
  "an unterminated string of 1 MiB": `duty d { action: "${"x".repeat(MiB)}`,
};
for (const [label, text] of Object.entries(shapes)) measure(label, text);

// --- imports outside the workspace, config and law files, binary files (on disk, via the CLI) ----
console.log("\n## on disk");
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "duty-limits-"));
const workspace = path.join(folder, "ws");
fs.mkdirSync(path.join(workspace, "sub"), { recursive: true });
fs.writeFileSync(path.join(folder, "outside.duty"), "tier outside { resources: x }\n");
fs.symlinkSync(path.join(folder, "outside.duty"), path.join(workspace, "link.duty"));
fs.writeFileSync(path.join(workspace, "inside.duty"), "tier inside { resources: x }\n");
fs.writeFileSync(
  path.join(workspace, "sub", "imports.duty"),
  ['import "../../outside.duty"', `import "${path.join(folder, "outside.duty")}"`, 'import "file:///etc/passwd"', 'import "../link.duty"', 'import "../inside.duty"', 'import "missing"', ""].join("\n"),
);
const host = new DiskHost(workspace);
const imports = reviewFile(new Workspace(host), path.join(workspace, "sub", "imports.duty"))!;
for (const finding of imports.findings.filter((f) => f.rule.startsWith("import/"))) {
  const line = imports.model.document.text.slice(finding.span.start, finding.span.end);
  console.log(`- \`${line.replace(folder, "<tmp>")}\` → ${finding.rule}`);
}

const configCases: Record<string, Record<string, string | Buffer>> = {
  "`.duty.json` not JSON": { ".duty.json": "{ not json" },
  "`.duty.json` against its schema": { ".duty.json": '{ "rules": { "boundary/vague-term": "loud" }, "colour": 1 }' },
  "`.duty.json` not UTF-8": { ".duty.json": Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) },
  "law file outside the workspace": { ".duty.json": '{ "laws": ["../laws.json"] }' },
  "law file not JSON": { ".duty.json": '{ "laws": ["laws.json"] }', "laws.json": "[1, 2" },
  "law file against its schema": { ".duty.json": '{ "laws": ["laws.json"] }', "laws.json": '{ "formatVersion": 2, "laws": [] }' },
};
for (const [label, files] of Object.entries(configCases)) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duty-config-"));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  fs.writeFileSync(path.join(dir, "p.duty"), "tier t { resources: x }\n");
  const review = reviewFile(new Workspace(new DiskHost(dir)), path.join(dir, "p.duty"))!;
  console.log(`- ${label} → ${review.configProblems.map((p) => `${p.rule} in ${path.basename(p.file)}: ${p.message.slice(0, 110)}`).join("; ") || "nothing"}`);
}

const cliDir = fs.mkdtempSync(path.join(os.tmpdir(), "duty-cli-"));
const cliCases: Record<string, Buffer> = {
  "binary.duty": Buffer.from([0x74, 0x69, 0x65, 0x72, 0x00, 0x01, 0x02]),
  "gbk.duty": Buffer.from([0xb2, 0xe3, 0xbc, 0xb6, 0x20, 0x61, 0x20, 0x7b, 0x7d]),
  "latin1.duty": Buffer.from("tier caf\u00e9 { resources: x }\n", "latin1"),
};
for (const [name, bytes] of Object.entries(cliCases)) {
  fs.writeFileSync(path.join(cliDir, name), bytes);
  const run = spawnSync(process.execPath, [path.join(REPO, "server", "src", "cli", "bin.ts"), "check", name], { cwd: cliDir, encoding: "utf8" });
  console.log(`- \`duty check ${name}\` → exit ${run.status}, stderr ${JSON.stringify(run.stderr)}`);
}
fs.rmSync(folder, { recursive: true, force: true });
fs.rmSync(cliDir, { recursive: true, force: true });
