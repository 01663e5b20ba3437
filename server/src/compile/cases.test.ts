import assert from "node:assert/strict";
import * as path from "node:path";
import { MemoryHost, ROOT } from "../../../test/helpers/review.ts";
import { LawLibrary } from "../analysis/laws/law-library.ts";
import { Workspace } from "../analysis/workspace.ts";
import { evaluateCases, type CaseResult } from "./cases.ts";

const POLICY = `tier head_office { resources: budget, training }
tier branch { under: head_office  resources: staff, fraud_system }
tier teller { under: branch  resources: fraud_system }

duty warn { holder: teller  imposed_by: branch  kind: care  standard: "Warning logged"  needs: fraud_system }
duty report { holder: branch  imposed_by: head_office  kind: statutory  standard: "Filed within 1 day" }
duty pilot_scoring { holder: branch  imposed_by: head_office  kind: care  context: reform_pilot  standard: "Scores logged" }

exemption customer_decides { covers: warn  grounds: third_party  when: "Warned customer proceeded" }
exemption outage { covers: report  grounds: force_majeure  basis: civil-code/180 }
exemption emergency_override { covers: warn  grounds: emergency  approval: branch }
tolerance pilot_learning { covers: pilot_scoring  when: "Honest scoring errors"  correction: "Recalibrate within 10 working days" }

accountability {
  trigger: conduct "Duty not performed"
  investigate: head_office  determine: head_office  evidence: logs, statements
  appeal: head_office within 30 days
  superior_answers: "When the superior gave no resources or guidance"
}
`;

function run(cases: string, policy = POLICY): CaseResult[] {
  const host = new MemoryHost({ "main.duty": policy + cases });
  const workspace = new Workspace(host);
  return evaluateCases(workspace.model(path.join(ROOT, "main.duty"))!, LawLibrary.builtIn());
}

function verdicts(result: CaseResult): Record<string, string> {
  return Object.fromEntries([...result.tiers].map(([tier, v]) => [tier, v.by ? `${v.verdict} by ${v.by}` : v.verdict]));
}

describe("the case evaluator", () => {
  it("not breached: a duty performed with no harm", () => {
    const [result] = run(`case quiet { performed: warn  expect: teller not_breached }`);
    assert.deepEqual(verdicts(result!), { teller: "not_breached" });
    assert.equal(result!.passed, true);
  });

  it("exempt: the warned customer who proceeded (a third party decided)", () => {
    const [result] = run(`case scammed { performed: warn  conditions: third_party_decided  harm: "Lost 80000 CNY"  expect: teller exempt by customer_decides }`);
    assert.deepEqual(verdicts(result!), { teller: "exempt by customer_decides" });
    assert.match(result!.tiers.get("teller")!.reasons.map((r) => r.text).join(" "), /Exemption `customer_decides` covers `warn` \(a third party decided\)/);
  });

  it("exempt by force majeure, with the law the exemption cites", () => {
    const [result] = run(`case flood { breached: report  conditions: force_majeure  expect: branch exempt by outage }`);
    assert.deepEqual(verdicts(result!), { branch: "exempt by outage" });
    assert.deepEqual(result!.tiers.get("branch")!.reasons.flatMap((r) => r.laws), ["civil-code/180"]);
  });

  it("an emergency exemption needs the approval it names", () => {
    const [approved] = run(`case a { breached: warn  conditions: emergency, approved }`);
    assert.deepEqual(verdicts(approved!), { teller: "exempt by emergency_override" });
    const [unapproved] = run(`case b { breached: warn  conditions: emergency }`);
    assert.deepEqual(verdicts(unapproved!), { teller: "accountable" });
    assert.match(unapproved!.tiers.get("teller")!.reasons.map((r) => r.text).join(" "), /needs approval by `branch`/);
  });

  it("tolerated: an honest mistake in a pilot, with the correction owed", () => {
    const [result] = run(`case pilot { breached: pilot_scoring  conditions: honest_mistake  expect: branch tolerated by pilot_learning }`);
    assert.deepEqual(verdicts(result!), { branch: "tolerated by pilot_learning" });
    assert.equal(result!.tiers.get("branch")!.correction, "Recalibrate within 10 working days");
  });

  it("accountable: a breach nothing excuses", () => {
    const [result] = run(`case skipped { breached: report  expect: branch accountable }`);
    assert.deepEqual(verdicts(result!), { branch: "accountable" });
    assert.match(result!.tiers.get("branch")!.reasons.at(-1)!.text, /No exemption or tolerance applies: `branch` answers for the breach\./);
  });

  it("the superior answers when it gave no resources and the policy says so", () => {
    const [result] = run(`case starved { breached: warn  conditions: no_resources  expect: teller exempt, branch accountable }`);
    assert.deepEqual(verdicts(result!), { teller: "exempt", branch: "accountable" });
    const reason = result!.tiers.get("branch")!.reasons.at(-1)!;
    assert.match(reason.text, /`branch` imposed `warn` but gave no resources/);
    // The policy's own clause decides here, and it cites nothing: no statute is claimed for it
    // (the Civil Servant Law's art. 60 is about orders carried out over an objection, not resources).
    assert.deepEqual(reason.laws, []);
    assert.equal(result!.passed, true);
  });

  it("…and only the executor answers in a one-way policy", () => {
    const oneWay = POLICY.replace(/  superior_answers: .*\n/, "");
    const [result] = run(`case starved { breached: warn  conditions: no_resources }`, oneWay);
    assert.deepEqual(verdicts(result!), { teller: "accountable" });
    assert.match(result!.tiers.get("teller")!.reasons.at(-1)!.text, /never lets the superior answer/);
  });

  it("an outcome-only trigger holds the holder accountable even when the duty was performed", () => {
    const outcome = POLICY.replace('trigger: conduct "Duty not performed"', 'trigger: outcome "Any customer loses money"');
    const [result] = run(`case loss { performed: warn  harm: "A customer lost money"  expect: teller accountable }`, outcome);
    assert.deepEqual(verdicts(result!), { teller: "accountable" });
    assert.equal(result!.passed, true);
  });

  it("mixed: one exempt, one accountable, and a failed expectation reported", () => {
    const [result] = run(`case mixed { performed: warn  breached: report  conditions: third_party_decided  harm: "Loss"  expect: teller exempt by customer_decides, branch exempt }`);
    assert.deepEqual(verdicts(result!), { teller: "exempt by customer_decides", branch: "accountable" });
    assert.equal(result!.passed, false);
    assert.deepEqual(result!.expectations.map((e) => [e.tier, e.expected, e.actual, e.ok]), [["teller", "exempt", "exempt", true], ["branch", "exempt", "accountable", false]]);
  });
});
