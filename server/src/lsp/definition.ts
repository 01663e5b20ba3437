/** `textDocument/definition`: from a reference to the name it declares, from an import to the file. */
import type { ClientCapabilities, Definition, LocationLink, ServerCapabilities } from "vscode-languageserver/node";
import { definitionAt } from "../analysis/navigation.ts";
import type { Feature } from "./feature.ts";
import { rangeIn } from "./locations.ts";
import { checked } from "./params.ts";

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export const definitionFeature: Feature = {
  capabilities(_client: ClientCapabilities): ServerCapabilities {
    return { definitionProvider: true };
  },
  register({ connection, session, client }) {
    const links = client.textDocument?.definition?.linkSupport === true;
    connection.onDefinition(checked(["textDocument", "position"], ({ textDocument, position }): Definition | LocationLink[] | null => {
      const review = session.review(textDocument.uri);
      if (!review) return null;
      const { model } = review;
      const lines = model.document.lines;
      const found = definitionAt(model, session.workspaceFor(review.file).imports(review.file), lines.offsetAt(position));
      if (!found) return null;
      const origin = lines.rangeOf(found.origin);
      if (found.kind === "file") {
        const uri = session.uriOf(found.file);
        return links ? [{ originSelectionRange: origin, targetUri: uri, targetRange: START, targetSelectionRange: START }] : { uri, range: START };
      }
      const name = rangeIn(session, found.target.file, found.target.span);
      const clause = rangeIn(session, found.target.file, found.symbol.declaration.span);
      if (!name || !clause) return null;
      const uri = session.uriOf(found.target.file);
      return links ? [{ originSelectionRange: origin, targetUri: uri, targetRange: clause, targetSelectionRange: name }] : { uri, range: name };
    }));
  },
};
