import assert from "node:assert/strict";
import * as path from "node:path";
import { ROOT, expectFindings, expectNoFinding, review, unmark } from "../../../../../test/helpers/review.ts";

const RULE = "boundary/outside-domain";

/** The policy, after checking that it has no syntax, name or import problems of its own. */
function valid(marked: string, others: Readonly<Record<string, string>> = {}): string {
  const problems = review(unmark(marked).text, others).filter((finding) => /^(syntax|name|import)\//.test(finding.rule));
  assert.deepEqual(problems.map((finding) => finding.message), []);
  return marked;
}

const SCHOOL = `tier school {
  resources: staff, campus_budget
  domain { places: campus, school_trip  periods: school_hours, school_activities }
}
`;

describe("boundary/outside-domain", () => {
  it("flags each place and period outside the nearest superior's domain when the holder declares none", () => {
    const [place, period] = expectFindings(
      RULE,
      valid(`${SCHOOL}tier teacher { under: school  resources: class_time }
duty river_patrol { holder: teacher  kind: care  action: "Patrol the river"  standard: "Patrol logged"
  scope { places: «rivers»  periods: «summer_holiday» } }`),
    );
    assert.match(place!.message, /^Duty `river_patrol` covers the place `rivers`, outside the domain of tier `teacher`: it declares no places of its own, and tier `school` above it controls only campus, school_trip\. A holder can only answer for what it controls/);
    assert.match(period!.message, /covers the period `summer_holiday`.*controls only school_hours, school_activities/);
    assert.equal(place!.related?.[0]?.uri, path.join(ROOT, "main.duty"));
    assert.equal(place!.related?.[0]?.message, "The domain of tier `school`: campus, school_trip");
    assert.deepEqual(place!.data, { place: "rivers", tier: "school", holder: "teacher", domain: ["campus", "school_trip"] });
    assert.equal(place!.explanation?.tier, "teacher");
  });

  it("uses the holder's own domain, dimension by dimension", () => {
    const [finding] = expectFindings(
      RULE,
      valid(`${SCHOOL}tier teacher { under: school  resources: class_time  domain { places: classroom } }
duty supervise { holder: teacher  kind: care  action: "Supervise"  standard: "Register kept"
  scope { places: classroom, «campus»  periods: school_hours } }`),
    );
    assert.match(finding!.message, /^Duty `supervise` covers the place `campus`, outside the domain of tier `teacher` \(classroom\)\./);
  });

  it("points at a domain declared in an imported file", () => {
    const [finding] = expectFindings(
      RULE,
      valid(`import "tiers.duty"
duty river_patrol { holder: school  kind: care  action: "Patrol"  standard: "Logged"  scope { places: «rivers» } }`, { "tiers.duty": SCHOOL }),
      { "tiers.duty": SCHOOL },
    );
    assert.equal(finding!.related?.[0]?.uri, path.join(ROOT, "tiers.duty"));
  });

  it("speaks Chinese", () => {
    const [place, period] = expectFindings(
      RULE,
      valid(`层级 学校 { 资源：教职工  管辖 { 地点：校园  时段：在校时间 } }
层级 班主任 { 上级：学校  资源：班会  管辖 { 地点：教室，校园  时段：在校时间 } }
责任 暑期巡河 { 承担：班主任  类型：注意义务  内容：「巡河」  标准：「巡查记录」  范围 { 地点：«河道»  时段：«暑假» } }`),
    );
    assert.match(place!.message, /^责任“暑期巡河”覆盖的地点“河道”不在层级“班主任”的管辖范围（教室、校园）之内/);
    assert.match(period!.message, /^责任“暑期巡河”覆盖的时段“暑假”/);
  });

  it("accepts a scope inside the domain, and says nothing when no tier declares a domain", () => {
    expectNoFinding(
      RULE,
      valid(`${SCHOOL}tier teacher { under: school  resources: class_time }
duty supervise { holder: teacher  kind: care  action: "Supervise"  standard: "Register kept"  scope { places: campus  periods: school_hours } }`),
    );
    expectNoFinding(
      RULE,
      valid(`tier school { resources: staff }\ntier teacher { under: school  resources: class_time }
duty river_patrol { holder: teacher  kind: care  action: "Patrol"  standard: "Logged"  scope { places: rivers  periods: summer_holiday } }`),
    );
  });
});
