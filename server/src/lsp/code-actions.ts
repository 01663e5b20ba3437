/** `textDocument/codeAction`: the core's quick fixes for the findings in the requested range. */
import { CodeActionKind, type CodeAction, type TextEdit as LspTextEdit } from "vscode-languageserver/node";
import type { LineIndex } from "../../../grammar/src/index.ts";
import { fixesFor } from "../analysis/fixes/fixes.ts";
import { toDiagnostic } from "./convert.ts";
import type { Feature } from "./feature.ts";
import { checked } from "./params.ts";

export const codeActionFeature: Feature = {
  capabilities() {
    return { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } };
  },
  register({ connection, session }) {
    connection.onCodeAction(checked(["textDocument", "range"], ({ textDocument, range }) => {
      const review = session.review(textDocument.uri);
      if (!review) return [];
      const lines = review.model.document.lines;
      const start = lines.offsetAt(range.start);
      const end = lines.offsetAt(range.end);
      const linesOf = (file: string): LineIndex | undefined => session.workspaceFor(file).document(file)?.lines;
      const actions: CodeAction[] = [];
      for (const finding of review.findings) {
        if (finding.span.end < start || finding.span.start > end) continue;
        const diagnostic = toDiagnostic(finding, lines, session, linesOf);
        for (const fix of fixesFor(finding, review.model)) {
          const changes: Record<string, LspTextEdit[]> = {};
          for (const edit of fix.edits) {
            const editLines = edit.file === review.file ? lines : linesOf(edit.file);
            if (!editLines) continue;
            (changes[session.uriOf(edit.file)] ??= []).push({ range: editLines.rangeOf(edit.span), newText: edit.newText });
          }
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: { changes } });
        }
      }
      return actions;
    }));
  },
};
