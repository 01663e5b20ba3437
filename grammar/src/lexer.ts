/**
 * Text → tokens: a scanner written by hand for the tokens of tokens.ts, whose patterns stay the
 * definition. Chevrotain's lexer tried a regular expression per candidate token at every
 * position (every lowercase word was first tried as a law id, every name then looked up as a
 * keyword), a quarter of all parsing; this scanner decides by the first character and reads
 * blanks, punctuation, names, strings and comments with a loop. The rarer tokens that begin with
 * a digit, `第` or a parenthesis are matched with tokens.ts's own patterns.
 *
 * Its result is exactly what Chevrotain's lexer built from ALL_TOKENS gives — the same tokens,
 * comments and errors, keywords told apart from names — which test/unit/grammar/lexer.test.ts
 * checks on samples, generated policies, mutations and random text.
 */
import type { ILexingError, ILexingResult, IToken, TokenType } from "chevrotain";
import * as T from "./tokens.ts";

/** The token types as the scanner hands them out: one shape, so that reading them stays cheap. */
interface Kind {
  readonly type: TokenType;
  readonly index: number;
}

function kind(type: TokenType): Kind {
  return { type, index: type.tokenTypeIdx! };
}

const WHITE_SPACE = kind(T.WhiteSpace);
const LINE_BREAK = kind(T.LineBreak);
const LINE_COMMENT = kind(T.LineComment);
const BLOCK_COMMENT = kind(T.BlockComment);
const UNTERMINATED_BLOCK_COMMENT = kind(T.UnterminatedBlockComment);
const COLON = kind(T.Colon);
const COMMA = kind(T.Comma);
const SEMICOLON = kind(T.Semicolon);
const LEFT_CURLY = kind(T.LCurly);
const RIGHT_CURLY = kind(T.RCurly);
const STRING = kind(T.StringLiteral);
const UNTERMINATED_STRING = kind(T.UnterminatedString);
const DATE = kind(T.DateLiteral);
const ARTICLE_REF = kind(T.ArticleRef);
const QUANTITY = kind(T.Quantity);
const NUMBER_RANGE = kind(T.NumberRange);
const NUMBER = kind(T.NumberLiteral);
const LAW_ID = kind(T.LawId);
const PAREN_NOTE = kind(T.ParenNote);
const ARTICLE_MARK = kind(T.ArticleMark);
const IDENTIFIER = kind(T.Identifier);

/** Keywords as written; English ones lower-cased, and matched in any case. */
const KEYWORDS = new Map<string, Kind>();
const ENGLISH_KEYWORD_LENGTHS = new Set<number>();
/**
 * Each keyword's length and first character (lower-cased when English): a name unlike every
 * keyword in both is not looked up — most names, since a lookup hashes the name.
 */
const KEYWORD_SHAPES = new Set<number>();
for (const [type, spelling] of T.KEYWORD_SPELLINGS) {
  for (const word of spelling.all) {
    const english = /^[A-Za-z]+$/.test(word);
    const key = english ? word.toLowerCase() : word;
    KEYWORDS.set(key, kind(type));
    KEYWORD_SHAPES.add(shapeOf(key.length, key.charCodeAt(0)));
    if (english) ENGLISH_KEYWORD_LENGTHS.add(word.length);
  }
}

function shapeOf(length: number, first: number): number {
  return length * 0x10000 + (first >= 0x41 && first <= 0x5a ? first + 0x20 : first);
}

/** A token's own pattern, anchored where it is tried. */
function sticky(type: TokenType): RegExp {
  return new RegExp((type.PATTERN as RegExp).source, "y");
}

const DATE_PATTERN = sticky(T.DateLiteral);
const ARTICLE_REF_PATTERN = sticky(T.ArticleRef);
const QUANTITY_PATTERN = sticky(T.Quantity);
const NUMBER_RANGE_PATTERN = sticky(T.NumberRange);
const NUMBER_PATTERN = sticky(T.NumberLiteral);
const PAREN_NOTE_PATTERN = sticky(T.ParenNote);

/** The kind of token tokenAt last matched. */
let matched: Kind = IDENTIFIER;

/** Token types by their index (`tokenTypeIdx`), which is what a scan records (in a byte: see the check). */
const TOKEN_TYPES: readonly TokenType[] = (() => {
  const types: TokenType[] = [];
  for (const type of T.ALL_TOKENS) {
    // Chevrotain numbers token types in the order they are created, across the process.
    if (type.tokenTypeIdx! > 255) throw new Error(`token type ${type.name} has index ${type.tokenTypeIdx}: a scan records types in bytes`);
    types[type.tokenTypeIdx!] = type;
  }
  return types;
})();

