import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const RULE = "boundary/unquantified";

function valid(marked: string): string {
  assert.deepEqual(syntaxProblems(unmark(marked).text).map((finding) => finding.message), []);
  return marked;
}

describe("boundary/unquantified", () => {
  it("flags a deadline, threshold, correction deadline and appeal window without a number and unit", () => {
    const [deadline, threshold, correction, appeal] = expectFindings(
      RULE,
      valid(`tier teller { resources: fraud_system }
tier board { resources: staff }
duty warn { holder: teller  kind: care  action: "Warn"  standard: "Warning logged"
  deadline: «promptly»  threshold: «"large amounts"» }
tolerance slip { covers: warn  when: "First slip"  correction: "Retrain"  correction_deadline: «"soon"» }
accountability { covers: warn  trigger: conduct "Warning not given"  investigate: board  determine: board  appeal: board within «"a reasonable time"» }`),
    );
    assert.match(deadline!.message, /^The deadline of duty `warn` \(“promptly”\) has no number and unit: .* e\.g\. `deadline: 2 working days`\.$/);
    assert.deepEqual(deadline!.data, { field: "deadline", text: "promptly", example: "deadline: 2 working days" });
    assert.match(threshold!.message, /^The threshold of duty `warn` \(“large amounts”\).*`threshold: 50000 CNY`/);
    assert.match(correction!.message, /^The correction deadline of tolerance `slip`.*`correction_deadline: 10 working days`/);
    assert.match(appeal!.message, /^The appeal window of the accountability clause.*`appeal: board within 30 days`/);
    assert.equal(appeal!.explanation?.field, "appeal");
  });

  it("takes no number from a limit that holds several, and says so (a range, a sum, alternatives)", () => {
    const findings = expectFindings(
      RULE,
      valid(`tier teller { resources: fraud_system }
duty warn { holder: teller  kind: care  action: "Warn"  standard: "Warning logged"
  deadline: «1 month 15 days»  threshold: «5万元至10万元» }
duty hold { holder: teller  kind: care  action: "Hold"  standard: "Hold logged"  deadline: «between 3 and 5 days» }
duty call { holder: teller  kind: care  action: "Call"  standard: "Call logged"  deadline: «3-5 days» }`),
    );
    assert.match(findings[3]!.message, /^The deadline of duty `call` \(“3-5 days”\) holds more than one number/);
    assert.match(findings[0]!.message, /^The deadline of duty `warn` \(“1 month 15 days”\) holds more than one number: /);
    assert.match(findings[1]!.message, /^The threshold of duty `warn` \(“5万元 至10万元”\) holds more than one number: /);
    assert.match(findings[2]!.message, /holds more than one number/);
  });

  it("tells a bare number from prose", () => {
    const [finding] = expectFindings(
      RULE,
      valid(`tier t { resources: x }\nduty a { holder: t  kind: care  action: "Warn"  standard: "Logged"  threshold: «50000» }`),
    );
    assert.match(finding!.message, /is a number without a unit the review knows/);
  });

  it("speaks simplified and traditional Chinese", () => {
    const [deadline, threshold] = expectFindings(
      RULE,
      valid(`层级 柜员 { 资源：反诈系统 }\n责任 登记 { 承担：柜员  类型：注意义务  内容：「登记」  标准：「登记表留存」  期限：«尽快»  阈值：«大额» }`),
    );
    assert.match(deadline!.message, /^责任“登记”的期限（“尽快”）没有数字和单位.*如“期限：2个工作日”。$/);
    assert.match(threshold!.message, /如“阈值：5万元”。$/);
    const [appeal] = expectFindings(
      RULE,
      valid(`層級 教育局 { 資源：督導 }\n責任 巡查 { 承擔：教育局  類型：注意義務  內容：「巡查」  標準：「巡查記錄」 }
追責 { 適用：巡查  啟動：行為 「未巡查」  調查：教育局  認定：教育局  申訴：教育局 «「盡快」» }`),
    );
    assert.match(appeal!.message, /^追責條款的申訴期限（「盡快」）沒有數字和單位.*如「申訴：教育局 30日內」。$/);
  });

  it("accepts numbers with units in every script", () => {
    expectNoFinding(
      RULE,
      valid(`tier t { resources: x }
duty a { holder: t  kind: care  action: "Warn"  standard: "Logged"  deadline: 2 working days  threshold: 50000 CNY }
tolerance s { covers: a  when: "Slip"  correction: "Retrain"  correction_deadline: 10 working days }
accountability { covers: a  trigger: conduct "Not warned"  investigate: t  determine: t  appeal: t within 30 days }`),
    );
    expectNoFinding(RULE, valid(`层级 柜员 { 资源：反诈系统 }\n责任 登记 { 承担：柜员  类型：注意义务  内容：「登记」  标准：「留存」  期限：2个工作日  阈值：5万元 }`));
  });
});
