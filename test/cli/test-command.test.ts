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

  it("says, once, that a broken configuration was set aside (its defaults stood in)", () => {
    const folder = workspace({ ".duty.json": '{ "rules": { "boundary/no-knd": "off" } }', "a.duty": POLICY, "b.duty": POLICY.replace(/warn/g, "warn_b") });
    const run = duty(folder, "test");
    assert.equal(run.stderr, 'duty: .duty.json: there is no rule "boundary/no-knd" (did you mean "boundary/no-kind"?); this setting does nothing. The rules are listed in docs/rules/README.md. (config/invalid)\n');
  });

  it("says a failing case involves no duty rather than leave its line blank", () => {
    const folder = workspace({ "p.duty": `${POLICY}case nothing_done { harm: "None"  expect: teller accountable }\n` });
    const run = duty(folder, "test", "p.duty");
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^FAIL  p\.duty:7  nothing_done: no duty involved\n/);
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
    const chinese = workspace({ "p.duty": `层级 柜员 { 资源：柜台 }\n责任 核查 { 承担：柜员  类型：注意义务  内容：「核查」 }\n责任 坏 { 承担：无人 }\n` });
    assert.equal(duty(chinese, "test", "p.duty").stderr, "duty: p.duty: 1 处错误（见 duty check）；案例按可以读取的部分运行。\n");
  });

  describe("--format junit", () => {
    /** The report with its times zeroed, for comparing. */
    const timeless = (xml: string): string => xml.replace(/ time="[0-9.]+"/g, ' time="0"');

    it("reports each case, one failure listing what it missed, with its deciding clause", () => {
      const folder = workspace({ "p.duty": `${POLICY}case scammed { performed: warn  conditions: third_party_decided  harm: "Lost"  expect: teller exempt by customer_decides }\ncase skipped { breached: warn  expect: teller exempt, branch accountable }\n` });
      const run = duty(folder, "test", "p.duty", "--format", "junit");
      assert.equal(run.code, 1);
      assert.equal(
        timeless(run.stdout),
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<testsuites name="duty test" tests="2" failures="1" errors="0" time="0">',
          '  <testsuite name="p.duty" tests="2" failures="1" errors="0" skipped="0" time="0">',
          '    <testcase classname="p.duty" name="scammed" time="0">',
          "    </testcase>",
          '    <testcase classname="p.duty" name="skipped" time="0">',
          '      <failure message="teller: expected exempt, got accountable; branch: expected accountable, got not breached" type="unexpected-verdict">teller: `warn` was not performed.',
          "teller: No exemption or tolerance applies: `teller` answers for the breach.</failure>",
          "    </testcase>",
          "  </testsuite>",
          "</testsuites>",
          "",
        ].join("\n"),
      );
    });

    it("says what a case missed in the policy's language, as the text report does", () => {
      const hant = `層級 醫院 { 資源：手術室 }\n層級 外科醫師 { 上級：醫院  資源：手術室 }\n責任 急診手術 { 承擔：外科醫師  設定：醫院  類型：法定責任  內容：「急診手術」  標準：「記錄」 }\n追責 { 啟動：行為「未手術」  調查：醫院  認定：醫院  證據：病歷  申訴：醫院 30日內 }\n案例 等待簽字 { 已履行：急診手術  預期：外科醫師 免責 }\n`;
      const hans = `层级 支行 { 资源：人员 }\n层级 柜员 { 上级：支行  资源：柜台 }\n责任 提示 { 承担：柜员  设定：支行  类型：注意义务  内容：「提示风险」  标准：「记录」 }\n免责 客户决定 { 适用：提示  事由：第三方决定  条件：「客户坚持」 }\n追责 { 启动：行为「未提示」  调查：支行  认定：支行  证据：记录  申诉：支行 30日内 }\n案例 坚持取款 { 已履行：提示  情形：第三方决定  损害：「被骗」  预期：柜员 担责，支行 担责 }\n`;
      const folder = workspace({ "hant.duty": hant, "hans.duty": hans });
      const failure = (file: string): string => {
        const run = duty(folder, "test", file, "--format", "junit");
        assert.equal(run.code, 1);
        assert.equal(run.stderr, "");
        const [, message = "", body = ""] = /<failure message="([^"]*)" type="unexpected-verdict">([^<]*)<\/failure>/.exec(run.stdout) ?? [];
        return `${message}\n${body}`;
      };
      const said = (file: string): string[] => duty(folder, "test", file).stdout.split("\n").filter((line) => line.startsWith("      ") && !line.startsWith("        ")).map((line) => line.trim());
      assert.match(failure("hant.duty"), /^外科醫師：預期免責，實際未違反\n外科醫師：「急診手術」已履行/);
      assert.deepEqual(said("hant.duty"), ["外科醫師：預期免責，實際未違反"]);
      assert.match(failure("hans.duty"), /^柜员：预期担责，实际免责（依据“客户决定”）；支行：预期担责，实际未违反\n柜员：/);
      assert.deepEqual(said("hans.duty"), ["柜员：预期担责，实际免责（依据“客户决定”）", "支行：预期担责，实际未违反"]);
    });

    it("never shows green for a run that fails: a policy's errors and an unreadable file are errors in the report", () => {
      const folder = workspace({ "p.duty": `${POLICY}case scammed { performed: warn  conditions: third_party_decided  harm: "Lost"  expect: teller exempt by customer_decides }\n@\n`, "unreadable.duty": Buffer.from([0xff, 0xfe, 0x00]) });
      const run = duty(folder, "test", "--format", "junit");
      assert.equal(run.code, 2);
      const xml = timeless(run.stdout);
      assert.match(xml, /<testsuites name="duty test" tests="3" failures="0" errors="2" time="0">/);
      assert.match(xml, /<testcase classname="p\.duty" name="p\.duty: the policy" time="0">\n {6}<error message="1 error \(see duty check\); its cases ran on what could be read\." type="policy-errors">8: syntax\/unexpected-character — /);
      assert.match(xml, /<testsuite name="unreadable\.duty" tests="1" failures="0" errors="1" skipped="0" time="0">\n {4}<testcase classname="unreadable\.duty" name="unreadable\.duty: the policy" time="0">\n {6}<error message="[^"]+" type="unreadable"\/>/);
    });

    it("writes only characters XML can hold (a vertical tab pasted from a word processor)", () => {
      const folder = workspace({ "p.duty": `${POLICY.replace("When the branch gave no training", "When the branch\u000bgave no training")}case untrained { breached: warn  conditions: no_resources  expect: teller accountable }\n` });
      const run = duty(folder, "test", "p.duty", "--format", "junit");
      assert.equal(run.code, 1);
      assert.doesNotMatch(run.stdout, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      assert.match(run.stdout, /When the branch\ufffdgave no training/);
    });
  });
});
