import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const RULE = "boundary/outcome-only";

function valid(marked: string): string {
  assert.deepEqual(syntaxProblems(unmark(marked).text).map((finding) => finding.message), []);
  return marked;
}

const DUTY = `tier branch { resources: staff }
duty warn { holder: branch  kind: care  action: "Warn"  standard: "Warning logged" }
`;

describe("boundary/outcome-only", () => {
  it("flags `trigger: outcome`, at the trigger value", () => {
    const [finding] = expectFindings(
      RULE,
      valid(`${DUTY}accountability { covers: warn  trigger: «outcome "A customer of the branch is scammed"»  investigate: branch  determine: branch }`),
    );
    assert.match(finding!.message, /^Accountability is triggered by an outcome alone \(“A customer of the branch is scammed”\)\. Judging by results \(以结果论英雄\).*Name the conduct instead/);
    assert.deepEqual(finding!.data, { basis: "outcome", replacement: "conduct" });
    assert.equal(finding!.explanation?.field, "trigger");
    const [bare] = expectFindings(RULE, valid(`${DUTY}accountability { covers: warn  trigger: «outcome»  investigate: branch  determine: branch }`));
    assert.match(bare!.message, /^Accountability is triggered by an outcome alone\. Judging/);
  });

  it("flags a trigger without a basis that names an outcome and no conduct", () => {
    const [finding] = expectFindings(
      RULE,
      valid(`${DUTY}accountability { covers: warn  trigger: «"Three customer complaints in a month"»  investigate: branch  determine: branch }`),
    );
    assert.match(finding!.message, /^Accountability is triggered by an outcome \(“complaints”\) with no conduct named \(“Three customer complaints in a month”\)/);
    assert.deepEqual(finding!.data, { term: "complaints" });
  });

  it("never flags conduct, and reads conduct in a trigger without a basis", () => {
    expectNoFinding(RULE, valid(`${DUTY}accountability { covers: warn  trigger: conduct "An accident after the warning was not given"  investigate: branch  determine: branch }`));
    expectNoFinding(RULE, valid(`${DUTY}accountability { covers: warn  trigger: "A complaint shows the warning was not given"  investigate: branch  determine: branch }`));
    expectNoFinding(RULE, valid(`${DUTY}accountability { covers: warn  trigger: "The audit finds a payout without the warning screen"  investigate: branch  determine: branch }`));
  });

  it("reads a result measured against a target as an outcome, even with 'not' (target not met, not below 1%)", () => {
    const trigger = (text: string): string => valid(`${DUTY}accountability { covers: warn  trigger: «"${text}"»  investigate: branch  determine: branch }`);
    for (const text of [
      "Village income target not met at year end",
      "The complaint rate is not below 1%",
      "Students drown in the reservoir",
      "The school ranks last in the assessment",
    ]) {
      assert.equal(expectFindings(RULE, trigger(text)).length, 1, text);
    }
    for (const text of ["本村脱贫户人均纯收入未达到县定年度目标", "辖区发生电信诈骗案件", "群众满意度低于90%", "年度考核不合格"]) {
      expectFindings(RULE, valid(`${DUTY}accountability { covers: warn  trigger: «「${text}」»  investigate: branch  determine: branch }`));
    }
    // Ordinary nouns in a conduct trigger are no outcome (a case handled late, a target document unsigned).
    for (const text of ["办理案件超期", "案件审核把关不严", "目标责任书未签订", "Staff lost the case file", "Target figures falsified"]) {
      const quoted = /[A-Za-z]/.test(text) ? `"${text}"` : `「${text}」`;
      expectNoFinding(RULE, valid(`${DUTY}accountability { covers: warn  trigger: ${quoted}  investigate: branch  determine: branch }`));
    }
    // Conduct is still conduct beside a target: 未按 names what someone did.
    expectNoFinding(RULE, valid(`${DUTY}accountability { covers: warn  trigger: "Warning not given before the payout"  investigate: branch  determine: branch }`));
    expectNoFinding(RULE, valid(`${DUTY}accountability { covers: warn  trigger: 「未按规定核实收入，致使年度目标未完成」  investigate: branch  determine: branch }`));
  });

  it("speaks simplified and traditional Chinese", () => {
    const [declared] = expectFindings(
      RULE,
      valid(`层级 学校 { 资源：教职工 }
责任 教育 { 承担：学校  类型：注意义务  内容：「上防溺水课」  标准：「课时记录」 }
追责 { 适用：教育  启动：«结果 「本校学生发生溺水死亡事故」»  调查：学校  认定：学校 }`),
    );
    assert.match(declared!.message, /^追责仅以结果为启动条件（“本校学生发生溺水死亡事故”）。以结果论英雄/);
    const [inferred] = expectFindings(
      RULE,
      valid(`層級 村委會 { 資源：駐村幹部 }
責任 核實 { 承擔：村委會  類型：注意義務  內容：「入戶核實收入」  標準：「核實表留存」 }
追責 { 適用：核實  啟動：«「本村脫貧率低於全縣平均」»  調查：村委會  認定：村委會 }`),
    );
    assert.match(inferred!.message, /^追責以結果（「脫貧率」）為啟動條件，未寫明任何行為/);
  });
});
