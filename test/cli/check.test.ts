/**
 * `duty check` in-process, through `main(argv, io)`: the three report formats, exit codes, how
 * paths are found and read, imports, `.duty.json`, inline suppression and `--verbose`.
 * Every test writes its own small policies into a fresh temp folder.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import AjvDraft04Module from "ajv-draft-04";
import { CATALOGUE } from "../../server/src/analysis/catalogue.ts";
import { formatSarif } from "../../server/src/cli/report.ts";
import { cleanUp, duty, jsonFindings, onlyRules, PACKAGE_ROOT, stableLines, workspace, write, type JsonFinding } from "./helpers.ts";

/** A duty without `kind` (boundary/no-kind at `warn_large_withdrawal`, line 5, column 6). */
const WITHDRAWALS = `// Qinghe Commercial Bank (fictional): fraud warnings on large cash withdrawals.
tier branch "Bank branch" { resources: staff, fraud_system }
tier teller "Counter teller" { under: branch  resources: counter_system, fraud_system }

duty warn_large_withdrawal "Fraud warning on large withdrawals" {
  holder: teller   imposed_by: branch
  action: "Show the standard fraud warning before paying out cash"
  threshold: 50000 CNY
  standard: "Warning shown and acknowledged in the counter system"
  needs: fraud_system
}
`;

/** The same duty, drafted with its kind: nothing for boundary/no-kind. */
const WITHDRAWALS_WITH_KIND = WITHDRAWALS.replace("imposed_by: branch", "imposed_by: branch   kind: care");

/** A misspelt holder (`tellr`, line 6, columns 11–15) in a duty that has its kind. */
const MISSPELT_HOLDER = WITHDRAWALS_WITH_KIND.replace("holder: teller", "holder: tellr");

const NO_KIND_MESSAGE = /^Duty `warn_large_withdrawal` does not say its kind: write `kind: statutory`/;

afterEach(cleanUp);

function assertUsageError(run: { code: number; stdout: string; stderr: string }, message: string | RegExp): void {
  assert.equal(run.code, 2, `exit code (stderr: ${run.stderr})`);
  assert.equal(run.stdout, "");
  assert.match(run.stderr, /^duty: [^\n]*\n$/, "one line on stderr");
  assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
  if (typeof message === "string") assert.equal(run.stderr, `duty: ${message}\n`);
  else assert.match(run.stderr, message);
}

describe("duty check: text format", () => {
  it("prints file:line:col  severity  rule-id  message, then the summary", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": WITHDRAWALS });
    const run = duty(folder, "check");
    assert.equal(run.code, 0);
    assert.equal(run.stderr, "");
    const lines = run.stdout.split("\n");
    assert.equal(lines.length, 3, run.stdout);
    const match = /^policy\.duty:5:6 {2}warning {2}boundary\/no-kind {2}(.*)$/.exec(lines[0]!);
    assert.ok(match, lines[0]);
    assert.match(match[1]!, NO_KIND_MESSAGE);
    assert.equal(lines[1], "1 file checked: 0 errors, 1 warning, 0 notes.");
    assert.equal(lines[2], "", "the report ends with a newline");
  });

  it("an error line, with a did-you-mean, counted in the summary", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": MISSPELT_HOLDER });
    const run = duty(folder, "check", "policy.duty");
    assert.equal(run.code, 1);
    assert.equal(
      run.stdout,
      "policy.duty:6:11  error  name/unknown  No tier named `tellr` is declared here or in an imported file. Did you mean `teller`?\n" +
        "1 file checked: 1 error, 0 warnings, 0 notes.\n",
    );
  });

  it("shows paths relative to the current folder, with forward slashes", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "bank/retail/policy.duty": WITHDRAWALS, "bank/retail/clean.duty": "tier auditor { resources: audit_staff }\n" });
    const fromTop = duty(folder, "check", "bank");
    assert.deepEqual(stableLines(fromTop.stdout).map((line) => line.split("  ")[0]), ["bank/retail/policy.duty:5:6"]);
    assert.match(fromTop.stdout, /^2 files checked: 0 errors, 1 warning, 0 notes\.$/m);
    const fromInside = duty(path.join(folder, "bank", "retail"), "check", "policy.duty");
    assert.deepEqual(stableLines(fromInside.stdout).map((line) => line.split("  ")[0]), ["policy.duty:5:6"]);
  });

  it("gives line:col in characters for a 简体 file, with its own messages", () => {
    const folder = workspace({
      ".duty.json": onlyRules(),
      "柜面/提示.duty": "// 青河商业银行（虚构）柜面大额取现风险提示\n层级 柜员 { 资源：反诈系统 }\n责任 风险提示 { 承担：柜元  内容：「提示风险」 }\n",
    });
    const run = duty(folder, "check");
    assert.equal(run.code, 1);
    const lines = stableLines(run.stdout);
    assert.equal(lines.length, 2, run.stdout);
    assert.match(lines[0]!, /^柜面\/提示\.duty:3:4 {2}warning {2}boundary\/no-kind {2}责任“风险提示”未写明类型/);
    assert.equal(lines[1], "柜面/提示.duty:3:14  error  name/unknown  本文件及导入的文件中没有名为“柜元”的层级。是否应为“柜员”？");
  });

  it("gives line:col in characters for a 繁體 file", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "急診.duty": "層級 醫院 { 資源：手術室 }\n責任 急救 { 承擔：醫院 }\n" });
    const [line] = stableLines(duty(folder, "check").stdout);
    assert.match(line!, /^急診\.duty:2:4 {2}warning {2}boundary\/no-kind {2}責任「急救」未寫明類型/);
  });

  it("counts CRLF as one line break, and never counts \\r as a column", () => {
    const crlf = MISSPELT_HOLDER.replace(/\n/g, "\r\n");
    const folder = workspace({ ".duty.json": onlyRules(), "windows.duty": crlf, "mixed.duty": "tier teller { resources: x }\r\n\r\nduty warn {\r\n  holder: teller\r\n}\n" });
    const run = duty(folder, "check");
    const lines = stableLines(run.stdout);
    assert.equal(lines.length, 2, run.stdout);
    assert.match(lines[0]!, /^mixed\.duty:3:6 {2}warning {2}boundary\/no-kind {2}Duty `warn` does not say its kind/);
    assert.equal(lines[1], "windows.duty:6:11  error  name/unknown  No tier named `tellr` is declared here or in an imported file. Did you mean `teller`?");
  });

  it("does not count a UTF-8 byte order mark as a column", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "bom.duty": "\uFEFFduty warn { holder: tellr  kind: care }\ntier teller { resources: x }\n" });
    const [line] = stableLines(duty(folder, "check").stdout);
    assert.match(line!, /^bom\.duty:1:21 {2}error {2}name\/unknown /);
  });
});

