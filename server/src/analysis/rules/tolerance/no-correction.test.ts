import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const BASE = `tier branch { resources: staff, fraud_system }
duty score_pilot { holder: branch  kind: care  context: reform_pilot  action: "Score large withdrawals"  standard: "Score stored for each withdrawal" }
`;

describe("tolerance/no-correction", () => {
  it("flags a tolerance without a correction, at its name", () => {
    const text = `${BASE}tolerance «pilot_learning» { covers: score_pilot  contexts: reform_pilot  when: "A wrong score in the first six months"  limits: "Never for knowing departures from the manual" }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("tolerance/no-correction", text);
    assert.match(finding!.message, /Tolerance `pilot_learning` forgives mistakes but names no correction/);
    assert.match(finding!.message, /correction_deadline/);
    assert.equal(finding!.data?.["missingField"], "correction");
    assert.equal(finding!.explanation?.field, "correction");
  });

  it("accepts a tolerance with a correction", () => {
    expectNoFinding("tolerance/no-correction", `${BASE}tolerance pilot_learning { covers: score_pilot  when: "A wrong score"  correction: "Recalibrate the model"  correction_deadline: 20 working days }`);
  });

  it("flags each tolerance that lacks one", () => {
    expectFindings("tolerance/no-correction", `${BASE}tolerance «a» { covers: score_pilot }\ntolerance b { covers: score_pilot  correction: "Retrain" }\ntolerance «c» { contexts: emergency }`);
  });

  it("speaks the document's language", () => {
    const [hans] = expectFindings("tolerance/no-correction", `层级 医院 { 资源：手术室 }
责任 紧急救治 { 承担：医院  类型：法定责任  情境：紧急 }
容错 «抢救判断» { 适用：紧急救治  情境：紧急  条件：「时间压力下的判断失误」 }`);
    assert.match(hans!.message, /容错条款“抢救判断”宽容了失误，却没有写纠错措施/);
    const [hant] = expectFindings("tolerance/no-correction", `層級 醫院 { 資源：手術室 }\n責任 急救 { 承擔：醫院  類型：法定責任 }\n容錯 «判斷» { 適用：急救 }`);
    assert.match(hant!.message, /容錯必須與糾錯配套/);
  });
});
