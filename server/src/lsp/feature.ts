/**
 * An editor feature: the capabilities it announces and the handlers it registers. Each lives
 * in its own file and only translates core results into protocol types.
 */
import type { ClientCapabilities, Connection, ServerCapabilities } from "vscode-languageserver/node";
import type { Position } from "vscode-languageserver-textdocument";
import type { SemanticModel } from "../analysis/model.ts";
import type { Session } from "./session.ts";

export interface FeatureContext {
  readonly connection: Connection;
  readonly session: Session;
  readonly client: ClientCapabilities;
}

export interface Feature {
  capabilities(client: ClientCapabilities): ServerCapabilities;
  register(context: FeatureContext): void;
}

/** The model of an open (or on-disk) document and the offset of a position in it. */
export function modelAt(session: Session, uri: string, position: Position): { model: SemanticModel; offset: number } | undefined {
  const review = session.review(uri);
  if (!review) return undefined;
  return { model: review.model, offset: review.model.document.lines.offsetAt(position) };
}
