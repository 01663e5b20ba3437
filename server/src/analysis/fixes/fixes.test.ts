import assert from "node:assert/strict";
import * as path from "node:path";
import { expectFindings, MemoryHost, ROOT, unmark } from "../../../../test/helpers/review.ts";
import { reviewFile } from "../review.ts";
import { Workspace } from "../workspace.ts";
import { applyEdits } from "./apply.ts";
import { fixesFor } from "./fixes.ts";

/** Applies the fix titled `title` (or the preferred one) for `rule` and returns the new text. */
function applyFix(text: string, rule: string, title?: RegExp): string {
  const host = new MemoryHost({ "main.duty": text });
  const review = reviewFile(new Workspace(host), path.join(ROOT, "main.duty"))!;
  const finding = review.findings.find((f) => f.rule === rule);
  assert.ok(finding, `expected a ${rule} finding`);
  const fixes = fixesFor(finding, review.model);
  const fix = title ? fixes.find((f) => title.test(f.title)) : fixes.find((f) => f.preferred);
  assert.ok(fix, `a fix for ${rule}; offered: ${fixes.map((f) => f.title).join(" | ")}`);
  return applyEdits(text, fix.edits.filter((e) => e.file === path.join(ROOT, "main.duty"))).text;
}

function rulesIn(text: string): string[] {
  const host = new MemoryHost({ "main.duty": text });
  return reviewFile(new Workspace(host), path.join(ROOT, "main.duty"))!.findings.map((f) => f.rule);
}

const EMERGENCY = `层级 医院 { 资源：手术室，值班医师 }
层级 外科 { 上级：医院  资源：值班医师，手术室 }
责任 急诊手术 {
  承担：外科  类型：法定责任  情境：紧急
  内容：「对生命垂危患者实施急救手术」
  标准：「到院30分钟内开始手术，记录在案」
  前提：患者签字
  所需资源：手术室
}
`;

