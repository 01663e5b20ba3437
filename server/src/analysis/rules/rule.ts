/**
 * A review rule: one small module whose metadata (id, default severity, summary, why it matters,
 * what to write instead, the laws that speak to it) drives the diagnostic, the docs page, the
 * hover, the configuration key and `duty explain`.
 */
import type {
  Declaration,
  Locale,
  Localized,
  ParsedDocument,
  PolicyFile,
  RelatedInformation,
  Severity,
  Span,
} from "../../../../grammar/src/index.ts";
import type { LawLibrary } from "../laws/law-library.ts";
import type { SemanticModel } from "../model.ts";

export interface RuleMeta {
  /** `family/name`: `boundary/vague-term`. */
  readonly id: string;
  readonly severity: Severity;
  /** One line: what the rule flags. */
  readonly summary: Localized;
  /** Why it matters, for the hover and `duty explain`. */
  readonly why: Localized;
  /** What to write instead. */
  readonly instead: Localized;
  /** Law articles that speak to it, as library ids: `civil-code/180`. */
  readonly laws: readonly string[];
  /** Options read from configuration, with their defaults. */
  readonly options?: Readonly<Record<string, unknown>>;
}

/** Why a finding was made: the clause, the tier, the missing element and the law behind it. */
export interface Explanation {
  readonly clause?: { readonly kind: Declaration["kind"]; readonly name?: string };
  readonly tier?: string;
  /** The canonical key of the missing or offending field (`standard`, `appeal`…). */
  readonly field?: string;
  /** Law ids behind this finding (defaults to the rule's). */
  readonly laws: readonly string[];
}

export interface RuleReport {
  readonly span: Span;
  readonly message: string;
  readonly related?: readonly RelatedInformation[];
  /** What a quick fix needs. */
  readonly data?: Readonly<Record<string, unknown>>;
  readonly clause?: Declaration;
  readonly tier?: string;
  readonly field?: string;
  /** Laws for this finding, when narrower or other than the rule's. */
  readonly laws?: readonly string[];
}

export interface RuleContext {
  readonly model: SemanticModel;
  readonly document: ParsedDocument;
  readonly file: PolicyFile;
  readonly locale: Locale;
  readonly laws: LawLibrary;
  /** The rule's options: its defaults overlaid with configuration. */
  readonly options: Readonly<Record<string, unknown>>;
  /** A message template in the document's language. */
  say(template: Localized, args?: Record<string, string | number>): string;
  report(report: RuleReport): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** The span to point at for a whole clause: its name, or its keyword when it has none. */
export function clauseSpan(declaration: Declaration): Span {
  return declaration.name?.span ?? declaration.block.keyword.span;
}

/** A clause's name for messages: its name, its title, or its keyword. */
export function clauseLabel(declaration: Declaration): string {
  return declaration.name?.text ?? declaration.title?.text ?? declaration.block.keyword.text;
}

export function stringOption(options: Readonly<Record<string, unknown>>, key: string): readonly string[] {
  const value = options[key];
  if (!Array.isArray(value)) return [];
  // The same list for the same option: matchers made from it are remembered by the list (lexicon.ts).
  let strings = stringLists.get(value);
  if (!strings) stringLists.set(value, (strings = value.filter((item): item is string => typeof item === "string")));
  return strings;
}

const stringLists = new WeakMap<readonly unknown[], readonly string[]>();

/** How many names a message lists before it says how many more there are. */
export const LISTED = 8;

/**
 * Names for a message, the first few and then how many more: a policy of 10,000 duties made one
 * message of 1.6 MB. The full list stays in the finding's data, for the fix.
 */
export function listedNames(names: readonly string[], locale: Locale, separator: string): string {
  if (names.length <= LISTED) return names.join(separator);
  const shown = names.slice(0, LISTED).join(separator);
  const more = names.length - LISTED;
  if (locale === "en") return `${shown}${separator}… (${more} more)`;
  return `${shown}等${names.length}${locale === "zh-Hant" ? "項" : "项"}`;
}