describe("duty check: json format", () => {
  it("is an array of {file, rule, severity, message, range} in 0-based LSP positions", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": MISSPELT_HOLDER });
    const run = duty(folder, "check", "--format", "json");
    assert.equal(run.code, 1);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    assert.deepEqual(findings, [
      {
        file: "policy.duty",
        rule: "name/unknown",
        severity: "error",
        message: "No tier named `tellr` is declared here or in an imported file. Did you mean `teller`?",
        range: { start: { line: 5, character: 10 }, end: { line: 5, character: 15 } },
      },
    ]);
    assert.deepEqual(Object.keys(findings[0]!), ["file", "rule", "severity", "message", "range"]);
  });

  it("prints [] for a clean file", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": WITHDRAWALS_WITH_KIND });
    const run = duty(folder, "check", "--format", "json");
    assert.equal(run.code, 0);
    assert.equal(run.stdout, "[]\n");
  });

  it("counts characters in UTF-16 code units (a character outside the BMP counts two)", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "p.duty": "层级 柜员 { 资源：反诈系统 }\n责任 提示 { 内容：「𠮷提示风险」 承担：柜元  类型：注意义务 }\n" });
    const [finding] = jsonFindings(folder);
    assert.equal(finding?.rule, "name/unknown");
    assert.deepEqual(finding?.range, { start: { line: 1, character: 23 }, end: { line: 1, character: 25 } });
  });

  it("a CRLF file's ranges are the same as its LF twin's", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "lf.duty": MISSPELT_HOLDER, "crlf.duty": MISSPELT_HOLDER.replace(/\n/g, "\r\n") });
    const findings = jsonFindings(folder);
    assert.equal(findings.length, 2);
    assert.deepEqual(findings[0]!.range, findings[1]!.range);
  });
});

