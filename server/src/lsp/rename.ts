/**
 * `textDocument/prepareRename` and `textDocument/rename`: a declared name and every reference to
 * it, across files. A name the language would not accept, or one already taken, is refused with
 * a message the drafter can act on.
 */
import {
  LSPErrorCodes,
  ResponseError,
  type ClientCapabilities,
  type ServerCapabilities,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver/node";
import { planRename, renameTarget } from "../analysis/rename.ts";
import type { Feature } from "./feature.ts";
import { modelOf, rangeIn, searchedFiles } from "./locations.ts";
import { withYoungGenerationGrowth } from "./young-generation.ts";
import type { Session } from "./session.ts";
import { checked } from "./params.ts";

function refuse(message: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestFailed, message);
}

function targetAt(session: Session, uri: string, position: { line: number; character: number }) {
  const review = session.review(uri);
  if (!review) throw refuse("This document cannot be read.");
  const { model } = review;
  const target = renameTarget(model, model.document.lines.offsetAt(position));
  if ("problem" in target) throw refuse(target.problem);
  return { model, file: review.file, ...target };
}

export const renameFeature: Feature = {
  capabilities(client: ClientCapabilities): ServerCapabilities {
    return { renameProvider: client.textDocument?.rename?.prepareSupport === true ? { prepareProvider: true } : true };
  },
  register({ connection, session }) {
    connection.onPrepareRename(checked(["textDocument", "position"], ({ textDocument, position }) => {
      const { model, symbol, span } = targetAt(session, textDocument.uri, position);
      return { range: model.document.lines.rangeOf(span), placeholder: symbol.name };
    }));
    connection.onRenameRequest(checked(["textDocument", "position", "newName"], ({ textDocument, position, newName }): WorkspaceEdit => {
      const { model, file, symbol } = targetAt(session, textDocument.uri, position);
      // Reads every policy of the workspace (young-generation.ts).
      const plan = withYoungGenerationGrowth(() => planRename(symbol, newName, searchedFiles(session, model), modelOf(session), file, model.document.locale));
      if ("problem" in plan) throw refuse(plan.problem);
      const changes: Record<string, TextEdit[]> = {};
      for (const edit of plan.edits) {
        const range = rangeIn(session, edit.file, edit.span);
        if (range) (changes[session.uriOf(edit.file)] ??= []).push({ range, newText: newName });
      }
      return { changes };
    }));
  },
};
