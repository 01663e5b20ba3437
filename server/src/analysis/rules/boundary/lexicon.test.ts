/**
 * The boundary family's word lists as data: the vague-term lexicon validates against its schema,
 * speaks all three scripts, and pairs every simplified Chinese term with its traditional form
 * (and back); so do the outcome and conduct words of boundary/outcome-only.
 */
import assert from "node:assert/strict";
import Ajv2020Module from "ajv/dist/2020.js";
import { Converter } from "opencc-js";
import { LOCALES } from "../../../../../grammar/src/index.ts";
import { LawLibrary } from "../../laws/law-library.ts";
import { BOUNDARY_RULES } from "./index.ts";
import { CONDUCT_TERMS, OUTCOME_TERMS } from "./outcome-terms.ts";
import { LEXICON, LEXICON_SCHEMA, isOnlyVagueWording, vagueTermMatcher, type TermsByScript } from "./vague-terms.ts";

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as new (options: object) => {
  compile(schema: object): Validate;
};

const toTraditional = Converter({ from: "cn", to: "tw" });
const toSimplified = Converter({ from: "tw", to: "cn" });

/** Every simplified term has its traditional form in the list, and every traditional one its simplified form. */
function assertScriptsPaired(terms: TermsByScript, label: string): void {
  const hans = new Set(terms["zh-Hans"]);
  const hant = new Set(terms["zh-Hant"]);
  for (const term of hans) assert.ok(hant.has(toTraditional(term)), `${label}: ${term} has no traditional form ${toTraditional(term)}`);
  for (const term of hant) assert.ok(hans.has(toSimplified(term)), `${label}: ${term} has no simplified form ${toSimplified(term)}`);
}

describe("boundary lexicons", () => {
  it("the vague-term lexicon validates against its schema", () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(LEXICON_SCHEMA);
    assert.ok(validate(LEXICON), JSON.stringify(validate.errors, null, 2));
  });

  it("every entry has terms in all three scripts and an `instead` in three languages", () => {
    const ids = new Set<string>();
    for (const entry of LEXICON.entries) {
      assert.ok(!ids.has(entry.id), `duplicate id ${entry.id}`);
      ids.add(entry.id);
      for (const locale of LOCALES) {
        assert.ok(entry.terms[locale].length > 0, `${entry.id}: no ${locale} terms`);
        assert.ok(entry.instead[locale].trim().length > 0, `${entry.id}: no ${locale} instead`);
      }
      assert.match(entry.instead["zh-Hans"], /\p{Script=Han}/u);
      const back = toSimplified(entry.instead["zh-Hant"]).replace(/[「『]/g, "“").replace(/[」』]/g, "”");
      assert.equal(back, entry.instead["zh-Hans"], `${entry.id}: the traditional \`instead\` says something else`);
    }
  });

  it("pairs simplified and traditional forms of every Chinese term that differs", () => {
    for (const entry of LEXICON.entries) assertScriptsPaired(entry.terms, entry.id);
    assertScriptsPaired(LEXICON.fillers, "fillers");
    assertScriptsPaired(OUTCOME_TERMS, "outcome terms");
    assertScriptsPaired(CONDUCT_TERMS, "conduct terms");
  });

  it("lists each term under one entry only", () => {
    const seen = new Map<string, string>();
    for (const entry of LEXICON.entries) {
      for (const term of [...entry.terms.en, ...entry.terms["zh-Hans"], ...entry.terms["zh-Hant"]]) {
        const key = term.toLowerCase();
        const other = seen.get(key);
        assert.ok(other === undefined || other === entry.id, `“${term}” is in ${other} and ${entry.id}`);
        seen.set(key, entry.id);
      }
    }
  });

  it("covers the wording the domain brief names", () => {
    const required = [
      "ensure nothing goes wrong", "zero accidents", "full responsibility", "timely", "in a timely manner", "promptly",
      "as appropriate", "appropriate", "relevant", "where necessary", "strictly", "all aspects", "without fail",
      "确保不出问题", "確保不出問題", "万无一失", "萬無一失", "零事故", "零差错", "零差錯", "全面负责", "全面負責", "及时", "及時",
      "适当", "適當", "相关", "相關", "一律", "严格", "嚴格", "必要时", "必要時", "尽快", "盡快", "切实", "切實",
      "确保不发生", "確保不發生", "杜绝", "杜絕", "不得出现任何", "不得出現任何",
    ];
    const matcher = vagueTermMatcher();
    for (const term of required) {
      const hits = matcher.find(`x ${term} x`);
      assert.deepEqual(hits.map((hit) => hit.text), [term], `“${term}” is not matched whole`);
    }
    assert.deepEqual(matcher.find("严格落实").map((hit) => hit.text), ["严格"]);
    assert.deepEqual(matcher.find("确保学生安全"), [], "确保 alone is not absolute");
  });

  it("tells a standard made only of vague wording from one that says something", () => {
    assert.ok(isOnlyVagueWording("确保万无一失"));
    assert.ok(isOnlyVagueWording("嚴格落實相關要求"));
    assert.ok(isOnlyVagueWording("Strictly ensure safety in all aspects"));
    assert.ok(!isOnlyVagueWording("确保学生安全"), "no lexicon term at all");
    assert.ok(!isOnlyVagueWording("及时处理投诉"));
    assert.ok(!isOnlyVagueWording("Handle complaints promptly, within 2 working days"));
  });

  it("every rule cites only verified articles of the built-in library", () => {
    const laws = LawLibrary.builtIn();
    for (const rule of BOUNDARY_RULES) {
      for (const id of rule.meta.laws) {
        const [lawId = "", number = ""] = id.split("/");
        const law = laws.lawById(lawId);
        assert.ok(law, `${rule.meta.id}: unknown law ${lawId}`);
        const article = laws.article(law, Number(number));
        assert.ok(article?.verified, `${rule.meta.id}: ${id} is not a verified article`);
      }
    }
  });
});