describe("duty check: sarif format", () => {
  type Validate = ((data: unknown) => boolean) & { errors?: unknown };
  type AjvInstance = { compile(schema: object): Validate; addFormat(name: string, check: (value: string) => boolean): unknown };
  const Ajv = ((AjvDraft04Module as unknown as { default?: unknown }).default ?? AjvDraft04Module) as new (options: object) => AjvInstance;
  let validate: Validate;

  before(() => {
    const schemaFile = path.join(PACKAGE_ROOT, "node_modules", "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json");
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    // The schema's formats, checked for real (RFC 3986 characters, an absolute URI where one is required).
    const uriReference = (value: string) => /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(value);
    ajv.addFormat("uri-reference", uriReference);
    ajv.addFormat("uri", (value) => uriReference(value) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && URL.canParse(value));
    ajv.addFormat("date-time", (value) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value) && !Number.isNaN(Date.parse(value)));
    validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")) as object);
  });

  interface SarifResult {
    ruleId: string;
    ruleIndex?: number;
    level: string;
    message: { text: string };
    locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
  }
  interface Sarif {
    version: string;
    runs: {
      tool: { driver: { name: string; rules: { id: string }[] } };
      originalUriBaseIds: Record<string, { uri: string }>;
      results: SarifResult[];
    }[];
  }

  function sarifOf(folder: string, ...argv: string[]): { code: number; sarif: Sarif } {
    const run = duty(folder, "check", "--format", "sarif", ...argv);
    assert.equal(run.stderr, "");
    const sarif = JSON.parse(run.stdout) as Sarif;
    assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
    return { code: run.code, sarif };
  }

  it("is valid SARIF 2.1.0, with the result's rule, level and region", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": MISSPELT_HOLDER, "kindless.duty": WITHDRAWALS.replace(/warn_large/, "warn_big") });
    const { code, sarif } = sarifOf(folder);
    assert.equal(code, 1);
    assert.equal(sarif.version, "2.1.0");
    const [run] = sarif.runs;
    assert.equal(run!.tool.driver.name, "duty");
    const unknown = run!.results.find((result) => result.ruleId === "name/unknown");
    assert.ok(unknown);
    assert.equal(unknown.level, "error");
    assert.equal(unknown.message.text, "No tier named `tellr` is declared here or in an imported file. Did you mean `teller`?");
    assert.deepEqual(unknown.locations[0]!.physicalLocation.artifactLocation, { uri: "policy.duty", uriBaseId: "SRCROOT" });
    assert.deepEqual(unknown.locations[0]!.physicalLocation.region, { startLine: 6, startColumn: 11, endLine: 6, endColumn: 16 });
    const noKind = run!.results.find((result) => result.ruleId === "boundary/no-kind");
    assert.equal(noKind?.level, "warning");
    assert.deepEqual(noKind?.locations[0]!.physicalLocation.region, { startLine: 5, startColumn: 6, endLine: 5, endColumn: 25 });
  });

  it("an info finding is a SARIF note", () => {
    const folder = workspace({ ".duty.json": onlyRules({ "boundary/no-kind": "info" }), "policy.duty": WITHDRAWALS });
    const { sarif } = sarifOf(folder);
    assert.deepEqual(sarif.runs[0]!.results.map((result) => [result.ruleId, result.level]), [["boundary/no-kind", "note"]]);
  });

  it("every result's ruleIndex points at its rule in tool.driver.rules", () => {
    const folder = workspace({
      ".duty.json": "{ not json",
      "policy.duty": MISSPELT_HOLDER,
      "kindless.duty": `// duty-ignore boundary/no-kind\n${WITHDRAWALS}`,
      "broken.duty": 'tier teller { resources: x }\nduty d { holder: teller  kind: care  colour: "red"\n',
      "imports.duty": 'import "missing.duty"\n',
    });
    const { sarif } = sarifOf(folder);
    const [run] = sarif.runs;
    const seen = new Set(run!.results.map((result) => result.ruleId.split("/")[0]));
    for (const family of ["name", "boundary", "syntax", "import", "config", "suppression"]) assert.ok(seen.has(family), `a ${family}/* result`);
    for (const result of run!.results) {
      assert.equal(typeof result.ruleIndex, "number", `${result.ruleId} has a ruleIndex`);
      assert.equal(run!.tool.driver.rules[result.ruleIndex!]?.id, result.ruleId);
    }
  });

  it("artifact URIs resolve against SRCROOT to the files, whatever their names", () => {
    const top = workspace({ ".duty.json": onlyRules(), "ws/计划 #2?.duty": WITHDRAWALS, "ws/sub dir/100%.duty": WITHDRAWALS, "elsewhere/a;b.duty": WITHDRAWALS });
    const folder = path.join(top, "ws");
    const { sarif } = sarifOf(folder, ".", "../elsewhere/a;b.duty");
    const [run] = sarif.runs;
    const base = run!.originalUriBaseIds["SRCROOT"]!.uri;
    assert.equal(fileURLToPath(base), folder + path.sep);
    const files = run!.results.map((result) => {
      const { uri, uriBaseId } = result.locations[0]!.physicalLocation.artifactLocation;
      return fileURLToPath(uriBaseId ? new URL(uri, run!.originalUriBaseIds[uriBaseId]!.uri) : new URL(uri));
    });
    assert.deepEqual(files.sort(), [path.join(top, "elsewhere", "a;b.duty"), path.join(folder, "sub dir", "100%.duty"), path.join(folder, "计划 #2?.duty")].sort());
  });

  it("gives each rule its docs page as help, and each result a fingerprint that survives moved lines", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": WITHDRAWALS });
    const first = sarifOf(folder).sarif.runs[0]!;
    const rules = first.tool.driver.rules as { id: string; help: { text: string; markdown?: string }; helpUri?: string }[];
    const rule = rules.find((entry) => entry.id === "boundary/no-kind")!;
    assert.match(rule.help.markdown ?? "", /^# boundary\/no-kind\n[\s\S]*## Rationale/);
    assert.equal(rule.help.text, "A duty that does not say whether it is statutory liability or a duty of care.");
    // The docs pages are files of the package on the machine that ran the check: no use to a code-scanning server.
    assert.deepEqual(rules.filter((entry) => "helpUri" in entry).map((entry) => entry.id), []);
    const print = (run: typeof first) => (run.results[0] as unknown as { partialFingerprints: Record<string, string> }).partialFingerprints["dutyFinding/v1"];
    fs.writeFileSync(path.join(folder, "policy.duty"), `// moved down by a comment\n\n${WITHDRAWALS}`);
    const moved = sarifOf(folder).sarif.runs[0]!;
    assert.notDeepEqual(moved.results[0]!.locations[0]!.physicalLocation.region, first.results[0]!.locations[0]!.physicalLocation.region);
    assert.match(print(first)!, /^[0-9a-f]{32}$/);
    assert.equal(print(moved), print(first));
  });

  it("gives a rule a helpUri only for a docs page on the web", () => {
    const input = { rows: [], cwd: PACKAGE_ROOT, rules: CATALOGUE.filter((entry) => entry.id === "boundary/no-kind"), version: "0.0.0", filesChecked: 0 };
    const helpUris = (docsUrl?: (rule: string) => string) => (JSON.parse(formatSarif({ ...input, ...(docsUrl ? { docsUrl } : {}) })) as { runs: { tool: { driver: { rules: { helpUri?: string }[] } } }[] }).runs[0]!.tool.driver.rules.map((entry) => entry.helpUri);
    assert.deepEqual(helpUris(), [undefined]);
    assert.deepEqual(helpUris((id) => `file:///home/someone/duty/docs/rules/${id}.md`), [undefined]);
    assert.deepEqual(helpUris((id) => `https://example.org/docs/rules/${id}`), ["https://example.org/docs/rules/boundary/no-kind"]);
  });

  it("names a file it could not read as a notification of a run that did not succeed", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": WITHDRAWALS, "binary.duty": Buffer.from([0x00, 0x01, 0x02]) });
    const run = duty(folder, "check", "--format", "sarif");
    assert.equal(run.code, 2);
    const sarif = JSON.parse(run.stdout) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[] };
    assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
    const [invocation] = sarif.runs[0]!.invocations;
    assert.equal(invocation!.executionSuccessful, false);
    assert.deepEqual(invocation!.toolExecutionNotifications.map((note) => [note.level, note.message.text.split(":")[0]]), [["error", "binary.duty"]]);
  });
});

describe("duty check: links in a folder", () => {
  it("checks a linked policy inside the folder once, and names one outside it without reading it", () => {
    const top = workspace({ ".duty.json": onlyRules(), "pol/sub/real.duty": WITHDRAWALS, "pol/.drafts/hidden.duty": WITHDRAWALS, "secret.duty": WITHDRAWALS });
    // A link to a file the scan does not reach (a dot-folder) is checked under the link's name;
    // one to a file it reaches anyway is not checked twice; one out of the folder is not read.
    fs.symlinkSync(path.join(top, "pol", ".drafts", "hidden.duty"), path.join(top, "pol", "linked.duty"));
    fs.symlinkSync(path.join(top, "pol", "sub", "real.duty"), path.join(top, "pol", "alias.duty"));
    fs.symlinkSync(path.join(top, "secret.duty"), path.join(top, "pol", "outside.duty"));
    const run = duty(top, "check", "pol");
    assert.equal(run.stderr, "duty: pol/outside.duty: a link to a file outside the folder; not read\n");
    assert.deepEqual(run.stdout.split("\n").filter((line) => line.includes("boundary/no-kind")).map((line) => line.split(":")[0]), ["pol/linked.duty", "pol/sub/real.duty"]);
    assert.match(run.stdout, /^2 files checked/m);
  });
});