describe("quick fixes", () => {
  it("adds an emergency exception citing the Physicians Act, approved by the superior, and the finding goes", () => {
    const fixed = applyFix(EMERGENCY, "tolerance/emergency-consent", /紧急情况例外/);
    assert.match(fixed, /免责 紧急救治 \{\n  适用：急诊手术\n  事由：紧急情况\n  条件：「抢救生命垂危的患者等紧急情况，不能取得患者或者其近亲属意见」\n  批准：医院\n  依据：医师法 第二十七条，民法典 第一千二百二十条\n\}\n$/);
    assert.ok(!rulesIn(fixed).includes("tolerance/emergency-consent"));
    assert.deepEqual(rulesIn(fixed).filter((r) => r.startsWith("syntax/") || r.startsWith("name/")), []);
  });

  it("prefers, but never marks for duty check --fix, a fix that chooses for the drafter", () => {
    const choices: [string, string][] = [
      [EMERGENCY, "tolerance/emergency-consent"],
      ["tier b { resources: s }\ntier t { under: b  resources: x }\nduty d { holder: t  imposed_by: b  kind: care  standard: \"s\" }\naccountability { investigate: b  determine: b  appeal: b within 30 days }\n", "liability/one-way"],
      ["tier t { resources: x }\nduty d { holder: t  kind: care  standard: \"s\"  deadline: promptly }\n", "boundary/unquantified"],
      ["tier t { resources: x }\nduty d { holder: t  kind: care  standard: \"s\" }\naccountability { appeal: t within 30 days }\n", "process/no-investigation"],
    ];
    for (const [text, rule] of choices) {
      const review = reviewFile(new Workspace(new MemoryHost({ "main.duty": text })), path.join(ROOT, "main.duty"))!;
      const finding = review.findings.find((candidate) => candidate.rule === rule);
      assert.ok(finding, rule);
      const fixes = fixesFor(finding, review.model).filter((fix) => !/Suppress|忽略/.test(fix.title));
      assert.ok(fixes.length > 0, `${rule}: a fix is offered`);
      assert.ok(fixes.some((fix) => fix.preferred), `${rule}: the editor's preferred fix`);
      assert.ok(fixes.every((fix) => !fix.unattended), `${rule}: not applied unattended`);
    }
  });

  it("adds an accountability procedure whose appeal goes above the decider, and never to the decider itself", () => {
    const text = `tier head { resources: budget }\ntier branch { under: head  resources: staff }\ntier teller { under: branch  resources: x }\nduty warn { holder: teller  imposed_by: branch  kind: care  standard: "Logged" }\n`;
    const fixed = applyFix(text, "process/no-appeal", /accountability procedure/);
    assert.match(fixed, /investigate: branch\n {2}determine: branch\n {2}appeal: head within 30 days\n/);
    assert.ok(!rulesIn(fixed).includes("process/no-appeal"), rulesIn(fixed).join(" "));
    // The decider is the top tier: no tier above it to propose, so no appeal is written for the drafter.
    const top = `tier head { resources: budget }\nduty warn { holder: head  kind: care  standard: "Logged" }\naccountability { investigate: head  determine: head }\n`;
    const review = reviewFile(new Workspace(new MemoryHost({ "main.duty": top })), path.join(ROOT, "main.duty"))!;
    const finding = review.findings.find((candidate) => candidate.rule === "process/no-appeal")!;
    assert.deepEqual(fixesFor(finding, review.model).filter((fix) => !/Suppress/.test(fix.title)), []);
  });

  it("replaces a repealed citation by its successor, or removes it when the successor is already cited", () => {
    const text = (basis: string): string => `層級 醫院 { 資源：手術室 }\n責任 急救 { 承擔：醫院  類型：法定責任  依據：${basis} }\n`;
    assert.match(applyFix(text("執業醫師法 第二十四條"), "cite/repealed"), /依據：醫師法 第二十七條 \}/);
    const alone = applyFix(text("醫師法 第二十七條，民法典 第一千二百二十條，執業醫師法 第二十四條"), "cite/repealed");
    assert.match(alone, /依據：醫師法 第二十七條，民法典 第一千二百二十條 \}/);
    assert.match(applyFix(text("執業醫師法 第二十四條，醫師法 第二十七條"), "cite/repealed"), /依據：醫師法 第二十七條 \}/);
  });

  it("adds a force-majeure exemption in English, covering the duties", () => {
    const text = `tier branch { resources: staff }
duty warn { holder: branch  kind: care  standard: "Warning logged"  action: "Show the warning" }
accountability { investigate: branch  determine: branch  appeal: branch within 30 days }
`;
    const fixed = applyFix(text, "tolerance/no-force-majeure");
    assert.ok(fixed.endsWith(`exemption force_majeure {
  covers: warn
  grounds: force_majeure
  when: "Unforeseeable, unavoidable and insurmountable circumstances prevented performance"
  basis: civil-code/180
}
`));
    assert.ok(!rulesIn(fixed).includes("tolerance/no-force-majeure"));
  });

  it("puts an added clause before a comment left open at the end, not inside it (fuzz, issue B)", () => {
    const text = 'tier t { resources: x }\nduty d { holder: t  kind: care  action: "Act"  standard: "Logged" }\n/* draft';
    const fixed = applyFix(text, "tolerance/no-force-majeure");
    assert.ok(fixed.startsWith('tier t { resources: x }\nduty d { holder: t  kind: care  action: "Act"  standard: "Logged" }\n\nexemption force_majeure {\n  covers: d\n'), fixed);
    assert.ok(fixed.endsWith("}\n\n/* draft"), fixed);
    assert.ok(!rulesIn(fixed).includes("tolerance/no-force-majeure"));
    // The comment is still the only syntax problem.
    assert.deepEqual(rulesIn(fixed).filter((r) => r.startsWith("syntax/")), ["syntax/unterminated-comment"]);
  });

  it("adds a missing field inside a one-line clause and inside a multi-line one", () => {
    const oneLine = `tier t { resources: x }\nduty d { holder: t  kind: care  action: "Act" }\n`;
    assert.match(applyFix(oneLine, "boundary/no-standard"), /action: "Act" standard: "\[how anyone can tell the duty was met\]" \}/);
    const multi = `tier t { resources: x }\nduty d {\n    holder: t\n    kind: care\n}\n`;
    assert.equal(applyFix(multi, "boundary/no-standard"), `tier t { resources: x }\nduty d {\n    holder: t\n    kind: care\n    standard: "[how anyone can tell the duty was met]"\n}\n`);
  });

  it("offers both kinds for boundary/no-kind, neither preferred", () => {
    const text = `tier t { resources: x }\nduty d { holder: t }\n`;
    assert.match(applyFix(text, "boundary/no-kind", /statutory/), /holder: t kind: statutory \}/);
    assert.match(applyFix(text, "boundary/no-kind", /care/), /holder: t kind: care \}/);
  });

  it("replaces a vague term by a placeholder that keeps the string valid", () => {
    const [finding] = expectFindings("boundary/vague-term", `層級 村 { 資源：經費 }\n責任 報送 { 承擔：村  類型：注意義務  內容：「«及時»報送」  標準：「報表齊全」 }`);
    assert.ok(finding);
    const fixed = applyFix(unmark(`層級 村 { 資源：經費 }\n責任 報送 { 承擔：村  類型：注意義務  內容：「及時報送」  標準：「報表齊全」 }`).text, "boundary/vague-term");
    assert.match(fixed, /內容：「【[^「」]+】報送」/);
    assert.deepEqual(rulesIn(fixed).filter((r) => r.startsWith("syntax/")), []);
  });

  it("suppresses with a reason left for the drafter, never preferred", () => {
    const text = `tier t { resources: x }\nduty d { holder: t }\n`;
    const fixed = applyFix(text, "boundary/no-kind", /Suppress/);
    assert.equal(fixed, `tier t { resources: x }\n// duty-ignore boundary/no-kind: \nduty d { holder: t }\n`);
    assert.ok(rulesIn(fixed).includes("suppression/missing-reason"));
  });

  it("replaces an unknown name with the suggestion", () => {
    const fixed = applyFix(`tier teller { resources: x }\nduty d { holder: telle  kind: care  standard: "s" }\n`, "name/unknown");
    assert.match(fixed, /holder: teller /);
  });

  it("corrects a misspelt rule id in a suppression, which then silences the finding", () => {
    const text = `tier teller { resources: x }\n// duty-ignore boundary/no-knid: set by the ministry's template\nduty d { holder: teller  standard: "s" }\n`;
    const fixed = applyFix(text, "suppression/unknown-rule");
    assert.match(fixed, /\/\/ duty-ignore boundary\/no-kind: set by/);
    assert.ok(!rulesIn(fixed).includes("boundary/no-kind"));
  });
});
