import assert from "node:assert/strict";
import { expectFindings, expectNoFinding } from "../../../../../test/helpers/review.ts";

describe("boundary/placeholder", () => {
  it("flags a placeholder a fix left, at the text, naming the field", () => {
    const [finding] = expectFindings(
      "boundary/placeholder",
      `tier teller { resources: counter }
duty report { holder: teller  kind: care  action: "Report fraud"  standard: «"[how anyone can tell the duty was met]"» }`,
    );
    assert.equal(finding!.message, "`standard` still holds the placeholder “[how anyone can tell the duty was met]” a quick fix left: write what it asks for. Until then the clause only looks complete.");
    assert.deepEqual(finding!.data, { placeholder: "[how anyone can tell the duty was met]" });
  });

  it("finds the placeholder that replaced a vague term inside the drafter's text, in the document's language", () => {
    const findings = expectFindings(
      "boundary/placeholder",
      `層級 櫃員 { 資源：系統 }
責任 核查 { 承擔：櫃員  類型：注意義務  內容：«「每日【帶數字和單位的期限，如期限：2個工作日】核查」» }
容錯 失誤 { 適用：核查  條件：«「【寬容哪些無心之失】」»  糾錯：«「【必須跟進的糾錯措施、期限及核查人】」» }`,
    );
    assert.match(findings[0]!.message, /^「內容」中仍是快速修復留下的佔位內容「【/);
  });

  it("finds the placeholders earlier versions of the fixes wrote", () => {
    expectFindings("boundary/placeholder", `tier t { resources: x }\nduty d { holder: t  kind: care  standard: "s" }\ntolerance m { covers: d  correction: «"[the correction that must follow, and who checks it]"» }`);
  });

  it("leaves the drafter's own brackets alone", () => {
    expectNoFinding("boundary/placeholder", `tier t { resources: x }\nduty d { holder: t  kind: care  action: "Check [1] the ledger"  standard: "【重要】Ledger balanced daily" }`);
  });
});