describe("duty check: exit codes", () => {
  it("0 for a clean file", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": WITHDRAWALS_WITH_KIND });
    const run = duty(folder, "check", "policy.duty");
    assert.deepEqual(run, { code: 0, stdout: "1 file checked: 0 errors, 0 warnings, 0 notes.\n", stderr: "" });
  });

  it("0 when the findings are below --fail-level, 1 when one reaches it", () => {
    const warning = workspace({ ".duty.json": onlyRules(), "policy.duty": WITHDRAWALS });
    assert.equal(duty(warning, "check").code, 0);
    assert.equal(duty(warning, "check", "--fail-level", "error").code, 0);
    assert.equal(duty(warning, "check", "--fail-level", "warning").code, 1);
    assert.equal(duty(warning, "check", "--fail-level", "info").code, 1);

    const info = workspace({ ".duty.json": onlyRules({ "boundary/no-kind": "info" }), "policy.duty": WITHDRAWALS });
    const run = duty(info, "check");
    assert.match(run.stdout, /^policy\.duty:5:6 {2}info {2}boundary\/no-kind {2}/);
    assert.match(run.stdout, /0 errors, 0 warnings, 1 note\.\n$/);
    assert.equal(run.code, 0);
    assert.equal(duty(info, "check", "--fail-level", "warning").code, 0);
    assert.equal(duty(info, "check", "--fail-level", "info").code, 1);
  });

  it("1 for an error, at every fail level", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": MISSPELT_HOLDER });
    for (const level of ["error", "warning", "info"]) assert.equal(duty(folder, "check", "--fail-level", level).code, 1, level);
  });

  it("2 for an unknown command, with the command meant", () => {
    assertUsageError(duty(workspace(), "chek"), 'unknown command "chek". Did you mean "check"? Run "duty --help".');
    assertUsageError(duty(workspace(), "fix"), 'no command "fix": quick fixes are applied by "duty check --fix". Run "duty check --help".');
  });

  it("2 for an unknown option, with the option meant and the command's options", () => {
    const folder = workspace({ "policy.duty": WITHDRAWALS });
    assertUsageError(duty(folder, "check", "--strict"), '"check" has no option "--strict". Its options: --format, --fail-level, --root, --verbose, --fix, --jobs.');
    assertUsageError(duty(folder, "check", "--formt", "json"), /^duty: "check" has no option "--formt"\. Did you mean "--format"\?/);
    assertUsageError(duty(folder, "format", "--write"), '"format" has no option "--write". duty format writes the files by default; --check only lists them. Its options: --check.');
    // A value that looks like an option keeps Node's advice, on one line.
    assertUsageError(duty(folder, "export", "policy.duty", "-o", "-out.json"), /^duty: Option '-o' argument is ambiguous\. .*'--output=-XYZ'/);
  });

  it("shows a command's own help, and reads `-h` after `--` as a file", () => {
    const folder = workspace({ "policy.duty": WITHDRAWALS });
    const help = duty(folder, "format", "--help");
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: duty format \[options\]\n\n {2}format \[paths…\]/);
    assert.doesNotMatch(help.stdout, /explain <rule-id>/);
    assertUsageError(duty(folder, "check", "--", "-h"), "no such file or folder: -h");
  });

  it("2 for a bad --format or --fail-level, or an option without its value", () => {
    const folder = workspace({ "policy.duty": WITHDRAWALS });
    assertUsageError(duty(folder, "check", "--format", "xml"), 'unknown format "xml": use text, json or sarif');
    assertUsageError(duty(folder, "check", "--fail-level", "fatal"), 'unknown fail level "fatal": use error, warning or info');
    assertUsageError(duty(folder, "check", "--format"), /^duty: Option '--format <value>' argument missing\. Run "duty check --help"\.$/m);
  });

  it("2 for a missing path: one line, no stack trace", () => {
    const folder = workspace({ "policy.duty": WITHDRAWALS });
    assertUsageError(duty(folder, "check", "policy.duty", "polcy.duty"), "no such file or folder: polcy.duty");
    assertUsageError(duty(folder, "check", "no/such/folder"), "no such file or folder: no/such/folder");
  });

  it("2 for a --root that is not a folder (rather than silently ignoring .duty.json)", () => {
    const folder = workspace({ ".duty.json": onlyRules({ "boundary/no-kind": "error" }), "policy.duty": WITHDRAWALS });
    assert.equal(duty(folder, "check", "--root", ".").code, 1);
    assertUsageError(duty(folder, "check", "--root", "polcy"), "no such folder for --root: polcy");
    assertUsageError(duty(folder, "check", "--root", "policy.duty"), "--root names a file, not a folder: policy.duty");
  });

  it("2 for a link to nothing, said as such", function () {
    if (process.platform === "win32") this.skip();
    const folder = workspace({ "policy.duty": WITHDRAWALS });
    fs.symlinkSync(path.join(folder, "gone.duty"), path.join(folder, "old.duty"));
    assertUsageError(duty(folder, "check", "old.duty"), "a link to nothing (its target is gone): old.duty");
    // A path through a file is no path at all; two links that lead to each other, a loop.
    assertUsageError(duty(folder, "check", "policy.duty/x.duty"), "no such file or folder: policy.duty/x.duty");
    fs.symlinkSync(path.join(folder, "loop2.duty"), path.join(folder, "loop1.duty"));
    fs.symlinkSync(path.join(folder, "loop1.duty"), path.join(folder, "loop2.duty"));
    assertUsageError(duty(folder, "check", "loop1.duty"), "a link that leads back to itself: loop1.duty");
  });

  it("says --verbose does nothing for the machine formats", () => {
    const folder = workspace({ "policy.duty": WITHDRAWALS });
    assert.equal(duty(folder, "check", "--format", "json", "--verbose").stderr, "duty: --verbose explains findings in the text format only; the json report is written without it\n");
  });

  it("2 for a folder with no .duty files", () => {
    const folder = workspace({ "drafts/notes.txt": "tier teller { resources: x }\n", "drafts/node_modules/x.duty": "tier t { resources: x }\n" });
    const skipped = "(folders named node_modules, dist or out, or beginning with a dot, are skipped: name one to check it)";
    assertUsageError(duty(folder, "check", "drafts"), `no .duty files in drafts ${skipped}`);
    assertUsageError(duty(path.join(folder, "drafts"), "check"), `no .duty files in . ${skipped}`);
  });

  it("2 for a file named that is not a policy, which is not read as one", () => {
    const folder = workspace({ "README.md": "# Policies\n", "policy.duty": WITHDRAWALS });
    assertUsageError(duty(folder, "check", "README.md"), "not a policy file (.duty): README.md");
    assertUsageError(duty(folder, "format", "README.md"), "not a policy file (.duty): README.md");
    assertUsageError(duty(folder, "test", "README.md"), "not a policy file (.duty): README.md");
  });

  it("checks a skipped folder when it is named", () => {
    const folder = workspace({ "out/p.duty": "tier t { resources: x }\n" });
    assert.equal(duty(folder, "check", "out").code, 0);
  });

  it("2 for a binary file (NUL bytes)", () => {
    const folder = workspace({ "scan.duty": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]) });
    const run = duty(folder, "check", "scan.duty");
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "duty: scan.duty: is a binary file, not a policy (it contains NUL bytes)\n");
    assert.equal(run.stdout, "0 files checked: 0 errors, 0 warnings, 0 notes.\n");
  });

  it("2 for UTF-16 text, with what to do", () => {
    const folder = workspace({ "wide.duty": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("tier t { resources: x }\n", "utf16le")]) });
    const run = duty(folder, "check", "wide.duty");
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "duty: wide.duty: is UTF-16 text; save it as UTF-8\n");
  });

  it("never waits on a pipe named like a policy, named or imported (it is not read)", function () {
    if (process.platform === "win32") this.skip();
    const folder = workspace({ "main.duty": `import "feed.duty"\ntier t { resources: x }\n` });
    execFileSync("mkfifo", [path.join(folder, "feed.duty")]);
    const named = duty(folder, "check", "feed.duty");
    assert.equal(named.code, 2);
    assert.equal(named.stderr, "duty: feed.duty: is not a regular file (a pipe, a socket or a device); not read\n");
    const imported = duty(folder, "check", "main.duty");
    assert.ok(imported.code === 1 || imported.code === 2, imported.stderr);
    assert.match(imported.stdout, /main\.duty:1:8 {2}error {2}import\//);
  });

  it("2 for a file that is not UTF-8", () => {
    const folder = workspace({ "legacy.duty": new Uint8Array([0xff, 0xfe, 0x41]), "gbk.duty": Buffer.from("c4e3bac3", "hex") });
    const run = duty(folder, "check");
    assert.equal(run.code, 2);
    // FF FE opens UTF-16 text: said as such.
    assert.equal(run.stderr, "duty: gbk.duty: is not valid UTF-8 text; save it as UTF-8\nduty: legacy.duty: is UTF-16 text; save it as UTF-8\n");
  });

  it("2 for a path that cannot be read (a socket named .duty)", function () {
    if (process.platform === "win32") this.skip();
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": WITHDRAWALS });
    const server = net.createServer();
    const socket = path.join(folder, "inbox.duty");
    server.listen(socket);
    try {
      // `listen` binds synchronously for a Unix socket path.
      assert.ok(fs.existsSync(socket));
      const run = duty(folder, "check", "inbox.duty", "policy.duty");
      assert.equal(run.code, 2);
      assert.equal(run.stderr, "duty: inbox.duty: is not a regular file (a pipe, a socket or a device); not read\n");
      assert.equal(stableLines(run.stdout).length, 1, "policy.duty is still reviewed");
    } finally {
      server.close();
    }
  });

  it("2 for a file without read permission", function () {
    if (process.platform === "win32" || process.getuid?.() === 0) this.skip(); // root reads anything
    const folder = workspace({ "secret.duty": WITHDRAWALS });
    fs.chmodSync(path.join(folder, "secret.duty"), 0o000);
    const run = duty(folder, "check");
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "duty: secret.duty: cannot be read (EACCES)\n");
  });

  it("one binary file among several: the others are still reported, and the exit is 2", () => {
    const folder = workspace({
      ".duty.json": onlyRules(),
      "a-kindless.duty": WITHDRAWALS,
      "b-scan.duty": new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]),
      "c-misspelt.duty": MISSPELT_HOLDER,
    });
    const run = duty(folder, "check");
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "duty: b-scan.duty: is a binary file, not a policy (it contains NUL bytes)\n");
    assert.deepEqual(
      stableLines(run.stdout).map((line) => line.split("  ").slice(0, 3).join("  ")),
      ["a-kindless.duty:5:6  warning  boundary/no-kind", "c-misspelt.duty:6:11  error  name/unknown"],
    );
    assert.match(run.stdout, /^2 files checked: 1 error, 1 warning, 0 notes\.$/m);
  });
});

