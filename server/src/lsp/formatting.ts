/**
 * `textDocument/formatting` and `textDocument/rangeFormatting`: the core formatter's edits, line
 * by line. The file's own indentation wins; the editor's tab settings apply only to a file that
 * has none. A document with syntax errors gets no edits.
 */
import type { FormattingOptions, TextEdit } from "vscode-languageserver/node";
import type { LineIndex, ParsedDocument } from "../../../grammar/src/index.ts";
import { formattingEdits, rangeFormattingEdits, type FormatEdit } from "../analysis/format/index.ts";
import type { Feature } from "./feature.ts";
import type { Session } from "./session.ts";
import { checked } from "./params.ts";

function indentOf(options: FormattingOptions): string {
  return options.insertSpaces ? " ".repeat(Math.max(1, Math.min(16, options.tabSize || 2))) : "\t";
}

function documentOf(session: Session, uri: string): ParsedDocument | undefined {
  const file = session.pathOf(uri);
  return session.workspaceFor(file).document(file);
}

function toLsp(edits: readonly FormatEdit[] | undefined, lines: LineIndex): TextEdit[] {
  return (edits ?? []).map((edit) => ({ range: lines.rangeOf(edit.span), newText: edit.newText }));
}

export const formattingFeature: Feature = {
  capabilities() {
    return { documentFormattingProvider: true, documentRangeFormattingProvider: true };
  },
  register({ connection, session }) {
    connection.onDocumentFormatting(checked(["textDocument", "options"], ({ textDocument, options }) => {
      const document = documentOf(session, textDocument.uri);
      if (!document) return [];
      return toLsp(formattingEdits(document, { indent: indentOf(options) }), document.lines);
    }));
    connection.onDocumentRangeFormatting(checked(["textDocument", "range", "options"], ({ textDocument, range, options }) => {
      const document = documentOf(session, textDocument.uri);
      if (!document) return [];
      const span = { start: document.lines.offsetAt(range.start), end: document.lines.offsetAt(range.end) };
      return toLsp(rangeFormattingEdits(document, span, { indent: indentOf(options) }), document.lines);
    }));
  },
};
