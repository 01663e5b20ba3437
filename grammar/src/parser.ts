/**
 * The Duty grammar as a Chevrotain parser whose actions build the syntax tree as they go. It
 * reads the texts that have syntax problems, recovering to report them all; texts without any
 * are read by clean-parse.ts, which follows this grammar's decisions by hand.
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
 *
 * Embedded actions rather than a CST: reading Chevrotain's CST back (children keyed by token
 * name) cost as much as parsing did. The actions only collect tokens; a `TreeSink` (parse.ts)
 * turns them into syntax-tree nodes and words the problems. Every rule hands what it has read
 * to the sink in a `finally`, so a clause that the recovery abandons half-way keeps the fields
 * it had, as Chevrotain's partial CST nodes did. The option objects and alternatives are
 * created once, not on every call (about 15 % of the parse).
 */
import {
  EmbeddedActionsParser,
  tokenMatcher,
  tokenName,
  type IParserErrorMessageProvider,
  type IRecognitionException,
  type IToken,
} from "chevrotain";
import type { Atom, Member, Value } from "./syntax-tree.ts";
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

/** The members of a clause or `{…}` block being read, and the stray tokens among them. */
export interface BodyDraft {
  readonly members: Member[];
  readonly strays: IToken[];
}

/** A clause as read: any part may be missing, or inserted by the recovery (see `isReal`). */
export interface ClauseDraft {
  readonly keyword: IToken;
  readonly name: IToken | undefined;
  readonly title: IToken | undefined;
  readonly open: IToken | undefined;
  readonly close: IToken | undefined;
  readonly body: BodyDraft;
}

/** Turns what the grammar read into syntax-tree nodes (parse.ts's TreeBuilder). */
export interface TreeSink {
  importStatement(keyword: IToken | undefined, path: IToken | undefined): void;
  clause(draft: ClauseDraft): void;
  subBlock(key: IToken | undefined, open: IToken | undefined, close: IToken | undefined, body: BodyDraft): Member | undefined;
  field(key: IToken | undefined, colon: IToken | undefined, values: Value[]): Member | undefined;
  /** A value's atom, as it is read; undefined for a token the recovery inserted. */
  atom(token: IToken): Atom | undefined;
  value(atoms: Atom[]): Value | undefined;
  /** Tokens that belong to no clause, reported once the file is read. */
  topLevelStray(token: IToken): void;
  /** A clause's or block's stray tokens, reported when it is finished. */
  memberStrays(tokens: IToken[]): void;
}

/** Keeps nothing: between parses, and for timing the grammar alone (bench/phases.ts). */
export const NO_SINK: TreeSink = {
  importStatement: () => undefined,
  clause: () => undefined,
  subBlock: () => undefined,
  field: () => undefined,
  atom: () => undefined,
  value: () => undefined,
  topLevelStray: () => undefined,
  memberStrays: () => undefined,
};

class DutyParser extends EmbeddedActionsParser {
  /** Where the nodes go; set for each parse. */
  sink: TreeSink = NO_SINK;
  /** The clause or block whose members are being read. */
  private body: BodyDraft = { members: [], strays: [] };
  /**
   * The values of the field being read and the atoms of the value being read (fields and values
   * do not nest): the first, then any others. Most fields have one value and most values one
   * atom, which thus need no array grown by push (room for 17 elements): the sink gets lists
   * exactly as long as their elements (`listOf`).
   */
  private firstValue: Value | undefined;
  private moreValues: Value[] | undefined;
  private firstAtom: Atom | undefined;
  private moreAtoms: Atom[] | undefined;

  constructor() {
    super(T.ALL_TOKENS, { recoveryEnabled: true, maxLookahead: 2, errorMessageProvider: errorsAsData });
    this.performSelfAnalysis();
  }