describe("duty check: finding files", () => {
  it("searches folders recursively, skipping node_modules and dot-folders", () => {
    const broken = "duty { \n"; // a syntax error wherever it is reviewed
    const folder = workspace({
      ".duty.json": onlyRules(),
      "top.duty": WITHDRAWALS_WITH_KIND,
      "hospital/surgery/emergency/consent.duty": WITHDRAWALS_WITH_KIND,
      "school/summer.duty": WITHDRAWALS_WITH_KIND,
      "node_modules/some-package/policy.duty": broken,
      "school/node_modules/policy.duty": broken,
      ".git/policy.duty": broken,
      ".drafts/policy.duty": broken,
      "school/.backup/policy.duty": broken,
      "school/notes.txt": broken,
      "school/policy.duty.bak": broken,
    });
    const run = duty(folder, "check");
    assert.equal(run.stdout, "3 files checked: 0 errors, 0 warnings, 0 notes.\n");
    assert.equal(run.code, 0);
  });

  it("reviews each file once, however it is named on the command line", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "bank/policy.duty": WITHDRAWALS });
    const run = duty(folder, "check", "bank", "bank/policy.duty", "./bank/../bank/policy.duty");
    assert.equal(stableLines(run.stdout).length, 1);
    assert.match(run.stdout, /^1 file checked/m);
  });

  it("reviews a file named explicitly even inside a skipped folder", () => {
    const folder = workspace({ ".duty.json": onlyRules(), ".drafts/policy.duty": WITHDRAWALS });
    const run = duty(folder, "check", ".drafts/policy.duty");
    assert.deepEqual(stableLines(run.stdout).map((line) => line.split("  ")[0]), [".drafts/policy.duty:5:6"]);
  });

  it("shows a file whose name starts with '..' by its relative path", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "..draft.duty": WITHDRAWALS });
    const run = duty(folder, "check");
    assert.deepEqual(stableLines(run.stdout).map((line) => line.split("  ")[0]), ["..draft.duty:5:6"]);
  });
});

