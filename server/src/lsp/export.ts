/**
 * `duty/export` (a Duty request): the compiled rule JSON of a document, written atomically to
 * `target` when given. A policy with errors is not exported; the errors come back instead. A
 * write that cannot or must not happen comes back as a reason the editor words for its user.
 */
import { compilePolicy, exportErrors, serialize } from "../compile/export.ts";
import { NotWritten, OutsideWorkspace, overwritesPolicy, writeFileAtomically } from "../host/write.ts";
import * as path from "node:path";
import { RequestType } from "vscode-languageserver/node";
import type { Feature } from "./feature.ts";
import { checked } from "./params.ts";

export interface ExportParams {
  readonly uri: string;
  /** An absolute file path to write to; without it the JSON is only returned. */
  readonly target?: string;
}

/**
 * Why nothing was exported or written: the document cannot be read; the target is a policy (rule
 * JSON over it would lose the drafter's work) or a link to a file outside the workspace (one a
 * cloned repository could plant beside the policy); the write failed (`detail`: the system's code).
 */
export type ExportProblem = "unreadable" | "policy-file" | "outside-workspace" | "write-failed";

export type ExportResult =
  | { readonly ok: true; readonly json: string; readonly written?: string }
  | { readonly ok: false; readonly errors: readonly string[]; readonly problem?: ExportProblem; readonly detail?: string };

export const EXPORT_REQUEST = new RequestType<ExportParams, ExportResult, void>("duty/export");

export const exportFeature: Feature = {
  capabilities() {
    return {};
  },
  register({ connection, session }) {
    connection.onRequest(EXPORT_REQUEST, checked(["uri"], (params: ExportParams): ExportResult => {
      const review = session.review(params.uri);
      if (!review) return { ok: false, errors: [], problem: "unreadable" };
      const workspace = session.workspaceFor(review.file);
      const found = exportErrors(workspace, review);
      // An imported file's errors name the file; the policy's own, only the line.
      const errors = found.map((finding) => {
        const line = workspace.document(finding.file)!.lines.positionAt(finding.span.start).line + 1;
        return `${finding.file === review.file ? "" : `${path.basename(finding.file)}:`}${line}: ${finding.rule} — ${finding.message}`;
      });
      if (errors.length > 0) return { ok: false, errors };
      const laws = workspace.configuration(review.file).laws;
      const json = serialize(compilePolicy(review.model, laws, review.findings));
      if (!params.target) return { ok: true, json };
      if (overwritesPolicy(params.target, review.file)) return { ok: false, errors: [], problem: "policy-file" };
      try {
        writeFileAtomically(params.target, json, workspace.root);
      } catch (error) {
        if (error instanceof OutsideWorkspace) return { ok: false, errors: [], problem: "outside-workspace" };
        return { ok: false, errors: [], problem: "write-failed", detail: error instanceof NotWritten ? error.reason : ((error as NodeJS.ErrnoException).code ?? String(error)) };
      }
      return { ok: true, json, written: params.target };
    }));
  },
};
