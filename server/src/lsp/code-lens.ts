/**
 * `textDocument/codeLens`: above each duty, who is accountable and what covers it; above each
 * case, the verdict the policy reaches (`duty.runCase` shows the reasons).
 */
import { caseLenses, dutyLenses } from "../analysis/lens.ts";
import type { Feature } from "./feature.ts";
import { checked } from "./params.ts";

export const codeLensFeature: Feature = {
  capabilities() {
    return { codeLensProvider: { resolveProvider: false } };
  },
  register({ connection, session }) {
    connection.onCodeLens(checked(["textDocument"], ({ textDocument }) => {
      const review = session.review(textDocument.uri);
      if (!review) return [];
      const lines = review.model.document.lines;
      const laws = session.workspaceFor(review.file).configuration(review.file).laws;
      // A duty's lens explains, it does not act: an empty command id shows as text only.
      const duties = dutyLenses(review.model).map((lens) => ({ range: lines.rangeOf(lens.span), command: { title: lens.title, command: "" } }));
      const cases = caseLenses(review.model, laws).map((lens) => ({
        range: lines.rangeOf(lens.span),
        command: { title: lens.title, command: "duty.runCase", arguments: [textDocument.uri, lens.caseName] },
      }));
      return [...duties, ...cases];
    }));
  },
};
