import assert from "node:assert/strict";
import { expectFindings, expectNoFinding } from "../../../../../test/helpers/review.ts";

describe("boundary/no-kind", () => {
  it("flags a duty without a kind, at its name", () => {
    const [finding] = expectFindings(
      "boundary/no-kind",
      `tier teller { resources: fraud_system }
duty «warn» { holder: teller  action: "Show the fraud warning"  standard: "Warning logged" }`,
    );
    assert.match(finding!.message, /does not say its kind: write `kind: statutory`/);
    assert.deepEqual(finding!.explanation?.clause, { kind: "duty", name: "warn" });
  });

  it("speaks the document's language", () => {
    const [finding] = expectFindings("boundary/no-kind", `层级 柜员 { 资源：反诈系统 }\n责任 «提示» { 承担：柜员  内容：「提示风险」 }`);
    assert.match(finding!.message, /未写明类型/);
  });

  it("accepts a duty of care and statutory liability", () => {
    expectNoFinding("boundary/no-kind", `tier t { resources: x }\nduty a { holder: t  kind: care }\nduty b { holder: t  kind: statutory }`);
    expectNoFinding("boundary/no-kind", `層級 醫院 { 資源：手術室 }\n責任 急救 { 承擔：醫院  類型：法定責任 }`);
  });
});
