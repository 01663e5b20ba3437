/**
 * Text → syntax tree, with every lexical and syntax problem as a diagnostic in the document's
 * language. Never throws on any input: limits turn pathological files into one clear finding.
 */
import { tokenMatcher, type IRecognitionException, type IToken, type TokenType } from "chevrotain";
import { message, type Diagnostic } from "./diagnostic.ts";
import type { Locale } from "./locale.ts";
import { SYNTAX_MESSAGES, THINGS } from "./messages.ts";
import { parseChineseNumeral } from "./chinese-numerals.ts";
import { fitted } from "./fitted.ts";
import { lex } from "./lexer.ts";
import { ownCopy, TextMemo } from "./memo.ts";
import { toAsciiDigits } from "./numbers.ts";
import { parseTokens, readExpectedTokens, type BodyDraft, type ClauseDraft, type TreeSink } from "./parser.ts";
import type { Span } from "./positions.ts";
import { detectLocale, detectLocaleFrom } from "./script.ts";
import type { Atom, Block, Comment, ImportStatement, Member, StringAtom, SyntaxTree, Value, Word } from "./syntax-tree.ts";
import * as T from "./tokens.ts";
import { BLOCK_KEYWORDS, type BlockKind, spell } from "./vocabulary.ts";

/** Deeper nesting than this is never meaningful in Duty and would only exhaust the stack. */
export const MAX_NESTING = 32;
/** Larger files are refused with a finding rather than risking the editor's memory. */
export const MAX_FILE_LENGTH = 16 * 1024 * 1024;
/** A file with more problems than this is not a draft but noise; stop reporting. */
const MAX_SYNTAX_DIAGNOSTICS = 200;

export interface ParseResult {
  readonly tree: SyntaxTree;
  readonly diagnostics: readonly Diagnostic[];
  readonly locale: Locale;
  /** Text from this offset on played no part in choosing the locale (Infinity: all of it may have). */
  readonly localeHorizon: number;
}

/**
 * The tokens of a text, and its comments apart: for editor features (completion) that read what
 * precedes the cursor. Blanks and line breaks are dropped; unlexable characters are skipped.
 */
export function tokenize(text: string): { readonly tokens: readonly IToken[]; readonly comments: readonly IToken[] } {
  const lexed = lex(text);
  return { tokens: lexed.tokens, comments: lexed.groups["comments"] ?? [] };
}

const EMPTY_TREE: SyntaxTree = { imports: [], blocks: [], comments: [] };

export function parse(text: string, localeOverride?: Locale): ParseResult {
  if (text.length > MAX_FILE_LENGTH) {
    const locale = localeOverride ?? detectLocale([], text.slice(0, 65536));
    const diagnostic: Diagnostic = {
      rule: "syntax/too-large",
      severity: "error",
      span: { start: 0, end: 0 },
      message: message(SYNTAX_MESSAGES.tooLarge, locale, {
        size: (text.length / (1024 * 1024)).toFixed(1),
        limit: MAX_FILE_LENGTH / (1024 * 1024),
      }),
    };
    return { tree: EMPTY_TREE, diagnostics: [diagnostic], locale, localeHorizon: Infinity };
  }
  const lexed = lex(text);
  const { locale, localeHorizon } = localeOf(lexed.tokens, text, localeOverride);
  const builder = new TreeBuilder(text, locale);
  builder.reportLexerErrors(lexed.errors);
  const comments = builder.readComments(lexed.groups["comments"] ?? []);
  const tokens = builder.limitNesting(lexed.tokens);
  const errors = parseTokens(tokens, builder);
  builder.reportParserErrors(errors);
  const tree = builder.finish(comments);
  return { tree, diagnostics: builder.diagnostics.sort((a, b) => a.span.start - b.span.start), locale, localeHorizon };
}

