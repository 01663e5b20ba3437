/**
 * The syntax tree's nodes, made from what was read: shared by the two readers of a text — the
 * tree builder behind Chevrotain's parser (parse.ts), which also reports problems, and the
 * parser of clean texts (clean-parse.ts) — so that both give the same nodes, down to the
 * order of their properties (one object shape per kind of node keeps every reader fast).
 */
import { parseChineseNumeral } from "./chinese-numerals.ts";
import { TextMemo } from "./memo.ts";
import { toAsciiDigits } from "./numbers.ts";
import type { Span } from "./positions.ts";
import type { Atom, Block, Comment, Field, ImportStatement, Member, StringAtom, SubBlock, Value, Word } from "./syntax-tree.ts";
import * as T from "./tokens.ts";
import type { BlockKind } from "./vocabulary.ts";

export function wordNode(text: string, start: number, end: number): Word {
  return { text, span: { start, end } };
}

/** A string as written (`image`, quotes included); an unterminated one has no closing quote. */
export function stringNode(image: string, span: Span, unterminated: boolean): StringAtom {
  if (unterminated) return { kind: "string", text: image.slice(1), span, unterminated: true };
  let inner = image.slice(1, -1);
  if ((image[0] === '"' || image[0] === "'") && inner.includes("\\")) inner = inner.replace(/\\(.)/g, "$1");
  return { kind: "string", text: inner, span, unterminated: false };
}

const IDENTIFIER = T.Identifier.tokenTypeIdx!;
const STRING = T.StringLiteral.tokenTypeIdx!;
const UNTERMINATED_STRING = T.UnterminatedString.tokenTypeIdx!;
const QUANTITY = T.Quantity.tokenTypeIdx!;
const NUMBER = T.NumberLiteral.tokenTypeIdx!;
const NUMBER_RANGE = T.NumberRange.tokenTypeIdx!;
const DATE = T.DateLiteral.tokenTypeIdx!;
const ARTICLE_REF = T.ArticleRef.tokenTypeIdx!;
const LAW_ID = T.LawId.tokenTypeIdx!;
const ARTICLE_MARK = T.ArticleMark.tokenTypeIdx!;
const PAREN_NOTE = T.ParenNote.tokenTypeIdx!;

/** An atom of a value, from its token's type (`tokenTypeIdx`) and text; a clause keyword used as a word is a `keyword`. */
export function atomNode(type: number, text: string, start: number, end: number): Atom {
  const span = { start, end };
  // Names first: half of all tokens are names, and a switch tries its cases in order.
  switch (type) {
    case IDENTIFIER:
      return { kind: "name", text, span };
    case STRING:
      return stringNode(text, span, false);
    case UNTERMINATED_STRING:
      return stringNode(text, span, true);
    case QUANTITY: {
      const match = /^([0-9０-９]+(?:[.．][0-9０-９]+)?)[ \t]*(.+)$/.exec(text);
      return { kind: "quantity", amount: Number(toAsciiDigits(match?.[1] ?? "0")), unit: (match?.[2] ?? "").replace(/[ \t]+/g, " "), text, span };
    }
    case NUMBER:
      return { kind: "number", value: Number(toAsciiDigits(text)), text, span };
    case NUMBER_RANGE: {
      const [from, to] = text.split(/[ \t]*[-–—~～][ \t]*/).map(Number);
      return { kind: "range", from: from ?? 0, to: to ?? 0, text, span };
    }
    case DATE:
      return { kind: "date", iso: isoDate(text), text, span };
    case ARTICLE_REF: {
      const ref = articleRefOf(text);
      const article: Record<string, unknown> = { kind: "article", article: ref.article };
      if (ref.articleTo !== undefined) article["articleTo"] = ref.articleTo;
      if (ref.paragraph !== undefined) article["paragraph"] = ref.paragraph;
      if (ref.item !== undefined) article["item"] = ref.item;
      article["text"] = text;
      article["span"] = span;
      return article as unknown as Atom;
    }
    case LAW_ID: {
      const [law = "", article = "0"] = text.split("/");
      return { kind: "lawId", law, article: Number(article), text, span };
    }
    case ARTICLE_MARK:
      return { kind: "mark", text, span };
    case PAREN_NOTE:
      return { kind: "note", text: text.slice(1, -1).trim(), span };
    default:
      return { kind: "keyword", text, span };
  }
}

/** A value of its atoms (at least one); a value of one atom shares the atom's span (most values are one name or one string). */
export function valueNode(atoms: Atom[]): Value {
  const span = atoms.length === 1 ? atoms[0]!.span : { start: atoms[0]!.span.start, end: atoms[atoms.length - 1]!.span.end };
  return { atoms, span };
}

export function fieldNode(key: Word, values: Value[], end: number): Field {
  return { type: "field", key, values, span: { start: key.span.start, end } };
}

export function subBlockNode(key: Word, members: Member[], end: number): SubBlock {
  return { type: "subBlock", key, members, span: { start: key.span.start, end } };
}

/** A clause; the optional parts are given as undefined when absent, and the node has no property for them. */
export function blockNode(kind: BlockKind, keyword: Word, name: Word | undefined, title: StringAtom | undefined, members: Member[], end: number, open: Span | undefined, close: Span | undefined): Block {
  // Assigned in this order rather than spread: the same keys in the same order, without the
  // cost of copying a one-key object for each optional part.
  const block: Record<string, unknown> = { kind, keyword };
  if (name !== undefined) block["name"] = name;
  if (title !== undefined) block["title"] = title;
  block["members"] = members;
  block["span"] = { start: keyword.span.start, end };
  if (open !== undefined) block["open"] = open;
  if (close !== undefined) block["close"] = close;
  return block as unknown as Block;
}

export function importNode(keyword: Word, path: StringAtom): ImportStatement {
  return { keyword, path, span: { start: keyword.span.start, end: path.span.end } };
}

export function commentNode(text: string, start: number, end: number, block: boolean): Comment {
  return { text, span: { start, end }, block };
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
function parseArticleRef(text: string): ArticleNumbers {
  const compact = text.replace(/[ \t]/g, "");
  const articles = [...compact.matchAll(ARTICLE_NUMBERS)].map((m) => parseChineseNumeral(m[1] ?? ""));
  const paragraph = PARAGRAPH_NUMBER.exec(compact)?.[1];
  const item = ITEM_NUMBER.exec(compact);
  const itemText = item?.[1] ?? item?.[2];
  const result: ArticleNumbers = { article: articles[0] ?? 0 };
  if (articles.length > 1 && articles[1] !== undefined) result.articleTo = articles[1];
  const paragraphNumber = paragraph ? parseChineseNumeral(paragraph) : undefined;
  if (paragraphNumber !== undefined) result.paragraph = paragraphNumber;
  const itemNumber = itemText ? parseChineseNumeral(itemText) : undefined;
  if (itemNumber !== undefined) result.item = itemNumber;
  return result;
}
