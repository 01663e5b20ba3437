/** `textDocument/semanticTokens/full` and `/range`: the core's classification, delta-encoded. */
import {
  SemanticTokensBuilder,
  type ClientCapabilities,
  type SemanticTokens,
  type SemanticTokensLegend,
  type ServerCapabilities,
} from "vscode-languageserver/node";
import type { Span } from "../../../grammar/src/index.ts";
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from "../analysis/semantic-tokens.ts";
import type { Feature } from "./feature.ts";
import type { Session } from "./session.ts";
import { checked } from "./params.ts";

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const typeIndex = new Map<string, number>(TOKEN_TYPES.map((type, index) => [type, index]));
const modifierBit = new Map<string, number>(TOKEN_MODIFIERS.map((modifier, index) => [modifier, 1 << index]));

function build(session: Session, uri: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): SemanticTokens {
  const review = session.review(uri);
  if (!review) return { data: [] };
  const lines = review.model.document.lines;
  const within: Span | undefined = range ? { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) } : undefined;
  const builder = new SemanticTokensBuilder();
  for (const token of semanticTokens(review.model, within)) {
    const modifiers = token.modifiers.reduce((bits, modifier) => bits | (modifierBit.get(modifier) ?? 0), 0);
    builder.push(token.line, token.character, token.length, typeIndex.get(token.type)!, modifiers);
  }
  return builder.build();
}

export const semanticTokensFeature: Feature = {
  capabilities(_client: ClientCapabilities): ServerCapabilities {
    return { semanticTokensProvider: { legend: LEGEND, full: true, range: true } };
  },
  register({ connection, session }) {
    connection.languages.semanticTokens.on(checked(["textDocument"], ({ textDocument }) => build(session, textDocument.uri)));
    connection.languages.semanticTokens.onRange(checked(["textDocument", "range"], ({ textDocument, range }) => build(session, textDocument.uri, range)));
  },
};