function localeOf(tokens: readonly IToken[], text: string, override: Locale | undefined): { locale: Locale; localeHorizon: number } {
  if (override !== undefined) return { locale: override, localeHorizon: 0 };
  const { words, horizon } = structuralWords(tokens);
  const { locale, readText } = detectLocaleFrom(words, text);
  return { locale, localeHorizon: readText ? Infinity : horizon };
}

/** What a reparse (incremental.ts) needs of the whole text before it reads only the changed part. */
export interface LexedText {
  readonly tokens: readonly IToken[];
  readonly comments: readonly Comment[];
  readonly locale: Locale;
  readonly localeHorizon: number;
}

/**
 * The tokens, comments and locale of the whole text; undefined when it has problems that reach
 * beyond the clause they are in — unlexable characters, an unterminated comment, too deep a
 * nesting, too large a file — which only a full parse reports exactly.
 */
export function lexForReparse(text: string, localeOverride?: Locale): LexedText | undefined {
  if (text.length > MAX_FILE_LENGTH) return undefined;
  const lexed = lexWithoutProblems(text, 0);
  if (!lexed || nesting(lexed.tokens).deepest > MAX_NESTING) return undefined;
  return { ...lexed, ...localeOf(lexed.tokens, text, localeOverride) };
}

/**
 * The tokens and comments of `text` from `start` to `end`, which must begin at a token boundary
 * (offsets are the text's); undefined on a problem a full parse must report. Braces must
 * balance within the range when `balanced`, so that nesting after it is counted as before.
 */
export function lexRange(text: string, start: number, end: number, balanced: boolean): { tokens: IToken[]; comments: Comment[] } | undefined {
  const lexed = lexWithoutProblems(text.slice(start, end), start);
  if (!lexed) return undefined;
  const { deepest, depth } = nesting(lexed.tokens);
  if (deepest > MAX_NESTING || (balanced && depth !== 0)) return undefined;
  return lexed;
}

/** Lexes `text`, which starts at `offset` of the document; undefined on an unlexable character or a comment never closed. */
function lexWithoutProblems(text: string, offset: number): { tokens: IToken[]; comments: Comment[] } | undefined {
  const lexed = lex(text);
  if (lexed.errors.length > 0) return undefined;
  const commentTokens = lexed.groups["comments"] ?? [];
  if (commentTokens.some((token) => tokenMatcher(token, T.UnterminatedBlockComment))) return undefined;
  if (offset !== 0) {
    for (const token of lexed.tokens) token.startOffset += offset;
    for (const token of commentTokens) token.startOffset += offset;
  }
  // The comments go into documents after this one: their texts must not keep this text alive (memo.ts).
  return { tokens: lexed.tokens, comments: commentTokens.map((token) => ({ ...commentOf(token), text: ownCopy(token.image) })) };
}

function commentOf(token: IToken): Comment {
  return { text: token.image, span: spanOf(token), block: !tokenMatcher(token, T.LineComment) };
}

/**
 * The imports and clauses of a run of tokens read at the top level of `text`, with their
 * syntax diagnostics (sorted): what parse() makes of the same tokens when nothing before them
 * is left open.
 */
export function parseTokenRun(text: string, tokens: IToken[], locale: Locale): { imports: readonly ImportStatement[]; blocks: readonly Block[]; diagnostics: Diagnostic[] } {
  const builder = new TreeBuilder(text, locale);
  builder.reportParserErrors(parseTokens(tokens, builder));
  const tree = builder.finish([]);
  return { imports: tree.imports, blocks: tree.blocks, diagnostics: builder.diagnostics.sort((a, b) => a.span.start - b.span.start) };
}

