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
    assert.match(run.stderr, /^duty: applied \d+ fix(es)?; fill in the placeholders they left in brackets \(boundary\/placeholder\)/);
    const fixed = fs.readFileSync(path.join(folder, "policy.duty"), "utf8");
    // The missing standard and the missing tolerance are written as bracketed placeholders…
    assert.match(fixed, /standard: "\[how anyone can tell the duty was met\]"/);
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
});
