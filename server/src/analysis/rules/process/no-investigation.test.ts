import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const TIERS = `tier regulator { resources: budget, guidance }
tier teller { under: regulator  resources: fraud_system }
duty warn { holder: teller  kind: care  action: "Show the fraud warning"  standard: "Warning logged" }
`;

describe("process/no-investigation", () => {
  it("flags an accountability clause without `investigate`, at its keyword", () => {
    const text = `${TIERS}«accountability» { covers: warn  determine: regulator  appeal: regulator within 30 days }`;
    const [finding] = expectFindings("process/no-investigation", text);
    assert.match(finding!.message, /^The accountability clause \(covering `warn`\) names no one to investigate: add `investigate: <tier>`/);
    assert.deepEqual(finding!.data, { missingField: "investigate" });
    assert.equal(finding!.explanation?.field, "investigate");
    assert.deepEqual(finding!.explanation?.clause, { kind: "accountability" });
  });

  it("names the clause by its title", () => {
    const [finding] = expectFindings("process/no-investigation", `${TIERS}«accountability» "Counter errors" { determine: regulator }`);
    assert.match(finding!.message, /^The accountability clause `Counter errors` names no one/);
  });

  it("accepts a clause with an investigator", () => {
    const text = `${TIERS}accountability { covers: warn  investigate: regulator  determine: regulator  appeal: regulator within 30 days }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    expectNoFinding("process/no-investigation", text);
  });

  it("does not flag a policy without any accountability clause (process/no-appeal does)", () => {
    expectNoFinding("process/no-investigation", TIERS);
  });

  it("speaks simplified Chinese", () => {
    const text = `层级 监管机构 { 资源：预算 }
«追责» { 认定：监管机构  申诉：监管机构 30日内 }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("process/no-investigation", text);
    assert.match(finding!.message, /^追责条款未规定由谁调查：请补充“调查：<层级>”/);
  });

  it("speaks traditional Chinese", () => {
    const [finding] = expectFindings("process/no-investigation", `層級 衛健委 { 資源：預算 }\n«追責» 「急救追責」 { 認定：衛健委 }`);
    assert.match(finding!.message, /^追責條款「急救追責」未規定由誰調查/);
  });
});
