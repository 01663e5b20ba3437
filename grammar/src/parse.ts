/**
 * Text → syntax tree, with every lexical and syntax problem as a diagnostic in the document's
 * language. Never throws on any input: limits turn pathological files into one clear finding.
 *
 * Two readers: a text without syntax problems is read by clean-parse.ts; any other, by
 * Chevrotain's parser (parser.ts) with its error recovery, whose actions this file's
 * TreeBuilder turns into the same syntax tree (tree-nodes.ts) and the problems into diagnostics.
 */
import { tokenMatcher, type IRecognitionException, type IToken } from "chevrotain";
import { message, type Diagnostic } from "./diagnostic.ts";
import { listed, quoted, type Locale } from "./locale.ts";
import { SYNTAX_MESSAGES, THINGS } from "./messages.ts";
import { readCleanText } from "./clean-parse.ts";
import { fitted } from "./fitted.ts";
import { MAX_FILE_LENGTH, MAX_NESTING } from "./limits.ts";
import { lex, scan, tokensOf, type ScannedText } from "./lexer.ts";
import { ownCopy } from "./memo.ts";
import { dutyParser, parseTokens, readExpectedTokens, type BodyDraft, type ClauseDraft, type TreeSink } from "./parser.ts";
import type { Span } from "./positions.ts";
import { detectLocale, detectLocaleFrom } from "./script.ts";
import type { Atom, Block, Comment, ImportStatement, Member, StringAtom, SyntaxTree, Value, Word } from "./syntax-tree.ts";
import * as T from "./tokens.ts";
import { atomNode, blockNode, commentNode, fieldNode, importNode, stringNode, subBlockNode, valueNode, wordNode } from "./tree-nodes.ts";
import { BLOCK_KEYWORDS, type BlockKind, spell } from "./vocabulary.ts";

export { MAX_FILE_LENGTH, MAX_NESTING };
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
  return parseText(text, localeOverride, true);
}

/**
 * What parse() gives, always read by Chevrotain's parser with its error recovery: for tests that
 * compare it with the parser of clean texts.
 */
export function parseWithRecovery(text: string, localeOverride?: Locale): ParseResult {
  return parseText(text, localeOverride, false);
}

/** Chevrotain's parser, built now rather than when the first text with a problem needs it (~25 ms). */
export function prepareRecoveringParser(): void {
  dutyParser();
}

function parseText(text: string, localeOverride: Locale | undefined, tryClean: boolean): ParseResult {
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
  const scanned = scan(text);
  const { locale, localeHorizon } = localeOf(scanned, text, localeOverride);
  // Most texts have no syntax problem, and those a parser without error recovery reads in a
  // fraction of the time (clean-parse.ts); it gives up at the first problem, and Chevrotain's
  // parser, whose recovery reads past problems, reads the text again and words every problem.
  const clean = tryClean ? readCleanText(text, scanned) : undefined;
  if (clean !== undefined) return { tree: clean, diagnostics: [], locale, localeHorizon };
  return { ...readWithRecovery(text, scanned, locale), locale, localeHorizon };
}

function readWithRecovery(text: string, scanned: ScannedText, locale: Locale): { tree: SyntaxTree; diagnostics: Diagnostic[] } {
  const { deepest } = nesting(scanned);
  const tokens = tokensOf(text, scanned);
  const builder = new TreeBuilder(text, locale);
  builder.reportLexerErrors(scanned.errors);
  const comments = builder.readComments(scanned.comments);
  const errors = parseTokens(deepest > MAX_NESTING ? builder.limitNesting(tokens) : tokens, builder);
  builder.reportParserErrors(errors);
  const tree = builder.finish(comments);
  return { tree, diagnostics: builder.diagnostics.sort((a, b) => a.span.start - b.span.start) };
}

function localeOf(scanned: ScannedText, text: string, override: Locale | undefined): { locale: Locale; localeHorizon: number } {
  if (override !== undefined) return { locale: override, localeHorizon: 0 };
  const { words, horizon } = structuralWords(scanned, text);
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
  const scanned = scan(text);
  if (hasProblems(scanned) || nesting(scanned).deepest > MAX_NESTING) return undefined;
  const { locale, localeHorizon } = localeOf(scanned, text, localeOverride);
  return { tokens: tokensOf(text, scanned), comments: ownComments(scanned.comments, 0), locale, localeHorizon };
}

/**
 * The tokens and comments of `text` from `start` to `end`, which must begin at a token boundary
 * (offsets are the text's); undefined on a problem a full parse must report. Braces must
 * balance within the range when `balanced`, so that nesting after it is counted as before.
 */
export function lexRange(text: string, start: number, end: number, balanced: boolean): { tokens: IToken[]; comments: Comment[] } | undefined {
  const part = text.slice(start, end);
  const scanned = scan(part);
  if (hasProblems(scanned)) return undefined;
  const { deepest, depth } = nesting(scanned);
  if (deepest > MAX_NESTING || (balanced && depth !== 0)) return undefined;
  return { tokens: tokensOf(part, scanned, 0, scanned.count, start), comments: ownComments(scanned.comments, start) };
}