  private readonly topLevelItem = {
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { ALT: () => this.SUBRULE(this.importStatement) },
      { ALT: () => this.SUBRULE(this.block) },
      { ALT: () => this.sink.topLevelStray(this.CONSUME(T.Stray)) },
      { ALT: () => this.sink.topLevelStray(this.CONSUME(T.LCurly)) },
      { ALT: () => this.sink.topLevelStray(this.CONSUME(T.RCurly)) },
    ],
  };
  private readonly topLevel = (): void => this.OR(this.topLevelItem);

  public file = this.RULE("file", () => {
    this.MANY(this.topLevel);
  });

  /** An import's path or a clause's title: a string, closed or not. */
  private readonly stringAlternatives = [
    { ALT: () => this.CONSUME(T.StringLiteral) },
    { ALT: () => this.CONSUME(T.UnterminatedString) },
  ];
  private readonly importEnd = (): IToken => this.CONSUME(T.Semicolon);

  public importStatement = this.RULE("importStatement", () => {
    let keyword: IToken | undefined;
    let path: IToken | undefined;
    try {
      keyword = this.CONSUME(T.ImportKeyword);
      path = this.OR(this.stringAlternatives);
      this.OPTION(this.importEnd);
    } finally {
      if (!this.RECORDING_PHASE) this.sink.importStatement(keyword, path);
    }
  });

  private readonly clauseName = (): IToken => this.CONSUME(T.Identifier);
  private readonly clauseTitle = (): IToken => this.OR(this.stringAlternatives);
  /** The members of a clause or a `{ … }` block, until an import statement closes it. */
  private readonly members = { GATE: () => !this.importStarts(), DEF: () => this.OR2(this.memberAlternatives) };

  public block = this.RULE("block", () => {
    const body: BodyDraft = { members: [], strays: [] };
    let keyword: IToken | undefined;
    let name: IToken | undefined;
    let title: IToken | undefined;
    let open: IToken | undefined;
    let close: IToken | undefined;
    try {
      keyword = this.CONSUME(T.BlockKeyword);
      name = this.OPTION(this.clauseName);
      title = this.OPTION2(this.clauseTitle);
      open = this.CONSUME(T.LCurly);
      this.body = body;
      this.MANY(this.members);
      close = this.CONSUME(T.RCurly);
    } finally {
      if (!this.RECORDING_PHASE && keyword !== undefined) this.sink.clause({ keyword, name, title, open, close, body });
    }
  });

  /**
   * No gates: two tokens tell a field (`name :`) from a block (`name {`), the first token any
   * other member, and a clause keyword starts no member, so it ends the members (an import that
   * closes a clause is kept out by the gate of `members`). Chevrotain evaluates the gates of an
   * OR on every call, and allocates for them: they were a few percent of the whole parse.
   */
  private readonly memberAlternatives = {
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { ALT: () => this.SUBRULE(this.field) },
      { ALT: () => this.SUBRULE(this.subBlock) },
      { ALT: () => this.body.strays.push(this.CONSUME(T.Stray)) },
      // An import keyword not followed by a path (`导入` typed inside a clause) is a stray too:
      // without this alternative the recovery dropped it without a finding.
      { ALT: () => this.body.strays.push(this.CONSUME(T.ImportKeyword)) },
    ],
  };

  private readonly nextValue = (): void => {
    this.CONSUME(T.Comma);
    this.SUBRULE2(this.value);
  };
  private readonly fieldValues = (): void => {
    this.SUBRULE(this.value);
    this.MANY(this.nextValue);
  };
  private readonly fieldEnd = (): IToken => this.CONSUME(T.Semicolon);

  public field = this.RULE("field", () => {
    const body = this.body;
    this.firstValue = undefined;
    this.moreValues = undefined;
    let key: IToken | undefined;
    let colon: IToken | undefined;
    try {
      key = this.CONSUME(T.Identifier);
      colon = this.CONSUME(T.Colon);
      // The values' gate stands around the OPTION rather than in it: Chevrotain wraps an
      // OPTION's gate and lookahead in a new function on every call (one per field), and an
      // OPTION whose lookahead fails does nothing else, so skipping it is the same parse.
      if (this.RECORDING_PHASE || this.atValueStart()) this.OPTION(this.fieldValues);
      this.OPTION2(this.fieldEnd);
    } finally {
      if (!this.RECORDING_PHASE) {
        const field = this.sink.field(key, colon, listOf<Value>(this.firstValue, this.moreValues));
        if (field !== undefined) body.members.push(field);
      }
    }
  });

  public subBlock = this.RULE("subBlock", () => {
    const outer = this.body;
    const body: BodyDraft = { members: [], strays: [] };
    let key: IToken | undefined;
    let open: IToken | undefined;
    let close: IToken | undefined;
    try {
      key = this.CONSUME(T.Identifier);
      open = this.CONSUME(T.LCurly);
      this.body = body;
      this.MANY(this.members);
      close = this.CONSUME(T.RCurly);
    } finally {
      this.body = outer;
      if (!this.RECORDING_PHASE) {
        const block = this.sink.subBlock(key, open, close, body);
        if (block !== undefined) outer.members.push(block);
      }
    }
  });

  private readonly atomAlternatives = [
    { ALT: () => this.keepAtom(this.CONSUME(T.ValueAtom)) },
    // A clause keyword used as a word (`expect: bank 免责`) unless it starts a clause: the gate
    // of valueAtoms (atValueStart) has decided that before every atom.
    { ALT: () => this.keepAtom(this.CONSUME(T.BlockKeyword)) },
  ];
  private readonly valueAtoms = { GATE: () => this.atValueStart(), DEF: () => this.OR(this.atomAlternatives) };

  public value = this.RULE("value", () => {
    this.firstAtom = undefined;
    this.moreAtoms = undefined;
    try {
      this.AT_LEAST_ONE(this.valueAtoms);
    } finally {
      if (!this.RECORDING_PHASE) {
        const value = this.sink.value(listOf<Atom>(this.firstAtom, this.moreAtoms));
        if (value !== undefined) {
          if (this.firstValue === undefined) this.firstValue = value;
          else (this.moreValues ??= []).push(value);
        }
      }
    }
  });

  private keepAtom(token: IToken): void {
    const atom = this.sink.atom(token);
    if (atom === undefined) return;
    if (this.firstAtom === undefined) this.firstAtom = atom;
    else (this.moreAtoms ??= []).push(atom);
  }

  /** An import statement starts here (`import "path"`): it closes the clause it stands in. */
  private importStarts(): boolean {
    return tokenMatcher(this.LA(1), T.ImportKeyword) && tokenMatcher(this.LA(2), T.StringLiteral);
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

/** The first element and the others as one array with room for exactly them. */
function listOf<T>(first: T | undefined, more: readonly T[] | undefined): T[] {
  if (first === undefined) return [];
  return more === undefined ? [first] : [first, ...more];
}

/** One parser for the life of the process: Chevrotain's self-analysis is the expensive part. */
let instance: DutyParser | undefined;

export function dutyParser(): DutyParser {
  instance ??= new DutyParser();
  return instance;
}

/** Reads the tokens into the sink; returns the syntax errors, as data (ExpectedTokens). */
export function parseTokens(tokens: IToken[], sink: TreeSink): readonly IRecognitionException[] {
  const parser = dutyParser();
  parser.input = tokens;
  parser.sink = sink;
  try {
    parser.file();
    return parser.errors;
  } finally {
    parser.sink = NO_SINK;
    // The parser lives as long as the process: without this it would keep the last text's
    // tokens (about a tenth of a parsed document's heap) until the next parse.
    parser.input = [];
  }
}

