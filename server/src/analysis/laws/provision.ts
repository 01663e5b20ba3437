/**
 * What to show for a provision: the library's wording (or gist) of an article, which part of the
 * article that wording is, and whether it is the part a citation names. A library entry may hold
 * one paragraph (款) or some items (项) of an article; showing it under a heading that names
 * another paragraph would put words in the law's mouth, so the part is always said, and a
 * wording of another part than the cited one is shown only as what the library holds.
 * Every surface that shows law text (hover, `duty explain`, `duty check --verbose`) reads this.
 */
import type { Locale, Localized } from "../../../../grammar/src/index.ts";
import { formatChineseNumeral } from "../../../../grammar/src/chinese-numerals.ts";
import { format, localized as m } from "../../../../grammar/src/locale.ts";
import { articleText, formatCitation, type Law, type LawArticle } from "./law-library.ts";

/** The part of an article a citation names (none: the article as a whole). */
export interface CitedPart {
  readonly paragraph?: number;
  readonly item?: number;
}

/**
 * How an entry's wording stands to the cited part: the whole article, a part of it that does not
 * contradict the citation (`excerpt`), or another part than the one cited (`other`).
 */
export type PartMatch = "whole" | "excerpt" | "other";

export function partMatch(article: LawArticle, cited: CitedPart): PartMatch {
  if (cited.paragraph !== undefined && article.paragraph !== undefined && cited.paragraph !== article.paragraph) return "other";
  // Items held without their paragraph: under the heading of a paragraph alone they could be
  // another paragraph's; a citation that names one of them as well is theirs.
  if (cited.paragraph !== undefined && article.paragraph === undefined && article.items !== undefined && (cited.item === undefined || !article.items.includes(cited.item))) return "other";
  if (cited.item !== undefined && article.items !== undefined && !article.items.includes(cited.item)) return "other";
  return article.paragraph !== undefined || article.items !== undefined || article.excerpt === true ? "excerpt" : "whole";
}

export const PROVISION_LABELS = {
  gist: m("(gist, not the statutory text)", "（要旨，非条文原文）", "（要旨，非條文原文）"),
  excerpt: m("(excerpt: {part} only)", "（节选：仅{part}）", "（節選：僅{part}）"),
  excerptUnspecified: m("(excerpt: part of the article only)", "（节选：仅本条部分内容）", "（節選：僅本條部分內容）"),
  otherPart: m(
    "The law library does not hold the wording of the part cited; it holds only {part} of this article:",
    "法律库未收录所引部分的条文，只收录了本条{part}：",
    "法律庫未收錄所引部分的條文，只收錄了本條{part}：",
  ),
  unverified: m("⚠ Not verified against an official text.", "⚠ 条文尚未经官方文本核实。", "⚠ 條文尚未經官方文本核實。"),
  unverifiedMark: m("(unverified)", "（未经核实）", "（未經核實）"),
} satisfies Record<string, Localized>;

/** `para. 3` / `第三款`, `items 1, 2` / `第（一）、（二）项`, or undefined when the entry does not say. */
export function partLabel(article: LawArticle, locale: Locale): string | undefined {
  const { paragraph, items } = article;
  if (paragraph === undefined && items === undefined) return undefined;
  if (locale === "en") {
    const parts: string[] = [];
    if (paragraph !== undefined) parts.push(`para. ${paragraph}`);
    if (items !== undefined) parts.push(`${items.length === 1 ? "item" : "items"} ${items.join(", ")}`);
    return parts.join(", ");
  }
  let out = paragraph !== undefined ? `第${formatChineseNumeral(paragraph, locale)}款` : "";
  if (items !== undefined) out += `第${items.map((item) => `（${formatChineseNumeral(item, locale)}）`).join("、")}${locale === "zh-Hant" ? "項" : "项"}`;
  return out;
}

export interface ShownProvision {
  /** The citation as cited: `《反电信网络诈骗法》第十八条第一款` / `Physicians Act, art. 27`. */
  readonly citation: string;
  /** Marks for the heading, in the document's language: gist, excerpt. */
  readonly marks: readonly string[];
  /** When the wording is of another part than the cited one: the sentence that says so. */
  readonly otherPart?: string;
  /** The wording, or the gist when the library ships none in this language. */
  readonly text: string;
  readonly isGist: boolean;
  /** The gist as well, when `text` is the wording. */
  readonly gist?: string;
  readonly verified: boolean;
}

/** What to show for `article` of `law`, cited as `cited`. */
export function showProvision(law: Law, article: LawArticle, locale: Locale, cited: CitedPart = {}): ShownProvision {
  const shown = articleText(article, locale);
  const match = partMatch(article, cited);
  const part = partLabel(article, locale);
  const marks: string[] = [];
  if (shown.isGist) marks.push(PROVISION_LABELS.gist[locale]);
  if (match === "excerpt") marks.push(part ? format(PROVISION_LABELS.excerpt[locale], { part }) : PROVISION_LABELS.excerptUnspecified[locale]);
  const gist = shown.isGist ? undefined : (article.gist[locale] ?? article.gist.en);
  return {
    citation: formatCitation(law, locale, { article: article.number, ...cited }),
    marks,
    ...(match === "other" ? { otherPart: format(PROVISION_LABELS.otherPart[locale], { part: part ?? "" }) } : {}),
    text: shown.text,
    isGist: shown.isGist,
    ...(gist ? { gist } : {}),
    verified: article.verified,
  };
}

/** As plain text (the command line): the citation with every mark, the unverified one included. */
export function provisionHeading(provision: ShownProvision, locale: Locale): string {
  const marks = provision.verified ? provision.marks : [...provision.marks, PROVISION_LABELS.unverifiedMark[locale]];
  return [provision.citation, ...marks].join(markSeparator(locale));
}

/** A space before `(gist …)` in English; none before the full-width `（要旨…）`. */
export function markSeparator(locale: Locale): string {
  return locale === "en" ? " " : "";
}

/** As one line of plain text: the heading, then what the library holds, on one line. */
export function provisionLine(provision: ShownProvision, locale: Locale): string {
  const text = provision.text.replace(/\n/g, " ");
  return `${provisionHeading(provision, locale)} — ${provision.otherPart ? `${provision.otherPart} ${text}` : text}`;
}