/** An unlexable character or a comment never closed: problems only a full parse reports exactly. */
function hasProblems(scanned: ScannedText): boolean {
  return scanned.errors.length > 0 || scanned.comments.some((token) => tokenMatcher(token, T.UnterminatedBlockComment));
}

/**
 * Comments moved by `shift`, their texts copies of their own: they go into documents after this
 * one, and must not keep this text alive (memo.ts).
 */
function ownComments(tokens: readonly IToken[], shift: number): Comment[] {
  return tokens.map((token) => commentNode(ownCopy(token.image), token.startOffset + shift, token.startOffset + shift + token.image.length, !tokenMatcher(token, T.LineComment)));
}

function commentOf(token: IToken): Comment {
  return commentNode(token.image, token.startOffset, token.startOffset + token.image.length, !tokenMatcher(token, T.LineComment));
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
function nesting(scanned: ScannedText): { deepest: number; depth: number } {
  const open = T.LCurly.tokenTypeIdx;
  const close = T.RCurly.tokenTypeIdx;
  const types = scanned.types;
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < scanned.count; i++) {
    const type = types[i];
    if (type === open) deepest = Math.max(deepest, ++depth);
    else if (type === close && depth > 0) depth--;
  }
  return { deepest, depth };
}

/**
 * Keywords and field names: the words that say which language the drafter writes in (the
 * first 200), and the offset past which no word was read (Infinity when the text has fewer).
 */
function structuralWords(scanned: ScannedText, text: string): { words: string[]; horizon: number } {
  const words: string[] = [];
  const colon = T.Colon.tokenTypeIdx;
  const identifier = T.Identifier.tokenTypeIdx;
  const { types, starts, ends } = scanned;
  for (let i = 0; i < scanned.count; i++) {
    const type = types[i]!;
    let word: number;
    if (type === colon) {
      if (i === 0 || types[i - 1] !== identifier) continue;
      word = i - 1;
    } else if (BLOCK_KEYWORD_TYPES.has(type)) word = i;
    else continue;
    words.push(text.substring(starts[word]!, ends[word]!));
    if (words.length === 200) return { words, horizon: ends[i]! };
  }
  return { words, horizon: Infinity };
}

const BLOCK_KEYWORD_TYPES: ReadonlySet<number> = new Set(Object.values(T.BLOCK_KEYWORD_TOKENS).map((type) => type.tokenTypeIdx!));

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
      this.report("syntax/unexpected-character", { start: error.offset, end }, message(SYNTAX_MESSAGES.unexpectedCharacter, this.locale, { text: quoted(shown, this.locale) }));
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
    return quoted(image, this.locale);
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
    this.imports.push(importNode(this.word(keyword), this.stringAtom(path)));
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
    const name = isReal(nameToken) ? this.word(nameToken) : undefined;
    const title = isReal(titleToken) ? this.stringAtom(titleToken) : undefined;
    this.blocks.push(blockNode(kind, keyword, name, title, members, end, isReal(open) ? spanOf(open) : undefined, isReal(close) ? spanOf(close) : undefined));
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
    return subBlockNode(this.word(key), members, end);
  }

  field(key: IToken | undefined, colon: IToken | undefined, values: Value[]): Member | undefined {
    if (!isReal(key)) return undefined;
    let end = isReal(colon) ? spanOf(colon).end : spanOf(key).end;
    const lastValue = values[values.length - 1];
    if (lastValue) end = lastValue.span.end;
    return fieldNode(this.word(key), values, end);
  }

  value(atoms: Atom[]): Value | undefined {
    return atoms.length === 0 ? undefined : valueNode(atoms);
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
    return listed(kinds.map((kind) => `\`${spell(BLOCK_KEYWORDS[kind], this.locale)}\``), this.locale);
  }

  private word(token: IToken): Word {
    return wordNode(token.image, token.startOffset, token.startOffset + token.image.length);
  }

  private stringAtom(token: IToken): StringAtom {
    const span = spanOf(token);
    const unterminated = tokenMatcher(token, T.UnterminatedString);
    if (unterminated) {
      const quote = CLOSING_QUOTE[token.image[0] ?? '"'] ?? '"';
      this.reportInTree("syntax/unterminated-string", span, message(SYNTAX_MESSAGES.unterminatedString, this.locale, { quote: `\`${quote}\`` }));
    }
    return stringNode(token.image, span, unterminated);
  }

  private atomOf(token: IToken): Atom {
    if (tokenMatcher(token, T.UnterminatedString)) return this.stringAtom(token);
    return atomNode(token.tokenTypeIdx, token.image, token.startOffset, token.startOffset + token.image.length);
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
