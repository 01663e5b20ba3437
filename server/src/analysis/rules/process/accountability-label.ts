/**
 * How the due-process rules name an accountability clause in a message: accountability clauses
 * usually have no name, so they are told apart by their title and the duties they cover.
 */
import type { AccountabilityDecl, Locale } from "../../../../../grammar/src/index.ts";

const QUOTES: Readonly<Record<Locale, readonly [string, string]>> = {
  en: ["`", "`"],
  "zh-Hans": ["“", "”"],
  "zh-Hant": ["「", "」"],
};

/** `name` quoted the way messages in `locale` quote names. */
export function quoted(name: string, locale: Locale): string {
  const [open, close] = QUOTES[locale];
  return `${open}${name}${close}`;
}

/**
 * "the accountability clause `Counter errors` (covering `warn`, `verify`)" /
 * "追责条款“柜面差错”（适用于“提示”、“核验”）". Messages that start with it pass it through
 * {@link capitalized}.
 */
export function describeAccountability(clause: AccountabilityDecl, locale: Locale): string {
  const title = clause.title ? quoted(clause.title.text, locale) : "";
  const covered = clause.covers.map((ref) => quoted(ref.name, locale));
  switch (locale) {
    case "en":
      return `the accountability clause${title ? ` ${title}` : ""}${covered.length ? ` (covering ${covered.join(", ")})` : ""}`;
    case "zh-Hans":
      return `追责条款${title}${covered.length ? `（适用于${covered.join("、")}）` : ""}`;
    case "zh-Hant":
      return `追責條款${title}${covered.length ? `（適用於${covered.join("、")}）` : ""}`;
  }
}

/** The same text with its first letter in upper case, to start a sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
