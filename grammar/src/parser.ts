/**
 * The Duty grammar as a Chevrotain CST parser.
 *
 *   file      := (import | block | stray)*
 *   import    := IMPORT String ";"?
 *   block     := BLOCK_KEYWORD Name? String? "{" member* "}"
 *   member    := field | subBlock | stray          (an import keyword without its path is a stray)
 *   field     := Name ":" (value ("," value)*)? ";"?
 *   subBlock  := Name "{" member* "}"
 *   value     := atom+             (a name, string, quantity, number, date, article reference…)
 *
 * The grammar is deliberately generic: which fields a clause accepts is the vocabulary's
 * business (checked when the typed AST is built), so a misspelt field is a precise finding
 * with a suggestion rather than a parse error that loses the rest of the clause.
 * Stray tokens are consumed explicitly so that one mistake never ends the parse early.
 */
import {
  CstParser,
  tokenMatcher,
  tokenName,
  type CstNode,
  type IParserErrorMessageProvider,
  type IRecognitionException,
  type IToken,
  type TokenType,
} from "chevrotain";
import * as T from "./tokens.ts";

/**
 * Chevrotain's messages are English and name internal token types. The parser instead records
 * what was expected as data; the syntax-tree builder words it in the document's language.
 */
export interface ExpectedTokens {
  readonly expected: readonly string[];
  readonly rule: string;
}

const errorsAsData: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, ruleName }) => JSON.stringify({ expected: [tokenName(expected)], rule: ruleName }),
  buildNotAllInputParsedMessage: ({ ruleName }) => JSON.stringify({ expected: [], rule: ruleName }),
  buildNoViableAltMessage: ({ expectedPathsPerAlt, ruleName }) =>
    JSON.stringify({ expected: [...new Set(expectedPathsPerAlt.flat().map((path) => tokenName(path[0]!)))], rule: ruleName }),
  buildEarlyExitMessage: ({ expectedIterationPaths, ruleName }) =>
    JSON.stringify({ expected: [...new Set(expectedIterationPaths.map((path) => tokenName(path[0]!)))], rule: ruleName }),
};

export function readExpectedTokens(errorMessage: string): ExpectedTokens {
  try {
    return JSON.parse(errorMessage) as ExpectedTokens;
  } catch {
    return { expected: [], rule: "" };
  }
}

class DutyParser extends CstParser {
  constructor() {
    super(T.ALL_TOKENS, { recoveryEnabled: true, maxLookahead: 2, errorMessageProvider: errorsAsData });
    this.performSelfAnalysis();
  }

