/**
 * The yardstick: a JSON parser written the way Chevrotain's own JSON benchmark writes one — a
 * lexer with one token per string, number, keyword and punctuation mark (offsets only), and a
 * CstParser with json/object/objectItem/array/value rules (the value rule's alternatives created
 * once), built once and reused for every input.
 * It does what Chevrotain does fastest, so "Duty at half the speed of JSON" is a meaningful bar.
 */
import { CstParser, Lexer, createToken, type CstNode, type IOrAlt, type IRecognitionException } from "chevrotain";

const StringLiteral = createToken({ name: "StringLiteral", pattern: /"(?:[^\\"]|\\(?:[bfnrtv"\\/]|u[0-9a-fA-F]{4}))*"/ });
const NumberLiteral = createToken({ name: "NumberLiteral", pattern: /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/ });
const True = createToken({ name: "True", pattern: "true" });
const False = createToken({ name: "False", pattern: "false" });
const Null = createToken({ name: "Null", pattern: "null" });
const LCurly = createToken({ name: "LCurly", pattern: "{" });
const RCurly = createToken({ name: "RCurly", pattern: "}" });
const LSquare = createToken({ name: "LSquare", pattern: "[" });
const RSquare = createToken({ name: "RSquare", pattern: "]" });
const Comma = createToken({ name: "Comma", pattern: "," });
const Colon = createToken({ name: "Colon", pattern: ":" });
const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[ \t\n\r]+/, group: Lexer.SKIPPED });

const JSON_TOKENS = [WhiteSpace, StringLiteral, NumberLiteral, Comma, Colon, LCurly, RCurly, LSquare, RSquare, True, False, Null];

class JsonParser extends CstParser {
  constructor() {
    super(JSON_TOKENS);
    this.performSelfAnalysis();
  }

  public json = this.RULE("json", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.object) },
      { ALT: () => this.SUBRULE(this.array) },
    ]);
  });

  public object = this.RULE("object", () => {
    this.CONSUME(LCurly);
    this.OPTION(() => {
      this.SUBRULE(this.objectItem);
      this.MANY(() => {
        this.CONSUME(Comma);
        this.SUBRULE2(this.objectItem);
      });
    });
    this.CONSUME(RCurly);
  });

  public objectItem = this.RULE("objectItem", () => {
    this.CONSUME(StringLiteral);
    this.CONSUME(Colon);
    this.SUBRULE(this.value);
  });

  public array = this.RULE("array", () => {
    this.CONSUME(LSquare);
    this.OPTION(() => {
      this.SUBRULE(this.value);
      this.MANY(() => {
        this.CONSUME(Comma);
        this.SUBRULE2(this.value);
      });
    });
    this.CONSUME(RSquare);
  });

  /** Created on the first call and reused, as Chevrotain's performance guide advises. */
  private valueAlternatives: IOrAlt<unknown>[] | undefined;

  public value = this.RULE("value", () => {
    this.OR(
      (this.valueAlternatives ??= [
        { ALT: () => this.CONSUME(StringLiteral) },
        { ALT: () => this.CONSUME(NumberLiteral) },
        { ALT: () => this.SUBRULE(this.object) },
        { ALT: () => this.SUBRULE(this.array) },
        { ALT: () => this.CONSUME(True) },
        { ALT: () => this.CONSUME(False) },
        { ALT: () => this.CONSUME(Null) },
      ]),
    );
  });
}

let lexer: Lexer | undefined;
let parser: JsonParser | undefined;

export interface JsonParseResult {
  readonly cst: CstNode;
  readonly tokens: number;
  readonly lexErrors: number;
  readonly errors: readonly IRecognitionException[];
}

/** Lexes and parses one JSON document into a CST with the shared lexer and parser. */
export function parseJson(text: string): JsonParseResult {
  lexer ??= new Lexer(JSON_TOKENS, { positionTracking: "onlyOffset" });
  parser ??= new JsonParser();
  const lexed = lexer.tokenize(text);
  parser.input = lexed.tokens;
  const cst = parser.json();
  return { cst, tokens: lexed.tokens.length, lexErrors: lexed.errors.length, errors: parser.errors };
}
