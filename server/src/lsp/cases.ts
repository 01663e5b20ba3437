/** `duty/runCase` (a Duty request): a case's verdicts with their reasons, for the editor to show. */
import { evaluateCases, missedLine, spelledVerdict } from "../compile/cases.ts";
import { RequestType } from "vscode-languageserver/node";
import type { Feature } from "./feature.ts";
import { checked } from "./params.ts";

export interface RunCaseParams {
  readonly uri: string;
  readonly name: string;
}

export interface RunCaseResult {
  readonly name: string;
  readonly passed: boolean;
  /** `verdict` is the canonical value (`not_breached`); `spelled`, the verdict in the document's language (`not breached`, 未违反). */
  readonly verdicts: readonly { readonly tier: string; readonly duty: string; readonly verdict: string; readonly spelled: string; readonly by?: string; readonly correction?: string; readonly reasons: readonly string[]; readonly laws: readonly string[] }[];
  readonly failures: readonly string[];
}

export const RUN_CASE_REQUEST = new RequestType<RunCaseParams, RunCaseResult | null, void>("duty/runCase");

export const casesFeature: Feature = {
  capabilities() {
    return {};
  },
  register({ connection, session }) {
    connection.onRequest(RUN_CASE_REQUEST, checked(["uri"], (params: RunCaseParams): RunCaseResult | null => {
      const review = session.review(params.uri);
      if (!review) return null;
      const laws = session.workspaceFor(review.file).configuration(review.file).laws;
      const result = evaluateCases(review.model, laws).find((candidate) => candidate.name === params.name);
      if (!result) return null;
      return {
        name: result.name,
        passed: result.passed,
        verdicts: result.verdicts.map((verdict) => ({
          tier: verdict.tier,
          duty: verdict.duty,
          verdict: verdict.verdict,
          spelled: spelledVerdict(verdict.verdict, review.model.document.locale),
          ...(verdict.by ? { by: verdict.by } : {}),
          ...(verdict.correction ? { correction: verdict.correction } : {}),
          reasons: verdict.reasons.map((reason) => reason.text),
          laws: [...new Set(verdict.reasons.flatMap((reason) => reason.laws))],
        })),
        failures: result.expectations.filter((e) => !e.ok).map((e) => missedLine(e, review.model.document.locale)),
      };
    }));
  },
};