/**
 * A text's tokens as three arrays of numbers — type (its `tokenTypeIdx`), start and end — rather
 * than an object and a string per token: the parser of clean texts (clean-parse.ts) reads them
 * so, and makes strings only for the words it keeps. Blanks, line breaks and comments are left
 * out; comments are kept apart as tokens.
 *
 * The arrays are the scanner's own and are reused: they hold this text's tokens, up to `count`,
 * only until the next scan. Read what you need before scanning again.
 */
export interface ScannedText {
  readonly count: number;
  readonly types: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly comments: readonly IToken[];
  readonly errors: readonly ILexingError[];
}

/**
 * The arrays scans fill, grown as needed. Grown past `KEPT_CAPACITY` tokens (a text of several
 * MB: up to ~38 MB of arrays for the largest file parse() reads), they are let go at the next
 * scan — which in `duty check` may be the process's end.
 */
const KEPT_CAPACITY = 1 << 18;
let types = new Uint8Array(4096);
let starts = new Int32Array(4096);
let ends = new Int32Array(4096);

function grow(): void {
  const size = types.length * 2;
  const moreTypes = new Uint8Array(size);
  const moreStarts = new Int32Array(size);
  const moreEnds = new Int32Array(size);
  moreTypes.set(types);
  moreStarts.set(starts);
  moreEnds.set(ends);
  types = moreTypes;
  starts = moreStarts;
  ends = moreEnds;
}

export function scan(text: string): ScannedText {
  if (types.length > KEPT_CAPACITY) {
    types = new Uint8Array(4096);
    starts = new Int32Array(4096);
    ends = new Int32Array(4096);
  }
  const comments: IToken[] = [];
  const errors: ILexingError[] = [];
  const length = text.length;
  let count = 0;
  let offset = 0;
  while (offset < length) {
    const size = tokenAt(text, offset);
    if (size < 0) {
      // As Chevrotain recovers: characters are dropped until a token can start.
      const start = offset;
      do offset++;
      while (offset < length && tokenAt(text, offset) < 0);
      errors.push({
        offset: start,
        line: undefined,
        column: undefined,
        length: offset - start,
        message: `unexpected character: ->${text.charAt(start)}<- at offset: ${start}, skipped ${offset - start} characters.`,
      });
      continue;
    }
    let what = matched;
    if (what !== WHITE_SPACE && what !== LINE_BREAK) {
      if (what === LINE_COMMENT || what === BLOCK_COMMENT || what === UNTERMINATED_BLOCK_COMMENT) {
        comments.push({ image: text.substring(offset, offset + size), startOffset: offset, tokenTypeIdx: what.index, tokenType: what.type });
      } else {
        if (what === IDENTIFIER && KEYWORD_SHAPES.has(shapeOf(size, text.charCodeAt(offset)))) what = keywordOf(text.substring(offset, offset + size)) ?? IDENTIFIER;
        if (count === types.length) grow();
        types[count] = what.index;
        starts[count] = offset;
        ends[count] = offset + size;
        count++;
      }
    }
    offset += size;
  }
  return { count, types, starts, ends, comments, errors };
}

/** The scanned tokens as Chevrotain's, from `from` up to `to`, their offsets moved by `shift`. */
export function tokensOf(text: string, scanned: ScannedText, from = 0, to = scanned.count, shift = 0): IToken[] {
  const tokens: IToken[] = [];
  const { types: kinds, starts: at, ends: until } = scanned;
  for (let i = from; i < to; i++) {
    const start = at[i]!;
    const index = kinds[i]!;
    tokens.push({ image: text.substring(start, until[i]!), startOffset: start + shift, tokenTypeIdx: index, tokenType: TOKEN_TYPES[index]! });
  }
  return tokens;
}

/** Text → Chevrotain's tokens, comments apart (group `comments`), and the characters no token matches. */
export function lex(text: string): ILexingResult {
  const scanned = scan(text);
  return { tokens: tokensOf(text, scanned), groups: { comments: scanned.comments as IToken[] }, errors: scanned.errors as ILexingError[] };
}

