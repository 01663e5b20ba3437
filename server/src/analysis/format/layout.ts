/**
 * The formatter's layout: the document's tokens, read from the syntax tree (and the punctuation
 * between them), printed in the one canonical layout with every comment where the drafter put it.
 *
 * Only the blanks between tokens change. Every word, name, number and quoted text is sliced from
 * the source as written; colons, commas and braces take the file's dominant style; optional `;`
 * are dropped. The printer records where each token and comment landed in the output, so a
 * range can be formatted clause by clause.
 */
import type { ILexingResult } from "chevrotain";
import type { Block, Comment, ImportStatement, Member, ParsedDocument, Span } from "../../../../grammar/src/index.ts";
import { lex } from "../../../../grammar/src/lexer.ts";
import type { Style } from "../fixes/writer.ts";

/** The text holds something the syntax tree does not account for: never format it. */
export class Unformattable extends Error {}

type Role =
  | "importKeyword"
  | "importPath"
  | "keyword"
  | "name"
  | "title"
  | "open"
  | "close"
  | "key"
  | "colon"
  | "atom"
  | "comma"
  | "semicolon";

type TopKind = "import" | "clause";

interface Token {
  readonly start: number;
  readonly end: number;
  /** The text written for it: sliced from the source, or the file's style of punctuation. */
  readonly text: string;
  readonly role: Role;
  /** Starts its own line, indented `depth` levels (members, closing braces, top-level items). */
  readonly startsLine: boolean;
  readonly depth: number;
  /** Indentation of a continuation line when a comment breaks the line before this token. */
  readonly continuation: number;
  /** The blanks before this token when it continues a line. */
  readonly separator: string;
  /** A top-level item starts here: its kind and its span in the syntax tree. */
  readonly top?: TopKind;
  readonly itemSpan?: Span;
  /** The closing brace of a body with no members: `{}` unless comments sit inside. */
  readonly emptyClose?: boolean;
  /** For an atom: the previous token is an atom of the same value. */
  readonly followsAtom?: boolean;
}

export interface Placed {
  readonly start: number;
  readonly end: number;
  outStart: number;
  outEnd: number;
}

export interface Item {
  readonly kind: TopKind;
  /** Keyword to closing brace (or path), as in the syntax tree. */
  readonly span: Span;
  /** Indices into `entities`: the item's first token, and its last token or trailing comment. */
  readonly first: number;
  last: number;
}

export interface Layout {
  readonly text: string;
  /** Every kept token and every comment, in source order, with where it landed in the output. */
  readonly entities: readonly Placed[];
  readonly items: readonly Item[];
}

const BLANK = /^[ \t\f\v\u00A0\u3000\uFEFF]$/;
const LINE_BREAK = /\r\n?|\n|\u2028|\u2029/g;
const TRAILING_BLANKS = /[ \t\f\v\u00A0\u3000\uFEFF]+$/;

function isBlankOrBreak(char: string): boolean {
  return BLANK.test(char) || char === "\r" || char === "\n" || char === "\u2028" || char === "\u2029";
}

function lineBreaks(text: string, from: number, to: number): number {
  return text.slice(from, to).match(LINE_BREAK)?.length ?? 0;
}

/** A line comment loses its trailing blanks; a block comment is kept verbatim. */
export function commentText(comment: Comment): string {
  return comment.block ? comment.text : comment.text.replace(TRAILING_BLANKS, "");
}

/** Splits a punctuation style (`": "`, `"："`) into the mark and the blanks after it. */
function split(mark: string): { text: string; after: string } {
  const text = mark.trimEnd();
  return { text, after: mark.slice(text.length) };
}

/** Reads the document's tokens in order: the tree's words and atoms, and the punctuation between them. */
class Reader {
  readonly tokens: Token[] = [];
  private readonly text: string;
  private readonly commentsAt: ReadonlyMap<number, Comment>;
  private readonly style: Style;
  private readonly colon: { text: string; after: string };
  private readonly comma: { text: string; after: string };
  private pos = 0;

  constructor(document: ParsedDocument, style: Style) {
    this.text = document.text;
    this.commentsAt = new Map(document.tree.comments.map((comment) => [comment.span.start, comment]));
    this.style = style;
    this.colon = split(style.colon);
    this.comma = split(style.comma);
  }