/** The deepest nesting of braces, and the depth at the end, counted as limitNesting counts them. */
function nesting(tokens: readonly IToken[]): { deepest: number; depth: number } {
  // Braces are no token's category: their types compare as numbers, cheaper than tokenMatcher.
  const open = T.LCurly.tokenTypeIdx;
  const close = T.RCurly.tokenTypeIdx;
  let depth = 0;
  let deepest = 0;
  // By index: this loop ran with the iterator protocol unoptimised (it deoptimised on each new
  // edit's tokens) and allocated a result object per token, 1.3 MB for a 236 KiB policy.
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens[i]!.tokenTypeIdx;
    if (type === open) deepest = Math.max(deepest, ++depth);
    else if (type === close && depth > 0) depth--;
  }
  return { deepest, depth };
}

/**
 * Keywords and field names: the words that say which language the drafter writes in (the
 * first 200), and the offset past which no word was read (Infinity when the text has fewer).
 */
function structuralWords(tokens: readonly IToken[]): { words: string[]; horizon: number } {
  const words: string[] = [];
  const colon = T.Colon.tokenTypeIdx;
  const identifier = T.Identifier.tokenTypeIdx;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.tokenTypeIdx === colon) {
      if (i === 0 || tokens[i - 1]!.tokenTypeIdx !== identifier) continue;
      words.push(tokens[i - 1]!.image);
    } else if (tokenMatcher(token, T.BlockKeyword)) words.push(token.image);
    else continue;
    if (words.length === 200) return { words, horizon: token.startOffset + token.image.length };
  }
  return { words, horizon: Infinity };
}

function spanOf(token: IToken): Span {
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}

function isReal(token: IToken | undefined): token is IToken {
  return token !== undefined && !token.isInsertedInRecovery && !Number.isNaN(token.startOffset);
}

const CLOSING_QUOTE: Readonly<Record<string, string>> = { '"': '"', "“": "”", "「": "」", "『": "』", "'": "'", "＂": "＂" };

/**
 * Receives what the grammar reads (parser.ts) and makes the syntax tree from it, reporting the
 * problems it finds on the way (unterminated strings, missing braces, stray tokens).
 */
class TreeBuilder implements TreeSink {
  readonly diagnostics: Diagnostic[] = [];
  /**
   * What the tree's nodes report while the parser runs, kept apart until the parser's own errors
   * are reported: those come first, as they did when the tree was built after the parse.
   */
  private readonly treeDiagnostics: Diagnostic[] = [];
  private readonly imports: ImportStatement[] = [];
  private readonly blocks: Block[] = [];
  private readonly topLevelStrays: IToken[] = [];
  /** A `{` where a clause's member should be, which the parser's recovery may have deleted. */
  private readonly deletedOpens: { span: Span; text: string; expected: readonly string[] }[] = [];
  private readonly text: string;
  private readonly locale: Locale;

  constructor(text: string, locale: Locale) {
    this.text = text;
    this.locale = locale;
  }

  private report(rule: string, span: Span, text: string, data?: Record<string, unknown>): void {
    if (this.diagnostics.length >= MAX_SYNTAX_DIAGNOSTICS) return;
    this.diagnostics.push({ rule, severity: "error", span, message: text, ...(data ? { data } : {}) });
  }

  private reportInTree(rule: string, span: Span, text: string): void {
    if (this.treeDiagnostics.length >= MAX_SYNTAX_DIAGNOSTICS) return;
    this.treeDiagnostics.push({ rule, severity: "error", span, message: text });
  }

  reportLexerErrors(errors: readonly { offset: number; length: number }[]): void {
    for (const error of errors) {
      // Whole code points: a skipped emoji is one character to the drafter, not two surrogates.
      let end = error.offset + Math.max(1, error.length);
      if (isHighSurrogate(this.text.charCodeAt(end - 1)) && isLowSurrogate(this.text.charCodeAt(end))) end++;
      const shown = clip(this.text.slice(error.offset, end), 20);
      this.report("syntax/unexpected-character", { start: error.offset, end }, message(SYNTAX_MESSAGES.unexpectedCharacter, this.locale, { text: `“${shown}”` }));
    }
  }

