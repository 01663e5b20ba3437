import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const TIERS = `tier head_office { resources: budget, guidance }
tier branch { under: head_office  resources: aml_reporting_system }
`;
const DUTY = `duty report_large_cash { holder: branch  imposed_by: head_office  kind: statutory  action: "Report large cash transactions"  standard: "Report accepted within 5 working days" }
`;

describe("tolerance/no-force-majeure", () => {
  it("flags a policy with duties and no force-majeure exemption, at the accountability keyword", () => {
    const text = `policy "Reporting" { issuer: head_office }\n${TIERS}${DUTY}«accountability» { covers: report_large_cash  determine: head_office }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("tolerance/no-force-majeure", text);
    assert.match(finding!.message, /No exemption in this policy or its imports has `grounds: force_majeure`/);
    assert.match(finding!.message, /Civil Code art\. 180/);
    assert.match(finding!.message, /covers: report_large_cash {2}grounds: force_majeure/);
    assert.deepEqual(finding!.data, { missingClause: "force_majeure_exemption", covers: ["report_large_cash"] });
    assert.deepEqual(finding!.explanation?.laws, ["civil-code/180"]);
  });

  it("names up to eight duties in the message's snippet, else a slot for all of them; the fix gets them all", () => {
    const duties = Array.from({ length: 12 }, (_, i) => `duty d${i} { holder: branch  kind: care }`).join("\n");
    const [finding] = expectFindings("tolerance/no-force-majeure", `${TIERS}${duties}\n«accountability» { determine: head_office }`);
    assert.match(finding!.message, /covers: <the 12 duties> {2}grounds/);
    assert.equal((finding!.data?.["covers"] as string[]).length, 12);
    const chinese = Array.from({ length: 10 }, (_, i) => `责任 职责${i} { 承担：branch  类型：注意义务 }`).join("\n");
    const [zh] = expectFindings("tolerance/no-force-majeure", `${TIERS}${chinese}\n«追责» { 认定：head_office }`);
    assert.match(zh!.message, /适用：<全部10项责任> {2}事由/);
    const eight = Array.from({ length: 8 }, (_, i) => `duty e${i} { holder: branch  kind: care }`).join("\n");
    const [named] = expectFindings("tolerance/no-force-majeure", `${TIERS}${eight}\n«accountability» { determine: head_office }`);
    assert.match(named!.message, /covers: e0, e1, e2, e3, e4, e5, e6, e7 {2}grounds/);
  });

  it("falls back to the policy keyword, then to the first duty's name", () => {
    expectFindings("tolerance/no-force-majeure", `«policy» "Reporting" { issuer: head_office }\n${TIERS}${DUTY}`);
    expectFindings("tolerance/no-force-majeure", `${TIERS}duty «report_large_cash» { holder: branch  kind: statutory }\nduty other { holder: branch  kind: care }`);
  });

  it("accepts a force-majeure exemption here or in an imported file", () => {
    expectNoFinding("tolerance/no-force-majeure", `${TIERS}${DUTY}exemption outage { covers: report_large_cash  grounds: force_majeure  when: "Flood or regional power failure"  basis: civil-code/180 }`);
    const shared = `${TIERS}duty shared_duty { holder: branch  kind: care }\nexemption disaster { covers: shared_duty  grounds: force_majeure }`;
    expectNoFinding("tolerance/no-force-majeure", `import "shared.duty"\nduty local { holder: branch  kind: care }`, { "shared.duty": shared });
  });

  it("does not count other grounds, and says nothing without duties", () => {
    expectFindings("tolerance/no-force-majeure", `${TIERS}${DUTY}«accountability» { determine: head_office }\nexemption warned { covers: report_large_cash  grounds: third_party }`);
    expectNoFinding("tolerance/no-force-majeure", `${TIERS}accountability { determine: head_office }`);
  });

  it("speaks the document's language", () => {
    const [hans] = expectFindings("tolerance/no-force-majeure", `层级 县局 { 资源：预算 }
层级 乡镇 { 上级：县局  资源：监测系统 }
责任 收入监测 { 承担：乡镇  设定：县局  类型：注意义务 }
«追责» { 适用：收入监测  认定：县局 }`);
    assert.match(hans!.message, /《民法典》第一百八十条/);
    assert.match(hans!.message, /免责 不可抗力 \{ 适用：收入监测 {2}事由：不可抗力/);
    const [hant] = expectFindings("tolerance/no-force-majeure", `«政策» 「規程」 { 發布機關：醫院 }\n層級 醫院 { 資源：手術室 }\n責任 急救 { 承擔：醫院  類型：法定責任 }`);
    assert.match(hant!.message, /沒有「事由：不可抗力」的免責條款/);
  });
});
