/**
 * Spans in any file of the workspace as protocol locations, and the files and models a
 * workspace-wide search (references, rename) reads. Files that are not open come from disk.
 */
import type { Location, Range } from "vscode-languageserver/node";
import type { LineIndex, Span } from "../../../grammar/src/index.ts";
import type { SemanticModel } from "../analysis/model.ts";
import type { Session } from "./session.ts";

/** The line index of a file (open buffer or disk), undefined when it cannot be read. */
export function linesOf(session: Session, file: string): LineIndex | undefined {
  return session.workspaceFor(file).document(file)?.lines;
}

export function rangeIn(session: Session, file: string, span: Span): Range | undefined {
  return linesOf(session, file)?.rangeOf(span);
}

export function locationOf(session: Session, file: string, span: Span): Location | undefined {
  const range = rangeIn(session, file, span);
  return range ? { uri: session.uriOf(file), range } : undefined;
}

/** The semantic model of any file, through the workspace it belongs to. */
export function modelOf(session: Session): (file: string) => SemanticModel | undefined {
  return (file) => session.workspaceFor(file).model(file);
}

/**
 * Where a symbol seen from `model` may be used: the file itself, the files it imports, and
 * every `.duty` file of the workspace (those that cannot see the symbol contribute nothing).
 */
export function searchedFiles(session: Session, model: SemanticModel): string[] {
  return [...new Set([...model.files.map((file) => file.path), ...session.workspaceFiles()])];
}
