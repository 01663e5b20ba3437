import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const TIERS = `tier county { resources: budget, monitoring_system }
tier township { under: county  resources: staff, monitoring_system }
tier village { under: township  resources: forms }
`;

describe("liability/escalation", () => {
  it("flags a lower threshold and a shorter deadline, at each value", () => {
    const text = `${TIERS}duty county_report { holder: township  imposed_by: county  kind: care  threshold: 5000 CNY  deadline: 7 days }
duty village_check {
  holder: village  imposed_by: township  kind: care  refines: county_report
  threshold: «1000 CNY»
  deadline: «3 days»
}`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [threshold, deadline] = expectFindings("liability/escalation", text);
    assert.match(threshold!.message, /Duty `village_check` refines `county_report` with a lower threshold: 1000 CNY here, 5000 CNY in `county_report`/);
    assert.match(deadline!.message, /with a shorter deadline: 3 days here, 7 days in `county_report`/);
    assert.deepEqual(deadline!.data, { aspect: "deadline", value: "3 days", refinedValue: "7 days", refined: "county_report" });
    const clean = unmark(text).text;
    const related = threshold!.related![0]!;
    assert.equal(clean.slice(related.span.start, related.span.end), "5000 CNY");
    assert.equal(threshold!.explanation?.field, "threshold");
  });

  it("compares normalised quantities: 万元 with CNY, working days with days", () => {
    expectFindings("liability/escalation", `${TIERS}duty a { holder: township  kind: care  threshold: 5万元  deadline: 10 working days }
duty b { holder: village  kind: care  refines: a  threshold: «49999 CNY»  deadline: «13 days» }`);
    expectNoFinding("liability/escalation", `${TIERS}duty a { holder: township  kind: care  threshold: 5万元  deadline: 5 working days }
duty b { holder: village  kind: care  refines: a  threshold: 50000 CNY  deadline: 7 days }`);
  });

  it("takes 12 months for a year and 30 days for a month, in any script", () => {
    expectNoFinding("liability/escalation", `${TIERS}duty a { holder: township  kind: care  deadline: 1 month }\nduty b { holder: village  kind: care  refines: a  deadline: 30 days }`);
    expectNoFinding("liability/escalation", `${TIERS}duty a { holder: township  kind: care  deadline: 1个月 }\nduty b { holder: village  kind: care  refines: a  deadline: 30日 }`);
    expectFindings("liability/escalation", `${TIERS}duty a { holder: township  kind: care  deadline: 1 month }\nduty b { holder: village  kind: care  refines: a  deadline: «3 weeks» }`);
    expectNoFinding("liability/escalation", `${TIERS}duty a { holder: township  kind: care  deadline: 1 year }\nduty b { holder: village  kind: care  refines: a  deadline: 12 months }`);
    expectNoFinding("liability/escalation", `${TIERS}duty a { holder: township  kind: care  deadline: 1年 }\nduty b { holder: village  kind: care  refines: a  deadline: 12個月 }`);
    expectFindings("liability/escalation", `${TIERS}duty a { holder: township  kind: care  deadline: 1 year }\nduty b { holder: village  kind: care  refines: a  deadline: «11 months» }`);
  });

  it("flags a place or period outside the refined duty's scope, at that name", () => {
    const [finding] = expectFindings("liability/escalation", `${TIERS}duty a { holder: township  kind: care  scope { places: township_roads  periods: flood_season } }
duty b { holder: village  kind: care  refines: a  scope { places: township_roads, «village_paths»  periods: flood_season } }`);
    assert.match(finding!.message, /widens its scope: place `village_paths` is not in the scope of `a` \(township_roads\)/);
    assert.deepEqual(finding!.data, { aspect: "scope", kind: "place", extra: "village_paths", refined: "a" });
  });

  it("accepts a refinement that is as strict or looser, narrower, or not comparable", () => {
    const text = `${TIERS}duty a { holder: township  kind: care  threshold: 5000 CNY  deadline: 7 days  scope { places: roads, bridges } }
duty b { holder: village  kind: care  refines: a  threshold: 8000 CNY  deadline: 10 days  scope { places: roads  periods: night } }
duty c { holder: village  kind: care  refines: a  threshold: 10%  deadline: 7 days }
duty d { holder: village  kind: care  threshold: 1 CNY }`;
    assert.deepEqual(syntaxProblems(text), []);
    expectNoFinding("liability/escalation", text);
  });

  it("follows refinement into imported files and points the related information there", () => {
    const shared = `${TIERS}duty county_report { holder: township  kind: care  deadline: 30 days }`;
    const [finding] = expectFindings("liability/escalation", `import "county.duty"\nduty village_check { holder: village  kind: care  refines: county_report  deadline: «7 days» }`, { "county.duty": shared });
    assert.match(finding!.related![0]!.uri ?? "", /county\.duty$/);
  });

  it("speaks the document's language", () => {
    const [threshold] = expectFindings("liability/escalation", `層級 鄉鎮政府 { 資源：幫扶幹部 }
層級 村幹部 { 上級：鄉鎮政府  資源：入戶調查表 }
責任 收入監測報送 { 承擔：鄉鎮政府  類型：注意義務  門檻：5000元  期限：30日 }
責任 入戶核實 { 承擔：村幹部  類型：注意義務  細化：收入監測報送  門檻：«1000元»  期限：«7日» }`);
    assert.match(threshold!.message, /責任「入戶核實」細化了「收入監測報送」，卻降低了門檻：此處為1000元，「收入監測報送」為5000元/);
    const [hans] = expectFindings("liability/escalation", `层级 分行 { 资源：柜面系统 }
层级 柜员 { 上级：分行  资源：柜面系统 }
责任 风险提示 { 承担：分行  类型：注意义务  阈值：5万元 }
责任 用途登记 { 承担：柜员  类型：注意义务  细化：风险提示  阈值：«1万元» }`);
    assert.match(hans!.message, /却降低了门槛：此处为1万元，“风险提示”为5万元/);
  });
});