  readComments(tokens: readonly IToken[]): Comment[] {
    return tokens.map((token) => {
      if (tokenMatcher(token, T.UnterminatedBlockComment)) {
        this.report("syntax/unterminated-comment", { start: token.startOffset, end: token.startOffset + 2 }, message(SYNTAX_MESSAGES.unterminatedComment, this.locale));
      }
      return commentOf(token);
    });
  }

  /** Drops blocks nested deeper than MAX_NESTING, reporting each dropped region once. */
  limitNesting(tokens: IToken[]): IToken[] {
    if (nesting(tokens).deepest <= MAX_NESTING) return tokens;
    const kept: IToken[] = [];
    let depth = 0;
    let skipFrom = -1;
    for (const token of tokens) {
      if (tokenMatcher(token, T.LCurly)) {
        depth++;
        if (depth > MAX_NESTING && skipFrom < 0) skipFrom = token.startOffset;
      } else if (tokenMatcher(token, T.RCurly) && depth > 0) {
        depth--;
        if (skipFrom >= 0 && depth === MAX_NESTING) {
          this.report("syntax/too-deep", { start: skipFrom, end: skipFrom + 1 }, message(SYNTAX_MESSAGES.tooDeep, this.locale, { limit: MAX_NESTING }));
          skipFrom = -1;
          continue;
        }
      }
      if (skipFrom < 0) kept.push(token);
    }
    if (skipFrom >= 0) {
      this.report("syntax/too-deep", { start: skipFrom, end: skipFrom + 1 }, message(SYNTAX_MESSAGES.tooDeep, this.locale, { limit: MAX_NESTING }));
    }
    return kept;
  }

  reportParserErrors(errors: readonly IRecognitionException[]): void {
    for (const error of errors) {
      const { expected, rule } = readExpectedTokens(error.message);
      const token = error.token;
      const atEnd = token.tokenType === undefined || token.image === "" || Number.isNaN(token.startOffset);
      const span = atEnd ? { start: this.text.length, end: this.text.length } : spanOf(token);
      const found = atEnd ? message(THINGS.endOfFile, this.locale) : this.describeToken(token);
      // Where a value is expected, a clause keyword is only a word of that value: say "a value".
      const shown = expected.includes("ValueAtom") ? expected.filter((name) => name !== "BlockKeyword") : expected;
      const expectedText = shown.map((name) => this.describeExpected(name)).filter((word, i, all) => all.indexOf(word) === i);
      // A clause that ends without `}` is reported once, at its keyword, as syntax/missing-brace.
      // Not a `{` where a member should be (`明："" { }`): the recovery deletes it and the clause
      // may well close, so this report is the only one it gets (found by test/fuzz).
      const strayOpen = !atEnd && tokenMatcher(token, T.LCurly);
      if (expected.includes("RCurly") && (rule === "block" || rule === "subBlock") && !strayOpen) continue;
      const text = message(SYNTAX_MESSAGES.expected, this.locale, {
        expected: expectedText.length > 0 ? expectedText.join(" / ") : message(THINGS.keyword, this.locale),
        found,
      });
      // When the recovery did not delete that `{` it is reported as a stray already (buildFile).
      if (strayOpen && expected.includes("RCurly")) this.deletedOpens.push({ span, text, expected });
      else this.report("syntax/unexpected-token", span, text, { expected });
    }
  }

  private describeExpected(tokenName: string): string {
    switch (tokenName) {
      case "RCurly": return message(THINGS["}"], this.locale);
      case "LCurly": return message(THINGS["{"], this.locale);
      case "Colon": return message(THINGS[":"], this.locale);
      case "Identifier": return message(THINGS.name, this.locale);
      case "StringLiteral": case "UnterminatedString": return message(THINGS.string, this.locale);
      case "BlockKeyword": return message(THINGS.keyword, this.locale);
      case "ValueAtom": return message(THINGS.value, this.locale);
      default: return tokenName;
    }
  }

