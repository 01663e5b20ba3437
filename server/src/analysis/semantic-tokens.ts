/**
 * What each word of a policy file is, for colouring: clause keywords, field keys, enumerated
 * values, declared names and references to them (by the kind of clause they name), prose,
 * numbers and article references, law names, free labels and comments. Tokens are sorted, never
 * overlap, and never cross a line (a multi-line block comment is cut into one token per line).
 */
import type { Atom, Block, Member, ParsedDocument, Span } from "../../../grammar/src/index.ts";
import {
  BY_WORDS,
  FIELDS,
  VERDICTS,
  WITHIN_WORDS,
  lookupEnum,
  lookupField,
  normalizeWord,
  type BlockKind,
  type FieldSpec,
} from "../../../grammar/src/vocabulary.ts";
import type { ExpectedKind, Reference, SemanticModel } from "./model.ts";

/** The token types, in legend order. */
export const TOKEN_TYPES = [
  "keyword",
  "property",
  "enumMember",
  "class",
  "function",
  "event",
  "struct",
  "interface",
  "namespace",
  "string",
  "number",
  "comment",
  "variable",
] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];

/** The token modifiers, in legend order (bit 0 first). */
export const TOKEN_MODIFIERS = ["declaration", "readonly"] as const;

export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface SemanticToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

/** How the name of each kind of clause, and every reference to one, is coloured. */
const CLAUSE_TYPES: Readonly<Record<BlockKind | "clause", TokenType>> = {
  policy: "namespace",
  tier: "class",
  duty: "function",
  exemption: "event",
  tolerance: "event",
  clause: "event",
  accountability: "interface",
  case: "struct",
};

interface Classified {
  readonly span: Span;
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

const withinWords = new Set(WITHIN_WORDS.map(normalizeWord));
const byWords = new Set(BY_WORDS.map(normalizeWord));

/** A Chinese citation run together with its law name (`民法典第一千二百二十条`), as declarations.ts reads it. */
const GLUED_ARTICLE = /^(.*?)(第[0-9０-９零〇一二两兩三四五六七八九十百千]+[条條].*)$/;

/** The tokens of the model's document; with `within`, only those that overlap it. */
export function semanticTokens(model: SemanticModel, within?: Span): SemanticToken[] {
  const document = model.document;
  const references = new Map<number, Reference>(model.references.map((reference) => [reference.ref.span.start, reference]));
  const found: Classified[] = [];
  const add = (span: Span, type: TokenType, ...modifiers: TokenModifier[]): void => {
    if (span.end > span.start) found.push({ span, type, modifiers });
  };

  for (const comment of document.tree.comments) add(comment.span, "comment");
  for (const statement of document.tree.imports) {
    add(statement.keyword.span, "keyword");
    add(statement.path.span, "string");
  }
  for (const block of document.tree.blocks) classifyBlock(block, references, add);

  found.sort((a, b) => a.span.start - b.span.start);
  const tokens: SemanticToken[] = [];
  let reached = 0;
  for (const token of found) {
    if (token.span.start < reached) continue; // never overlap (defensive: the tree does not nest atoms)
    reached = token.span.end;
    if (within && (token.span.end <= within.start || token.span.start >= within.end)) continue;
    tokens.push(...splitByLine(document, token));
  }
  return tokens;
}

type Add = (span: Span, type: TokenType, ...modifiers: TokenModifier[]) => void;

function classifyBlock(block: Block, references: ReadonlyMap<number, Reference>, add: Add): void {
  add(block.keyword.span, "keyword");
  if (block.name) add(block.name.span, CLAUSE_TYPES[block.kind], "declaration");
  if (block.title) add(block.title.span, "string");
  classifyMembers(block.members, FIELDS[block.kind], references, add);
}

function classifyMembers(members: readonly Member[], specs: readonly FieldSpec[], references: ReadonlyMap<number, Reference>, add: Add): void {
  for (const member of members) {
    const spec = lookupField(specs, member.key.text);
    add(member.key.span, "property");
    if (member.type === "subBlock") {
      classifyMembers(member.members, spec?.fields ?? [], references, add);
      continue;
    }
    for (const value of member.values) {
      for (const atom of value.atoms) classifyAtom(atom, spec, references, add);
    }
  }
}

function referenceType(reference: Reference): TokenType {
  const kind: ExpectedKind = reference.target?.kind ?? reference.expected;
  return CLAUSE_TYPES[kind];
}

function classifyAtom(atom: Atom, spec: FieldSpec | undefined, references: ReadonlyMap<number, Reference>, add: Add): void {
  const reference = references.get(atom.span.start);
  if (reference && reference.ref.span.end === atom.span.end) {
    add(atom.span, referenceType(reference));
    return;
  }
  const shape = spec?.shape;
  switch (atom.kind) {
    case "string":
      add(atom.span, "string");
      return;
    case "quantity":
    case "number":
    case "range":
    case "date":
    case "article":
    case "mark":
      add(atom.span, "number");
      return;
    case "note":
      if (shape === "citations") add(atom.span, "number");
      return;
    case "lawId": {
      const slash = atom.text.indexOf("/");
      add({ start: atom.span.start, end: atom.span.start + slash }, "namespace");
      add({ start: atom.span.start + slash + 1, end: atom.span.end }, "number");
      return;
    }
    case "name":
    case "keyword":
      break;
  }
  // A word: what it is depends on the field.
  const word = normalizeWord(atom.text);
  switch (shape) {
    case "enum":
    case "enums":
    case "trigger":
      if (spec?.values && lookupEnum(spec.values, atom.text)) add(atom.span, "enumMember", "readonly");
      return;
    case "expectation":
      if (lookupEnum(VERDICTS, atom.text)) add(atom.span, "enumMember", "readonly");
      else if (byWords.has(word)) add(atom.span, "keyword");
      return;
    case "appeal":
      if (withinWords.has(word)) add(atom.span, "keyword");
      return;
    case "citations": {
      const glued = atom.kind === "name" ? GLUED_ARTICLE.exec(atom.text) : null;
      if (glued) {
        const lawLength = glued[1]?.length ?? 0;
        add({ start: atom.span.start, end: atom.span.start + lawLength }, "namespace");
        add({ start: atom.span.start + lawLength, end: atom.span.end }, "number");
      } else add(atom.span, "namespace");
      return;
    }
    case "names":
    case "evidence":
      // Free labels: resources, needs, places, periods, evidence items.
      if (atom.kind === "name") add(atom.span, "variable");
      return;
    default:
      return;
  }
}

/** One token per line that the span touches, without the line breaks. */
function splitByLine(document: ParsedDocument, token: Classified): SemanticToken[] {
  const { lines, text } = document;
  const start = lines.positionAt(token.span.start);
  const end = lines.positionAt(token.span.end);
  if (start.line === end.line) {
    return [{ line: start.line, character: start.character, length: token.span.end - token.span.start, type: token.type, modifiers: token.modifiers }];
  }
  const pieces: SemanticToken[] = [];
  for (let line = start.line; line <= end.line; line++) {
    const from = line === start.line ? token.span.start : lines.lineStart(line);
    let to = line === end.line ? token.span.end : lines.lineStart(line + 1);
    if (line !== end.line) {
      if (text[to - 1] === "\n") to--;
      if (text[to - 1] === "\r") to--;
    }
    if (to > from) pieces.push({ line, character: from - lines.lineStart(line), length: to - from, type: token.type, modifiers: token.modifiers });
  }
  return pieces;
}
