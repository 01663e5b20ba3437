/** docs/language.md lists every value the vocabulary accepts, so that a drafter can write it from the docs. */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { CASE_CONDITIONS, CONTEXTS, DUTY_KINDS, EXEMPTION_GROUNDS, TRIGGER_BASES } from "../../grammar/src/vocabulary.ts";

const LANGUAGE = fs.readFileSync(path.resolve("docs", "language.md"), "utf8");

describe("docs/language.md", () => {
  for (const [name, values] of Object.entries({ CASE_CONDITIONS, CONTEXTS, DUTY_KINDS, EXEMPTION_GROUNDS, TRIGGER_BASES })) {
    it(`lists every value of ${name} with its spellings`, () => {
      for (const value of values) {
        assert.ok(LANGUAGE.includes(`| \`${value.value}\` |`), `${name}: ${value.value}`);
        for (const written of value.spelling.all) assert.ok(LANGUAGE.includes(`\`${written}\``), `${name}: ${value.value} as ${written}`);
      }
    });
  }
});
