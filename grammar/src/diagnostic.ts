/**
 * What the language core reports about a document. The review rules of the server report in
 * the same shape, so every layer above (CLI, LSP, export) handles one kind of finding.
 */
import { format, type Locale, type Localized } from "./locale.ts";
import type { Span } from "./positions.ts";

export type Severity = "error" | "warning" | "info";

export interface RelatedInformation {
  readonly span: Span;
  readonly message: string;
  /** Another file's URI; absent when it is the same document. */
  readonly uri?: string;
}

export interface Diagnostic {
  /** `family/name`, e.g. `syntax/unexpected-token`, `name/unknown`. */
  readonly rule: string;
  readonly severity: Severity;
  readonly span: Span;
  /** In the document's language. */
  readonly message: string;
  readonly related?: readonly RelatedInformation[];
  /** What a quick fix needs (a suggested name, the missing field…). */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** A message catalogue entry: the same template in the three languages. */
export type MessageTemplate = Localized;

export function message(template: MessageTemplate, locale: Locale, args: Record<string, string | number> = {}): string {
  return format(template[locale], args);
}
