/**
 * `duty check --fix`: applies the fixes that choose nothing for the drafter, leaves the rest as
 * findings, and leaves placeholders that stay findings until they are filled in.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { cleanUp, duty, workspace, type JsonFinding } from "./helpers.ts";

/** Every finding of `duty check --format json` on one file. */
function findings(folder: string, file: string): JsonFinding[] {
  return JSON.parse(duty(folder, "check", "--format", "json", file).stdout) as JsonFinding[];
}

const POLICY = `tier regulator { resources: guidance }
tier branch { under: regulator  resources: staff }
tier teller { under: branch  resources: counter }
duty report_fraud { holder: tellr  imposed_by: branch  kind: care
  action: "Report suspected fraud to the duty manager"
  deadline: promptly  threshold: "large amounts"  needs: counter }
accountability { trigger: conduct "Fraud not reported"  evidence: incident_log  appeal: regulator within 30 days }
`;

describe("duty check --fix", () => {
  after(cleanUp);

  it("writes placeholders, which stay findings, and chooses no number or tier for the drafter", () => {
    const folder = workspace({ "policy.duty": POLICY });
    const run = duty(folder, "check", "--fix", "policy.duty");
    // Each fix is listed — where it is in the file as left (its finding's place), its rule, what it did — before the count.
    assert.equal(
      run.stderr,
      [
        "duty: fixed policy.duty:4:29  name/unknown  Replace with “teller”",
        "duty: fixed policy.duty:4:6  boundary/no-standard  Add `standard`",
        "duty: fixed policy.duty:9:1  tolerance/missing  Add a tolerance clause with its correction",
        "duty: fixed policy.duty:9:1  tolerance/no-force-majeure  Add a force-majeure exemption (Civil Code art. 180)",
        "duty: applied 4 fixes; fill in the placeholders they left in brackets (boundary/placeholder). Fixes that would choose a number, a tier or a resource, or replace your wording, are offered in the editor only.",
        "",
      ].join("\n"),
    );
    const fixed = fs.readFileSync(path.join(folder, "policy.duty"), "utf8");
    // The missing standard and the missing tolerance are written as bracketed placeholders…
    assert.match(fixed, /standard: "\[how anyone can tell the duty was met\]"/);
    assert.doesNotMatch(fixed, /[ \t]\n/, "no line left ending in blanks");
    assert.match(fixed, /when: "\[which honest mistakes are forgiven\]"/);
    // …but the vague limits, the investigator and the decider are the drafter's to choose.
    assert.match(fixed, /deadline: promptly {2}threshold: "large amounts"/);
    assert.doesNotMatch(fixed, /investigate:|determine:|correction_deadline:|2 working days|50000 CNY/);
    // A misspelt tier is a correction, not a choice: applied.
    assert.match(fixed, /holder: teller {2}imposed_by/);
    const rules = findings(folder, "policy.duty").map((finding) => finding.rule);
    assert.ok(rules.filter((rule) => rule === "boundary/placeholder").length >= 2, rules.join(" "));
    for (const rule of ["boundary/unquantified", "process/no-investigation", "process/no-determination"]) assert.ok(rules.includes(rule), rule);
  });

  it("leaves placeholders that keep a finding in every language", () => {
    const folder = workspace({ "p.duty": `層級 櫃員 { 資源：系統 }\n責任 核查 { 承擔：櫃員  類型：注意義務  內容：「核查」 }\n` });
    duty(folder, "check", "--fix", "p.duty");
    const left = findings(folder, "p.duty").filter((finding) => finding.rule === "boundary/placeholder");
    assert.ok(left.length > 0);
    assert.match(left[0]!.message, /仍是快速修復留下的佔位內容「【如何判斷已經履行】」/);
  });

  it("never replaces the drafter's own words unseen: a vague term's placeholder is offered in the editor only", () => {
    const text = `层级 柜员 { 资源：系统 }\n责任 核查 { 承担：柜员  类型：注意义务  内容：「核查」  标准：「确保不出问题，资金不被骗走」 }\n`;
    const folder = workspace({ "p.duty": text });
    duty(folder, "check", "--fix", "p.duty");
    assert.match(fs.readFileSync(path.join(folder, "p.duty"), "utf8"), /标准：「确保不出问题，资金不被骗走」/);
  });

  it("leaves a file with syntax errors as it is, and says so", () => {
    const broken = `tier teller { resources: counter }\nduty check_id { holder: teller  kind: care  action: "Check the ID"\n`;
    const folder = workspace({ "broken.duty": broken });
    const run = duty(folder, "check", "--fix", "broken.duty");
    assert.match(run.stderr, /^duty: broken\.duty: has syntax errors \(syntax\/missing-brace\); no fix applied until they are corrected\n/);
    assert.equal(fs.readFileSync(path.join(folder, "broken.duty"), "utf8"), broken);
  });

  it("leaves a read-only file as it is, fixes the others, and exits 2", () => {
    const folder = workspace({ "locked.duty": POLICY, "open.duty": POLICY.replace(/\btellr\b/, "tellr") });
    fs.chmodSync(path.join(folder, "locked.duty"), 0o444);
    const run = duty(folder, "check", "--fix");
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^duty: locked\.duty: it is read-only; not written$/m);
    assert.match(run.stderr, /^duty: fixed open\.duty:4:29 {2}name\/unknown/m);
    assert.equal(fs.readFileSync(path.join(folder, "locked.duty"), "utf8"), POLICY);
    assert.notEqual(fs.readFileSync(path.join(folder, "open.duty"), "utf8"), POLICY);
  });

  it("says when there is nothing to apply unattended", () => {
    const folder = workspace({ "p.duty": `tier t { resources: x }\n` });
    assert.equal(duty(folder, "check", "--fix", "p.duty").stderr, "duty: no fix to apply unattended. Fixes that would choose a number, a tier or a resource, or replace your wording, are offered in the editor only.\n");
  });
});
