/** `duty test`: the policies' cases, their verdicts, and an exit code CI can rely on. */
import assert from "node:assert/strict";
import { cleanUp, duty, workspace } from "./helpers.ts";

const POLICY = `tier branch { resources: staff }
tier teller { under: branch  resources: counter }
duty warn { holder: teller  imposed_by: branch  kind: care  action: "Warn the customer"  standard: "Warning logged" }
exemption customer_decides { covers: warn  grounds: third_party  when: "The warned customer went ahead" }
accountability { trigger: conduct "No warning given"  investigate: branch  determine: branch  evidence: log  appeal: branch within 30 days
  superior_answers: "When the branch gave no training" }
`;

describe("duty test", () => {
  after(cleanUp);

  it("passes the cases the policy decides as expected (exit 0)", () => {
    const folder = workspace({ "p.duty": `${POLICY}case scammed { performed: warn  conditions: third_party_decided  harm: "Lost 80000 CNY"  expect: teller exempt by customer_decides }\n` });
    assert.deepEqual(duty(folder, "test", "p.duty"), { code: 0, stdout: "ok    p.duty:7  scammed: teller exempt by customer_decides\n1 passed, 0 failed\n", stderr: "" });
  });

  it("fails a case the policy decides otherwise, with the reasons (exit 1)", () => {
    const folder = workspace({ "p.duty": `${POLICY}case scammed { performed: warn  harm: "Lost 80000 CNY"  expect: teller exempt }\n` });
    const run = duty(folder, "test", "p.duty");
    assert.equal(run.code, 1);
    assert.equal(run.stderr, "", "a failing case is no error in the policy");
    assert.match(run.stdout, /^FAIL  p\.duty:7  scammed: teller not breached\n {6}teller: expected exempt, got not breached\n/);
    assert.match(run.stdout, /0 passed, 1 failed\n$/);
  });

  it("passes when the cases pass, whatever the review rules say (a rule raised to error included)", () => {
    const folder = workspace({
      ".duty.json": '{ "rules": { "boundary/no-kind": "error" } }',
      "p.duty": `${POLICY.replace("kind: care  ", "")}case scammed { performed: warn  conditions: third_party_decided  harm: "Lost"  expect: teller exempt by customer_decides }\n`,
    });
    const run = duty(folder, "test", "p.duty");
    assert.deepEqual([run.code, run.stderr], [0, ""]);
  });

  it("reports verdicts in the policy's language", () => {
    const folder = workspace({
      "p.duty": `层级 支行 { 资源：人员 }\n层级 柜员 { 上级：支行  资源：柜台 }\n责任 提示 { 承担：柜员  设定：支行  类型：注意义务  内容：「提示风险」  标准：「记录」 }\n免责 客户决定 { 适用：提示  事由：第三方决定  条件：「客户坚持」 }\n追责 { 启动：行为「未提示」  调查：支行  认定：支行  证据：记录  申诉：支行 30日内 }\n案例 坚持取款 { 已履行：提示  情形：第三方决定  损害：「被骗」  预期：柜员 担责 }\n`,
    });
    const run = duty(folder, "test", "p.duty");
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^FAIL  p\.duty:6  坚持取款: 柜员 免责（依据“客户决定”）\n {6}柜员：预期担责，实际免责（依据“客户决定”）\n/);
  });

  it("fails a run on a policy with errors, and says its cases ran on what could be read (exit 1)", () => {
    const folder = workspace({ "p.duty": `${POLICY}case quiet { performed: warn  expect: teler not_breached }\nduty broken { holder: nobody }\n` });
    const run = duty(folder, "test", "p.duty");
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^duty: p\.duty: 2 errors \(see duty check\); its cases ran on what could be read\.\n$/);
  });
});
