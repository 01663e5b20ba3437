/**
 * Where the cursor is, for completion and field help: at the top level, at the start of a member
 * of a clause (or of a `scope`/`domain` sub-block), or in the value of a field — with the atoms
 * already written in that value. Read from the tokens that precede the cursor by a small state
 * machine that mirrors the grammar (parser.ts), so that it works on the half-written, unparsable
 * text an editor holds while the drafter types. Inside strings and comments there is no context.
 */
import type { IToken } from "chevrotain";
import type { ParsedDocument, Span } from "../../../../grammar/src/index.ts";
import { tokenize } from "../../../../grammar/src/parse.ts";
import { BLOCK_KIND_OF_TOKEN } from "../../../../grammar/src/tokens.ts";
import { FIELDS, lookupField, normalizeWord, type BlockKind, type FieldSpec } from "../../../../grammar/src/vocabulary.ts";

export type TokenKind =
  | "name"
  | "keyword"
  | "import"
  | "string"
  | "unterminated"
  | "date"
  | "article"
  | "quantity"
  | "range"
  | "number"
  | "lawId"
  | "note"
  | "mark"
  | "colon"
  | "comma"
  | "semicolon"
  | "open"
  | "close";

/** A token of the text before the cursor, with absolute offsets. */
export interface Token {
  readonly kind: TokenKind;
  readonly image: string;
  readonly start: number;
  readonly end: number;
  /** For a clause keyword: which clause. */
  readonly block?: BlockKind;
}

/** The clause (or sub-block of a clause) the cursor is in. */
export interface ClauseContext {
  readonly kind: BlockKind;
  /** Offset of the clause keyword: identifies the clause in the syntax tree. */
  readonly keyword: number;
  /** The clause's name, when written. */
  readonly name?: string;
  /** The sub-block the cursor is in (`scope`, `domain`), if any. */
  readonly sub?: FieldSpec;
  /** The fields allowed here. */
  readonly specs: readonly FieldSpec[];
  /** Canonical keys of the fields written before the cursor (in this clause or sub-block). */
  readonly present: ReadonlySet<string>;
  /** The name written in each single-name field of the clause before the cursor (`holder` → `teller`). */
  readonly names: ReadonlyMap<string, string>;
}

export type CursorContext =
  | { readonly kind: "none" }
  | { readonly kind: "top"; readonly word: Span }
  | { readonly kind: "header"; readonly clause: BlockKind }
  | { readonly kind: "member"; readonly clause: ClauseContext; readonly word: Span }
  | {
      readonly kind: "value";
      readonly clause: ClauseContext;
      /** Undefined for a key the clause does not have. */
      readonly field: FieldSpec | undefined;
      readonly key: Token;
      /** Every value of the field so far; the last one is the value the cursor is in. */
      readonly values: readonly (readonly Token[])[];
      /** Where the current value starts (its first atom, the word being typed, or the cursor). */
      readonly valueStart: number;
      readonly word: Span;
      /**
       * The token that ends exactly at the cursor when it is not a word being typed (a number,
       * a date, a closed text…): only what continues it makes sense there.
       */
      readonly touching?: Token;
    };

const TOKEN_KINDS: Readonly<Record<string, TokenKind>> = {
  Identifier: "name",
  ImportKeyword: "import",
  StringLiteral: "string",
  UnterminatedString: "unterminated",
  DateLiteral: "date",
  ArticleRef: "article",
  Quantity: "quantity",
  NumberRange: "range",
  NumberLiteral: "number",
  LawId: "lawId",
  ParenNote: "note",
  ArticleMark: "mark",
  Colon: "colon",
  Comma: "comma",
  Semicolon: "semicolon",
  LCurly: "open",
  RCurly: "close",
};

function toToken(token: IToken, base: number): Token {
  const block = BLOCK_KIND_OF_TOKEN.get(token.tokenType);
  const start = base + token.startOffset;
  const common = { image: token.image, start, end: start + token.image.length };
  if (block) return { kind: "keyword", block, ...common };
  return { kind: TOKEN_KINDS[token.tokenType.name] ?? "name", ...common };
}

/** Characters a name may continue with (tokens.ts NAME_PART). */
const NAME_PART = /[A-Za-z_\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF0-9\-\u00B7\u30FB]/;

