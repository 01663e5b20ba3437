/** `textDocument/codeLens`: above each duty, who is accountable and what covers it. */
import { dutyLenses } from "../analysis/lens.ts";
import type { Feature } from "./feature.ts";

export const codeLensFeature: Feature = {
  capabilities() {
    return { codeLensProvider: { resolveProvider: false } };
  },
  register({ connection, session }) {
    connection.onCodeLens(({ textDocument }) => {
      const review = session.review(textDocument.uri);
      if (!review) return [];
      const lines = review.model.document.lines;
      // A lens with an empty command id shows as text only: it explains, it does not act.
      return dutyLenses(review.model).map((lens) => ({ range: lines.rangeOf(lens.span), command: { title: lens.title, command: "" } }));
    });
  },
};
