/**
 * Everything a reader of a ParsedDocument can see, as one string: what a reparse after an edit
 * must give exactly as a full parse does (a declaration's clause node is compared by its span,
 * the tree itself being compared whole).
 */
import type { ParsedDocument } from "../../grammar/src/index.ts";

export function documentSnapshot(document: ParsedDocument): string {
  return JSON.stringify({
    text: document.text,
    locale: document.locale,
    tree: document.tree,
    declarations: document.file.declarations.map((declaration) => ({ ...declaration, block: declaration.block.span })),
    policy: document.file.policy?.span,
    byKind: [document.file.tiers, document.file.duties, document.file.exemptions, document.file.tolerances, document.file.accountabilities, document.file.cases].map((list) =>
      list.map((declaration) => declaration.span),
    ),
    imports: document.file.imports,
    diagnostics: document.diagnostics,
    lines: document.lines.lineCount,
  });
}

/** Small edits of the kinds typing makes, one chosen by `seed`: a letter, a line break, a brace, a quote, a deletion. */
export function typingEdit(text: string, seed: number): string {
  const at = text.length === 0 ? 0 : seed % (text.length + 1);
  switch (seed % 6) {
    case 0: return `${text.slice(0, at)}x${text.slice(at)}`;
    case 1: return `${text.slice(0, at)}\n${text.slice(at)}`;
    case 2: return `${text.slice(0, at)}}${text.slice(at)}`;
    case 3: return `${text.slice(0, at)}"${text.slice(at)}`;
    case 4: return `${text.slice(0, at)} duty ${text.slice(at)}`;
    default: return text.slice(0, at) + text.slice(at + 1);
  }
}