const WORD_KINDS: ReadonlySet<TokenKind> = new Set(["name", "keyword", "import", "mark"]);

/**
 * Where to start reading: the last clause that starts at or before the offset. A clause keyword
 * of the syntax tree is always a real token at the top level, so the state machine can start
 * there instead of at the beginning of a large file.
 */
function readFrom(document: ParsedDocument, offset: number): number {
  const blocks = document.tree.blocks;
  let low = 0;
  let high = blocks.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = blocks[mid]!.keyword.span.start;
    if (start <= offset) {
      found = start;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

interface Frame {
  readonly kind: BlockKind;
  readonly keyword: number;
  readonly name: string | undefined;
  readonly sub: FieldSpec | undefined;
  readonly specs: readonly FieldSpec[];
  readonly present: Set<string>;
  readonly names: Map<string, string>;
}

const NONE: CursorContext = { kind: "none" };

/** What may be written at `offset`. Never throws; offsets outside the text are clamped. */
export function cursorContext(document: ParsedDocument, offset: number): CursorContext {
  const text = document.text;
  const at = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : text.length, text.length));
  const base = readFrom(document, at);
  const prefix = text.slice(base, at);
  const { tokens: raw, comments } = tokenize(prefix);
  const lastComment = comments[comments.length - 1];
  if (lastComment && lastComment.startOffset + lastComment.image.length === prefix.length && lastComment.tokenType.name !== "BlockComment") {
    return NONE;
  }
  const tokens = raw.map((token) => toToken(token, base));
  let word: Span = { start: at, end: at };
  let touching: Token | undefined;
  const last = tokens[tokens.length - 1];
  if (last && last.end === at) {
    if (last.kind === "unterminated") return NONE;
    if (WORD_KINDS.has(last.kind)) {
      word = { start: last.start, end: at };
      tokens.pop();
    } else if (last.kind !== "colon" && last.kind !== "comma" && last.kind !== "semicolon" && last.kind !== "open") {
      touching = last;
    }
  }
  // The rest of a word the cursor is in the middle of is replaced too (not a word it stands before).
  let end = word.end;
  if (word.end > word.start) while (end < text.length && NAME_PART.test(text.charAt(end))) end++;
  word = { start: word.start, end };
  return new Machine(tokens).run(word, touching);
}

