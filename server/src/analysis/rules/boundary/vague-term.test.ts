import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const RULE = "boundary/vague-term";

/** The policy, after checking that it has no syntax or name problems of its own. */
function valid(marked: string): string {
  assert.deepEqual(syntaxProblems(unmark(marked).text).map((finding) => finding.message), []);
  return marked;
}

describe("boundary/vague-term", () => {
  it("flags each vague or absolute term in a duty's action and standard, at the term", () => {
    const policy = `tier teller { resources: fraud_system }
duty warn { holder: teller  kind: care
  action: "Warn the customer «in a timely manner» and tell «relevant» staff"
  standard: "«Ensure nothing goes wrong» at the counter" }`;
    const [timely, relevant, absolute] = expectFindings(RULE, valid(policy));
    assert.match(timely!.message, /^“in a timely manner” in the action of duty `warn` is vague: .* Write instead: a deadline with a number and unit, such as `deadline: 2 working days`\.$/);
    assert.deepEqual(timely!.data, {
      term: "in a timely manner",
      instead: "a deadline with a number and unit, such as `deadline: 2 working days`",
      entry: "timely",
    });
    assert.match(relevant!.message, /Write instead: the specific departments, documents or people, by name/);
    assert.match(absolute!.message, /^“Ensure nothing goes wrong” in the standard of duty `warn` is absolute: it promises an outcome nobody can guarantee/);
    assert.deepEqual(absolute!.explanation?.clause, { kind: "duty", name: "warn" });
    assert.equal(absolute!.explanation?.field, "standard");
  });

  it("matches English case-insensitively on word boundaries only", () => {
    expectFindings(RULE, valid(`tier t { resources: x }
duty a { holder: t  kind: care  action: "Act «PROMPTLY», «As Appropriate»"  standard: "Nothing inappropriate or irrelevant is logged" }`));
  });

  it("speaks simplified Chinese, and prefers the longest term", () => {
    const [timely, blanket, absolute] = expectFindings(
      RULE,
      valid(`层级 柜员 { 资源：反诈系统 }
责任 登记 { 承担：柜员  类型：注意义务  内容：「«及时»提示风险，«一律»登记用途」  标准：「«确保不出问题»」 }`),
    );
    assert.match(timely!.message, /^责任“登记”的内容中的“及时”含义模糊：.*请改写为：带数字和单位的期限，如“期限：2个工作日”。$/);
    assert.match(blanket!.message, /“一律”是绝对化表述/);
    assert.match(absolute!.message, /^责任“登记”的标准中的“确保不出问题”是绝对化表述/);
  });

  it("does not find a term inside a longer word that does not mean it (以及时间, 全过程记录)", () => {
    expectNoFinding(RULE, valid(`层级 队员 { 资源：执法记录仪 }
责任 记录 { 承担：队员  类型：法定责任  内容：「写明地点以及时间，对执法全过程记录」  标准：「执法全过程录像上传系统」 }`));
    expectNoFinding(RULE, valid(`層級 隊員 { 資源：執法記錄儀 }
責任 記錄 { 承擔：隊員  類型：法定責任  內容：「寫明地點以及時間，執法全過程錄像」 }`));
    // …but the term itself, beside them, still is one: 可以及时 is 可以 + 及时.
    expectFindings(RULE, valid(`层级 队员 { 资源：执法记录仪 }
责任 记录 { 承担：队员  类型：法定责任  内容：「可以«及时»处理，«全过程»负责」 }`));
  });

  it("speaks traditional Chinese; 確保 alone is not absolute", () => {
    const [full, zero] = expectFindings(
      RULE,
      valid(`層級 班主任 { 資源：班會 }
責任 巡河 { 承擔：班主任  類型：注意義務  內容：「放學後提醒學生」  標準：「對學生安全«全面負責»，確保學生«零事故»」 }`),
    );
    assert.match(full!.message, /^責任「巡河」的標準中的「全面負責」是絕對化表述.*請改寫為：具體任務及其履職標準。$/);
    assert.equal(zero!.data?.["instead"], "行為標準而非結果指標：檢查做了幾次、提示是否到位、演練是否開展");
  });

  it("matches every script's terms whatever the document's language", () => {
    const [english] = expectFindings(
      RULE,
      valid(`层级 柜员 { 资源：反诈系统 }
责任 提示 { 承担：柜员  类型：注意义务  内容：「按总行要求 «where necessary» 提示」  标准：「按«相關»规定留存记录」 }`),
    );
    assert.match(english!.message, /^责任“提示”的内容中的“where necessary”含义模糊/);
    expectFindings(RULE, valid(`tier t { resources: x }
duty a { holder: t  kind: care  action: "Handle it «适当»"  standard: "Logged" }`));
  });

  it("flags the text of an accountability trigger", () => {
    const [finding] = expectFindings(
      RULE,
      valid(`tier t { resources: x }
duty a { holder: t  kind: care  action: "Check the log"  standard: "Check recorded" }
accountability { covers: a  trigger: conduct "Check not made «promptly»"  investigate: t  determine: t  appeal: t within 30 days }`),
    );
    assert.match(finding!.message, /^“promptly” in the trigger of the accountability clause is vague/);
    assert.deepEqual(finding!.explanation?.clause, { kind: "accountability" });
  });

  it("keeps ranges exact after escapes inside a string", () => {
    expectFindings(RULE, valid(`tier t { resources: x }
duty a { holder: t  kind: care  action: "Say \\"stop\\" and \\"wait\\" «strictly»"  standard: "Logged" }`));
  });

  it("reads extra terms from configuration and drops ignored ones", () => {
    const config = JSON.stringify({ rules: { [RULE]: { extraTerms: ["as far as possible", "尽量"], ignoreTerms: ["strictly", "relevant"] } } });
    const [english, chinese] = expectFindings(
      RULE,
      valid(`tier t { resources: x }
duty a { holder: t  kind: care  action: "Strictly warn «as far as possible», inform relevant staff"  standard: "«尽量»留存记录" }`),
      { ".duty.json": config },
    );
    assert.match(english!.message, /Write instead: concrete wording: a number with a unit/);
    assert.equal(chinese!.data?.["entry"], "extra");
  });

  it("accepts concrete wording and leaves other fields alone", () => {
    expectNoFinding(
      RULE,
      valid(`tier teller "Teller, relevant for the timely desk" { resources: fraud_system }
duty warn "Timely warning" {
  holder: teller  kind: care  threshold: 50000 CNY
  action: "Read the fraud-warning script aloud before paying out"
  standard: "Warning screen displayed and acknowledgement logged before payout"
  description: "Relevant staff act promptly"
}
exemption decides { covers: warn  grounds: third_party  when: "The customer, warned in a timely manner, withdrew anyway" }`),
    );
  });
});
