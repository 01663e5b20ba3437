import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const TIERS = `tier hospital { resources: operating_room, duty_head }
tier surgeon { under: hospital  resources: operating_room }
tier head { under: hospital  resources: approval_authority }
`;

describe("tolerance/emergency-consent", () => {
  it("flags a consent precondition in an emergency, at the consent item", () => {
    const text = `${TIERS}duty emergency_surgery {
  holder: surgeon  imposed_by: hospital  kind: statutory  context: emergency
  action: "Operate on patients who need emergency surgery"
  requires: «"written consent of the patient or a relative"», imaging
}`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("tolerance/emergency-consent", text);
    assert.equal(finding!.severity, "error");
    assert.match(finding!.message, /Duty `emergency_surgery` waits for “written consent of the patient or a relative” before acting, in an emergency/);
    assert.match(finding!.message, /Physicians Act, art\. 27/);
    assert.match(finding!.message, /exemption emergency_treatment \{ covers: emergency_surgery {2}grounds: emergency {2}approval: <head tier> {2}basis: physicians-act\/27, civil-code\/1220 \}/);
    assert.equal(finding!.data?.["duty"], "emergency_surgery");
    assert.equal(finding!.explanation?.field, "requires");
    assert.deepEqual(finding!.explanation?.laws, ["physicians-act/27", "civil-code/1220", "civil-code/1219"]);
  });

  it("reads the emergency from the action when no context is declared", () => {
    expectFindings("tolerance/emergency-consent", `${TIERS}duty resuscitate { holder: surgeon  kind: statutory  action: "Treat dying patients brought to the ward"  requires: «patient_signature» }`);
  });

  it("does not take 'critical' alone for an emergency: critical patches need no Physicians Act exception", () => {
    expectNoFinding("tolerance/emergency-consent", `${TIERS}duty patch { holder: surgeon  kind: care  action: "Apply vendor patches rated critical"  requires: "change approval form signed" }`);
    expectFindings("tolerance/emergency-consent", `${TIERS}duty icu { holder: surgeon  kind: statutory  action: "Operate on critically ill patients"  requires: «patient_signature» }`);
  });

  it("accepts an emergency exemption that covers the duty", () => {
    expectNoFinding("tolerance/emergency-consent", `${TIERS}duty emergency_surgery { holder: surgeon  kind: statutory  context: emergency  requires: patient_signature }
exemption emergency_treatment { covers: emergency_surgery  grounds: emergency  approval: head  basis: physicians-act/27, civil-code/1220 }`);
  });

  it("does not count exemptions on other grounds or for other duties", () => {
    expectFindings("tolerance/emergency-consent", `${TIERS}duty emergency_surgery { holder: surgeon  kind: statutory  context: emergency  requires: «patient_signature» }
duty other { holder: surgeon  kind: care }
exemption refused { covers: emergency_surgery  grounds: third_party }
exemption elsewhere { covers: other  grounds: emergency }`);
  });

  it("leaves routine consent and non-consent preconditions alone", () => {
    expectNoFinding("tolerance/emergency-consent", `${TIERS}duty elective { holder: surgeon  kind: statutory  context: routine  action: "Explain the risks before elective surgery"  requires: written_consent }`);
    expectNoFinding("tolerance/emergency-consent", `${TIERS}duty triage { holder: surgeon  kind: statutory  context: emergency  requires: imaging, blood_type }`);
  });

  it("speaks the document's language: no signature, no surgery", () => {
    const [hant] = expectFindings("tolerance/emergency-consent", `層級 衛健委 「市衛健委」 { 資源：預算，培訓 }
層級 醫院 「市人民醫院」 { 上級：衛健委  資源：手術室，值班醫師 }
責任 急診手術 {
  承擔：醫院  類型：法定責任
  內容：「對生命垂危患者實施急救手術」
  前提：«患者簽字»
  依據：醫師法 第二十七條
}`);
    assert.match(hant!.message, /《醫師法》第二十七條/);
    assert.match(hant!.message, /無簽字不手術/);
    assert.match(hant!.message, /免責 緊急救治免簽 \{ 適用：急診手術 {2}事由：緊急情況 {2}批准：<負責人層級> {2}依據：醫師法 第二十七條，民法典 第一千二百二十條 \}/);
    const [hans] = expectFindings("tolerance/emergency-consent", `层级 医院 { 资源：手术室 }
责任 急诊手术 { 承担：医院  类型：法定责任  情境：紧急  前提：«家属签字的手术同意书» }`);
    assert.match(hans!.message, /《医师法》第二十七条/);
    assert.match(hans!.message, /以“家属签字的手术同意书”为行动前提/);
  });
});
