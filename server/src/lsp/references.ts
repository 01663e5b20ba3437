/** `textDocument/references`: every use of a name across the workspace, its declaration on request. */
import type { ClientCapabilities, Location, ServerCapabilities } from "vscode-languageserver/node";
import { occurrencesAcross } from "../analysis/navigation.ts";
import type { Feature } from "./feature.ts";
import { locationOf, modelOf, searchedFiles } from "./locations.ts";
import { withYoungGenerationGrowth } from "./young-generation.ts";
import { checked } from "./params.ts";

export const referencesFeature: Feature = {
  capabilities(_client: ClientCapabilities): ServerCapabilities {
    return { referencesProvider: true };
  },
  register({ connection, session }) {
    connection.onReferences(checked(["textDocument", "position", "context"], ({ textDocument, position, context }): Location[] | null => {
      const review = session.review(textDocument.uri);
      if (!review) return null;
      const { model } = review;
      const found = model.symbolAt(model.document.lines.offsetAt(position));
      if (!found) return null;
      // Reads every policy of the workspace (young-generation.ts).
      return withYoungGenerationGrowth(() =>
        occurrencesAcross(found.symbol, searchedFiles(session, model), modelOf(session))
          .filter((occurrence) => context.includeDeclaration || !occurrence.declaration)
          .flatMap((occurrence) => locationOf(session, occurrence.file, occurrence.span) ?? []),
      );
    }));
  },
};
