/**
 * The three languages a policy can be written in. The document's own language decides the
 * language of every message shown about it.
 */
import { TextMemo } from "./memo.ts";

export type Locale = "en" | "zh-Hans" | "zh-Hant";

export const LOCALES: readonly Locale[] = ["en", "zh-Hans", "zh-Hant"];

/** A text in each of the three languages. */
export type Localized = Record<Locale, string>;

/** A catalogue entry, written in the order English, 简体, 繁體 (files import it as `m`). */
export function localized(en: string, hans: string, hant: string): Localized {
  return { en, "zh-Hans": hans, "zh-Hant": hant };
}

/**
 * Fills a `{name}` template from a localized catalogue entry; a name without an argument stays
 * as written. Templates are split once into text and names: a review formats a message for
 * every finding, and scanning each long template again with a pattern was most of that.
 */
export function format(template: string, args: Record<string, string | number> = {}): string {
  const parts = partsOf(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    out += (key in args ? String(args[key]) : `{${key}}`) + parts[i + 1]!;
  }
  return out;
}

/** Each template as text, name, text, name, …, text (more templates than the catalogues hold). */
const templateParts = new TextMemo<readonly string[]>(4096);

function partsOf(template: string): readonly string[] {
  return templateParts.get(template, (own) => own.split(/\{(\w+)\}/));
}

export function localize(text: Localized, locale: Locale, args?: Record<string, string | number>): string {
  return format(text[locale], args);
}

/**
 * A word or character quoted in a message as the language quotes it: “x” (English, 简体),
 * 「x」 (繁體; 『x』 around a text that holds 「」 itself).
 */
export function quoted(text: string, locale: Locale): string {
  if (locale !== "zh-Hant") return `“${text}”`;
  return /[「」]/.test(text) ? `『${text}』` : `「${text}」`;
}

/** Items listed in a sentence as the language lists them: `a, b` (English), `甲、乙` (Chinese). */
export function listed(items: readonly string[], locale: Locale): string {
  return items.join(locale === "en" ? ", " : "、");
}
