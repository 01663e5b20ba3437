import assert from "node:assert/strict";
import { expectFindings, expectNoFinding } from "../../../../../test/helpers/review.ts";

const POLICY = `tier branch { resources: staff }
duty report { holder: branch  kind: statutory  standard: "Filed within 1 day" }
exemption outage { covers: report  grounds: force_majeure }
tolerance slips { covers: report  when: "Honest slips"  correction: "Refile within 1 day" }
accountability { trigger: conduct "Not filed"  investigate: branch  determine: branch  evidence: log, statement  appeal: branch within 30 days }
`;

describe("case/unexpected-verdict", () => {
  it("flags an expectation the policy does not meet, at the expectation, with the reasons", () => {
    const [finding] = expectFindings("case/unexpected-verdict", `${POLICY}case skipped { breached: report  expect: «branch exempt» }\n`);
    assert.equal(finding!.message, "Case `skipped`: `branch` is expected exempt, but the policy decides accountable. `report` was not performed. No exemption or tolerance applies: `branch` answers for the breach.");
  });

  it("names the clause when the expectation names one", () => {
    const [finding] = expectFindings("case/unexpected-verdict", `${POLICY}case flood { breached: report  conditions: force_majeure  expect: «branch tolerated by slips» }\n`);
    assert.match(finding!.message, /expected tolerated \(by `slips`\), but the policy decides exempt \(by `outage`\)/);
  });

  it("speaks Chinese in a Chinese policy", () => {
    const [finding] = expectFindings(
      "case/unexpected-verdict",
      `层级 支行 { 资源：人员 }\n责任 报送 { 承担：支行  类型：法定责任  标准：「1日内报送」 }\n追责 { 启动：行为 「未报送」  调查：支行  认定：支行  证据：台账，说明  申诉：支行 30日内 }\n案例 漏报 { 未履行：报送  预期：«支行 免责» }\n`,
    );
    assert.equal(finding!.message, "案例“漏报”：预期“支行”免责，但按本政策的结论是担责。“报送”未履行。没有适用的免责或容错条款：由“支行”承担责任。");
  });

  it("stays silent when every expectation holds", () => {
    expectNoFinding("case/unexpected-verdict", `${POLICY}case flood { breached: report  conditions: force_majeure  expect: branch exempt by outage }\ncase slip { breached: report  conditions: honest_mistake  expect: branch tolerated by slips }\n`);
  });
});
