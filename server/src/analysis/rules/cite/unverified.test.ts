import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const TIER = `tier committee { resources: staff }\n`;

describe("cite/unverified", () => {
  it("flags an article the library holds from secondary sources only", () => {
    const text = `${TIER}duty pilot { holder: committee  kind: care }
tolerance reform { covers: pilot  correction: "Report and fix within a month"  basis: «CCP Accountability Regulations art. 17» }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("cite/unverified", text);
    assert.equal(finding!.severity, "info");
    assert.match(
      finding!.message,
      /^The number and text of Regulations of the Communist Party of China on Accountability, art\. 17 in Duty's law library come from secondary sources only and are not verified\. Check them against the official text before publication/,
    );
    assert.deepEqual(finding!.data, { law: "ccp-accountability-regulations", articles: [17] });
    assert.deepEqual(finding!.explanation?.clause, { kind: "tolerance", name: "reform" });
  });

  it("lists the unverified articles of a range", () => {
    const [finding] = expectFindings("cite/unverified", `${TIER}duty pilot { holder: committee  basis: «问责条例 第十七条至第二十一条» }`);
    assert.match(finding!.message, /Accountability, arts\. 17 and 21 in Duty's law library/);
  });

  it("accepts verified articles", () => {
    expectNoFinding("cite/unverified", `${TIER}duty pilot { holder: committee  basis: civil-servant-law/95, 公职人员政务处分法 第五十五条, 三个区分开来 }`);
  });

  it("speaks simplified Chinese", () => {
    const text = `层级 党委 { 资源：人员 }\n责任 试点 { 承担：党委  类型：注意义务  依据：«问责条例 第十七条» }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("cite/unverified", text);
    assert.match(finding!.message, /^Duty 法律库中《中国共产党问责条例》第十七条的条号和条文仅来自二手资料，未经核实。发布前请对照官方文本核对/);
  });

  it("speaks traditional Chinese", () => {
    const [finding] = expectFindings("cite/unverified", `層級 黨委 { 資源：人員 }\n責任 試點 { 承擔：黨委  依據：«問責條例 第十七條» }`);
    assert.match(finding!.message, /^Duty 法律庫中《中國共產黨問責條例》第十七條的條號和條文僅來自二手資料/);
  });
});