  private describeToken(token: IToken): string {
    const image = token.image.length > 24 ? `${clip(token.image, 24)}…` : token.image;
    return `“${image}”`;
  }

  /** The syntax tree, once the parser is done and its errors are reported. */
  finish(comments: Comment[]): SyntaxTree {
    for (const diagnostic of this.treeDiagnostics) {
      if (this.diagnostics.length >= MAX_SYNTAX_DIAGNOSTICS) break;
      this.diagnostics.push(diagnostic);
    }
    this.reportStrays(this.topLevelStrays, "top");
    for (const open of this.deletedOpens) {
      if (!this.diagnostics.some((d) => d.span.start === open.span.start)) this.report("syntax/unexpected-token", open.span, open.text, { expected: open.expected });
    }
    return { imports: this.imports, blocks: this.blocks, comments };
  }

  importStatement(keyword: IToken | undefined, path: IToken | undefined): void {
    if (!isReal(keyword) || !isReal(path)) return;
    const pathAtom = this.stringAtom(path);
    this.imports.push({ keyword: this.word(keyword), path: pathAtom, span: { start: keyword.startOffset, end: pathAtom.span.end } });
  }

  clause(draft: ClauseDraft): void {
    const { keyword: keywordToken, name: nameToken, title: titleToken, open, close } = draft;
    if (!isReal(keywordToken)) return;
    const kind = T.BLOCK_KIND_OF_TOKEN.get(keywordToken.tokenType) as BlockKind;
    const members = this.finishBody(draft.body);
    const keyword = this.word(keywordToken);
    let end = keyword.span.end;
    if (isReal(nameToken)) end = Math.max(end, spanOf(nameToken).end);
    if (isReal(titleToken)) end = Math.max(end, spanOf(titleToken).end);
    if (isReal(open)) end = Math.max(end, spanOf(open).end);
    const lastMember = members[members.length - 1];
    if (lastMember) end = Math.max(end, lastMember.span.end);
    if (isReal(close)) end = spanOf(close).end;
    else {
      const clause = spell(BLOCK_KEYWORDS[kind], this.locale);
      this.reportInTree("syntax/missing-brace", { start: keyword.span.start, end: keyword.span.end }, message(SYNTAX_MESSAGES.missingBrace, this.locale, { clause }));
    }
    // Assigned in this order rather than spread: the same keys in the same order, without the
    // cost of copying a one-key object for each optional part.
    const block: Record<string, unknown> = { kind, keyword };
    if (isReal(nameToken)) block["name"] = this.word(nameToken);
    if (isReal(titleToken)) block["title"] = this.stringAtom(titleToken);
    block["members"] = members;
    block["span"] = { start: keyword.span.start, end };
    if (isReal(open)) block["open"] = spanOf(open);
    if (isReal(close)) block["close"] = spanOf(close);
    this.blocks.push(block as unknown as Block);
  }

  /** A body's members, its strays reported (adjacent ones as one). */
  private finishBody(body: BodyDraft): Member[] {
    this.memberStrays(body.strays);
    return fitted(body.members);
  }

  subBlock(key: IToken | undefined, open: IToken | undefined, close: IToken | undefined, body: BodyDraft): Member | undefined {
    if (!isReal(key)) return undefined;
    const members = this.finishBody(body);
    const lastMember = members[members.length - 1];
    let end = isReal(open) ? spanOf(open).end : spanOf(key).end;
    if (lastMember) end = Math.max(end, lastMember.span.end);
    if (isReal(close)) end = spanOf(close).end;
    return { type: "subBlock", key: this.word(key), members, span: { start: key.startOffset, end } };
  }

  field(key: IToken | undefined, colon: IToken | undefined, values: Value[]): Member | undefined {
    if (!isReal(key)) return undefined;
    let end = isReal(colon) ? spanOf(colon).end : spanOf(key).end;
    const lastValue = values[values.length - 1];
    if (lastValue) end = lastValue.span.end;
    return { type: "field", key: this.word(key), values, span: { start: key.startOffset, end } };
  }

