import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const TIER = `tier hospital { resources: operating_room }\n`;

describe("cite/repealed", () => {
  it("flags a citation of a repealed law, naming the law and article in force", () => {
    const text = `${TIER}duty treat { holder: hospital  kind: statutory  basis: «Licensed Physicians Act art. 24» }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("cite/repealed", text);
    assert.equal(
      finding!.message,
      "The Licensed Physicians Act was repealed on 2022-03-01 and replaced by the Physicians Act: cite Physicians Act, art. 27 instead of Licensed Physicians Act, art. 24. A clause that rests on a repealed law has no legal basis, and the duty the new law sets may differ.",
    );
    assert.equal(finding!.data?.["replacement"], "physicians-act/27");
    assert.equal(finding!.data?.["replacementText"], "physicians-act/27");
    assert.deepEqual(finding!.explanation?.laws, ["physicians-act/27"]);
  });

  it("names only the law in force when the article has no known counterpart", () => {
    const [finding] = expectFindings("cite/repealed", `${TIER}duty treat { holder: hospital  basis: «licensed-physicians-act/30» }`);
    assert.match(finding!.message, /cite the corresponding article of the Physicians Act instead of Licensed Physicians Act, art\. 30/);
    assert.equal(finding!.data?.["replacement"], undefined);
    assert.equal(finding!.data?.["replacementLaw"], "physicians-act");
  });

  it("is not cite/unknown", () => {
    expectNoFinding("cite/unknown", `${TIER}duty treat { holder: hospital  basis: 执业医师法 第二十四条 }`);
  });

  it("accepts laws in force", () => {
    expectNoFinding("cite/repealed", `${TIER}duty treat { holder: hospital  basis: 医师法 第二十七条, civil-code/1220 }`);
  });

  it("speaks simplified Chinese", () => {
    const text = `层级 医院 { 资源：手术室 }\n责任 急救 { 承担：医院  类型：法定责任  依据：«执业医师法 第二十四条» }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("cite/repealed", text);
    assert.equal(
      finding!.message,
      "《执业医师法》已于2022年3月1日废止，由《医师法》取代：请将《执业医师法》第二十四条改为《医师法》第二十七条。依据已废止法律的条款没有法律依据，新法规定的义务也可能已有变化。",
    );
    assert.equal(finding!.data?.["replacementText"], "医师法 第二十七条");
  });

  it("speaks traditional Chinese", () => {
    const [finding] = expectFindings("cite/repealed", `層級 醫院 { 資源：手術室 }\n責任 急救 { 承擔：醫院  依據：«執業醫師法 第二十四條» }`);
    assert.match(finding!.message, /^《執業醫師法》已於2022年3月1日廢止，由《醫師法》取代：請將《執業醫師法》第二十四條改為《醫師法》第二十七條。/);
    assert.equal(finding!.data?.["replacementText"], "醫師法 第二十七條");
  });
});
