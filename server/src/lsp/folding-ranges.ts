/** `textDocument/foldingRange`: clause bodies, sub-blocks, comment runs and import runs. */
import { FoldingRangeKind, type ClientCapabilities, type FoldingRange, type ServerCapabilities } from "vscode-languageserver/node";
import { foldingRanges } from "../analysis/folding.ts";
import type { Feature } from "./feature.ts";
import { checked } from "./params.ts";

export const foldingRangesFeature: Feature = {
  capabilities(_client: ClientCapabilities): ServerCapabilities {
    return { foldingRangeProvider: true };
  },
  register({ connection, session, client }) {
    const limit = client.textDocument?.foldingRange?.rangeLimit;
    connection.onFoldingRanges(checked(["textDocument"], ({ textDocument }): FoldingRange[] | null => {
      const file = session.pathOf(textDocument.uri);
      const document = session.workspaceFor(file).document(file);
      if (!document) return null;
      const ranges = foldingRanges(document).map(({ startLine, endLine, kind }) => ({
        startLine,
        endLine,
        ...(kind ? { kind: kind === "comment" ? FoldingRangeKind.Comment : FoldingRangeKind.Imports } : {}),
      }));
      return limit !== undefined ? ranges.slice(0, limit) : ranges;
    }));
  },
};
