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
      /** One action per title and edit: two findings of a rule on a line share their suppression. */
      const seen = new Map<string, CodeAction>();
      // Findings touching the range, those under the cursor first (一律及时 with the cursor on 及:
      // 及时's fixes before 一律's, which only ends there).
      const touching = review.findings.filter((finding) => finding.span.end >= start && finding.span.start <= end);
      const under = (finding: (typeof touching)[number]): boolean => finding.span.end > start || finding.span.start === finding.span.end;
      for (const finding of [...touching.filter(under), ...touching.filter((finding) => !under(finding))]) {
        const diagnostic = toDiagnostic(finding, lines, session, linesOf);
        for (const fix of fixesFor(finding, review.model)) {
          const changes: Record<string, LspTextEdit[]> = {};
          for (const edit of fix.edits) {
            const editLines = edit.file === review.file ? lines : linesOf(edit.file);
            if (!editLines) continue;
            (changes[session.uriOf(edit.file)] ??= []).push({ range: editLines.rangeOf(edit.span), newText: edit.newText });
          }
          const key = `${fix.title}\u0000${JSON.stringify(changes)}`;
          const same = seen.get(key);
          if (same) {
            same.diagnostics!.push(diagnostic);
            continue;
          }
          const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: { changes } };
          seen.set(key, action);
          actions.push(action);
        }
      }
      return actions;
    }));
  },
};
