/**
 * The syntax tree: clauses, fields and values exactly as written, with their source spans.
 * Built from Chevrotain's CST; the typed declarations (declarations.ts) are read from it.
 */
import type { BlockKind } from "./vocabulary.ts";
import type { Span } from "./positions.ts";

export interface Word {
  readonly text: string;
  readonly span: Span;
}

export type QuantityUnitKind = "money" | "duration" | "percent" | "count";

export type Atom =
  | { readonly kind: "name"; readonly text: string; readonly span: Span }
  | { readonly kind: "keyword"; readonly text: string; readonly span: Span }
  | { readonly kind: "string"; readonly text: string; readonly span: Span; readonly unterminated: boolean }
  | {
      readonly kind: "quantity";
      readonly amount: number;
      /** The unit as written (`working days`, `万元`). */
      readonly unit: string;
      readonly text: string;
      readonly span: Span;
    }
  | { readonly kind: "number"; readonly value: number; readonly text: string; readonly span: Span }
  | { readonly kind: "range"; readonly from: number; readonly to: number; readonly text: string; readonly span: Span }
  | { readonly kind: "date"; readonly iso: string; readonly text: string; readonly span: Span }
  | {
      readonly kind: "article";
      readonly article: number;
      readonly articleTo?: number;
      readonly paragraph?: number;
      readonly item?: number;
      readonly text: string;
      readonly span: Span;
    }
  | { readonly kind: "lawId"; readonly law: string; readonly article: number; readonly text: string; readonly span: Span }
  | { readonly kind: "mark"; readonly text: string; readonly span: Span }
  | { readonly kind: "note"; readonly text: string; readonly span: Span };

export type StringAtom = Extract<Atom, { kind: "string" }>;

/** One comma-separated value of a field: one or more atoms (`regulator within 30 days`). */
export interface Value {
  readonly atoms: readonly Atom[];
  readonly span: Span;
}

export interface Field {
  readonly type: "field";
  readonly key: Word;
  readonly values: readonly Value[];
  readonly span: Span;
}

export interface SubBlock {
  readonly type: "subBlock";
  readonly key: Word;
  readonly members: readonly Member[];
  readonly span: Span;
}

export type Member = Field | SubBlock;

export interface Block {
  readonly kind: BlockKind;
  readonly keyword: Word;
  readonly name?: Word;
  readonly title?: StringAtom;
  readonly members: readonly Member[];
  /** From the keyword to the closing brace (or the last thing parsed when it is missing). */
  readonly span: Span;
  /** Where the body's `{` and `}` are; absent when missing. */
  readonly open?: Span;
  readonly close?: Span;
}

export interface ImportStatement {
  readonly keyword: Word;
  readonly path: StringAtom;
  readonly span: Span;
}

export interface Comment {
  readonly text: string;
  readonly span: Span;
  readonly block: boolean;
}

export interface SyntaxTree {
  readonly imports: readonly ImportStatement[];
  readonly blocks: readonly Block[];
  readonly comments: readonly Comment[];
}
