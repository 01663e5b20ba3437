/**
 * The tokens of the Duty language. Full-width punctuation, as Chinese input methods type it,
 * is accepted wherever the ASCII form is. The parser works on these types; lexer.ts produces them.
 */
import { createToken, Lexer, type TokenType } from "chevrotain";
import { BLOCK_KEYWORDS, IMPORT_KEYWORD, type BlockKind, type Spelling } from "./vocabulary.ts";

/**
 * Letters a name may use. Chevrotain rebuilds patterns without the `u` flag, so Unicode
 * property escapes are unusable: the CJK blocks are listed as explicit BMP ranges.
 */
const NAME_START = "A-Za-z_\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF";
const NAME_PART = `${NAME_START}0-9\\-\\u00B7\\u30FB`;
const NAME = `[${NAME_START}][${NAME_PART}]*`;

/** Any token that can stand where it makes no sense: consumed and reported, never fatal. */
export const Stray = createToken({ name: "Stray", pattern: Lexer.NA });

/** Tokens that can be part of a field's value. */
export const ValueAtom = createToken({ name: "ValueAtom", pattern: Lexer.NA });

const ATOM = [ValueAtom, Stray];

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\f\v\u00A0\u3000\uFEFF]+/,
  group: Lexer.SKIPPED,
});

export const LineBreak = createToken({
  name: "LineBreak",
  pattern: /\r\n?|\n|\u2028|\u2029/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

export const LineComment = createToken({
  name: "LineComment",
  pattern: /\/\/[^\r\n\u2028\u2029]*/,
  group: "comments",
});

export const BlockComment = createToken({
  name: "BlockComment",
  pattern: /\/\*[\s\S]*?\*\//,
  group: "comments",
  line_breaks: true,
});

/** An unterminated block comment runs to the end of the file; it is reported, not fatal. */
export const UnterminatedBlockComment = createToken({
  name: "UnterminatedBlockComment",
  pattern: /\/\*[\s\S]*/,
  group: "comments",
  line_breaks: true,
});

/** Strings stay on one line so that a missing quote costs one line, not the rest of the file. */
export const StringLiteral = createToken({
  name: "StringLiteral",
  categories: ATOM,
  pattern: /"(?:[^"\\\r\n]|\\.)*"|“[^”\r\n]*”|「[^」\r\n]*」|『[^』\r\n]*』|'(?:[^'\\\r\n]|\\.)*'|＂[^＂\r\n]*＂/,
});

export const UnterminatedString = createToken({
  name: "UnterminatedString",
  categories: ATOM,
  pattern: /"(?:[^"\\\r\n]|\\.)*|“[^”\r\n]*|「[^」\r\n]*|『[^』\r\n]*|'(?:[^'\\\r\n]|\\.)*|＂[^＂\r\n]*/,
});

const DIGITS = "[0-9０-９]+(?:[.．][0-9０-９]+)?";