  value(atoms: Atom[]): Value | undefined {
    if (atoms.length === 0) return undefined;
    // A value of one atom shares the atom's span (most values are one name or one string).
    const span = atoms.length === 1 ? atoms[0]!.span : { start: atoms[0]!.span.start, end: atoms[atoms.length - 1]!.span.end };
    return { atoms, span };
  }

  atom(token: IToken): Atom | undefined {
    return isReal(token) ? this.atomOf(token) : undefined;
  }

  topLevelStray(token: IToken): void {
    this.topLevelStrays.push(token);
  }

  memberStrays(tokens: IToken[]): void {
    this.reportStrays(tokens, "member");
  }

  private reportStrays(tokens: IToken[], where: "top" | "member"): void {
    if (tokens.length === 0) return;
    const real = tokens.filter(isReal).sort((a, b) => a.startOffset - b.startOffset);
    let runStart: IToken | undefined;
    let runEnd = 0;
    const flush = (): void => {
      if (!runStart) return;
      const found = this.describeToken(runStart);
      const text =
        where === "top"
          ? message(SYNTAX_MESSAGES.strayTopLevel, this.locale, { found, keywords: this.keywordExamples() })
          : message(SYNTAX_MESSAGES.strayMember, this.locale, { found });
      const span = { start: runStart.startOffset, end: runEnd };
      if (where === "top") this.report("syntax/unexpected-token", span, text);
      else this.reportInTree("syntax/unexpected-token", span, text);
      runStart = undefined;
    };
    for (const token of real) {
      // Adjacent stray tokens (only blanks between them) are one mistake, reported once.
      if (runStart && /^[ \t\u3000]*$/.test(this.text.slice(runEnd, token.startOffset))) {
        runEnd = spanOf(token).end;
        continue;
      }
      flush();
      runStart = token;
      runEnd = spanOf(token).end;
    }
    flush();
  }

  private keywordExamples(): string {
    const kinds: BlockKind[] = ["policy", "tier", "duty", "exemption", "tolerance", "accountability"];
    return kinds.map((kind) => `\`${spell(BLOCK_KEYWORDS[kind], this.locale)}\``).join(", ");
  }

  private word(token: IToken): Word {
    return { text: token.image, span: spanOf(token) };
  }

  private stringAtom(token: IToken): StringAtom {
    const image = token.image;
    const span = spanOf(token);
    if (tokenMatcher(token, T.UnterminatedString)) {
      const quote = CLOSING_QUOTE[image[0] ?? '"'] ?? '"';
      this.reportInTree("syntax/unterminated-string", span, message(SYNTAX_MESSAGES.unterminatedString, this.locale, { quote: `\`${quote}\`` }));
      return { kind: "string", text: image.slice(1), span, unterminated: true };
    }
    let inner = image.slice(1, -1);
    if ((image[0] === '"' || image[0] === "'") && inner.includes("\\")) inner = inner.replace(/\\(.)/g, "$1");
    return { kind: "string", text: inner, span, unterminated: false };
  }