  public file = this.RULE("file", () => {
    this.MANY(() => {
      this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { ALT: () => this.SUBRULE(this.importStatement) },
          { ALT: () => this.SUBRULE(this.block) },
          { ALT: () => this.CONSUME(T.Stray) },
          { ALT: () => this.CONSUME(T.LCurly) },
          { ALT: () => this.CONSUME(T.RCurly) },
        ],
      });
    });
  });

  public importStatement = this.RULE("importStatement", () => {
    this.CONSUME(T.ImportKeyword);
    this.OR([
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.UnterminatedString) },
    ]);
    this.OPTION(() => this.CONSUME(T.Semicolon));
  });

  public block = this.RULE("block", () => {
    this.CONSUME(T.BlockKeyword);
    this.OPTION(() => this.CONSUME(T.Identifier));
    this.OPTION2(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.StringLiteral) },
        { ALT: () => this.CONSUME(T.UnterminatedString) },
      ]),
    );
    this.CONSUME(T.LCurly);
    this.MANY({ GATE: () => !this.importStarts(), DEF: () => this.SUBRULE(this.member) });
    this.CONSUME(T.RCurly);
  });

  public member = this.RULE("member", () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.nextIs(T.Colon), ALT: () => this.SUBRULE(this.field) },
        { GATE: () => this.nextIs(T.LCurly), ALT: () => this.SUBRULE(this.subBlock) },
        { GATE: () => !this.looksLikeBlockStart(), ALT: () => this.CONSUME(T.Stray) },
        // An import keyword not followed by a path (`导入` typed inside a clause) is a stray too:
        // without this alternative the recovery dropped it without a finding.
        { GATE: () => !this.looksLikeBlockStart(), ALT: () => this.CONSUME(T.ImportKeyword) },
      ],
    });
  });

  public field = this.RULE("field", () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.OPTION({
      GATE: () => this.atValueStart(),
      DEF: () => {
        this.SUBRULE(this.value);
        this.MANY(() => {
          this.CONSUME(T.Comma);
          this.SUBRULE2(this.value);
        });
      },
    });
    this.OPTION2(() => this.CONSUME(T.Semicolon));
  });

  public subBlock = this.RULE("subBlock", () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.LCurly);
    this.MANY({ GATE: () => !this.importStarts(), DEF: () => this.SUBRULE(this.member) });
    this.CONSUME(T.RCurly);
  });

  public value = this.RULE("value", () => {
    this.AT_LEAST_ONE({
      GATE: () => this.atValueStart(),
      DEF: () =>
        this.OR([
          { ALT: () => this.CONSUME(T.ValueAtom) },
          // A clause keyword used as a word (`expect: bank 免责`) unless it starts a clause.
          { GATE: () => !this.looksLikeBlockStart(), ALT: () => this.CONSUME(T.BlockKeyword) },
        ]),
    });
  });

  /** An import statement starts here (`import "path"`): it closes the clause it stands in. */
  private importStarts(): boolean {
    return tokenMatcher(this.LA(1), T.ImportKeyword) && tokenMatcher(this.LA(2), T.StringLiteral);
  }

  /** The member starting here is `Name <token>`. */
  private nextIs(second: TokenType): boolean {
    return tokenMatcher(this.LA(1), T.Identifier) && tokenMatcher(this.LA(2), second);
  }

  /**
   * A clause keyword followed by a clause header: `Name? String? {`, or `Name` then a field
   * (`duty b  holder: x`, a header whose `{` is missing). Anything else is the keyword used as
   * a word in a value: `预期：柜员 免责 因 客户决定` (免责 is both a verdict and a keyword),
   * or `免责` at the end of a line followed by the next field.
   */
  private looksLikeBlockStart(): boolean {
    if (tokenMatcher(this.LA(1), T.ImportKeyword)) return tokenMatcher(this.LA(2), T.StringLiteral);
    if (!tokenMatcher(this.LA(1), T.BlockKeyword)) return false;
    let k = 2;
    if (tokenMatcher(this.LA(k), T.Identifier)) {
      if (tokenMatcher(this.LA(k + 1), T.Identifier) && tokenMatcher(this.LA(k + 2), T.Colon)) return true;
      k++;
    }
    if (tokenMatcher(this.LA(k), T.StringLiteral) || tokenMatcher(this.LA(k), T.UnterminatedString)) k++;
    return tokenMatcher(this.LA(k), T.LCurly);
  }

  private atValueStart(): boolean {
    const next = this.LA(1);
    if (tokenMatcher(next, T.Identifier)) {
      const after = this.LA(2);
      return !tokenMatcher(after, T.Colon) && !tokenMatcher(after, T.LCurly);
    }
    if (tokenMatcher(next, T.ValueAtom)) return true;
    return tokenMatcher(next, T.BlockKeyword) && !this.looksLikeBlockStart();
  }
}

/** One parser for the life of the process: Chevrotain's self-analysis is the expensive part. */
let instance: DutyParser | undefined;

export function dutyParser(): DutyParser {
  instance ??= new DutyParser();
  return instance;
}

export interface CstParseResult {
  readonly cst: CstNode;
  readonly errors: readonly IRecognitionException[];
}

export function parseTokens(tokens: IToken[]): CstParseResult {
  const parser = dutyParser();
  parser.input = tokens;
  const cst = parser.file();
  return { cst, errors: parser.errors };
}

