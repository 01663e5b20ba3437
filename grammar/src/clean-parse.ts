/**
 * A parser for texts without a syntax problem, which is what most texts are: it reads the
 * grammar of parser.ts by hand, straight from the scanner's arrays of numbers, and makes only
 * the syntax tree's nodes — no token objects, no recovery bookkeeping, no drafts. At the first
 * thing that is not clean Duty it gives up, and parse() hands the text to Chevrotain's parser,
 * whose recovery reads past problems and whose diagnostics word them.
 *
 * What it accepts, it reads exactly as Chevrotain's parser does (the same nodes, made by
 * tree-nodes.ts), and it gives up exactly where that parser reports a problem — including what
 * the tree builder reports: stray tokens, unterminated strings and comments, unlexable
 * characters, too deep a nesting. test/unit/grammar/clean-parse.test.ts compares the two on
 * samples, generated policies, mutations and random text, and the fuzz run on every input.
 *
 *   file      := (import | block)*
 *   import    := IMPORT String ";"?
 *   block     := BLOCK_KEYWORD Name? String? "{" member* "}"
 *   member    := field | subBlock
 *   field     := Name ":" (value ("," value)*)? ";"?
 *   subBlock  := Name "{" member* "}"
 *   value     := atom+   (each atom where parser.ts's atValueStart allows it)
 */
import type { TokenType } from "chevrotain";
import { fitted } from "./fitted.ts";
import type { ScannedText } from "./lexer.ts";
import { MAX_NESTING } from "./limits.ts";
import type { Atom, Block, Comment, ImportStatement, Member, StringAtom, SyntaxTree, Value, Word } from "./syntax-tree.ts";
import * as T from "./tokens.ts";
import { atomNode, blockNode, commentNode, fieldNode, importNode, stringNode, subBlockNode, valueNode, wordNode } from "./tree-nodes.ts";
import type { BlockKind } from "./vocabulary.ts";


const IDENTIFIER = T.Identifier.tokenTypeIdx!;
const STRING = T.StringLiteral.tokenTypeIdx!;
const COLON = T.Colon.tokenTypeIdx!;
const COMMA = T.Comma.tokenTypeIdx!;
const SEMICOLON = T.Semicolon.tokenTypeIdx!;
const LEFT_CURLY = T.LCurly.tokenTypeIdx!;
const RIGHT_CURLY = T.RCurly.tokenTypeIdx!;
const IMPORT = T.ImportKeyword.tokenTypeIdx!;
const UNTERMINATED_STRING = T.UnterminatedString.tokenTypeIdx!;
const UNTERMINATED_COMMENT = T.UnterminatedBlockComment.tokenTypeIdx!;
const LINE_COMMENT = T.LineComment.tokenTypeIdx!;

/** Token type index → what it is to this parser: an atom of a value, a clause keyword, or other (0). */
const ATOM = 1;
const KEYWORD = 2;
const CLASS_OF = new Uint8Array(Math.max(...T.ALL_TOKENS.map((type) => type.tokenTypeIdx!)) + 1);
const KIND_OF: (BlockKind | undefined)[] = [];
for (const type of T.ALL_TOKENS) {
  const index = type.tokenTypeIdx!;
  // An unterminated string is reported by the tree builder: not clean.
  if ((type.CATEGORIES ?? []).includes(T.ValueAtom) && index !== UNTERMINATED_STRING) CLASS_OF[index] = ATOM;
}
for (const [kind, type] of Object.entries(T.BLOCK_KEYWORD_TOKENS) as [BlockKind, TokenType][]) {
  CLASS_OF[type.tokenTypeIdx!] = KEYWORD;
  KIND_OF[type.tokenTypeIdx!] = kind;
}

/** Thrown (once per text, never escaping) where the text stops being clean. */
const NOT_CLEAN = new Error("not clean");

/** The syntax tree of a text without a syntax problem; undefined for any other text. */
export function readCleanText(text: string, scanned: ScannedText): SyntaxTree | undefined {
  if (scanned.errors.length > 0) return undefined;
  for (const comment of scanned.comments) if (comment.tokenTypeIdx === UNTERMINATED_COMMENT) return undefined;
  try {
    const { imports, blocks } = new CleanReader(text, scanned).file();
    const comments: Comment[] = scanned.comments.map((token) =>
      commentNode(token.image, token.startOffset, token.startOffset + token.image.length, token.tokenTypeIdx !== LINE_COMMENT),
    );
    return { imports, blocks, comments };
  } catch (error) {
    if (error === NOT_CLEAN) return undefined;
    throw error;
  }
}

class CleanReader {
  private readonly text: string;
  private readonly count: number;
  private readonly types: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** The next token. */
  private at = 0;

  constructor(text: string, scanned: ScannedText) {
    this.text = text;
    this.count = scanned.count;
    this.types = scanned.types;
    this.starts = scanned.starts;
    this.ends = scanned.ends;
  }