  private atomOf(token: IToken): Atom {
    const type: TokenType = token.tokenType;
    const span = spanOf(token);
    const text = token.image;
    // Names first: half of all tokens are names, and a switch tries its cases in order.
    switch (type) {
      case T.Identifier:
        return { kind: "name", text, span };
      case T.StringLiteral:
      case T.UnterminatedString:
        return this.stringAtom(token);
      case T.Quantity: {
        const match = /^([0-9０-９]+(?:[.．][0-9０-９]+)?)[ \t]*(.+)$/.exec(text);
        return { kind: "quantity", amount: Number(toAsciiDigits(match?.[1] ?? "0")), unit: (match?.[2] ?? "").replace(/[ \t]+/g, " "), text, span };
      }
      case T.NumberLiteral:
        return { kind: "number", value: Number(toAsciiDigits(text)), text, span };
      case T.NumberRange: {
        const [from, to] = text.split(/[ \t]*[-–—~～][ \t]*/).map(Number);
        return { kind: "range", from: from ?? 0, to: to ?? 0, text, span };
      }
      case T.DateLiteral:
        return { kind: "date", iso: isoDate(text), text, span };
      case T.ArticleRef: {
        const ref = articleRefOf(text);
        const article: Record<string, unknown> = { kind: "article", article: ref.article };
        if (ref.articleTo !== undefined) article["articleTo"] = ref.articleTo;
        if (ref.paragraph !== undefined) article["paragraph"] = ref.paragraph;
        if (ref.item !== undefined) article["item"] = ref.item;
        article["text"] = text;
        article["span"] = span;
        return article as unknown as Atom;
      }
      case T.LawId: {
        const [law = "", article = "0"] = text.split("/");
        return { kind: "lawId", law, article: Number(article), text, span };
      }
      case T.ArticleMark:
        return { kind: "mark", text, span };
      case T.ParenNote:
        return { kind: "note", text: text.slice(1, -1).trim(), span };
      default:
        return { kind: "keyword", text, span };
    }
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The first `length` UTF-16 units of `text`, without cutting an emoji in half. */
function clip(text: string, length: number): string {
  if (text.length <= length) return text;
  return text.slice(0, isHighSurrogate(text.charCodeAt(length - 1)) && isLowSurrogate(text.charCodeAt(length)) ? length - 1 : length);
}

function isoDate(text: string): string {
  const parts = toAsciiDigits(text).split(/[-年月日]/).filter((part) => part.length > 0);
  const [year = "0000", month = "1", day = "1"] = parts;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

const CN_NUMBER = "[0-9０-９零〇一二两兩三四五六七八九十百千]+";
// Built once (not per citation). `matchAll` copies a global pattern, and `exec` of a non-global
// one ignores lastIndex, so sharing them is safe.
const ARTICLE_NUMBERS = new RegExp(`第?(${CN_NUMBER})[条條]`, "g");
const PARAGRAPH_NUMBER = new RegExp(`第(${CN_NUMBER})款`);
const ITEM_NUMBER = new RegExp(`[(（](${CN_NUMBER})[)）]|第(${CN_NUMBER})[项項]`);

type ArticleNumbers = { article: number; articleTo?: number; paragraph?: number; item?: number };

/** parseArticleRef's answers by text: the same articles are cited throughout a policy. */
const articleRefs = new TextMemo<ArticleNumbers>(4096);

function articleRefOf(text: string): ArticleNumbers {
  return articleRefs.get(text, parseArticleRef);
}

/** `第五十五条第二款（二）` → article 55, paragraph 2, item 2. */
function parseArticleRef(text: string): { article: number; articleTo?: number; paragraph?: number; item?: number } {
  const compact = text.replace(/[ \t]/g, "");
  const articles = [...compact.matchAll(ARTICLE_NUMBERS)].map((m) => parseChineseNumeral(m[1] ?? ""));
  const paragraph = PARAGRAPH_NUMBER.exec(compact)?.[1];
  const item = ITEM_NUMBER.exec(compact);
  const itemText = item?.[1] ?? item?.[2];
  const result: { article: number; articleTo?: number; paragraph?: number; item?: number } = { article: articles[0] ?? 0 };
  if (articles.length > 1 && articles[1] !== undefined) result.articleTo = articles[1];
  const paragraphNumber = paragraph ? parseChineseNumeral(paragraph) : undefined;
  if (paragraphNumber !== undefined) result.paragraph = paragraphNumber;
  const itemNumber = itemText ? parseChineseNumeral(itemText) : undefined;
  if (itemNumber !== undefined) result.item = itemNumber;
  return result;
}
