/** `workspace/symbol`: the named clauses of every `.duty` file in the workspace whose name or title matches. */
import type { ClientCapabilities, ServerCapabilities, SymbolInformation } from "vscode-languageserver/node";
import type { ParsedDocument } from "../../../grammar/src/index.ts";
import { searchClauses } from "../analysis/outline.ts";
import { SYMBOL_KINDS } from "./document-symbols.ts";
import type { Feature } from "./feature.ts";
import { withYoungGenerationGrowth } from "./young-generation.ts";
import { checked } from "./params.ts";

export const workspaceSymbolsFeature: Feature = {
  capabilities(_client: ClientCapabilities): ServerCapabilities {
    return { workspaceSymbolProvider: true };
  },
  register({ connection, session }) {
    // Reads every policy of the workspace (young-generation.ts).
    connection.onWorkspaceSymbol(checked(["query"], ({ query }, token): SymbolInformation[] =>
      withYoungGenerationGrowth(() => {
        const documents: { file: string; document: ParsedDocument }[] = [];
        for (const file of session.workspaceFiles()) {
          if (token.isCancellationRequested) return [];
          const document = session.workspaceFor(file).document(file);
          if (document) documents.push({ file, document });
        }
        const lines = new Map(documents.map(({ file, document }) => [file, document.lines]));
        return searchClauses(documents, query).map((clause) => ({
          name: clause.name,
          kind: SYMBOL_KINDS[clause.kind],
          location: { uri: session.uriOf(clause.file), range: lines.get(clause.file)!.rangeOf(clause.selection) },
          ...(clause.title !== undefined ? { containerName: clause.title } : {}),
        }));
      }),
    ));
  },
};
