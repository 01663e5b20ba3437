import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const TIERS = `tier school { resources: staff, safety_budget }
tier teacher { under: school  resources: classroom }
`;

describe("liability/one-way", () => {
  it("flags a duty imposed by another tier when accountability never reaches it, at imposed_by", () => {
    const text = `${TIERS}duty drowning_lessons { holder: teacher  imposed_by: «school»  kind: care  action: "Teach one water-safety lesson before the holiday" }
accountability { covers: drowning_lessons  trigger: conduct "Lesson not given"  investigate: school  determine: school  appeal: school within 15 days }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("liability/one-way", text);
    assert.match(finding!.message, /Duty `drowning_lessons` is imposed by `school` on `teacher`, but the accountability that applies to it never says when `school` answers instead/);
    assert.match(finding!.message, /management responsibility \(管理责任\)/);
    assert.match(finding!.message, /superior_answers: "school answers instead of teacher when/);
    assert.deepEqual(finding!.data, { missingField: "superior_answers", superior: "school", holder: "teacher" });
    assert.equal(finding!.explanation?.tier, "school");
    assert.deepEqual(finding!.explanation?.laws, ["civil-servant-law/60"]);
    assert.equal(finding!.related?.length, 1);
  });

  it("applies every accountability clause when none has covers", () => {
    expectFindings("liability/one-way", `${TIERS}duty lessons { holder: teacher  imposed_by: «school»  kind: care }\naccountability { determine: school }`);
  });

  it("applies a clause without covers to the duties no clause names, beside clauses that name others", () => {
    // The general clause reaches `lessons` (no clause names it) and never says when the school answers.
    const [finding] = expectFindings("liability/one-way", `${TIERS}duty lessons { holder: teacher  imposed_by: «school»  kind: care }
duty own { holder: school  imposed_by: school  kind: care }
accountability { covers: own  determine: school  superior_answers: "The school answers for its own duty" }
accountability { determine: school }`);
    assert.equal(finding!.related?.length, 1, "the general clause only");
  });

  it("accepts accountability that says when the superior answers", () => {
    expectNoFinding("liability/one-way", `${TIERS}duty lessons { holder: teacher  imposed_by: school  kind: care }
accountability { covers: lessons  determine: school  superior_answers: "The school answers when it gave no lesson plan" }`);
  });

  it("ignores duties no accountability applies to, duties imposed by their holder, and policies without accountability", () => {
    const duties = `${TIERS}duty lessons { holder: teacher  imposed_by: school  kind: care }\nduty own { holder: school  imposed_by: school  kind: care }\n`;
    expectNoFinding("liability/one-way", `${duties}accountability { covers: own  determine: school }`);
    expectNoFinding("liability/one-way", duties);
  });

  it("reads accountability from imported files", () => {
    const shared = `${TIERS}duty lessons { holder: teacher  imposed_by: school  kind: care }\naccountability { determine: school }`;
    expectFindings("liability/one-way", `import "shared.duty"\nduty patrol { holder: teacher  imposed_by: «school»  kind: care }`, { "shared.duty": shared });
  });

  it("speaks the document's language", () => {
    const [hans] = expectFindings("liability/one-way", `层级 乡镇政府 { 资源：工作经费 }
层级 村干部 { 上级：乡镇政府  资源：入户调查表 }
责任 入户核实 { 承担：村干部  设定：«乡镇政府»  类型：注意义务 }
追责 { 适用：入户核实  认定：乡镇政府 }`);
    assert.match(hans!.message, /责任“入户核实”由“乡镇政府”设定、由“村干部”承担/);
    assert.match(hans!.message, /上级担责：「乡镇政府未给予指导或未提供所需资源的，由乡镇政府而非村干部担责」/);
    const [hant] = expectFindings("liability/one-way", `層級 醫院 { 資源：手術室 }
層級 外科醫師 { 上級：醫院  資源：手術室 }
責任 急診手術 { 承擔：外科醫師  設定：«醫院»  類型：法定責任 }
追責 { 認定：醫院 }`);
    assert.match(hant!.message, /管理責任/);
  });
});
