/**
 * `duty/export` (a Duty request): the compiled rule JSON of a document, written atomically to
 * `target` when given. A policy with errors is not exported; the errors come back instead.
 */
import { compilePolicy, serialize } from "../compile/export.ts";
import { writeFileAtomically } from "../host/write.ts";
import { RequestType } from "vscode-languageserver/node";
import type { Feature } from "./feature.ts";
import { checked } from "./params.ts";

export interface ExportParams {
  readonly uri: string;
  /** An absolute file path to write to; without it the JSON is only returned. */
  readonly target?: string;
}

export type ExportResult =
  | { readonly ok: true; readonly json: string; readonly written?: string }
  | { readonly ok: false; readonly errors: readonly string[] };

export const EXPORT_REQUEST = new RequestType<ExportParams, ExportResult, void>("duty/export");

export const exportFeature: Feature = {
  capabilities() {
    return {};
  },
  register({ connection, session }) {
    connection.onRequest(EXPORT_REQUEST, checked(["uri"], (params: ExportParams): ExportResult => {
      const review = session.review(params.uri);
      if (!review) return { ok: false, errors: ["The document cannot be read."] };
      const lines = review.model.document.lines;
      const errors = review.findings
        .filter((finding) => finding.severity === "error")
        .map((finding) => `${lines.positionAt(finding.span.start).line + 1}: ${finding.rule} — ${finding.message}`);
      if (errors.length > 0) return { ok: false, errors };
      const laws = session.workspaceFor(review.file).configuration(review.file).laws;
      const json = serialize(compilePolicy(review.model, laws, review.findings));
      if (params.target) {
        writeFileAtomically(params.target, json);
        return { ok: true, json, written: params.target };
      }
      return { ok: true, json };
    }));
  },
};
