/** `textDocument/documentSymbol`: the outline — clauses, their fields, sub-blocks nested. */
import {
  SymbolKind,
  type ClientCapabilities,
  type DocumentSymbol,
  type ServerCapabilities,
  type SymbolInformation,
} from "vscode-languageserver/node";
import type { LineIndex } from "../../../grammar/src/index.ts";
import type { Block } from "../../../grammar/src/index.ts";
import { clauseItem, outline, type OutlineItem, type OutlineKind } from "../analysis/outline.ts";
import type { Feature } from "./feature.ts";

/** The icon of each kind of clause and member. */
export const SYMBOL_KINDS: Readonly<Record<OutlineKind, SymbolKind>> = {
  policy: SymbolKind.Module,
  tier: SymbolKind.Class,
  duty: SymbolKind.Function,
  exemption: SymbolKind.Event,
  tolerance: SymbolKind.Struct,
  accountability: SymbolKind.Interface,
  case: SymbolKind.Constant,
  field: SymbolKind.Field,
  block: SymbolKind.Object,
};

function toDocumentSymbol(lines: LineIndex, item: OutlineItem): DocumentSymbol {
  return {
    name: item.name,
    ...(item.detail ? { detail: item.detail } : {}),
    kind: SYMBOL_KINDS[item.kind],
    range: lines.rangeOf(item.span),
    selectionRange: lines.rangeOf(item.selection),
    ...(item.children.length > 0 ? { children: item.children.map((child) => toDocumentSymbol(lines, child)) } : {}),
  };
}

/**
 * Each clause's symbol, kept while the clause's syntax-tree node lives. A reparse after an edit
 * (grammar/src/incremental.ts) keeps the nodes of the clauses before the edit, with the same
 * text before them and so the same lines: their symbols are the same, and a keystroke in a long
 * policy converts only the clauses from the edit on.
 */
const clauseSymbols = new WeakMap<Block, DocumentSymbol>();

function clauseSymbol(text: string, lines: LineIndex, block: Block): DocumentSymbol {
  let symbol = clauseSymbols.get(block);
  if (!symbol) {
    symbol = toDocumentSymbol(lines, clauseItem(text, block));
    clauseSymbols.set(block, symbol);
  }
  return symbol;
}

/** For clients without hierarchical outlines: the same items, flat, each naming its container. */
function flatten(uri: string, lines: LineIndex, items: readonly OutlineItem[], container?: string): SymbolInformation[] {
  return items.flatMap((item) => [
    { name: item.name, kind: SYMBOL_KINDS[item.kind], location: { uri, range: lines.rangeOf(item.span) }, ...(container ? { containerName: container } : {}) },
    ...flatten(uri, lines, item.children, item.name),
  ]);
}

export const documentSymbolsFeature: Feature = {
  capabilities(_client: ClientCapabilities): ServerCapabilities {
    return { documentSymbolProvider: { label: "Duty" } };
  },
  register({ connection, session, client }) {
    const hierarchical = client.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    connection.onDocumentSymbol(({ textDocument }): DocumentSymbol[] | SymbolInformation[] | null => {
      const file = session.pathOf(textDocument.uri);
      const document = session.workspaceFor(file).document(file);
      if (!document) return null;
      if (hierarchical) return document.tree.blocks.map((block) => clauseSymbol(document.text, document.lines, block));
      return flatten(textDocument.uri, document.lines, outline(document));
    });
  },
};