describe("duty check: imports", () => {
  const TIERS = `// Shared tier register.
tier branch "Bank branch" { resources: staff, fraud_system }
tier teller "Counter teller" { under: branch  resources: counter_system, fraud_system }
`;
  const USES_TELLER = `import "shared/tiers.duty"

duty warn "Fraud warning" {
  holder: teller  imposed_by: branch  kind: care
  action: "Show the fraud warning"
}
`;

  /** `<tmp>/ws` as the workspace (the current folder), with `<tmp>/outside.duty` next to it. */
  function nested(files: Readonly<Record<string, string>>): { top: string; ws: string } {
    const top = workspace({ "outside.duty": TIERS, "elsewhere/tiers.duty": TIERS });
    const ws = path.join(top, "ws");
    write(ws, { ".duty.json": onlyRules(), ...files });
    return { top, ws };
  }

  it("resolves names from an imported file", () => {
    const { ws } = nested({ "shared/tiers.duty": TIERS, "policy.duty": USES_TELLER });
    assert.deepEqual(jsonFindings(ws), []);
    assert.equal(duty(ws, "check").code, 0);
  });

  it("suggests names declared in an imported file", () => {
    const { ws } = nested({ "shared/tiers.duty": TIERS, "policy.duty": USES_TELLER.replace("holder: teller", "holder: tellr") });
    const [finding] = jsonFindings(ws);
    assert.equal(finding?.message, "No tier named `tellr` is declared here or in an imported file. Did you mean `teller`?");
  });

  it("resolves an import relative to the importing file", () => {
    const { ws } = nested({ "shared/tiers.duty": TIERS, "bank/branch/policy.duty": USES_TELLER.replace("shared/tiers.duty", "../../shared/tiers.duty") });
    assert.deepEqual(jsonFindings(ws), []);
  });

  it('import "../outside.duty" → import/outside-workspace, and its names stay unknown', () => {
    const { ws } = nested({ "policy.duty": USES_TELLER.replace("shared/tiers.duty", "../outside.duty") });
    const findings = jsonFindings(ws);
    assert.deepEqual(findings[0], {
      file: "policy.duty",
      rule: "import/outside-workspace",
      severity: "error",
      message: "`../outside.duty` lies outside the workspace; imports may only name files inside it. Copy the shared file into the workspace.",
      range: { start: { line: 0, character: 7 }, end: { line: 0, character: 24 } },
    });
    assert.deepEqual(findings.slice(1).map((finding) => finding.rule), ["name/unknown", "name/unknown"]);
  });

  it("says, from the command line, how to widen the workspace root when an import lies outside it", () => {
    const { top, ws } = nested({ "policy.duty": USES_TELLER.replace("shared/tiers.duty", "../outside.duty") });
    const run = duty(ws, "check");
    assert.match(run.stderr, /^duty: some imports lie outside the workspace root, \.: run duty from the folder that holds the policies and what they import, or name that folder with --root\.$/m);
    // Named as the root, the import is inside.
    assert.equal(duty(ws, "check", "--root", top).stderr, "");
  });

  it('import "/etc/passwd" → import/outside-workspace', () => {
    const { ws } = nested({ "policy.duty": 'import "/etc/passwd"\ntier t { resources: x }\n' });
    assert.deepEqual(jsonFindings(ws).map((finding) => [finding.rule, finding.range.start]), [["import/outside-workspace", { line: 0, character: 7 }]]);
  });

  it("a symlink inside the workspace that points outside → import/outside-workspace", function () {
    if (process.platform === "win32") this.skip();
    const { top, ws } = nested({ "policy.duty": USES_TELLER.replace("shared/tiers.duty", "linked.duty") });
    fs.symlinkSync(path.join(top, "outside.duty"), path.join(ws, "linked.duty"));
    fs.symlinkSync(path.join(top, "elsewhere"), path.join(ws, "shared"));
    write(ws, { "via-folder.duty": USES_TELLER });
    const findings = jsonFindings(ws);
    assert.deepEqual(
      findings.filter((finding) => finding.rule.startsWith("import/")).map((finding) => [finding.file, finding.rule]),
      [
        ["policy.duty", "import/outside-workspace"],
        ["via-folder.duty", "import/outside-workspace"],
      ],
    );
  });

  it("--root widens the workspace", () => {
    const { top, ws } = nested({ "policy.duty": USES_TELLER.replace("shared/tiers.duty", "../outside.duty") });
    assert.deepEqual(jsonFindings(ws, "--root", ".."), []);
    assert.deepEqual(jsonFindings(ws, "--root", top), []);
  });

  it("a missing import → import/not-found", () => {
    const { ws } = nested({ "policy.duty": USES_TELLER.replace("shared/tiers.duty", "shared/tier.duty") });
    const findings = jsonFindings(ws);
    assert.deepEqual(findings[0], {
      file: "policy.duty",
      rule: "import/not-found",
      severity: "error",
      message: "Cannot find `shared/tier.duty` to import. Check the path: it is relative to this file.",
      range: { start: { line: 0, character: 7 }, end: { line: 0, character: 25 } },
    });
  });

  it("a two-file import cycle → import/cycle on each side", () => {
    const { ws } = nested({
      "branch.duty": 'import "teller.duty"\ntier branch { resources: staff }\n',
      "teller.duty": 'import "branch.duty"\ntier teller { under: branch  resources: counter_system }\n',
    });
    const run = duty(ws, "check");
    assert.equal(run.code, 1);
    assert.deepEqual(stableLines(run.stdout), [
      "branch.duty:1:8  error  import/cycle  This import leads back to this file: branch.duty → teller.duty → branch.duty. Move the shared clauses into a file that imports nothing.",
      "teller.duty:1:8  error  import/cycle  This import leads back to this file: teller.duty → branch.duty → teller.duty. Move the shared clauses into a file that imports nothing.",
    ]);
  });

  it("an import of a file whose name starts with '..' resolves inside the workspace", () => {
    const { ws } = nested({ "..tiers.duty": TIERS, "policy.duty": USES_TELLER.replace("shared/tiers.duty", "..tiers.duty") });
    assert.deepEqual(jsonFindings(ws), []);
  });

  it("a file named on the command line whose name starts with '..' does not widen the workspace", () => {
    // The workspace is the current folder: it holds every input, `..notes.duty` included.
    const { ws } = nested({ "..notes.duty": "tier auditor { resources: audit_staff }\n", "policy.duty": USES_TELLER.replace("shared/tiers.duty", "../outside.duty") });
    const findings = jsonFindings(ws, "..notes.duty", "policy.duty");
    assert.deepEqual(findings.filter((finding) => finding.rule.startsWith("import/")).map((finding) => [finding.file, finding.rule]), [["policy.duty", "import/outside-workspace"]]);
  });
});

