import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const TIERS = `tier county { resources: budget, boats }
tier township { under: county  resources: staff, boats }
`;

describe("tolerance/uncovered-risk", () => {
  it("flags a duty in a declared risky context, at the context value", () => {
    const text = `${TIERS}duty flood_rescue {
  holder: township  imposed_by: county  kind: care  context: «emergency»
  action: "Evacuate the riverside villages when the river passes the warning level"
  standard: "Every registered household contacted and logged"
}`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("tolerance/uncovered-risk", text);
    assert.match(finding!.message, /Duty `flood_rescue` is carried out in an emergency \(`context: emergency`\), yet no tolerance and no exemption covers it/);
    assert.match(finding!.message, /tolerance flood_rescue_tolerance \{ covers: flood_rescue {2}contexts: emergency/);
    assert.deepEqual(finding!.data, { missingClause: "tolerance", duty: "flood_rescue", context: "emergency" });
    assert.deepEqual(finding!.explanation?.laws, ["civil-code/182", "public-officials-sanctions-law/11"]);
  });

  it("flags a duty without a context whose action speaks of one, at its name", () => {
    const [finding] = expectFindings("tolerance/uncovered-risk", `${TIERS}duty «boat_duty» { holder: township  kind: care  action: "Crew the rescue boats during floods" }`);
    assert.match(finding!.message, /mentions “rescue”, which suggests an emergency/);
    assert.equal(finding!.data?.["term"], "rescue");
    expectFindings("tolerance/uncovered-risk", `${TIERS}duty «new_scheme» { holder: township  kind: care  description: "A pilot of the new subsidy scheme" }`);
  });

  it("accepts a duty covered by a tolerance (by name or by context) or by an exemption", () => {
    const duty = `${TIERS}duty flood_rescue { holder: township  kind: care  context: emergency  action: "Evacuate the villages" }\n`;
    expectNoFinding("tolerance/uncovered-risk", `${duty}tolerance judgement { covers: flood_rescue  correction: "Review the evacuation plan" }`);
    expectNoFinding("tolerance/uncovered-risk", `${duty}tolerance judgement { contexts: emergency  correction: "Review the evacuation plan" }`);
    expectNoFinding("tolerance/uncovered-risk", `${duty}exemption outage { covers: flood_rescue  grounds: force_majeure }`);
    // A context inferred from the words is covered by a tolerance for that context.
    expectNoFinding("tolerance/uncovered-risk", `${TIERS}duty boats { holder: township  kind: care  action: "Crew the rescue boats" }\ntolerance judgement { contexts: emergency  correction: "Debrief" }`);
  });

  it("does not count a tolerance for another context", () => {
    expectFindings("tolerance/uncovered-risk", `${TIERS}duty flood_rescue { holder: township  kind: care  context: «emergency» }\ntolerance pilots { contexts: reform_pilot  correction: "Debrief" }`);
  });

  it("takes a declared routine context at its word, and ignores words that are not whole words", () => {
    expectNoFinding("tolerance/uncovered-risk", `${TIERS}duty lights { holder: township  kind: care  context: routine  action: "Test the emergency lights monthly" }`);
    expectNoFinding("tolerance/uncovered-risk", `${TIERS}duty audit { holder: township  kind: care  action: "Audit the industrial estates" }`);
  });

  it("reads its contexts and words from configuration", () => {
    const policy = `${TIERS}duty water { holder: township  kind: care  context: livelihood  action: "Keep the village water supply running" }`;
    expectFindings("tolerance/uncovered-risk", policy.replace("context: livelihood", "context: «livelihood»"));
    const onlyEmergency = JSON.stringify({ rules: { "tolerance/uncovered-risk": { contexts: ["emergency"] } } });
    expectNoFinding("tolerance/uncovered-risk", policy, { ".duty.json": onlyEmergency });
    const harvest = JSON.stringify({ rules: { "tolerance/uncovered-risk": { contextWords: ["harvest"] } } });
    const [finding] = expectFindings("tolerance/uncovered-risk", `${TIERS}duty «grain» { holder: township  kind: care  action: "Buy the harvest at the floor price" }`, { ".duty.json": harvest });
    assert.match(finding!.message, /mentions “harvest”, which marks a high-risk setting/);
  });

  it("speaks the document's language", () => {
    const [hant] = expectFindings("tolerance/uncovered-risk", `層級 營業廳 { 資源：營業員 }
責任 入網核驗 { 承擔：營業廳  類型：法定責任  情境：«民生»  內容：「辦卡前核驗身份證原件」 }`);
    assert.match(hant!.message, /責任「入網核驗」屬於民生服務（情境：民生），卻沒有任何容錯或免責條款適用於它/);
    assert.match(hant!.message, /容錯 入網核驗容錯 \{ 適用：入網核驗 {2}情境：民生/);
    const [hans] = expectFindings("tolerance/uncovered-risk", `层级 乡镇 { 资源：工作经费 }
责任 «试点改革» { 承担：乡镇  类型：注意义务  内容：「在三个村开展宅基地改革试点」 }`);
    assert.match(hans!.message, /提到“试点”，看来属于改革试点/);
    assert.match(hans!.message, /情境：改革试点/);
  });
});
