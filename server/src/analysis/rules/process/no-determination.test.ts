import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const TIERS = `tier regulator { resources: budget, guidance }
tier teller { under: regulator  resources: fraud_system }
duty warn { holder: teller  kind: care  action: "Show the fraud warning"  standard: "Warning logged" }
`;

describe("process/no-determination", () => {
  it("flags an accountability clause without `determine`, at its keyword", () => {
    const text = `${TIERS}«accountability» { covers: warn  investigate: regulator  appeal: regulator within 30 days }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("process/no-determination", text);
    assert.match(finding!.message, /^The accountability clause \(covering `warn`\) names no one to determine responsibility: add `determine: <tier>`/);
    assert.deepEqual(finding!.data, { missingField: "determine" });
    assert.equal(finding!.explanation?.field, "determine");
  });

  it("flags each clause that lacks it", () => {
    expectFindings("process/no-determination", `${TIERS}«accountability» { covers: warn }\naccountability { determine: regulator }\n«accountability» { investigate: regulator }`);
  });

  it("accepts a clause with a decider", () => {
    expectNoFinding("process/no-determination", `${TIERS}accountability { investigate: regulator  determine: regulator }`);
    expectNoFinding("process/no-determination", TIERS);
  });

  it("speaks the document's language", () => {
    const [hans] = expectFindings("process/no-determination", `层级 监管机构 { 资源：预算 }\n«追责» { 调查：监管机构 }`);
    assert.match(hans!.message, /^追责条款未规定由谁认定责任：请补充“认定：<层级>”/);
    const [hant] = expectFindings("process/no-determination", `層級 衛健委 { 資源：預算 }\n«追責» { 調查：衛健委 }`);
    assert.match(hant!.message, /^追責條款未規定由誰認定責任：請補充「認定：<層級>」/);
  });
});