describe("duty check: .duty.json", () => {
  it('a rule set to "off" disappears', () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": WITHDRAWALS });
    assert.deepEqual(jsonFindings(folder).map((finding) => finding.rule), ["boundary/no-kind"]);
    write(folder, { ".duty.json": onlyRules({ "boundary/no-kind": "off" }) });
    assert.deepEqual(jsonFindings(folder), []);
    assert.equal(duty(folder, "check", "--fail-level", "info").code, 0);
  });

  it('a rule set to "error" changes its severity and the exit code', () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": WITHDRAWALS });
    assert.equal(duty(folder, "check").code, 0);
    write(folder, { ".duty.json": onlyRules({ "boundary/no-kind": "error" }) });
    const run = duty(folder, "check");
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^policy\.duty:5:6 {2}error {2}boundary\/no-kind {2}/);
    assert.match(run.stdout, /1 error, 0 warnings, 0 notes\.\n$/);
  });

  it("applies from a parent folder, and the object form with a level works too", () => {
    const folder = workspace({ ".duty.json": onlyRules({ "boundary/no-kind": { level: "error" } }), "hospital/surgery/policy.duty": WITHDRAWALS });
    const [finding] = jsonFindings(folder);
    assert.equal(finding?.severity, "error");
  });

  it("malformed JSON → config/invalid located in .duty.json, and the policy is still reviewed", () => {
    const config = '{\n  "rules": {\n    "boundary/no-kind": "off",\n  }\n}\n';
    const folder = workspace({ ".duty.json": config, "policy.duty": WITHDRAWALS, "branch/other.duty": WITHDRAWALS });
    const run = duty(folder, "check", "--format", "json");
    assert.equal(run.code, 1);
    const findings = (JSON.parse(run.stdout) as JsonFinding[]).filter((finding) => finding.rule === "config/invalid" || finding.rule === "boundary/no-kind");
    assert.equal(findings.length, 3, "one config/invalid for the two policies that share it, and both policies' findings");
    const [invalid] = findings;
    assert.equal(invalid!.file, ".duty.json");
    assert.equal(invalid!.severity, "error");
    assert.match(invalid!.message, /^\.duty\.json is not valid JSON: .*Its settings are ignored\.$/);
    // The trailing comma: the parser stops at the `}` on line 4 (0-based 3), column 3.
    assert.deepEqual(invalid!.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 2 } });
    assert.deepEqual(findings.slice(1).map((finding) => [finding.file, finding.rule]), [
      ["branch/other.duty", "boundary/no-kind"],
      ["policy.duty", "boundary/no-kind"],
    ]);
    const text = duty(folder, "check");
    assert.match(text.stdout, /^\.duty\.json:4:3 {2}error {2}config\/invalid {2}\.duty\.json is not valid JSON/m);
  });

  it("a setting that breaks the schema → config/invalid, once, naming the rule as written; settings ignored", () => {
    const folder = workspace({ ".duty.json": '{ "rules": { "boundary/no-kind": "loud" } }\n', "policy.duty": WITHDRAWALS });
    const findings = jsonFindings(folder);
    const invalid = findings.filter((finding) => finding.rule === "config/invalid");
    assert.deepEqual(invalid.map((finding) => [finding.file, finding.message]), [
      [".duty.json", '.duty.json: rules › "boundary/no-kind" must be a level (error, warning, info, off) or an object with a "level" and the rule\'s options. Its settings are ignored.'],
    ]);
    assert.ok(findings.some((finding) => finding.rule === "boundary/no-kind" && finding.severity === "warning"));
  });

  it("words a configuration's problems in the language the file sets, even when its JSON is broken", () => {
    const hant = jsonFindings(workspace({ ".duty.json": '{ "locale": "zh-Hant", "rules": { "boundary/no-knd": "off" }, "laws": ["laws/missing.json"] }', "policy.duty": WITHDRAWALS }));
    assert.deepEqual(hant.filter((finding) => finding.rule === "config/invalid").map((finding) => finding.message).sort(), [
      ".duty.json：沒有名為「boundary/no-knd」的規則（是否應為「boundary/no-kind」？），此設定不起作用。規則列表見 docs/rules/README.md。",
      "無法讀取法律檔案「laws/missing.json」。",
    ]);
    const broken = jsonFindings(workspace({ ".duty.json": '{ "locale": "zh-Hans", "rules": { ', "policy.duty": WITHDRAWALS }));
    assert.match(broken.find((finding) => finding.rule === "config/invalid")!.message, /^\.duty\.json 不是有效的 JSON：.*。其中的设置被忽略。$/);
  });

  it("a rule id that names no rule → config/invalid at the id, with the closest rule; the other settings apply", () => {
    const config = '{ "rules": {\n  "boundary/no-knd": "off",\n  "boundary/no-kind": "error" } }\n';
    const folder = workspace({ ".duty.json": config, "policy.duty": WITHDRAWALS });
    const findings = jsonFindings(folder);
    const invalid = findings.find((finding) => finding.rule === "config/invalid");
    assert.equal(invalid?.message, '.duty.json: there is no rule "boundary/no-knd" (did you mean "boundary/no-kind"?); this setting does nothing. The rules are listed in docs/rules/README.md.');
    // The id with its quotes, for the editor to underline.
    assert.deepEqual(invalid?.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 19 } });
    assert.ok(findings.some((finding) => finding.rule === "boundary/no-kind" && finding.severity === "error"));
    const core = jsonFindings(workspace({ ".duty.json": '{ "rules": { "syntax/missing-value": "off" } }', "policy.duty": WITHDRAWALS }));
    assert.deepEqual(core.filter((finding) => finding.rule === "config/invalid").map((finding) => finding.message), [
      '.duty.json: "syntax/missing-value" is a finding of the language itself, not a review rule: it cannot be configured, and this setting does nothing.',
    ]);
  });

  it("a .duty.json that is not UTF-8 text → config/invalid, not silently ignored", () => {
    const folder = workspace({ "policy.duty": WITHDRAWALS });
    fs.writeFileSync(path.join(folder, ".duty.json"), Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x7d]));
    const findings = jsonFindings(folder);
    const invalid = findings.find((finding) => finding.rule === "config/invalid");
    assert.ok(invalid, JSON.stringify(findings));
    assert.equal(invalid.file, ".duty.json");
    assert.equal(invalid.message, ".duty.json cannot be read as UTF-8 text; its settings are ignored.");
  });
});