  /** The type of the token `ahead` tokens on (0: the next); -1 past the end. */
  private type(ahead = 0): number {
    const at = this.at + ahead;
    return at < this.count ? this.types[at]! : -1;
  }

  private textOf(at: number): string {
    return this.text.substring(this.starts[at]!, this.ends[at]!);
  }

  file(): { imports: ImportStatement[]; blocks: Block[] } {
    const imports: ImportStatement[] = [];
    const blocks: Block[] = [];
    while (this.at < this.count) {
      const type = this.type();
      if (type === IMPORT) imports.push(this.importStatement());
      else if (CLASS_OF[type] === KEYWORD) blocks.push(this.block());
      else throw NOT_CLEAN; // a stray token at the top level
    }
    return { imports, blocks };
  }

  private importStatement(): ImportStatement {
    const keyword = this.word();
    const path = this.string();
    if (this.type() === SEMICOLON) this.at++;
    return importNode(keyword, path);
  }

  private block(): Block {
    const kind = KIND_OF[this.type()]!;
    const keyword = this.word();
    const name = this.type() === IDENTIFIER ? this.word() : undefined;
    const title = this.type() === STRING ? this.string() : undefined;
    const open = this.brace(LEFT_CURLY);
    const members = this.members(1);
    const close = this.brace(RIGHT_CURLY);
    return blockNode(kind, keyword, name, title, members, close.end, open, close);
  }

  /** Members up to the `}` that closes them, `depth` braces deep. */
  private members(depth: number): Member[] {
    const members: Member[] = [];
    while (this.type() !== RIGHT_CURLY) {
      if (this.type() !== IDENTIFIER) throw NOT_CLEAN; // a stray, a clause keyword, an import, the end
      const next = this.type(1);
      if (next === COLON) members.push(this.field());
      else if (next === LEFT_CURLY) members.push(this.subBlock(depth + 1));
      else throw NOT_CLEAN; // a name alone: a stray
    }
    return fitted(members);
  }

  private subBlock(depth: number): Member {
    if (depth > MAX_NESTING) throw NOT_CLEAN;
    const key = this.word();
    this.brace(LEFT_CURLY);
    const members = this.members(depth);
    const close = this.brace(RIGHT_CURLY);
    return subBlockNode(key, members, close.end);
  }

  private field(): Member {
    const key = this.word();
    const colonEnd = this.ends[this.at]!;
    this.at++;
    let values: Value[] = [];
    if (this.atValueStart()) {
      values = [this.value()];
      if (this.type() === COMMA) {
        while (this.type() === COMMA) {
          this.at++;
          // `a, }` or `a, next: …`: the comma is a stray, or a value is missing.
          if (!this.atValueStart()) throw NOT_CLEAN;
          values.push(this.value());
        }
        values = fitted(values);
      }
    }
    if (this.type() === SEMICOLON) this.at++;
    return fieldNode(key, values, values.length > 0 ? values[values.length - 1]!.span.end : colonEnd);
  }

  private value(): Value {
    const first = this.atom();
    if (!this.atValueStart()) return valueNode([first]);
    const atoms: Atom[] = [first];
    do atoms.push(this.atom());
    while (this.atValueStart());
    return valueNode(fitted(atoms));
  }

  private atom(): Atom {
    const at = this.at++;
    return atomNode(this.types[at]!, this.textOf(at), this.starts[at]!, this.ends[at]!);
  }

  /**
   * parser.ts's atValueStart: a value goes on with any atom but a name that begins the next
   * field or block (`name :`, `name {`), and with a clause keyword used as a word — one that
   * does not begin a clause.
   */
  private atValueStart(): boolean {
    const type = this.type();
    const what = CLASS_OF[type];
    if (type === IDENTIFIER) {
      const after = this.type(1);
      return after !== COLON && after !== LEFT_CURLY;
    }
    if (what === ATOM) return true;
    return what === KEYWORD && !this.looksLikeBlockStart();
  }

  /** parser.ts's looksLikeBlockStart, for a clause keyword: `keyword Name? String? {` or `keyword Name Name :`. */
  private looksLikeBlockStart(): boolean {
    let k = 1;
    if (this.type(k) === IDENTIFIER) {
      if (this.type(k + 1) === IDENTIFIER && this.type(k + 2) === COLON) return true;
      k++;
    }
    const type = this.type(k);
    if (type === STRING || type === UNTERMINATED_STRING) k++;
    return this.type(k) === LEFT_CURLY;
  }

  private word(): Word {
    const at = this.at++;
    return wordNode(this.textOf(at), this.starts[at]!, this.ends[at]!);
  }

  private string(): StringAtom {
    if (this.type() !== STRING) throw NOT_CLEAN;
    const at = this.at++;
    return stringNode(this.textOf(at), { start: this.starts[at]!, end: this.ends[at]! }, false);
  }

  private brace(type: number): { start: number; end: number } {
    if (this.type() !== type) throw NOT_CLEAN;
    const at = this.at++;
    return { start: this.starts[at]!, end: this.ends[at]! };
  }
}
