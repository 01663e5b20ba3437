/**
 * `textDocument/completion`, `completionItem/resolve` and `textDocument/signatureHelp`: the
 * core's completions and field help as protocol types. Declared names get their summary on
 * resolve; snippets degrade to plain text for editors that cannot expand them.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type ClientCapabilities,
  type CompletionItem,
  type ServerCapabilities,
} from "vscode-languageserver/node";
import { completionsAt, describeCompletion, type CompletionKind } from "../analysis/completion/completion.ts";
import { fieldHelpAt } from "../analysis/completion/field-help.ts";
import { importPathCompletions } from "../analysis/completion/import-paths.ts";
import { isInside } from "../analysis/imports.ts";
import { plainSnippet } from "../analysis/completion/snippets.ts";
import type { Feature } from "./feature.ts";
import { checked } from "./params.ts";

const KINDS: Readonly<Record<CompletionKind, CompletionItemKind>> = {
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
  field: CompletionItemKind.Field,
  block: CompletionItemKind.Module,
  tier: CompletionItemKind.Class,
  duty: CompletionItemKind.Interface,
  exemption: CompletionItemKind.Struct,
  tolerance: CompletionItemKind.Struct,
  case: CompletionItemKind.Event,
  value: CompletionItemKind.EnumMember,
  citation: CompletionItemKind.Reference,
  unit: CompletionItemKind.Unit,
  label: CompletionItemKind.Variable,
  word: CompletionItemKind.Keyword,
  file: CompletionItemKind.File,
};

/** What `completionItem/resolve` needs to find the declaration again. */
interface ResolveData {
  readonly uri: string;
  readonly symbol: string;
}

export const completionFeature: Feature = {
  capabilities(_client: ClientCapabilities): ServerCapabilities {
    return {
      completionProvider: { triggerCharacters: [":", "：", " ", ",", "，", "、", '"', "「", "“", "/"], resolveProvider: true },
      signatureHelpProvider: { triggerCharacters: [":", "："], retriggerCharacters: [",", "，", " "] },
    };
  },
  register({ connection, session, client }) {
    const completion = client.textDocument?.completion?.completionItem;
    const snippets = completion?.snippetSupport === true;
    const markdown = completion?.documentationFormat === undefined || completion.documentationFormat.includes(MarkupKind.Markdown);
    const documentation = (value: string) => (markdown ? { kind: MarkupKind.Markdown, value } : value);

    connection.onCompletion(checked(["textDocument", "position"], ({ textDocument, position, context }) => {
      try {
        const review = session.review(textDocument.uri);
        if (!review) return null;
        const model = review.model;
        const lines = model.document.lines;
        const workspace = session.workspaceFor(review.file);
        const laws = workspace.configuration(review.file).laws;
        const offset = lines.offsetAt(position);
        // Inside an import's path: the other policies of the same workspace folder, as it would name them.
        const paths = importPathCompletions(model.document.text, offset, review.file, () => session.workspaceFiles().filter((file) => isInside(workspace.root, file)));
        // `/` is a trigger for paths and law ids (`civil-code/`); typed anywhere else — the first
        // `/` of a comment — it must not open a list of keywords.
        const all = paths ?? completionsAt(model, offset, laws);
        const entries = paths === undefined && context?.triggerCharacter === "/" ? all.filter((entry) => entry.kind === "citation") : all;
        const items = entries.map((entry): CompletionItem => {
          const snippet = entry.snippet === true;
          return {
            label: entry.label,
            kind: KINDS[entry.kind],
            ...(entry.detail !== undefined ? { detail: entry.detail } : {}),
            ...(entry.documentation !== undefined ? { documentation: documentation(entry.documentation) } : {}),
            sortText: entry.sortText,
            ...(entry.filterText !== undefined ? { filterText: entry.filterText } : {}),
            insertTextFormat: snippet && snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
            textEdit: { range: lines.rangeOf(entry.span), newText: snippet && !snippets ? plainSnippet(entry.insertText) : entry.insertText },
            ...(entry.symbol !== undefined ? { data: { uri: textDocument.uri, symbol: entry.symbol } satisfies ResolveData } : {}),
          };
        });
        return { isIncomplete: false, items };
      } catch (error) {
        connection.console.error(`Duty: completion failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return null;
      }
    }));

    connection.onCompletionResolve(checked([], (item) => {
      const data = item.data as Partial<ResolveData> | undefined;
      if (typeof data?.uri !== "string" || typeof data.symbol !== "string" || item.documentation !== undefined) return item;
      try {
        const model = session.review(data.uri)?.model;
        const summary = model ? describeCompletion(model, data.symbol) : undefined;
        return summary ? { ...item, documentation: documentation(summary) } : item;
      } catch {
        return item;
      }
    }));

    connection.onSignatureHelp(checked(["textDocument", "position"], ({ textDocument, position }) => {
      try {
        const review = session.review(textDocument.uri);
        if (!review) return null;
        const model = review.model;
        const help = fieldHelpAt(model, model.document.lines.offsetAt(position));
        if (!help) return null;
        return {
          signatures: [{ label: help.label, documentation: documentation(help.documentation), parameters: [{ label: [help.parameter[0], help.parameter[1]] }] }],
          activeSignature: 0,
          activeParameter: 0,
        };
      } catch (error) {
        connection.console.error(`Duty: signature help failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return null;
      }
    }));
  },
};
