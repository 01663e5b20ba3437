import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const TIER = `tier hospital { resources: operating_room }\n`;

describe("cite/unknown", () => {
  it("flags a misspelt law, at the citation, and suggests the closest name", () => {
    const text = `${TIER}duty treat { holder: hospital  kind: statutory  basis: «Physican Act art. 27» }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("cite/unknown", text);
    assert.match(finding!.message, /^`Physican Act` is not a law in Duty's law library, so this citation cannot be shown or checked\. Did you mean Physicians Act, art\. 27\?/);
    assert.equal(finding!.data?.["law"], "physicians-act");
    assert.equal(typeof finding!.data?.["suggestion"], "string");
    assert.equal(finding!.explanation?.field, "basis");
  });

  it("suggests a library id for a citation written by id", () => {
    const [finding] = expectFindings("cite/unknown", `${TIER}duty treat { holder: hospital  basis: «physican-act/27» }`);
    assert.deepEqual(finding!.data, { suggestion: "physicians-act/27", law: "physicians-act" });
  });

  it("flags an article the library does not hold, without saying it does not exist", () => {
    const [finding] = expectFindings("cite/unknown", `${TIER}duty treat { holder: hospital  basis: civil-code/1220, «physicians-act/72» }`);
    assert.match(finding!.message, /^Duty's law library does not hold Physicians Act, art\. 72: it holds only the provisions the review relies on/);
    assert.match(finding!.message, /Did you mean Physicians Act, art\. 27\?/);
    assert.doesNotMatch(finding!.message, /does not exist/);
    assert.deepEqual(finding!.data, { law: "physicians-act", articles: [72], suggestion: "physicians-act/27" });
  });

  it("names the missing articles of a range", () => {
    const [finding] = expectFindings("cite/unknown", `${TIER}duty treat { holder: hospital  basis: «Civil Servant Law arts. 95-99» }`);
    assert.match(finding!.message, /does not hold Civil Servant Law, arts\. 98 and 99:/);
  });

  it("reads quoted citations whole, and flags text that is not a citation", () => {
    const text = `${TIER}duty treat { holder: hospital  basis: "Article 27 of the Physicians Act", «第二十七条» }`;
    const [finding] = expectFindings("cite/unknown", text);
    assert.match(finding!.message, /cannot be read as a citation/);
  });

  it("checks the basis of every kind of clause", () => {
    expectFindings(
      "cite/unknown",
      `policy "P" { basis: «Duty Act» }
${TIER}duty treat { holder: hospital  basis: «民法典 第一条» }
exemption fm { covers: treat  grounds: force_majeure  basis: «civil-code/181» }
tolerance pilot { covers: treat  correction: "Retrain"  basis: «Three Distinctions art. 3» }
accountability { determine: hospital  basis: «civil-servant-law/94» }`,
    );
  });

  it("accepts known citations, whole laws and laws from a workspace law file", () => {
    expectNoFinding("cite/unknown", `${TIER}duty treat { holder: hospital  basis: 医师法 第二十七条, Civil Code art. 1220, physicians-act/25, 公务员法 第九十五条至第九十七条, Civil Code }`);
    const lawFile = JSON.stringify({
      formatVersion: 1,
      laws: [{ id: "acme-handbook", names: { en: "ACME Handbook" }, articles: [{ number: 3, gist: { en: "Escalate incidents." }, verified: true }] }],
    });
    const others = { ".duty.json": JSON.stringify({ laws: ["laws/acme.json"] }), "laws/acme.json": lawFile };
    expectNoFinding("cite/unknown", `${TIER}duty treat { holder: hospital  basis: acme-handbook/3, ACME Handbook art. 3 }`, others);
    const [finding] = expectFindings("cite/unknown", `${TIER}duty treat { holder: hospital  basis: «acme-handbook/4» }`, others);
    assert.match(finding!.message, /^Duty's law library does not hold ACME Handbook, art\. 4:/);
  });

  it("flags a paragraph or item an article whose whole wording the library holds does not have", () => {
    const [paragraph] = expectFindings("cite/unknown", `${TIER}duty treat { holder: hospital  basis: «医师法 第二十七条第四款» }`);
    assert.equal(
      paragraph!.message,
      "Physicians Act, art. 27 has 3 paragraphs in its official wording, so Physicians Act, art. 27, para. 4 does not exist: a reader would look for a provision that is not there. Check the citation against the official text and cite the paragraph that says what the clause relies on, or the article as a whole.",
    );
    assert.deepEqual(paragraph!.data, { law: "physicians-act", articles: [27], part: "paragraph", count: 3 });
    const [item] = expectFindings("cite/unknown", `${TIER}duty treat { holder: hospital  basis: «医师法 第二十七条（二）» }`);
    assert.match(item!.message, /^Physicians Act, art\. 27 has no items in its official wording, so Physicians Act, art\. 27, item 2 does not exist/);
    const [chinese] = expectFindings("cite/unknown", `层级 医院 { 资源：手术室 }\n责任 急救 { 承担：医院  依据：«政务处分法 第五十五条第三款» }`);
    assert.match(chinese!.message, /^《公职人员政务处分法》第五十五条的官方条文只有两款，并无《公职人员政务处分法》第五十五条第三款；/);
    // A workspace law file may lay an article out otherwise (items on lines of their own): not counted.
    const lawFile = JSON.stringify({
      formatVersion: 1,
      laws: [{ id: "staff-code", names: { "zh-Hans": "员工守则" }, articles: [{ number: 5, text: { "zh-Hans": "员工有下列情形之一的，可以免予追责：\n（一）甲；\n（二）乙。" }, gist: { "zh-Hans": "免予追责的情形。" }, verified: true }] }],
    });
    expectNoFinding("cite/unknown", `层级 医院 { 资源：手术室 }\n责任 急救 { 承担：医院  依据：员工守则 第五条第一款第二项 }`, { ".duty.json": JSON.stringify({ laws: ["laws/staff.json"] }), "laws/staff.json": lawFile });
    // Parts that are there, and articles the library holds only in part, are not flagged.
    expectNoFinding("cite/unknown", `${TIER}duty treat { holder: hospital  basis: 医师法 第二十七条第二款, 医师法 第二十七条第三款, 政务处分法 第五十五条第二款, 医师法 第五十五条（二） }`);
  });

  it("speaks simplified Chinese", () => {
    const text = `层级 医院 { 资源：手术室 }\n责任 急救 { 承担：医院  类型：法定责任  依据：«医事法 第二十七条»，«医师法 第七十二条» }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [law, article] = expectFindings("cite/unknown", text);
    assert.match(law!.message, /^Duty 法律库中没有名为“医事法”的法律，因而无法显示或核对此引用。是否应为《医师法》第二十七条？/);
    assert.equal(law!.data?.["suggestion"], "医师法 第二十七条");
    assert.match(article!.message, /^Duty 法律库未收录《医师法》第七十二条（法律库只收录审查所依据的条文）/);
    assert.equal(article!.data?.["suggestion"], "医师法 第二十七条");
  });

  it("speaks traditional Chinese", () => {
    const [finding] = expectFindings("cite/unknown", `層級 醫院 { 資源：手術室 }\n責任 急救 { 承擔：醫院  依據：«醫事法 第二十七條» }`);
    assert.match(finding!.message, /^Duty 法律庫中沒有名為「醫事法」的法律.*是否應為《醫師法》第二十七條？/);
    assert.equal(finding!.data?.["suggestion"], "醫師法 第二十七條");
  });
});
