/**
 * How the due-process rules name an accountability clause in a message: accountability clauses
 * usually have no name, so they are told apart by their title and the duties they cover; and the
 * report two of them share, of a clause that names no investigator or no decider.
 */
import type { AccountabilityDecl, Locale, Localized } from "../../../../../grammar/src/index.ts";
import type { RuleContext } from "../rule.ts";

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

/**
 * Reports, at its keyword, each accountability clause of the file that does not name `field`
 * (`investigate`, `determine`): the message's `{Clause}` is the clause as described above, and
 * the finding's data names the field for the "add the field" quick fix.
 */
export function reportClausesWithout(context: RuleContext, field: "investigate" | "determine", message: Localized): void {
  for (const clause of context.file.accountabilities) {
    if (clause[field]) continue;
    context.report({
      span: clause.block.keyword.span,
      message: context.say(message, { Clause: capitalized(describeAccountability(clause, context.locale)) }),
      clause,
      field,
      data: { missingField: field },
    });
  }
}
