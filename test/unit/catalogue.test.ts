/**
 * Every finding Duty can report has an id, a docs page in the fixed template, messages in three
 * languages, tests next to its rule, and cites only verified law.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { LOCALES } from "../../grammar/src/index.ts";
import { CATALOGUE } from "../../server/src/analysis/catalogue.ts";
import { LawLibrary } from "../../server/src/analysis/laws/law-library.ts";
import { RULES } from "../../server/src/analysis/rules/registry.ts";

const SECTIONS = ["Summary", "Avoid", "Prefer", "Rationale", "Exceptions", "Options", "Related law"];

describe("the rule catalogue", () => {
  it("has unique ids of the form family/name", () => {
    const ids = CATALOGUE.map((entry) => entry.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+\/[a-z-]+$/);
  });

  for (const entry of CATALOGUE) {
    it(`${entry.id}: docs page with every section`, () => {
      const page = path.resolve("docs", "rules", `${entry.id}.md`);
      assert.ok(fs.existsSync(page), `${page} exists`);
      const text = fs.readFileSync(page, "utf8");
      assert.match(text, new RegExp(`^# ${entry.id.replace("/", "\\/")}`, "m"));
      for (const section of SECTIONS) assert.match(text, new RegExp(`^## ${section}$`, "m"), `${entry.id}: section ${section}`);
      const index = fs.readFileSync(path.resolve("docs", "rules", "README.md"), "utf8");
      assert.ok(index.includes(entry.id), `docs/rules/README.md lists ${entry.id}`);
    });

    it(`${entry.id}: summary in English, 简体 and 繁體`, () => {
      for (const locale of LOCALES) assert.ok(entry.summary[locale].length > 0, `${locale} summary`);
    });
  }

  for (const rule of RULES) {
    it(`${rule.meta.id}: why and instead in three languages, a test next to it, verified laws only`, () => {
      for (const locale of LOCALES) {
        assert.ok(rule.meta.why[locale].length > 0);
        assert.ok(rule.meta.instead[locale].length > 0);
      }
      const [family, name] = rule.meta.id.split("/");
      const test = path.resolve("server", "src", "analysis", "rules", family!, `${name}.test.ts`);
      assert.ok(fs.existsSync(test), `${test} exists`);
      const library = LawLibrary.builtIn();
      for (const id of rule.meta.laws) {
        const [lawId, article] = id.split("/");
        const law = library.lawById(lawId!);
        assert.ok(law, `${id}: law in the library`);
        const entry = law.articles.find((candidate) => candidate.number === Number(article));
        assert.ok(entry, `${id}: article in the library`);
        assert.equal(entry.verified, true, `${id} is verified`);
      }
    });
  }
});