describe("duty check: inline suppression", () => {
  it("`// duty-ignore rule: reason` on the line above the duty's name silences it", () => {
    const suppressed = WITHDRAWALS.replace("duty warn_large", "// duty-ignore boundary/no-kind: the kind is set by the bank-wide master policy\nduty warn_large");
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": suppressed, "crlf.duty": suppressed.replace(/\n/g, "\r\n").replace(/warn_large/g, "warn_big") });
    assert.deepEqual(jsonFindings(folder), []);
    assert.equal(duty(folder, "check", "--fail-level", "info").code, 0);
  });

  it("a suppression of another rule, or one further up, does not silence it", () => {
    const elsewhere = WITHDRAWALS.replace("duty warn_large", "// duty-ignore boundary/vague-term: quoted from the statute\nduty warn_large").replace(
      "// Qinghe",
      "// duty-ignore boundary/no-kind: too far away\n\n// Qinghe",
    );
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": elsewhere });
    assert.deepEqual(jsonFindings(folder).map((finding) => finding.rule), ["boundary/no-kind"]);
  });

  it("without a reason → suppression/missing-reason, and the finding stays", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": WITHDRAWALS.replace("duty warn_large", "// duty-ignore boundary/no-kind\nduty warn_large") });
    const findings = jsonFindings(folder);
    assert.deepEqual(findings.map((finding) => [finding.rule, finding.severity, finding.range.start.line]), [
      ["suppression/missing-reason", "warning", 4],
      ["boundary/no-kind", "warning", 5],
    ]);
    assert.match(findings[0]!.message, /gives no reason/);
  });
});

describe("duty check --verbose", () => {
  it("prints clause, why and instead lines under a boundary/no-kind finding", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": WITHDRAWALS, "typo.duty": MISSPELT_HOLDER.replace(/warn_large/, "warn_big") });
    const run = duty(folder, "check", "--verbose");
    assert.equal(run.code, 1);
    const lines = run.stdout.trimEnd().split("\n");
    const at = lines.findIndex((line) => line.startsWith("policy.duty:5:6  warning  boundary/no-kind  "));
    assert.ok(at >= 0, run.stdout);
    const details: string[] = [];
    for (let i = at + 1; i < lines.length && lines[i]!.startsWith("    "); i++) details.push(lines[i]!);
    assert.equal(details[0], "    clause: duty warn_large_withdrawal");
    assert.ok(details.some((line) => /^ {4}why: Statutory liability and a duty of care are answered for differently\./.test(line)), details.join("\n"));
    assert.ok(details.some((line) => /^ {4}instead: Add `kind: statutory`/.test(line)), details.join("\n"));
    // The language core's findings explain themselves: no detail lines under them.
    const typo = lines.findIndex((line) => line.startsWith("typo.duty:6:11  error  name/unknown  "));
    assert.ok(typo >= 0 && !(lines[typo + 1] ?? "").startsWith("    "), run.stdout);
    assert.equal(lines.at(-1), "2 files checked: 1 error, 1 warning, 0 notes.");
  });

  it("explains in the document's language", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "提示.duty": "层级 柜员 { 资源：反诈系统 }\n责任 提示 { 承担：柜员  内容：「提示风险」 }\n" });
    const lines = duty(folder, "check", "--verbose").stdout.split("\n");
    assert.ok(lines.some((line) => line.startsWith("    原因：法定责任与注意义务的担责方式不同")), lines.join("\n"));
    assert.ok(lines.includes("    条款：责任 提示"), lines.join("\n"));
    assert.ok(lines.some((line) => line.startsWith("    建议：")), lines.join("\n"));
  });

  it("is ignored by the json format", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": WITHDRAWALS });
    assert.equal(duty(folder, "check", "--verbose", "--format", "json").stdout, duty(folder, "check", "--format", "json").stdout);
  });
});
