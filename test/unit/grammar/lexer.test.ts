/**
 * The hand-written scanner (grammar/src/lexer.ts) against its definition: Chevrotain's lexer built
 * from the token patterns of tokens.ts, with names spelt as keywords made keywords. Both must give
 * the same tokens (type, text, offset), comments and errors (offset, length, message) on every
 * text: samples, generated policies, their mutations, texts made of the pieces where tokens
 * meet, and random characters.
 */
import assert from "node:assert/strict";
import { Lexer, type ILexingResult, type TokenType } from "chevrotain";
import { lex } from "../../../grammar/src/lexer.ts";
import { ALL_TOKENS, Identifier, KEYWORD_SPELLINGS } from "../../../grammar/src/tokens.ts";
import { mutationCorpus } from "../../fuzz/corpus.ts";
import { MUTATIONS } from "../../fuzz/mutate.ts";
import { Rng } from "../../fuzz/rng.ts";

const definition = new Lexer(ALL_TOKENS, { positionTracking: "onlyOffset", ensureOptimizations: true });

/** Keywords as written, English ones also lower-cased: `Duty` is `duty`, `責任` only `責任`. */
const keywords = new Map<string, TokenType>();
const englishKeywords = new Map<string, TokenType>();
for (const [type, spelling] of KEYWORD_SPELLINGS) {
  for (const word of spelling.all) (/^[A-Za-z]+$/.test(word) ? englishKeywords : keywords).set(word.toLowerCase(), type);
}

function defined(text: string): ILexingResult {
  const result = definition.tokenize(text);
  for (const token of result.tokens) {
    if (token.tokenType !== Identifier) continue;
    const keyword = keywords.get(token.image) ?? englishKeywords.get(token.image.toLowerCase());
    if (keyword) token.tokenType = keyword;
  }
  return result;
}

function shown(result: ILexingResult): string {
  const tokens = (list: ILexingResult["tokens"]) => list.map((token) => `${token.tokenType.name} ${token.startOffset} ${JSON.stringify(token.image)}`);
  return JSON.stringify({
    tokens: tokens(result.tokens),
    comments: tokens(result.groups["comments"] ?? []),
    errors: result.errors.map((error) => `${error.offset}+${error.length} ${error.message}`),
  }, null, 1);
}

function assertSame(text: string, what: string): void {
  const scanned = shown(lex(text));
  const expected = shown(defined(text));
  if (scanned !== expected) assert.equal(scanned, expected, `${what}: ${JSON.stringify(text.slice(0, 300))}`);
}

/** Pieces where tokens begin, end or nearly match. */
const PIECES = [
  "a", "A", "z", "_", "x1", "art", "art.", "arts.", "arts", "article", "articles", "Article", "articlesx", "art-x", "§",
  "civil-code/180", "a-b/1", "a--b/2", "ab-/3", "abc/", "/", "//", "/*", "*/", "*", ".", "@", "#", "。",
  "第", "二十七", "条", "條", "款", "项", "項", "至", "到", "（", "）", "(", ")", "二", "第二十七条", "第27条第二款", "第五十五条（二）",
  "0", "1", "12", "2026", "2026-1-01", "2026年3月1日", "２０２６年", "９", "．", "-", "–", "—", "~", "～", "95-97",
  "年", "月", "日", "天", "days", "day", "working days", "working", " days", "万元", "元", "CNY", "cny", "%", "％", "hours", "個工作日",
  '"', "'", "\\", '\\"', "“", "”", "「", "」", "『", "』", "＂",
  "\n", "\r", "\r\n", "\u2028", "\u2029", " ", "  ", "\t", "\u3000", "\uFEFF", "\u00A0", "\f", "\v",
  ":", "：", ",", "，", "、", ";", "；", "{", "}", "｛", "｝",
  "tier", "duty", "Duty", "DUTY", "责任", "責任", "责任人", "import", "导入", "policy", "case",
  "é", "Ω", "ж", "·", "・", "\uD83D", "\uDE00", "😀", "\u0000", "\uFFFF", "ｱ",
];

describe("grammar: the scanner reads what the token patterns define", function () {
  this.timeout(60_000);

  it("on the samples and generated policies", () => {
    for (const [i, text] of mutationCorpus().entries()) assertSame(text, `corpus ${i}`);
  });

  it("on mutated policies", () => {
    const corpus = mutationCorpus();
    const names = Object.keys(MUTATIONS);
    const rng = new Rng(31);
    for (let run = 0; run < 1500; run++) {
      let text = corpus[rng.int(corpus.length)]!;
      for (let step = 0; step < 1 + rng.int(3); step++) text = MUTATIONS[rng.pick(names)]!(new Rng(rng.u32()), text, corpus);
      assertSame(text, `mutation ${run}`);
    }
  });

  it("on texts made of the pieces where tokens meet", () => {
    const rng = new Rng(7);
    for (let run = 0; run < 20_000; run++) {
      let text = "";
      for (let n = 1 + rng.int(12); n > 0; n--) text += rng.pick(PIECES);
      assertSame(text, `pieces ${run}`);
    }
  });

  it("on random characters", () => {
    const rng = new Rng(11);
    for (let run = 0; run < 3000; run++) {
      let text = "";
      for (let n = rng.int(40); n > 0; n--) text += String.fromCharCode(rng.float() < 0.5 ? rng.int(0x80) : rng.int(0x10000));
      assertSame(text, `random ${run}`);
    }
  });
});
