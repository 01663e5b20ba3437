/**
 * Requests' parameters checked before a handler reads them. A client that sends `null` for a
 * position, or a document without a URI, gets `InvalidParams` saying what is wrong — as the
 * protocol asks, so that it can tell its own mistake from the server's — rather than an internal
 * error from a handler reading a property of `null`.
 */
import { ErrorCodes, ResponseError } from "vscode-languageserver/node";

/** What a request's parameters must carry. */
export type Need = "textDocument" | "position" | "range" | "positions" | "newName" | "query" | "uri" | "options" | "context";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): boolean {
  return isObject(value) && isIndex(value["line"]) && isIndex(value["character"]);
}

function isIndex(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

const PROBLEMS: Readonly<Record<Need, (params: Record<string, unknown>) => string | undefined>> = {
  textDocument: (params) => (isObject(params["textDocument"]) && typeof params["textDocument"]["uri"] === "string" ? undefined : "textDocument.uri must be a string"),
  position: (params) => (isPosition(params["position"]) ? undefined : "position must have a line and a character, both whole numbers from 0"),
  range: (params) => {
    const range = params["range"];
    return isObject(range) && isPosition(range["start"]) && isPosition(range["end"]) ? undefined : "range must have a start and an end position";
  },
  positions: (params) => (Array.isArray(params["positions"]) && params["positions"].every(isPosition) ? undefined : "positions must be a list of positions"),
  newName: (params) => (typeof params["newName"] === "string" ? undefined : "newName must be a string"),
  query: (params) => (typeof params["query"] === "string" ? undefined : "query must be a string"),
  uri: (params) => (typeof params["uri"] === "string" ? undefined : "uri must be a string"),
  options: (params) => (isObject(params["options"]) ? undefined : "options must be an object"),
  context: (params) => (isObject(params["context"]) ? undefined : "context must be an object"),
};

/** What is wrong with `params` for a request that needs `needs`; undefined when nothing is. */
export function paramsProblem(params: unknown, needs: readonly Need[]): string | undefined {
  if (!isObject(params)) return "the parameters must be an object";
  for (const need of needs) {
    const problem = PROBLEMS[need](params);
    if (problem) return problem;
  }
  return undefined;
}

/** `handler`, answering `InvalidParams` for parameters that lack what it `needs`. */
export function checked<P, Rest extends unknown[], R>(needs: readonly Need[], handler: (params: P, ...rest: Rest) => R): (params: P, ...rest: Rest) => R {
  return (params, ...rest) => {
    const problem = paramsProblem(params, needs);
    if (problem) throw new ResponseError(ErrorCodes.InvalidParams, problem);
    return handler(params, ...rest);
  };
}