  read(document: ParsedDocument): void {
    const items: (ImportStatement | Block)[] = [...document.tree.imports, ...document.tree.blocks].sort((a, b) => a.span.start - b.span.start);
    for (const item of items) {
      if ("path" in item) this.readImport(item);
      else this.readBlock(item);
    }
    if (this.skip() !== this.text.length) throw new Unformattable("text after the last clause");
  }

  /** The offset of the next character that is neither blank, line break nor comment. */
  private skip(): number {
    let at = this.pos;
    for (;;) {
      while (at < this.text.length && isBlankOrBreak(this.text.charAt(at))) at++;
      const comment = this.commentsAt.get(at);
      if (!comment) return at;
      at = comment.span.end;
    }
  }

  private push(token: Omit<Token, "start" | "end" | "text">, span: Span, text = this.text.slice(span.start, span.end)): void {
    const at = this.skip();
    if (at !== span.start || span.end <= span.start) throw new Unformattable(`unexpected text at ${at}`);
    this.tokens.push({ ...token, start: span.start, end: span.end, text });
    this.pos = span.end;
  }

  /** The next character, when it is one of `chars`. */
  private peek(chars: string): Span | undefined {
    const at = this.skip();
    return at < this.text.length && chars.includes(this.text.charAt(at)) ? { start: at, end: at + 1 } : undefined;
  }

  private expect(chars: string): Span {
    const span = this.peek(chars);
    if (!span) throw new Unformattable(`expected one of ${chars} at ${this.skip()}`);
    return span;
  }

  private inline(role: Role, continuation: number, separator: string, extra: Partial<Token> = {}): Omit<Token, "start" | "end" | "text"> {
    return { role, startsLine: false, depth: continuation, continuation, separator, ...extra };
  }

  private readImport(statement: ImportStatement): void {
    this.push({ role: "importKeyword", startsLine: true, depth: 0, continuation: 1, separator: "", top: "import", itemSpan: statement.span }, statement.keyword.span);
    this.push(this.inline("importPath", 1, " "), statement.path.span);
    const semicolon = this.peek(";；");
    if (semicolon) this.pos = semicolon.end;
  }

  private readBlock(block: Block): void {
    if (!block.open || !block.close) throw new Unformattable("a clause without its braces");
    this.push({ role: "keyword", startsLine: true, depth: 0, continuation: 1, separator: "", top: "clause", itemSpan: block.span }, block.keyword.span);
    if (block.name) this.push(this.inline("name", 1, " "), block.name.span);
    if (block.title) this.push(this.inline("title", 1, " "), block.title.span);
    this.push(this.inline("open", 1, " "), block.open, this.style.braceOpen);
    this.readMembers(block.members, 1);
    this.push({ role: "close", startsLine: true, depth: 0, continuation: 1, separator: "", emptyClose: block.members.length === 0 }, block.close, this.style.braceClose);
  }

  private readMembers(members: readonly Member[], depth: number): void {
    members.forEach((member, index) => {
      this.push({ role: "key", startsLine: true, depth, continuation: depth + 1, separator: "" }, member.key.span);
      if (member.type === "subBlock") {
        this.push(this.inline("open", depth + 1, " "), this.expect("{｛"), this.style.braceOpen);
        this.readMembers(member.members, depth + 1);
        this.push(
          { role: "close", startsLine: true, depth, continuation: depth + 1, separator: "", emptyClose: member.members.length === 0 },
          this.expect("}｝"),
          this.style.braceClose,
        );
        return;
      }
      this.push(this.inline("colon", depth + 1, ""), this.expect(":："), this.colon.text);
      member.values.forEach((value, valueIndex) => {
        if (valueIndex > 0) this.push(this.inline("comma", depth + 1, ""), this.expect(",，、"), this.comma.text);
        value.atoms.forEach((atom, atomIndex) => {
          const separator = atomIndex > 0 ? " " : valueIndex > 0 ? this.comma.after : this.colon.after;
          this.push(this.inline("atom", depth + 1, separator, { followsAtom: atomIndex > 0 }), atom.span);
        });
      });
      const semicolon = this.peek(";；");
      if (!semicolon) return;
      if (semicolonNeeded(member, members[index + 1])) this.push(this.inline("semicolon", depth + 1, ""), semicolon);
      else this.pos = semicolon.end;
    });
  }
}

/**
 * Whether a field's `;` keeps the next member from reading as a clause header (parser.ts
 * `looksLikeBlockStart`): `expect: a 免责; scope { … }` — without it `免责 scope {` starts a
 * clause — and `expect: a 免责 b; description: "…"`, where `免责 b description:` would be a clause
 * `b` whose `{` was forgotten (found by the fuzz run).
 */