export const DateLiteral = createToken({
  name: "DateLiteral",
  categories: ATOM,
  pattern: /[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日/,
});

/** Units a quantity may carry; longest first so that `working days` wins over `days`. */
export const UNITS: readonly string[] = [
  "working days", "working day", "business days", "business day",
  "days", "day", "hours", "hour", "minutes", "minute", "weeks", "week", "months", "month", "years", "year",
  "CNY", "RMB", "yuan", "percent", "%", "％",
  "工作日", "个工作日", "個工作日", "小时", "小時", "分钟", "分鐘", "个月", "個月",
  "万元", "萬元", "亿元", "億元", "元", "日", "天", "周", "週", "月", "年",
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const UNIT_ALTERNATIVES = [...UNITS]
  .sort((a, b) => b.length - a.length)
  .map((unit) => (/[A-Za-z]$/.test(unit) ? `${escapeRegExp(unit).replace(/ /g, "[ \\t]+")}(?![A-Za-z])` : escapeRegExp(unit)))
  .join("|");

export const Quantity = createToken({
  name: "Quantity",
  categories: ATOM,
  pattern: new RegExp(`${DIGITS}[ \\t]*(?:${UNIT_ALTERNATIVES})`),
});

/** `95-97` or `95–97`: a range of articles in an English citation. */
export const NumberRange = createToken({
  name: "NumberRange",
  categories: ATOM,
  pattern: /[0-9]+[ \t]*[-–—~～][ \t]*[0-9]+/,
});

export const NumberLiteral = createToken({
  name: "NumberLiteral",
  categories: ATOM,
  pattern: new RegExp(DIGITS),
});

const CN_NUMERAL = "[0-9０-９零〇一二两兩三四五六七八九十百千]+";

/** `第二十七条`, `第27条第二款`, `第五十五条（二）`: a Chinese article reference. */
export const ArticleRef = createToken({
  name: "ArticleRef",
  categories: ATOM,
  pattern: new RegExp(
    `第[ \\t]*${CN_NUMERAL}[ \\t]*[条條](?:[ \\t]*(?:至|到|-|–)[ \\t]*第?[ \\t]*${CN_NUMERAL}[ \\t]*[条條])?` +
      `(?:[ \\t]*第[ \\t]*${CN_NUMERAL}[ \\t]*款)?(?:[ \\t]*第?[ \\t]*[(（][ \\t]*${CN_NUMERAL}[ \\t]*[)）](?:[ \\t]*[项項])?)?(?:[ \\t]*第[ \\t]*${CN_NUMERAL}[ \\t]*[项項])?`,
  ),
});

/** `physicians-act/27`: a law id and article as the law library writes them. */
export const LawId = createToken({
  name: "LawId",
  categories: ATOM,
  pattern: /[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[0-9]+/,
});

/** A short parenthesised note such as `(2)` or `（二）` after an article number. */
export const ParenNote = createToken({
  name: "ParenNote",
  categories: ATOM,
  pattern: /[(（][^()（）\r\n]{0,40}[)）]/,
});

export const Identifier = createToken({ name: "Identifier", pattern: new RegExp(NAME), categories: ATOM });

/** `art.` / `arts.` / `article`: an English article marker in a citation. */
export const ArticleMark = createToken({
  name: "ArticleMark",
  pattern: /[Aa]rts?\.|[Aa]rticles?(?![A-Za-z0-9_])|§/,
  longer_alt: Identifier,
  categories: ATOM,
});

export const Colon = createToken({ name: "Colon", pattern: /[:：]/, categories: [Stray] });
export const Comma = createToken({ name: "Comma", pattern: /[,，、]/, categories: [Stray] });
export const Semicolon = createToken({ name: "Semicolon", pattern: /[;；]/, categories: [Stray] });
export const LCurly = createToken({ name: "LCurly", pattern: /[{｛]/ });
export const RCurly = createToken({ name: "RCurly", pattern: /[}｝]/ });

/** Any clause keyword; the parser matches the category, the AST reads which one. */
export const BlockKeyword = createToken({ name: "BlockKeyword", pattern: Lexer.NA });

/*
 * Keywords are not patterns of the lexer: a keyword is a name spelt as one (`duty`, `Duty`,
 * `责任`; `duties` and `责任人` are names), so the lexer reads every word as an Identifier and
 * lexer.ts looks the word up — one map lookup instead of a pattern per keyword and then the
 * longer name tried before every word.
 */
export const BLOCK_KEYWORD_TOKENS: Readonly<Record<BlockKind, TokenType>> = Object.fromEntries(
  (Object.keys(BLOCK_KEYWORDS) as BlockKind[]).map((kind) => [
    kind,
    createToken({ name: `Keyword_${kind}`, pattern: Lexer.NA, categories: [BlockKeyword] }),
  ]),
) as Record<BlockKind, TokenType>;

export const ImportKeyword = createToken({ name: "ImportKeyword", pattern: Lexer.NA });

/** Each keyword's spellings (English ones match in any case). */
export const KEYWORD_SPELLINGS: readonly (readonly [TokenType, Spelling])[] = [
  ...(Object.keys(BLOCK_KEYWORDS) as BlockKind[]).map((kind) => [BLOCK_KEYWORD_TOKENS[kind], BLOCK_KEYWORDS[kind]] as const),
  [ImportKeyword, IMPORT_KEYWORD] as const,
];

/** Token kind → clause kind, for the AST builder. */
export const BLOCK_KIND_OF_TOKEN = new Map<TokenType, BlockKind>(
  (Object.entries(BLOCK_KEYWORD_TOKENS) as [BlockKind, TokenType][]).map(([kind, type]) => [type, kind]),
);

/**
 * The token types in the order that decides between them: the first pattern that matches wins
 * (ArticleMark yields to a longer name). These patterns are the definition of the tokens:
 * lexer.ts scans them by hand, and test/unit/grammar/lexer.test.ts builds Chevrotain's lexer from
 * this list to check that the scanner reads exactly what it would.
 */
export const ALL_TOKENS: TokenType[] = [
  Stray,
  ValueAtom,
  WhiteSpace,
  LineBreak,
  LineComment,
  BlockComment,
  UnterminatedBlockComment,
  Colon,
  Comma,
  Semicolon,
  LCurly,
  RCurly,
  StringLiteral,
  UnterminatedString,
  DateLiteral,
  ArticleRef,
  Quantity,
  NumberRange,
  NumberLiteral,
  LawId,
  ParenNote,
  BlockKeyword,
  ...Object.values(BLOCK_KEYWORD_TOKENS),
  ImportKeyword,
  ArticleMark,
  Identifier,
];
