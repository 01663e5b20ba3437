/**
 * Foldable regions of a policy file, in lines: each clause body and sub-block that spans lines,
 * runs of `//` comment lines and multi-line `/* … *\/` comments, and runs of imports.
 */
import type { Member, ParsedDocument, Span } from "../../../grammar/src/index.ts";

export interface Fold {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: "comment" | "imports";
}

export function foldingRanges(document: ParsedDocument): Fold[] {
  const { text, lines, tree } = document;
  const line = (offset: number): number => lines.positionAt(offset).line;
  const folds: Fold[] = [];
  const add = (fold: Fold): void => {
    if (fold.endLine > fold.startLine) folds.push(fold);
  };

  /** From the line of `{` to the line before `}` (to the `}` line itself when text precedes it there). */
  const body = (open: number, close: number | undefined, end: number): void => {
    if (close === undefined) {
      add({ startLine: line(open), endLine: line(end) });
      return;
    }
    const closeLine = line(close);
    const alone = text.slice(lines.lineStart(closeLine), close).trim() === "";
    add({ startLine: line(open), endLine: alone ? closeLine - 1 : closeLine });
  };

  const comments = tree.comments;
  const inComment = (offset: number): boolean => comments.some((comment) => comment.span.start <= offset && offset < comment.span.end);

  const members = (list: readonly Member[]): void => {
    for (const member of list) {
      if (member.type !== "subBlock") continue;
      const open = findOpenBrace(text, member.key.span.end, member.members[0]?.span.start ?? member.span.end, inComment);
      if (open !== undefined) {
        const last = member.span.end - 1;
        const closed = last > open && (text[last] === "}" || text[last] === "｝");
        body(open, closed ? last : undefined, member.span.end);
      }
      members(member.members);
    }
  };

  for (const block of tree.blocks) {
    if (block.open) body(block.open.start, block.close?.start, block.span.end);
    members(block.members);
  }

  // Runs of `//` lines (each comment alone on its line), and block comments over several lines.
  let run: { start: number; end: number } | undefined;
  const flush = (): void => {
    if (run) add({ startLine: run.start, endLine: run.end, kind: "comment" });
    run = undefined;
  };
  for (const comment of comments) {
    const startLine = line(comment.span.start);
    if (comment.block) {
      flush();
      add({ startLine, endLine: line(comment.span.end), kind: "comment" });
      continue;
    }
    const ownLine = text.slice(lines.lineStart(startLine), comment.span.start).trim() === "";
    if (!ownLine) {
      flush();
      continue;
    }
    if (run && startLine === run.end + 1) run.end = startLine;
    else {
      flush();
      run = { start: startLine, end: startLine };
    }
  }
  flush();

  // Imports written one after another, with no clause between them.
  const imports = tree.imports;
  const blockStarts = tree.blocks.map((block) => block.span.start);
  let group: Span | undefined;
  const flushImports = (): void => {
    if (group) add({ startLine: line(group.start), endLine: line(group.end), kind: "imports" });
    group = undefined;
  };
  for (const statement of imports) {
    if (group && !blockStarts.some((start) => group!.end <= start && start < statement.span.start)) {
      group = { start: group.start, end: statement.span.end };
    } else {
      flushImports();
      group = { start: statement.span.start, end: statement.span.end };
    }
  }
  flushImports();

  // One fold per start line (editors keep one), the widest; sorted.
  const byStart = new Map<number, Fold>();
  for (const fold of folds) {
    const existing = byStart.get(fold.startLine);
    if (!existing || fold.endLine > existing.endLine) byStart.set(fold.startLine, fold);
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}

/** The offset of the first `{` between two offsets that is not inside a comment. */
function findOpenBrace(text: string, from: number, to: number, inComment: (offset: number) => boolean): number | undefined {
  for (let i = from; i < to; i++) {
    if ((text[i] === "{" || text[i] === "｛") && !inComment(i)) return i;
  }
  return undefined;
}
