/** `textDocument/selectionRange`: word → value → field → sub-block → clause body → clause → document. */
import type { ClientCapabilities, SelectionRange, ServerCapabilities } from "vscode-languageserver/node";
import { selectionChain } from "../analysis/selection.ts";
import type { Feature } from "./feature.ts";
import { checked } from "./params.ts";

export const selectionRangesFeature: Feature = {
  capabilities(_client: ClientCapabilities): ServerCapabilities {
    return { selectionRangeProvider: true };
  },
  register({ connection, session }) {
    connection.onSelectionRanges(checked(["textDocument", "positions"], ({ textDocument, positions }): SelectionRange[] | null => {
      const file = session.pathOf(textDocument.uri);
      const document = session.workspaceFor(file).document(file);
      if (!document) return null;
      const lines = document.lines;
      return positions.map((position) => {
        const chain = selectionChain(document, lines.offsetAt(position));
        let range: SelectionRange | undefined;
        for (const span of chain.reverse()) range = { range: lines.rangeOf(span), ...(range ? { parent: range } : {}) };
        return range!;
      });
    }));
  },
};