function semicolonNeeded(member: Member, next: Member | undefined): boolean {
  if (member.type !== "field" || !next) return false;
  const atoms = member.values[member.values.length - 1]?.atoms ?? [];
  const last = atoms.at(-1);
  if (last?.kind === "keyword") return next.type === "subBlock";
  return last?.kind === "name" && atoms.at(-2)?.kind === "keyword" && next.type === "field";
}

/** Whether `atoms`, written with these separators, still lex as exactly these atoms. */
function lexesAs(texts: readonly string[], separators: readonly string[]): boolean {
  let joined = texts[0] ?? "";
  for (let i = 1; i < texts.length; i++) joined += (separators[i] ?? " ") + texts[i];
  const result: ILexingResult = lex(joined);
  return result.errors.length === 0 && result.tokens.length === texts.length && result.tokens.every((token, i) => token.image === texts[i]);
}

/**
 * How each atom continues its value: `""` when written against the previous atom (`30日内`),
 * one space otherwise — unless a space would make the lexer read the two as one (`30` and `days`
 * on two lines are a number and a name; `30 days` is a quantity), in which case the line break
 * (or the unusual blank) stays.
 */
function atomSeparators(tokens: readonly Token[], text: string, hasComment: (from: number, to: number) => boolean): Map<number, string | "break"> {
  const chosen = new Map<number, string | "break">();
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i]!.role !== "atom") {
      i++;
      continue;
    }
    // A run: consecutive atoms of one value with no comment between them.
    const run = [i];
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.followsAtom && !hasComment(tokens[j - 1]!.end, tokens[j]!.start)) run.push(j++);
    let unusual = false;
    const separators: string[] = [""];
    for (const index of run.slice(1)) {
      const gap = text.slice(tokens[index - 1]!.end, tokens[index]!.start);
      if (gap === "") separators.push("");
      else {
        separators.push(" ");
        if (!/^[ \t]+$/.test(gap)) unusual = true;
      }
    }
    const safe = !unusual || lexesAs(run.map((index) => tokens[index]!.text), separators);
    run.slice(1).forEach((index, k) => {
      const gap = text.slice(tokens[index - 1]!.end, tokens[index]!.start);
      if (safe || /^[ \t]*$/.test(gap)) chosen.set(index, separators[k + 1]!);
      else if (lineBreaks(text, tokens[index - 1]!.end, tokens[index]!.start) > 0) chosen.set(index, "break");
      else chosen.set(index, gap);
    });
    i = j;
  }
  return chosen;
}

/** Builds the output line by line, knowing the offset where each piece lands. */
class Printer {
  private readonly lines: string[] = [];
  private line = "";
  private committed = 0;
  private started = false;
  private readonly newline: string;
  private readonly indent: string;

  constructor(newline: string, indent: string) {
    this.newline = newline;
    this.indent = indent;
  }

  /** Nothing has been written yet. */
  get empty(): boolean {
    return !this.started;
  }

  get offset(): number {
    return this.committed + this.line.length;
  }

  write(text: string): void {
    this.line += text;
    this.started = true;
  }

  /** Ends the line (without trailing blanks), optionally leaves a blank line, and indents the next. */
  breakLine(blank: boolean, depth: number): void {
    if (this.started) {
      this.commit(this.line.replace(TRAILING_BLANKS, ""));
      if (blank) this.commit("");
    }
    this.line = this.indent.repeat(depth);
  }

  private commit(line: string): void {
    this.lines.push(line);
    this.committed += line.length + this.newline.length;
  }

  finish(): string {
    if (!this.started) return "";
    return [...this.lines, this.line.replace(TRAILING_BLANKS, "")].join(this.newline) + this.newline;
  }
}

