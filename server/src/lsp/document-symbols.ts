/** `textDocument/documentSymbol`: the outline — clauses, their fields, sub-blocks nested. */
import {
  SymbolKind,
  type ClientCapabilities,
  type DocumentSymbol,
  type ServerCapabilities,
  type SymbolInformation,
} from "vscode-languageserver/node";
import type { Block, LineIndex, Position, Range } from "../../../grammar/src/index.ts";
import { clauseItem, outline, type OutlineItem, type OutlineKind } from "../analysis/outline.ts";
import { EncodedJson } from "./encoded-json.ts";
import type { Feature } from "./feature.ts";
import { checked } from "./params.ts";

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
 * Each clause's symbol, kept while the clause's syntax-tree node lives, with where the clause
 * began when it was made. A reparse after an edit (grammar/src/incremental.ts) keeps the nodes of
 * the clauses it did not read again — those after the edit moved by its length — and a clause's
 * positions follow from its own text and where it begins: at the same line and character its
 * symbol is the same, a number of lines lower it is the same moved down. So a keystroke in a
 * long policy converts only the clauses it touched, and the answer is written from the kept
 * symbols' JSON (encoded-json.ts).
 */
const clauseSymbols = new WeakMap<Block, CachedSymbol>();

interface CachedSymbol {
  readonly symbol: EncodedJson<DocumentSymbol>;
  /** Where the clause began when its symbol was made. */
  readonly at: Position;
}

function clauseSymbol(text: string, lines: LineIndex, block: Block): EncodedJson<DocumentSymbol> {
  const at = lines.positionAt(block.span.start);
  const cached = clauseSymbols.get(block);
  if (cached && cached.at.character === at.character && cached.at.line === at.line) return cached.symbol;
  const symbol = new EncodedJson(
    cached && cached.at.character === at.character ? movedDown(cached.symbol.value, at.line - cached.at.line) : toDocumentSymbol(lines, clauseItem(text, block)),
  );
  clauseSymbols.set(block, { symbol, at });
  return symbol;
}

function movedDown(symbol: DocumentSymbol, lines: number): DocumentSymbol {
  const range = (r: Range): Range => ({ start: { line: r.start.line + lines, character: r.start.character }, end: { line: r.end.line + lines, character: r.end.character } });
  return {
    ...symbol,
    range: range(symbol.range),
    selectionRange: range(symbol.selectionRange),
    ...(symbol.children ? { children: symbol.children.map((child) => movedDown(child, lines)) } : {}),
  };
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
    connection.onDocumentSymbol(checked(["textDocument"], ({ textDocument }): DocumentSymbol[] | SymbolInformation[] | null => {
      const file = session.pathOf(textDocument.uri);
      const document = session.workspaceFor(file).document(file);
      if (!document) return null;
      if (hierarchical) {
        // Each EncodedJson is its DocumentSymbol on the wire (its toJSON, or its kept bytes).
        return document.tree.blocks.map((block) => clauseSymbol(document.text, document.lines, block)) as unknown as DocumentSymbol[];
      }
      return flatten(textDocument.uri, document.lines, outline(document));
    }));
  },
};
