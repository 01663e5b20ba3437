import assert from "node:assert/strict";
import * as path from "node:path";
import { MemoryHost, ROOT } from "../../../../test/helpers/review.ts";
import { explainRule } from "../explain.ts";
import { hoverAt } from "../hover.ts";
import { Workspace } from "../workspace.ts";
import { LawLibrary, type Law, type LawArticle } from "./law-library.ts";
import { partLabel, partMatch, provisionLine, showProvision } from "./provision.ts";

const library = LawLibrary.builtIn();

function law(id: string): Law {
  const found = library.lawById(id);
  assert.ok(found, id);
  return found;
}

function article(lawId: string, number: number): LawArticle {
  const found = law(lawId).articles.find((candidate) => candidate.number === number);
  assert.ok(found, `${lawId}/${number}`);
  return found;
}

/** The hover over the first occurrence of `at` in a one-file workspace. */
function hover(text: string, at: string): string {
  const file = path.join(ROOT, "main.duty");
  const model = new Workspace(new MemoryHost({ "main.duty": text })).model(file)!;
  return hoverAt(model, text.indexOf(at) + 1, [], library, (rule) => rule)?.markdown ?? "";
}

describe("the part of an article the library holds", () => {
  it("tells the whole article, a part consistent with the citation, and another part apart", () => {
    const paragraph3 = article("anti-telecom-fraud-law", 18);
    assert.equal(paragraph3.paragraph, 3);
    assert.equal(partMatch(paragraph3, {}), "excerpt");
    assert.equal(partMatch(paragraph3, { paragraph: 3 }), "excerpt");
    assert.equal(partMatch(paragraph3, { paragraph: 1 }), "other");
    const item2 = article("physicians-act", 55);
    assert.equal(partMatch(item2, { item: 2 }), "excerpt");
    assert.equal(partMatch(item2, { item: 1 }), "other");
    // Items held without their paragraph are not shown under a paragraph's heading.
    assert.equal(partMatch(item2, { paragraph: 2 }), "other");
    assert.equal(partMatch(item2, { paragraph: 1, item: 2 }), "excerpt");
    assert.equal(partMatch(article("physicians-act", 27), { paragraph: 1 }), "whole");
  });

  it("names the part in each language", () => {
    assert.equal(partLabel(article("anti-telecom-fraud-law", 18), "en"), "para. 3");
    assert.equal(partLabel(article("anti-telecom-fraud-law", 18), "zh-Hans"), "第三款");
    assert.equal(partLabel(article("teachers-law", 8), "en"), "items 4, 5");
    assert.equal(partLabel(article("teachers-law", 8), "zh-Hans"), "第（四）、（五）项");
    assert.equal(partLabel(article("physicians-act", 55), "zh-Hant"), "第（二）項");
    assert.equal(partLabel(article("physicians-act", 27), "zh-Hans"), undefined);
  });

  it("never shows another paragraph's wording as the cited one", () => {
    const shown = showProvision(law("anti-telecom-fraud-law"), article("anti-telecom-fraud-law", 18), "zh-Hans", { paragraph: 1 });
    assert.equal(shown.citation, "《反电信网络诈骗法》第十八条第一款");
    assert.deepEqual(shown.marks, []);
    assert.equal(shown.otherPart, "法律库未收录所引部分的条文，只收录了本条第三款：");
    assert.equal(shown.text, article("anti-telecom-fraud-law", 18).text?.["zh-Hans"]);
  });

  it("marks an excerpt and a gist, and says neither for a whole article's wording", () => {
    const excerpt = showProvision(law("anti-telecom-fraud-law"), article("anti-telecom-fraud-law", 18), "zh-Hant");
    assert.deepEqual(excerpt.marks, ["（節選：僅第三款）"]);
    assert.equal(excerpt.otherPart, undefined);
    const english = showProvision(law("physicians-act"), article("physicians-act", 55), "en", { item: 2 });
    assert.deepEqual(english.marks, ["(gist, not the statutory text)", "(excerpt: item 2 only)"]);
    assert.deepEqual(showProvision(law("physicians-act"), article("physicians-act", 27), "zh-Hans").marks, []);
  });
});

describe("law text on hover", () => {
  it("says so when the cited paragraph is not the one the library holds", () => {
    const markdown = hover(`责任 核查 { 承担：支行  依据：反电信网络诈骗法 第十八条第一款 }`, "反电信");
    assert.match(markdown, /^\*\*《反电信网络诈骗法》第十八条第一款\*\*\n\n法律库未收录所引部分的条文，只收录了本条第三款：\n\n> 对监测识别的异常账户/);
  });

  it("marks the paragraph it shows when the citation names that paragraph or none", () => {
    assert.match(hover(`责任 核查 { 承担：支行  依据：反电信网络诈骗法 第十八条第三款 }`, "反电信"), /^\*\*《反电信网络诈骗法》第十八条第三款\*\*（节选：仅第三款）\n\n> 对监测识别/);
    assert.match(hover(`duty check { holder: branch  basis: anti-telecom-fraud-law/18 }`, "anti-telecom"), /^\*\*Anti-Telecom.*art\. 18\*\* \(gist, not the statutory text\) \(excerpt: para\. 3 only\)/);
  });

  it("marks the law a rule explains by its part too, and a gist as a gist", () => {
    const explanation = explainRule("tolerance/emergency-consent", library, "en")!;
    const physicians = explanation.laws.find((reference) => reference.id === "physicians-act/27")!;
    assert.deepEqual(physicians.provision.marks, ["(gist, not the statutory text)"]);
    assert.match(provisionLine(physicians.provision, "en"), /^Physicians Act, art\. 27 \(gist, not the statutory text\) — /);
    const unverified = showProvision(law("ccp-accountability-regulations"), article("ccp-accountability-regulations", 17), "zh-Hans");
    assert.match(provisionLine(unverified, "zh-Hans"), /^《中国共产党问责条例》第十七条（未经核实） — 有下列情形之一的/);
  });
});