/** The keyword a name is spelt as, if any (`duty`, `Duty`, `责任`; not `duties`, `责任人`). */
function keywordOf(image: string): Kind | undefined {
  return KEYWORDS.get(image) ?? (ENGLISH_KEYWORD_LENGTHS.has(image.length) ? KEYWORDS.get(image.toLowerCase()) : undefined);
}

/**
 * The length of the token that starts at `at`, its type left in `matched`; -1 when none does.
 * The cases follow ALL_TOKENS's order, in which the first pattern that matches wins.
 */
function tokenAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  switch (c) {
    case 0x20: case 0x09: case 0x0c: case 0x0b: case 0xa0: case 0x3000: case 0xfeff: {
      let end = at + 1;
      while (isBlank(text.charCodeAt(end))) end++;
      return found(WHITE_SPACE, end - at);
    }
    case 0x0d:
      return found(LINE_BREAK, text.charCodeAt(at + 1) === 0x0a ? 2 : 1);
    case 0x0a: case 0x2028: case 0x2029:
      return found(LINE_BREAK, 1);
    case 0x2f: // `/`
      return comment(text, at);
    case 0x3a: case 0xff1a:
      return found(COLON, 1);
    case 0x2c: case 0xff0c: case 0x3001:
      return found(COMMA, 1);
    case 0x3b: case 0xff1b:
      return found(SEMICOLON, 1);
    case 0x7b: case 0xff5b:
      return found(LEFT_CURLY, 1);
    case 0x7d: case 0xff5d:
      return found(RIGHT_CURLY, 1);
    case 0x22: case 0x27: // `"`, `'`: a backslash escapes the next character
      return escapedString(text, at, c);
    case 0x201c:
      return plainString(text, at, 0x201d);
    case 0x300c:
      return plainString(text, at, 0x300d);
    case 0x300e:
      return plainString(text, at, 0x300f);
    case 0xff02:
      return plainString(text, at, 0xff02);
    case 0x28: case 0xff08:
      return pattern(PAREN_NOTE_PATTERN, PAREN_NOTE, text, at);
    case 0xa7: // `§`
      return found(ARTICLE_MARK, 1);
  }
  if (isDigit(c) || (c >= 0xff10 && c <= 0xff19)) {
    // A date, a quantity, a range of numbers or a number, tried in that order.
    const size = pattern(DATE_PATTERN, DATE, text, at);
    if (size >= 0) return size;
    const quantity = pattern(QUANTITY_PATTERN, QUANTITY, text, at);
    if (quantity >= 0) return quantity;
    const range = pattern(NUMBER_RANGE_PATTERN, NUMBER_RANGE, text, at);
    return range >= 0 ? range : pattern(NUMBER_PATTERN, NUMBER, text, at);
  }
  if (c === 0x7b2c /* 第 */) {
    const size = pattern(ARTICLE_REF_PATTERN, ARTICLE_REF, text, at);
    if (size >= 0) return size;
  }
  if (!isNameStart(c)) return -1;
  const name = nameLength(text, at);
  // A law id's letters, digits and hyphens are a name's too: it can only be one if a `/` ends the name.
  if (c >= 0x61 && c <= 0x7a && text.charCodeAt(at + name) === 0x2f) {
    const lawId = lawIdLength(text, at);
    if (lawId > 0) return found(LAW_ID, lawId);
  }
  if (c === 0x61 || c === 0x41) {
    // `art.`, `article`: the longer name wins (ArticleMark's longer_alt).
    const mark = articleMarkLength(text, at);
    if (mark > 0 && name <= mark) return found(ARTICLE_MARK, mark);
  }
  return found(IDENTIFIER, name);
}

function found(what: Kind, size: number): number {
  matched = what;
  return size;
}

/** The length `regex` (sticky, tokens.ts's pattern) matches at `at`, or -1; sets `matched` on a match. */
function pattern(regex: RegExp, what: Kind, text: string, at: number): number {
  regex.lastIndex = at;
  return regex.test(text) ? found(what, regex.lastIndex - at) : -1;
}

/** `// …` to the end of the line; `/* … *​/`, or to the end of the text when never closed. */
function comment(text: string, at: number): number {
  const next = text.charCodeAt(at + 1);
  if (next === 0x2f) {
    let end = at + 2;
    while (end < text.length && !isLineTerminator(text.charCodeAt(end))) end++;
    return found(LINE_COMMENT, end - at);
  }
  if (next !== 0x2a) return -1;
  const close = text.indexOf("*/", at + 2);
  return close < 0 ? found(UNTERMINATED_BLOCK_COMMENT, text.length - at) : found(BLOCK_COMMENT, close + 2 - at);
}

