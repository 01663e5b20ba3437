/**
 * The outline of a policy file: each clause with its name and title, its fields beneath it and
 * sub-blocks (`scope { … }`, `domain { … }`) nested; and the named clauses of many files, for a
 * workspace-wide symbol search.
 */
import type { Block, Member, ParsedDocument, Span } from "../../../grammar/src/index.ts";
import { ownCopy } from "../../../grammar/src/memo.ts";
import { FIELDS, lookupField, type BlockKind } from "../../../grammar/src/vocabulary.ts";

export type OutlineKind = BlockKind | "field" | "block";

export interface OutlineItem {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  /** The whole clause or field. */
  readonly span: Span;
  /** What to reveal and highlight: the name, else the keyword or the key. */
  readonly selection: Span;
  readonly children: readonly OutlineItem[];
}

/** Field values shown as a field's detail are cut to this many characters. */
const DETAIL_LENGTH = 80;

export function outline(document: ParsedDocument): OutlineItem[] {
  return document.tree.blocks.map((block) => clauseItem(document.text, block));
}

/** One clause's outline item (`text` is the document's). */
export function clauseItem(text: string, block: Block): OutlineItem {
  const { name, title, keyword } = block;
  let label: string;
  let detail: string;
  if (name) {
    label = name.text;
    detail = title?.text ?? "";
  } else if (title && title.text.trim().length > 0) {
    label = title.text;
    detail = keyword.text;
  } else {
    // An unnamed, untitled clause (usually `accountability`): the keyword, and what it covers.
    label = keyword.text;
    detail = shortValue(text, block.members.find((member) => lookupField(FIELDS[block.kind], member.key.text)?.key === "covers"));
  }
  return {
    name: label,
    detail,
    kind: block.kind,
    span: block.span,
    selection: name?.span ?? keyword.span,
    children: block.members.map((member) => memberItem(text, member)),
  };
}

function memberItem(text: string, member: Member): OutlineItem {
  return {
    name: member.key.text,
    detail: member.type === "field" ? shortValue(text, member) : "",
    kind: member.type === "field" ? "field" : "block",
    span: member.span,
    selection: member.key.span,
    children: member.type === "subBlock" ? member.members.map((child) => memberItem(text, child)) : [],
  };
}

/** A field's values as written, on one line and cut short. */
function shortValue(text: string, member: Member | undefined): string {
  if (!member || member.type !== "field") return "";
  const first = member.values[0];
  const last = member.values[member.values.length - 1];
  if (!first || !last) return "";
  const value = text.slice(first.span.start, last.span.end).replace(/\s+/g, " ");
  const characters = [...value];
  // A copy either way: the language server keeps a clause's outline while the clause lives,
  // longer than this version of the text, which a slice would keep whole (grammar/src/memo.ts).
  return characters.length > DETAIL_LENGTH ? `${characters.slice(0, DETAIL_LENGTH - 1).join("")}…` : ownCopy(value);
}

export interface NamedClause {
  readonly file: string;
  readonly name: string;
  readonly title?: string;
  readonly kind: BlockKind;
  readonly span: Span;
  readonly selection: Span;
}

/**
 * Named clauses of the given documents whose name or title contains the query, ignoring case
 * (an empty query matches all). Sorted by file, then position.
 */
export function searchClauses(documents: Iterable<{ readonly file: string; readonly document: ParsedDocument }>, query: string): NamedClause[] {
  const wanted = query.trim().toLowerCase();
  const found: NamedClause[] = [];
  for (const { file, document } of documents) {
    for (const block of document.tree.blocks) {
      if (!block.name) continue;
      const title = block.title?.text;
      const matches = wanted === "" || block.name.text.toLowerCase().includes(wanted) || (title !== undefined && title.toLowerCase().includes(wanted));
      if (!matches) continue;
      found.push({ file, name: block.name.text, ...(title !== undefined ? { title } : {}), kind: block.kind, span: block.span, selection: block.name.span });
    }
  }
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.span.start - b.span.start));
}
