/**
 * The three languages a policy can be written in. The document's own language decides the
 * language of every message shown about it.
 */
export type Locale = "en" | "zh-Hans" | "zh-Hant";

export const LOCALES: readonly Locale[] = ["en", "zh-Hans", "zh-Hant"];

/** A text in each of the three languages. */
export type Localized = Record<Locale, string>;

/** A catalogue entry, written in the order English, 简体, 繁體 (files import it as `m`). */
export function localized(en: string, hans: string, hant: string): Localized {
  return { en, "zh-Hans": hans, "zh-Hant": hant };
}

/** Fills a `{name}` template from a localized catalogue entry. */
export function format(template: string, args: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in args ? String(args[key]) : whole,
  );
}

export function localize(text: Localized, locale: Locale, args?: Record<string, string | number>): string {
  return format(text[locale], args);
}