export function layout(document: ParsedDocument, style: Style): Layout {
  const text = document.text;
  const reader = new Reader(document, style);
  reader.read(document);
  const tokens = reader.tokens;
  const comments = document.tree.comments;
  const commentStarts = comments.map((comment) => comment.span.start);
  /** Whether a comment starts in [from, to). Comments are sorted: a binary search finds it. */
  const hasComment = (from: number, to: number): boolean => {
    let low = 0;
    let high = commentStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (commentStarts[mid]! < from) low = mid + 1;
      else high = mid;
    }
    return low < commentStarts.length && commentStarts[low]! < to;
  };
  const separators = atomSeparators(tokens, text, hasComment);

  const printer = new Printer(style.newline, style.indent);
  const entities: Placed[] = [];
  const items: Item[] = [];
  let nextComment = 0;
  let lastEnd = 0;
  let lastTop: TopKind | undefined;
  /** A comment ended the line: whatever follows starts a new one. */
  let mustBreak = false;

  const place = (start: number, end: number, written: string): void => {
    const outStart = printer.offset;
    printer.write(written);
    entities.push({ start, end, outStart, outEnd: printer.offset });
    lastEnd = end;
  };
  /** At most one blank line, where the drafter left at least one. */
  const preserved = (from: number, to: number): boolean => lineBreaks(text, from, to) >= 2;

  /**
   * Writes the comments that come before offset `until`. A comment on the line of what precedes
   * it stays there; the others get lines of their own, indented `ownDepth` levels. `firstBlank`
   * decides the blank line before the gap's first new line; with `blankLines` false there are none.
   * Returns whether anything was written and whether a new line was started.
   */
  const emitComments = (
    until: number,
    ownDepth: number,
    firstBlank: (from: number, to: number) => boolean,
    blankLines: boolean,
  ): { wrote: boolean; newLine: boolean } => {
    let wrote = false;
    let newLine = false;
    while (nextComment < comments.length && comments[nextComment]!.span.start < until) {
      const comment = comments[nextComment++]!;
      const trailing = !printer.empty && lineBreaks(text, lastEnd, comment.span.start) === 0;
      if (trailing) printer.write(" ");
      else {
        const blank = blankLines && (newLine ? preserved(lastEnd, comment.span.start) : firstBlank(lastEnd, comment.span.start));
        printer.breakLine(blank, ownDepth);
        newLine = true;
      }
      place(comment.span.start, comment.span.end, commentText(comment));
      if (!comment.block || !trailing) mustBreak = true;
      wrote = true;
    }
    return { wrote, newLine };
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const afterOpen = tokens[i - 1]?.role === "open";
    const inGap = hasComment(lastEnd, token.start);
    const startsLine = token.startsLine && !(token.emptyClose === true && !inGap);

    // Blank lines: exactly one between top-level items when a clause is involved; at most one,
    // where the drafter left one, elsewhere; none just inside braces.
    const firstBlank = (from: number, to: number): boolean => {
      if (token.top && lastTop !== undefined && (lastTop === "clause" || token.top === "clause")) return true;
      if (afterOpen) return false;
      return preserved(from, to);
    };
    const ownDepth = !token.startsLine ? token.continuation : token.role === "close" ? token.depth + 1 : token.depth;
    const gap = inGap ? emitComments(token.start, ownDepth, firstBlank, token.startsLine) : { wrote: false, newLine: false };

    if (token.top) items.push({ kind: token.top, span: token.itemSpan ?? token, first: entities.length, last: entities.length });

    if (startsLine) {
      const blank = token.role === "close" ? false : gap.newLine ? preserved(lastEnd, token.start) : firstBlank(lastEnd, token.start);
      printer.breakLine(blank, token.depth);
    } else if (mustBreak) {
      printer.breakLine(false, token.continuation);
    } else if (gap.wrote) {
      printer.write(" ");
    } else if (token.role === "atom" && token.followsAtom) {
      const separator = separators.get(i) ?? " ";
      if (separator === "break") printer.breakLine(false, token.continuation);
      else printer.write(separator);
    } else {
      printer.write(token.separator);
    }
    mustBreak = false;
    place(token.start, token.end, token.text);
    if (token.top) lastTop = token.top;
    const item = items[items.length - 1];
    if (item) item.last = entities.length - 1;
  }

  // Comments after the last token: trailing ones stay on its line; the rest keep their blank lines.
  emitComments(Number.POSITIVE_INFINITY, 0, preserved, true);
  return { text: printer.finish(), entities, items: withTrailingComments(items, entities, text) };
}

/** Each item's trailing comments (on the line of its last token) are part of it. */
function withTrailingComments(items: Item[], entities: readonly Placed[], text: string): Item[] {
  for (let n = 0; n < items.length; n++) {
    const item = items[n]!;
    const limit = n + 1 < items.length ? items[n + 1]!.first : entities.length;
    while (item.last + 1 < limit && lineBreaks(text, entities[item.last]!.end, entities[item.last + 1]!.start) === 0) item.last++;
  }
  return items;
}
