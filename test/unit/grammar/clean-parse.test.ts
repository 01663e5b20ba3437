/**
 * The parser of clean texts (grammar/src/clean-parse.ts) against Chevrotain's parser with its
 * recovery (parseWithRecovery): where the first reads a text, the second must read it without
 * a problem and give the same syntax tree; and the first must read every text the second reads
 * without a problem (else clean texts would take the slow path). On samples, generated policies,
 * their mutations, edits made to stay close to clean Duty (clause keywords inside values, lists,
 * semicolons, titles, nested blocks, imports) and random text.
 */
import assert from "node:assert/strict";
import { readCleanText } from "../../../grammar/src/clean-parse.ts";
import { scan } from "../../../grammar/src/lexer.ts";
import { parse, parseWithRecovery } from "../../../grammar/src/parse.ts";
import { mutationCorpus } from "../../fuzz/corpus.ts";
import { generatePolicy } from "../../fuzz/generate-policy.ts";
import { decodings, mutatePolicy, randomBytes } from "../../fuzz/mutate.ts";
import { Rng } from "../../fuzz/rng.ts";

/** Compares the two parsers on `text`; returns whether the clean parser read it. */
function compare(text: string, what: string): boolean {
  const clean = readCleanText(text, scan(text));
  const full = parseWithRecovery(text);
  const shown = (): string => `${what}: ${JSON.stringify(text.slice(0, 400))}`;
  if (clean === undefined) {
    assert.notEqual(full.diagnostics.length, 0, `the clean parser gave up on a text without syntax problems — ${shown()}`);
    return false;
  }
  assert.deepEqual(full.diagnostics, [], `the clean parser read a text with syntax problems — ${shown()}`);
  const same = JSON.stringify(clean) === JSON.stringify(full.tree);
  if (!same) assert.equal(JSON.stringify(clean, null, 1), JSON.stringify(full.tree, null, 1), shown());
  return true;
}

/** Pieces inserted where a token begins: most keep the text close to clean Duty, some do not. */
const PIECES = [
  " duty", " 责任", " 責任", " 免责", " Duty", " tier", " case", " policy", " 层级",
  " duty x", " duty x {", " duty x y:", " duty \"t\" {", " duty x \"t\"", " 责任 甲 {", " 免责\n",
  ", x", ", 甲", "，乙", "、丙", ", \"s\"", ", 30 days", ", 第二十七条",
  ";", "；", " \"quoted\"", " “引号”", " 「引號」", " 3 working days", " 5万元", " 2026-03-01",
  " civil-code/180", " art. 12", " 第五十五条第二款（二）", " (note)", " § 4",
  "\nx: y\n", "\n甲：乙\n", "\nscope { a: b }\n", "\nx {\n y { z: w }\n}\n", "\nx {}\n",
  "\nimport \"other.duty\";\n", " import", " 导入 \"a.duty\"", "\nduty extra { holder: a }\n",
  " {", " }", " :", " x:", " x {", "\"", "“", " /* c */", " // c\n",
];

function tokenStarts(text: string): number[] {
  const scanned = scan(text);
  return Array.from(scanned.starts.subarray(0, scanned.count));
}

describe("the parser of clean texts", () => {
  it("reads every sample and generated policy, as Chevrotain's parser does", () => {
    let read = 0;
    const texts = [...mutationCorpus(), ...Array.from({ length: 60 }, (_, i) => generatePolicy(500 + i).text)];
    for (const [i, text] of texts.entries()) if (compare(text, `text ${i}`)) read++;
    // The samples and generated policies are clean Duty (fixtures with syntax errors aside).
    assert.ok(read >= texts.length - 10, `read ${read} of ${texts.length}`);
  });

  it("agrees with Chevrotain's parser on edits that stay close to clean Duty", () => {
    const corpus = [...mutationCorpus().filter((text) => parse(text).diagnostics.length === 0), ...Array.from({ length: 20 }, (_, i) => generatePolicy(900 + i).text)];
    const rng = new Rng(20261128);
    let read = 0;
    let total = 0;
    for (let i = 0; i < 3000; i++) {
      let text = rng.pick(corpus);
      for (let edit = 0, edits = 1 + rng.int(3); edit < edits; edit++) {
        const starts = tokenStarts(text);
        const at = starts.length === 0 ? 0 : rng.pick(starts);
        text = text.slice(0, at) + rng.pick(PIECES) + text.slice(at);
      }
      total++;
      if (compare(text, `edit ${i}`)) read++;
    }
    // Both paths are exercised: a good part of the edits keep the text clean.
    assert.ok(read > total / 10 && read < total, `read ${read} of ${total}`);
  });

  it("agrees with Chevrotain's parser on mutated policies and random text", () => {
    const corpus = mutationCorpus();
    for (let i = 0; i < 1500; i++) compare(mutatePolicy(7000 + i, corpus).text, `mutation ${i}`);
    for (let i = 0; i < 300; i++) compare(decodings(randomBytes(9000 + i)).utf8, `random ${i}`);
  });

  it("gives up on what only the recovering parser reports", () => {
    const cases = [
      "duty d { holder: a", // no closing brace
      "duty d { holder: a, }", // a value missing after the comma
      "duty d { holder a }", // a stray name
      "stray duty d { holder: a }", // a stray at the top level
      "duty d { holder: \"open }", // an unterminated string
      "duty d { holder: a } /* open", // an unterminated comment
      "duty d { holder: a ☃ }", // an unlexable character
      "duty d { import \"x.duty\" }", // an import inside a clause
      `duty d { ${"x { ".repeat(40)}${"} ".repeat(40)}}`, // nested too deep
    ];
    for (const text of cases) {
      assert.equal(readCleanText(text, scan(text)), undefined, text);
      assert.notEqual(parse(text).diagnostics.length, 0, text);
    }
  });
});
