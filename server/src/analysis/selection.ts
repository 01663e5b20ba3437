/**
 * Expanding a selection: from the word at the cursor outwards through the value, the field, the
 * sub-block, the clause body and the clause, to the whole document. Each step strictly contains
 * the one before.
 */
import type { Atom, Member, ParsedDocument, Span } from "../../../grammar/src/index.ts";

/** The spans around an offset, innermost first, ending with the whole document. */
export function selectionChain(document: ParsedDocument, offset: number): Span[] {
  const { text, tree } = document;
  const candidates: Span[] = [{ start: 0, end: text.length }];
  const consider = (span: Span | undefined): boolean => {
    if (!span || offset < span.start || offset > span.end) return false;
    candidates.push(span);
    return true;
  };
  const atom = (item: Atom): void => {
    if (!consider(item.span)) return;
    // Inside quotes, the text alone first.
    if (item.kind === "string" && !item.unterminated && item.span.end - item.span.start > 2) {
      const inner = { start: item.span.start + 1, end: item.span.end - 1 };
      if (offset >= inner.start && offset <= inner.end) candidates.push(inner);
    }
  };
  const members = (list: readonly Member[]): void => {
    for (const member of list) {
      if (!consider(member.span)) continue;
      consider(member.key.span);
      if (member.type === "subBlock") {
        consider(bodyOf(text, member.key.span.end, member.members[0]?.span.start ?? member.span.end, member.span.end));
        members(member.members);
        continue;
      }
      for (const value of member.values) {
        if (!consider(value.span)) continue;
        for (const item of value.atoms) atom(item);
      }
    }
  };

  for (const statement of tree.imports) {
    if (consider(statement.span)) {
      consider(statement.keyword.span);
      atom(statement.path);
    }
  }
  for (const comment of tree.comments) consider(comment.span);
  for (const block of tree.blocks) {
    if (!consider(block.span)) continue;
    consider(block.keyword.span);
    consider(block.name?.span);
    if (block.title) atom(block.title);
    if (block.open) consider({ start: block.open.start, end: block.close?.end ?? block.span.end });
    members(block.members);
  }

  // Smallest first; keep each span that strictly contains the one kept before it.
  candidates.sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start);
  const chain: Span[] = [];
  for (const span of candidates) {
    const previous = chain[chain.length - 1];
    if (!previous || (span.start <= previous.start && span.end >= previous.end && span.end - span.start > previous.end - previous.start)) {
      chain.push(span);
    }
  }
  return chain;
}

/** A sub-block's braces and what is between them: from its `{` (before its first member) to its end. */
function bodyOf(text: string, keyEnd: number, firstMember: number, end: number): Span | undefined {
  for (let i = keyEnd; i < firstMember; i++) {
    if (text[i] === "{" || text[i] === "｛") return { start: i, end };
  }
  return undefined;
}
