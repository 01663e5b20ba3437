import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

describe("liability/no-resources", () => {
  it("flags a duty whose holder controls no resources, at the holder", () => {
    const text = `tier school { resources: staff, safety_budget }
tier teacher { under: school }
duty river_patrol { holder: «teacher»  imposed_by: school  kind: care  action: "Patrol the rivers"  needs: patrol_allowance }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("liability/no-resources", text);
    assert.match(finding!.message, /Duty `river_patrol` is held by tier `teacher`, which controls no resources at all/);
    assert.deepEqual(finding!.data, { tier: "teacher", needs: ["patrol_allowance"] });
    assert.equal(finding!.explanation?.tier, "teacher");
    assert.equal(finding!.related?.length, 1);
    assert.equal(unmark(text).text.slice(finding!.related![0]!.span.start, finding!.related![0]!.span.end), "teacher");
  });

  it("flags each needed resource the holder lacks, at that name", () => {
    const text = `tier branch { resources: counter_system, purpose_register }
tier teller { under: branch  resources: counter_system, fraud_system }
duty register_purpose { holder: teller  kind: care  needs: counter_system, «purpose_register», «training» }`;
    const findings = expectFindings("liability/no-resources", text);
    assert.match(findings[0]!.message, /Duty `register_purpose` needs `purpose_register`, but its holder `teller` does not control it \(teller controls: counter_system, fraud_system\)/);
    assert.deepEqual(findings[0]!.data, { resource: "purpose_register", tier: "teller" });
    assert.deepEqual(findings[1]!.data, { resource: "training", tier: "teller" });
  });

  it("accepts a holder that controls what the duty needs", () => {
    expectNoFinding("liability/no-resources", `tier teller { resources: counter_system, warning_script }
duty warn { holder: teller  kind: care  needs: counter_system, warning_script }
duty greet { holder: teller  kind: care }`);
  });

  it("finds the holder in an imported file and points the related information there", () => {
    const shared = `tier teller { resources: counter_system }`;
    const [finding] = expectFindings("liability/no-resources", `import "tiers.duty"\nduty warn { holder: teller  kind: care  needs: «fraud_system» }`, { "tiers.duty": shared });
    assert.match(finding!.related![0]!.uri ?? "", /tiers\.duty$/);
  });

  it("speaks the document's language", () => {
    const [hans] = expectFindings("liability/no-resources", `层级 学校 { 资源：教职工 }
层级 班主任 { 上级：学校 }
责任 暑期巡河 { 承担：«班主任»  设定：学校  类型：注意义务  所需资源：巡河补贴 }`);
    assert.match(hans!.message, /责任“暑期巡河”由层级“班主任”承担，但该层级没有任何资源/);
    const [hant] = expectFindings("liability/no-resources", `層級 鄉鎮政府 { 資源：幫扶幹部，監測系統 }
責任 收入監測 { 承擔：鄉鎮政府  類型：注意義務  所需資源：監測系統，«交通補貼» }`);
    assert.match(hant!.message, /責任「收入監測」需要「交通補貼」，但承擔者「鄉鎮政府」並不掌握（「鄉鎮政府」的資源：幫扶幹部、監測系統）/);
  });
});
