import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const TIERS = `tier regulator { resources: budget, guidance }
tier branch { under: regulator  resources: staff }
tier teller { under: branch  resources: fraud_system }
`;
const DUTY = `duty warn { holder: teller  kind: care  action: "Show the fraud warning"  standard: "Warning logged" }\n`;

describe("process/no-appeal", () => {
  it("flags an accountability clause without an appeal, at its keyword", () => {
    const text = `${TIERS}${DUTY}«accountability» { covers: warn  investigate: branch  determine: branch }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("process/no-appeal", text);
    assert.match(finding!.message, /^The accountability clause \(covering `warn`\) gives no appeal: add `appeal: <tier> within 30 days`/);
    assert.deepEqual(finding!.data, { missingField: "appeal" });
    assert.deepEqual(finding!.explanation?.laws, [
      "public-officials-sanctions-law/55",
      "public-officials-sanctions-law/56",
      "civil-servant-law/95",
      "civil-servant-law/96",
      "civil-servant-law/97",
    ]);
  });

  it("flags an appeal without a time limit, at the appeal", () => {
    const text = `${TIERS}${DUTY}accountability { investigate: branch  determine: branch  appeal: «regulator» }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("process/no-appeal", text);
    assert.match(finding!.message, /^The appeal to `regulator` in the accountability clause has no time limit: write `appeal: regulator within 30 days`/);
    assert.deepEqual(finding!.data, { missingField: "appeal.within" });
    assert.equal(finding!.explanation?.tier, "regulator");
  });

  it("flags an appeal that names no body to appeal to", () => {
    const [finding] = expectFindings(
      "process/no-appeal",
      `${TIERS}${DUTY}accountability { investigate: branch  determine: branch  appeal: «within 30 days» }`,
    );
    assert.match(finding!.message, /names no body to appeal to/);
    assert.deepEqual(finding!.data, { missingField: "appeal.to" });
  });

  it("flags duties with no accountability procedure anywhere, once, at the first duty", () => {
    const text = `${TIERS}duty «warn» { holder: teller  kind: care  standard: "Warning logged" }
duty verify { holder: teller  kind: care  standard: "ID checked" }`;
    const [finding] = expectFindings("process/no-appeal", text);
    assert.match(finding!.message, /^The policy holds people to duties but defines no accountability procedure: no investigation, no determination, no appeal — add an `accountability \{ … \}` clause/);
    assert.deepEqual(finding!.data, { missingClause: "accountability" });
  });

  it("accepts an accountability procedure defined in an imported file", () => {
    const shared = `${TIERS}accountability { investigate: branch  determine: branch  appeal: regulator within 30 days }`;
    const main = `import "shared.duty"\n${DUTY}`;
    assert.deepEqual(syntaxProblems(shared), []);
    expectNoFinding("process/no-appeal", main, { "shared.duty": shared });
  });

  it("flags an appeal heard by the tier that determines, at the tier", () => {
    const [finding] = expectFindings("process/no-appeal", `${TIERS}${DUTY}accountability { covers: warn  investigate: branch  determine: branch  appeal: «branch» within 30 days }`);
    assert.match(finding!.message, /^The appeal in the accountability clause \(covering `warn`\) is heard by `branch`, the tier that determines responsibility: it would review its own decision\./);
    assert.deepEqual(finding!.data, { problem: "appeal-to-decider" });
    const [chinese] = expectFindings("process/no-appeal", `层级 局 { 资源：预算 }\n层级 所 { 上级：局  资源：人员 }\n责任 巡查 { 承担：所  类型：注意义务  内容：「巡查」  标准：「记录」 }\n追责 { 适用：巡查  调查：所  认定：所  申诉：«所» 30日内 }`);
    assert.match(chinese!.message, /申诉由“所”受理，而它正是作出认定的层级/);
  });

  it("accepts a complete appeal, and a file with no duties", () => {
    expectNoFinding("process/no-appeal", `${TIERS}${DUTY}accountability { investigate: branch  determine: branch  appeal: regulator within 30 days }`);
    expectNoFinding("process/no-appeal", TIERS);
  });

  it("speaks simplified Chinese", () => {
    const text = `层级 监管机构 { 资源：预算 }
层级 网点 { 上级：监管机构  资源：人员 }
责任 提示 { 承担：网点  类型：注意义务  内容：「提示诈骗风险」 }
追责 { 调查：网点  认定：网点  申诉：«监管机构» }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("process/no-appeal", text);
    assert.match(finding!.message, /^追责条款中向“监管机构”的申诉未规定期限：请写成“申诉：监管机构 30日内”/);
  });

  it("speaks traditional Chinese when the policy has no procedure", () => {
    const text = `層級 衛健委 { 資源：預算，培訓 }
層級 醫院 { 上級：衛健委  資源：手術室 }
責任 «急診手術» { 承擔：醫院  類型：法定責任  內容：「對生命垂危患者實施急救手術」 }`;
    const [finding] = expectFindings("process/no-appeal", text);
    assert.match(finding!.message, /^本政策為人設定了責任，卻沒有規定追責程序/);
  });
});
