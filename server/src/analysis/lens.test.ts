/**
 * The lenses above duties say who answers and what covers the duty — the same exemptions,
 * tolerances and accountability clauses the case verdicts apply.
 */
import assert from "node:assert/strict";
import * as path from "node:path";
import { MemoryHost, ROOT } from "../../../test/helpers/review.ts";
import { evaluateCases } from "../compile/cases.ts";
import { LawLibrary } from "./laws/law-library.ts";
import { caseLenses, dutyLenses } from "./lens.ts";
import { Workspace } from "./workspace.ts";

function lensesOf(text: string): { lenses: string[]; verdicts: string[] } {
  const workspace = new Workspace(new MemoryHost({ "main.duty": text }));
  const model = workspace.model(path.join(ROOT, "main.duty"));
  assert.ok(model);
  const verdicts = evaluateCases(model, LawLibrary.builtIn()).flatMap((result) => [...result.tiers].map(([tier, verdict]) => `${tier} ${verdict.verdict} ${verdict.by ?? ""}`.trim()));
  return { lenses: dutyLenses(model).map((lens) => lens.title), verdicts };
}

describe("duty lenses", () => {
  it("count a tolerance that covers the duty's context, as the case verdicts do", () => {
    const { lenses, verdicts } = lensesOf(`tier hospital { resources: theatre }
tier surgeon { under: hospital  resources: theatre }
duty operate { holder: surgeon  imposed_by: surgeon  kind: care  context: emergency  action: "Operate at once" }
tolerance rescue_judgement { contexts: emergency  when: "A judgement made in good faith under time pressure"  correction: "Review within 7 days" }
case night_call { breached: operate  conditions: honest_mistake  expect: surgeon tolerated }
`);
    assert.deepEqual(lenses, ["Accountable: surgeon · Tolerated by rescue_judgement"]);
    assert.deepEqual(verdicts, ["surgeon tolerated rescue_judgement"]);
  });

  it("say that nothing covers a duty when no tolerance names it or its context", () => {
    const { lenses } = lensesOf(`tier surgeon { resources: theatre }
duty operate { holder: surgeon  kind: care  context: routine  action: "Operate as planned" }
tolerance rescue_judgement { contexts: emergency  when: "A judgement made in good faith under time pressure" }
`);
    assert.deepEqual(lenses, ["Accountable: surgeon · no exemption or tolerance"]);
  });

  it("above a case, say its verdicts as duty test does: the deciding clause in the language's own brackets", () => {
    const text = `層級 學校 { 資源：教職工 }\n責任 值守 { 承擔：學校  類型：注意義務  內容：「值守」  標準：「記錄」 }\n免責 範圍外 { 適用：值守  事由：職責範圍外  條件：「放學後」 }\n案例 放學 { 未履行：值守  情形：職責範圍外  預期：學校 免責 因 範圍外 }`;
    const model = new Workspace(new MemoryHost({ "main.duty": text })).model(path.join(ROOT, "main.duty"))!;
    assert.deepEqual(caseLenses(model, LawLibrary.builtIn()).map((lens) => lens.title), ["✓ 案例通過：學校 免責（依據「範圍外」）"]);
  });
});
