import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, review, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const RULE = "boundary/no-standard";

function valid(marked: string): string {
  assert.deepEqual(syntaxProblems(unmark(marked).text).map((finding) => finding.message), []);
  return marked;
}

describe("boundary/no-standard", () => {
  it("flags a duty without a standard, at its name", () => {
    const [finding] = expectFindings(
      RULE,
      valid(`tier teller { resources: fraud_system }
duty «warn» { holder: teller  kind: care  action: "Show the fraud warning before paying out" }`),
    );
    assert.match(finding!.message, /^Duty `warn` has no standard: nobody can tell when it has been met.*Add a measurable `standard:`/);
    assert.deepEqual(finding!.data, { missingField: "standard" });
    assert.equal(finding!.explanation?.field, "standard");
  });

  it("flags a standard made only of vague wording, at the whole standard", () => {
    const [finding] = expectFindings(
      RULE,
      valid(`tier t { resources: x }
duty a { holder: t  kind: care  action: "Check the counter log"
  standard: «"Strictly implement the relevant requirements in a timely manner"» }`),
    );
    assert.match(finding!.message, /^The standard of duty `a` \(“Strictly implement the relevant requirements in a timely manner”\) is only vague or absolute wording/);
  });

  it("does not repeat boundary/vague-term's finding at the same range", () => {
    const text = valid(`tier t { resources: x }\nduty a { holder: t  kind: care  action: "Check"  standard: timely }`);
    expectNoFinding(RULE, text);
    const vague = review(text).filter((finding) => finding.rule === "boundary/vague-term");
    assert.equal(vague.length, 1);
  });

  it("speaks simplified and traditional Chinese", () => {
    const [missing] = expectFindings(RULE, valid(`层级 柜员 { 资源：反诈系统 }\n责任 «提示» { 承担：柜员  类型：注意义务  内容：「提示风险」 }`));
    assert.match(missing!.message, /^责任“提示”没有履职标准/);
    const [vague] = expectFindings(RULE, valid(`層級 班主任 { 資源：班會 }\n責任 巡查 { 承擔：班主任  類型：注意義務  內容：「課間巡查」  標準：«「確保萬無一失」» }`));
    assert.match(vague!.message, /^責任「巡查」的標準（「確保萬無一失」）只有模糊或絕對化的表述/);
  });

  it("accepts a standard with checkable content, even with a vague word in it", () => {
    expectNoFinding(
      RULE,
      valid(`tier t { resources: x }
duty a { holder: t  kind: care  action: "Warn"  standard: "Warning screen displayed and acknowledgement logged before payout" }
duty b { holder: t  kind: care  action: "Patrol"  standard: "Strictly follow the route in Annex B, twice a day" }`),
    );
    expectNoFinding(RULE, valid(`层级 柜员 { 资源：反诈系统 }\n责任 核对 { 承担：柜员  类型：注意义务  内容：「核对」  标准：「严格落实双人复核，复核记录留存于柜面系统」 }`));
  });

  it("leaves a standard written with the wrong kind of value to the syntax check", () => {
    const text = `tier t { resources: x }\nduty a { holder: t  kind: care  action: "Warn"  standard: 5 days }`;
    assert.ok(syntaxProblems(text).length > 0);
    expectNoFinding(RULE, text);
  });
});
