/** `textDocument/documentHighlight`: a name's declaration (write) and its references (read) in this document. */
import { DocumentHighlightKind, type ClientCapabilities, type DocumentHighlight, type ServerCapabilities } from "vscode-languageserver/node";
import { occurrencesInFile } from "../analysis/navigation.ts";
import type { Feature } from "./feature.ts";
import { checked } from "./params.ts";

export const documentHighlightFeature: Feature = {
  capabilities(_client: ClientCapabilities): ServerCapabilities {
    return { documentHighlightProvider: true };
  },
  register({ connection, session }) {
    connection.onDocumentHighlight(checked(["textDocument", "position"], ({ textDocument, position }): DocumentHighlight[] | null => {
      const review = session.review(textDocument.uri);
      if (!review) return null;
      const { model } = review;
      const lines = model.document.lines;
      const found = model.symbolAt(lines.offsetAt(position));
      if (!found) return null;
      return occurrencesInFile(model, found.symbol).map((occurrence) => ({
        range: lines.rangeOf(occurrence.span),
        kind: occurrence.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    }));
  },
};
