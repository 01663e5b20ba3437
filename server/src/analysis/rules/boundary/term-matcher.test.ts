/**
 * The term matcher: leftmost term first, the longest at one position, English on word
 * boundaries in any case and spacing, Chinese as substrings — checked against a matcher written
 * the plain way (one pattern, every term with its own boundary checks) on texts made of terms
 * and their neighbours; and answers remembered for a text's owner stay the answers.
 */
import assert from "node:assert/strict";
import { Rng } from "../../../../../test/fuzz/rng.ts";
import { TermMatcher } from "./term-matcher.ts";

const TERMS = [
  "as soon as possible", "as soon", "soon", "timely", "in a timely manner", "etc.", "appropriate", "A-level", "_internal", "3rd party",
  "尽快", "尽快处理", "确保不出问题", "不出问题", "相关", "有关部门", "—全面", "（必要时）", "§ 5",
];

/** The plain way: one alternation of every term, longest first, each with its own boundaries. */
function plainFind(text: string): string[] {
  const key = (term: string) => term.trim().toLowerCase().replace(/[\s\-‐]+/g, " ");
  const sorted = [...TERMS].sort((a, b) => key(b).length - key(a).length);
  const pattern = sorted
    .map((term) => {
      const body = term.trim().split(/[\s\-‐]+/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\-‐]+");
      const before = /[A-Za-z0-9_]/.test(term[0]!) ? "(?<![A-Za-z0-9_])" : "";
      const after = /[A-Za-z0-9_]/.test(term.at(-1)!) ? "(?![A-Za-z0-9_])" : "";
      return `${before}${body}${after}`;
    })
    .join("|");
  return [...text.matchAll(new RegExp(pattern, "gi"))].map((match) => `${match.index}:${match[0]}`);
}

const PIECES = [...TERMS, " ", "  ", "-", "x", "X", "in", "ASAP", "As Soon As Possible", "soonest", "untimely", "a", "处理", "全面", "\n", "_", "9", "。"];

describe("boundary: term matcher", () => {
  const matcher = new TermMatcher(TERMS.map((term) => [term, term] as const));

  it("finds what one plain pattern of every term finds, on texts made of terms and their neighbours", () => {
    const rng = new Rng(5);
    for (let run = 0; run < 5000; run++) {
      let text = "";
      for (let n = 1 + rng.int(8); n > 0; n--) text += rng.pick(PIECES);
      assert.deepEqual(
        matcher.find(text).map((hit) => `${hit.start}:${hit.text}`),
        plainFind(text),
        JSON.stringify(text),
      );
    }
  });

  it("remembers a text's answer by the object it belongs to, and checks the text is still the same", () => {
    const owner = {};
    const text = "Report as soon as possible to the 有关部门, etc.";
    const first = matcher.findFor(owner, text);
    assert.deepEqual(first.map((hit) => hit.text), ["as soon as possible", "有关部门", "etc."]);
    assert.equal(matcher.findFor(owner, text), first, "the same answer, not a new search");
    assert.deepEqual(matcher.findFor(owner, "timely").map((hit) => hit.text), ["timely"]);
    assert.deepEqual(matcher.findFor({}, "nothing vague here"), []);
  });
});