/** `"…"` or `'…'` on one line, with backslash escapes; unterminated up to where it cannot go on. */
function escapedString(text: string, at: number, quote: number): number {
  let end = at + 1;
  for (;;) {
    const c = text.charCodeAt(end);
    if (c === quote) return found(STRING, end + 1 - at);
    if (c === 0x5c /* \ */) {
      // `\\.`: any character but a line terminator.
      const escaped = text.charCodeAt(end + 1);
      if (end + 1 >= text.length || isLineTerminator(escaped)) break;
      end += 2;
      continue;
    }
    if (end >= text.length || c === 0x0a || c === 0x0d) break;
    end++;
  }
  return found(UNTERMINATED_STRING, end - at);
}

/** `“…”`, `「…」`, `『…』`, `＂…＂`: no escapes, up to the closing mark or the line's end. */
function plainString(text: string, at: number, close: number): number {
  let end = at + 1;
  for (;;) {
    const c = text.charCodeAt(end);
    if (c === close) return found(STRING, end + 1 - at);
    if (end >= text.length || c === 0x0a || c === 0x0d) break;
    end++;
  }
  return found(UNTERMINATED_STRING, end - at);
}

/** `physicians-act/27`: `[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[0-9]+`, or 0. */
function lawIdLength(text: string, at: number): number {
  let end = at + 1;
  while (isLowerOrDigit(text.charCodeAt(end))) end++;
  while (text.charCodeAt(end) === 0x2d && isLowerOrDigit(text.charCodeAt(end + 1))) {
    end += 2;
    while (isLowerOrDigit(text.charCodeAt(end))) end++;
  }
  if (text.charCodeAt(end) !== 0x2f || !isDigit(text.charCodeAt(end + 1))) return 0;
  end += 2;
  while (isDigit(text.charCodeAt(end))) end++;
  return end - at;
}

/** `[Aa]rts?\.|[Aa]rticles?(?![A-Za-z0-9_])`, or 0 (the first letter is known to be `a` or `A`). */
function articleMarkLength(text: string, at: number): number {
  if (text.charCodeAt(at + 1) !== 0x72 || text.charCodeAt(at + 2) !== 0x74) return 0; // `rt`
  let end = at + 3;
  if (text.charCodeAt(end) === 0x73) end++; // `s`
  if (text.charCodeAt(end) === 0x2e) return end + 1 - at; // `.`
  if (!text.startsWith("icle", at + 3)) return 0;
  end = at + 7;
  if (text.charCodeAt(end) === 0x73 && !isWordChar(text.charCodeAt(end + 1))) return end + 1 - at;
  return isWordChar(text.charCodeAt(end)) ? 0 : end - at;
}

/** tokens.ts's NAME: a name-start character, then name characters. */
function nameLength(text: string, at: number): number {
  let end = at + 1;
  while (isNamePart(text.charCodeAt(end))) end++;
  return end - at;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0c || c === 0x0b || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

/** What `.` does not match, and what ends a line comment. */
function isLineTerminator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLowerOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || isDigit(c);
}

function isWordChar(c: number): boolean {
  return isLowerOrDigit(c) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

/** Character classes by UTF-16 code: a table is cheaper than a chain of ranges for every letter. */
const NAME_START = 1;
const NAME_PART = 2;
const CLASSES = new Uint8Array(0x10000);
/** tokens.ts's NAME_START: Latin, Greek, Cyrillic and the CJK blocks (BMP). */
for (const [from, to] of [[0x41, 0x5a], [0x61, 0x7a], [0x5f, 0x5f], [0xc0, 0x24f], [0x370, 0x4ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]] as const) {
  CLASSES.fill(NAME_START | NAME_PART, from, to + 1);
}
/** tokens.ts's NAME_PART adds digits, `-`, `·` and `・`. */
CLASSES.fill(NAME_PART, 0x30, 0x3a);
for (const c of [0x2d, 0xb7, 0x30fb]) CLASSES[c] = NAME_PART;

function isNameStart(c: number): boolean {
  return (CLASSES[c]! & NAME_START) !== 0;
}

function isNamePart(c: number): boolean {
  // NaN past the end of the text reads as undefined: no class.
  return (CLASSES[c]! & NAME_PART) !== 0;
}