class Machine {
  private readonly tokens: readonly Token[];
  private mode: "top" | "import" | "header" | "member" | "value" = "top";
  private header: { kind: BlockKind; keyword: number; name: string | undefined; titled: boolean } | undefined;
  private frames: Frame[] = [];
  private key: Token | undefined;
  private field: FieldSpec | undefined;
  private values: Token[][] = [];

  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
  }

  run(word: Span, touching: Token | undefined): CursorContext {
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const next = tokens[i + 1];
      switch (this.mode) {
        case "top":
        case "import":
          if (token.kind === "keyword") this.startHeader(token);
          else if (token.kind === "import") this.mode = "import";
          else if (token.kind === "string" || token.kind === "unterminated" || token.kind === "semicolon") this.mode = "top";
          break;
        case "header": {
          const header = this.header!;
          if (token.kind === "keyword") this.startHeader(token);
          else if (token.kind === "import") this.toTop("import");
          else if (token.kind === "name" && next?.kind === "colon") {
            // `duty b  holder: x`: a header whose `{` was forgotten.
            this.enterClause();
            i--;
          } else if (token.kind === "name" && header.name === undefined && !header.titled) header.name = token.image;
          else if (token.kind === "string" || token.kind === "unterminated") header.titled = true;
          else if (token.kind === "open") this.enterClause();
          else if (token.kind === "close") this.toTop("top");
          break;
        }
        case "member":
          i = this.member(i);
          break;
        case "value":
          if (token.kind === "comma") this.values.push([]);
          else if (token.kind === "semicolon") this.mode = "member";
          else if (token.kind === "name" && (next?.kind === "colon" || next?.kind === "open")) {
            this.mode = "member";
            i--;
          } else if (token.kind === "close") this.close();
          else if (token.kind === "keyword" && this.looksLikeClauseStart(i)) this.startHeader(token);
          else if (token.kind === "import" && (next?.kind === "string" || next?.kind === "unterminated")) this.toTop("import");
          else if (token.kind !== "colon" && token.kind !== "open") this.addAtom(token);
          break;
      }
    }
    return this.result(word, touching);
  }

  private result(word: Span, touching: Token | undefined): CursorContext {
    switch (this.mode) {
      case "top":
        return touching ? NONE : { kind: "top", word };
      case "import":
        return NONE;
      case "header":
        return { kind: "header", clause: this.header!.kind };
      case "member":
        return touching ? NONE : { kind: "member", clause: this.clause(), word };
      case "value": {
        const current = this.values[this.values.length - 1] ?? [];
        const valueStart = current[0]?.start ?? word.start;
        return {
          kind: "value",
          clause: this.clause(),
          field: this.field,
          key: this.key!,
          values: this.values,
          valueStart,
          word,
          ...(touching ? { touching } : {}),
        };
      }
    }
  }

  private clause(): ClauseContext {
    const frame = this.frames[this.frames.length - 1]!;
    const top = this.frames[0]!;
    return {
      kind: frame.kind,
      keyword: frame.keyword,
      ...(frame.name !== undefined ? { name: frame.name } : {}),
      ...(frame.sub ? { sub: frame.sub } : {}),
      specs: frame.specs,
      present: frame.present,
      names: top.names,
    };
  }

  private member(i: number): number {
    const token = this.tokens[i]!;
    const next = this.tokens[i + 1];
    const frame = this.frames[this.frames.length - 1]!;
    if (token.kind === "name" && next?.kind === "colon") {
      const spec = lookupField(frame.specs, token.image);
      frame.present.add(spec?.key ?? normalizeWord(token.image));
      this.key = token;
      this.field = spec;
      this.values = [[]];
      this.mode = "value";
      return i + 1;
    }
    if (token.kind === "name" && next?.kind === "open") {
      const spec = lookupField(frame.specs, token.image);
      frame.present.add(spec?.key ?? normalizeWord(token.image));
      this.frames.push({
        kind: frame.kind,
        keyword: frame.keyword,
        name: frame.name,
        sub: spec,
        specs: spec?.fields ?? [],
        present: new Set(),
        names: frame.names,
      });
      return i + 1;
    }
    if (token.kind === "close") this.close();
    else if (token.kind === "keyword") this.startHeader(token);
    else if (token.kind === "import") this.toTop("import");
    return i;
  }

  /** A clause keyword followed by a clause header: `Name? String? {`, or `Name Name :` (parser.ts). */
  private looksLikeClauseStart(i: number): boolean {
    const at = (k: number): TokenKind | undefined => this.tokens[i + k]?.kind;
    let k = 1;
    if (at(k) === "name") {
      if (at(k + 1) === "name" && at(k + 2) === "colon") return true;
      k++;
    }
    if (at(k) === "string" || at(k) === "unterminated") k++;
    return at(k) === "open";
  }

  private startHeader(token: Token): void {
    this.frames = [];
    this.header = { kind: token.block!, keyword: token.start, name: undefined, titled: false };
    this.mode = "header";
  }

  private enterClause(): void {
    const header = this.header!;
    this.frames = [
      {
        kind: header.kind,
        keyword: header.keyword,
        name: header.name,
        sub: undefined,
        specs: FIELDS[header.kind],
        present: new Set(),
        names: new Map(),
      },
    ];
    this.mode = "member";
  }

  private close(): void {
    this.frames.pop();
    this.mode = this.frames.length > 0 ? "member" : "top";
  }

  private toTop(mode: "top" | "import"): void {
    this.frames = [];
    this.header = undefined;
    this.mode = mode;
  }

  /** Adds an atom to the current value; remembers `holder: teller` and the like for later completions. */
  private addAtom(token: Token): void {
    const value = this.values[this.values.length - 1]!;
    const frame = this.frames[0];
    if (this.field?.shape === "name" && this.values.length === 1 && value.length === 0 && token.kind === "name" && frame && !frame.names.has(this.field.key)) {
      frame.names.set(this.field.key, token.image);
    }
    value.push(token);
  }
}
