import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const TIERS = `tier office { resources: budget, training }
tier clerk { under: office  resources: records_system }
duty file_report {
  holder: clerk  imposed_by: office  kind: care
  action: "File the monthly report"  standard: "Report accepted by the records system by the 5th"
  needs: records_system
}
`;

describe("tolerance/missing", () => {
  it("flags accountability with no tolerance anywhere, at the accountability keyword", () => {
    const text = `${TIERS}«accountability» { covers: file_report  trigger: conduct "Report not filed"  investigate: office  determine: office  appeal: office within 30 days }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("tolerance/missing", text);
    assert.match(finding!.message, /neither it nor the files it imports has a tolerance clause/);
    assert.match(finding!.message, /covers: file_report/);
    assert.deepEqual(finding!.data, { missingClause: "tolerance", duty: "file_report" });
    assert.deepEqual(finding!.explanation?.laws, ["public-officials-sanctions-law/11", "public-officials-sanctions-law/12", "three-distinctions/0"]);
  });

  it("points at the first accountability clause only", () => {
    expectFindings("tolerance/missing", `${TIERS}«accountability» { covers: file_report  determine: office }\naccountability { determine: office }`);
  });

  it("accepts a tolerance in the file or in an imported file", () => {
    expectNoFinding("tolerance/missing", `${TIERS}accountability { determine: office }
tolerance first_slip { covers: file_report  when: "A first late filing"  correction: "Retrain within 10 working days" }`);
    const shared = `tolerance pilot_errors { contexts: reform_pilot  when: "Honest errors in a pilot"  correction: "Correction note within 20 working days" }`;
    expectNoFinding("tolerance/missing", `import "shared.duty"\n${TIERS}accountability { determine: office }`, { "shared.duty": shared });
  });

  it("says nothing when the file defines no accountability", () => {
    expectNoFinding("tolerance/missing", TIERS);
  });

  it("speaks the document's language", () => {
    const hans = expectFindings("tolerance/missing", `层级 区教育局 { 资源：预算 }
层级 学校 { 上级：区教育局  资源：教职工 }
责任 防溺水教育 { 承担：学校  设定：区教育局  类型：注意义务  内容：「放假前开展防溺水教育」 }
«追责» { 适用：防溺水教育  认定：区教育局 }`);
    assert.match(hans[0]!.message, /没有容错条款/);
    assert.match(hans[0]!.message, /适用：防溺水教育/);
    const hant = expectFindings("tolerance/missing", `層級 醫院 { 資源：手術室 }\n責任 急救 { 承擔：醫院  類型：法定責任 }\n«追責» { 認定：醫院 }`);
    assert.match(hant[0]!.message, /沒有容錯條款/);
  });
});
