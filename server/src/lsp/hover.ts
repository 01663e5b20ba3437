/** `textDocument/hover`: the core's hover content as Markdown. */
import { MarkupKind, type ClientCapabilities, type ServerCapabilities } from "vscode-languageserver/node";
import { hoverAt } from "../analysis/hover.ts";
import { docsUrl } from "../host/docs.ts";
import type { Feature } from "./feature.ts";
import { checked } from "./params.ts";

export const hoverFeature: Feature = {
  capabilities(_client: ClientCapabilities): ServerCapabilities {
    return { hoverProvider: true };
  },
  register({ connection, session }) {
    connection.onHover(checked(["textDocument", "position"], ({ textDocument, position }) => {
      const review = session.review(textDocument.uri);
      if (!review) return null;
      const model = review.model;
      const lines = model.document.lines;
      const laws = session.workspaceFor(review.file).configuration(review.file).laws;
      const content = hoverAt(model, lines.offsetAt(position), review.findings, laws, docsUrl);
      if (!content) return null;
      return { contents: { kind: MarkupKind.Markdown, value: content.markdown }, range: lines.rangeOf(content.span) };
    }));
  },
};
