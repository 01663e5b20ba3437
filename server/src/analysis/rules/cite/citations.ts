/**
 * The citations of a file, each read into a library query and resolved: shared by the three
 * citation rules so that they agree on what a citation points at.
 */
import { formatChineseNumeral } from "../../../../../grammar/src/chinese-numerals.ts";
import type { Citation, Declaration, Locale, Localized, PolicyFile } from "../../../../../grammar/src/index.ts";
import { format } from "../../../../../grammar/src/locale.ts";
import { queryOf } from "../../laws/citation-query.ts";
import {
  formatCitation,
  chineseTitle,
  lawShortName,
  type CitationQuery,
  type CitationResolution,
  type Law,
  type LawLibrary,
} from "../../laws/law-library.ts";

export interface CitedBasis {
  readonly clause: Declaration;
  readonly citation: Citation;
  /** What the citation points at; undefined when it cannot be read as a citation. */
  readonly query?: CitationQuery;
  /** One resolution per cited article (several for a range such as 第九十五条至第九十七条). */
  readonly resolutions: readonly CitationResolution[];
}

/** The three rules ask for the same file's citations: resolved once (files and libraries are immutable). */
const resolved = new WeakMap<PolicyFile, { readonly laws: LawLibrary; readonly bases: readonly CitedBasis[] }>();

/** Every `basis` citation of every clause in the file, resolved against `laws`. */
export function citedBases(file: PolicyFile, laws: LawLibrary): readonly CitedBasis[] {
  const known = resolved.get(file);
  if (known?.laws === laws) return known.bases;
  const bases = resolveBases(file, laws);
  resolved.set(file, { laws, bases });
  return bases;
}

/**
 * Each citation's basis, by citation: a clause an edit did not touch keeps its declaration, and
 * so its citation objects, through the reparse (grammar/src/incremental.ts), and resolving every
 * citation of a long policy again was a tenth of a keystroke's review.
 */
const basisOfCitation = new WeakMap<Citation, { readonly laws: LawLibrary; readonly basis: CitedBasis }>();

function resolveBases(file: PolicyFile, laws: LawLibrary): CitedBasis[] {
  const out: CitedBasis[] = [];
  for (const clause of file.declarations) {
    if (!("basis" in clause)) continue;
    for (const citation of clause.basis) {
      const known = basisOfCitation.get(citation);
      if (known?.laws === laws && known.basis.clause === clause) {
        out.push(known.basis);
        continue;
      }
      const query = queryOf(citation, laws);
      const basis: CitedBasis = { clause, citation, ...(query ? { query } : {}), resolutions: query ? laws.resolveRange(query) : [] };
      basisOfCitation.set(citation, { laws, basis });
      out.push(basis);
    }
  }
  return out;
}

/** `A, B and C` / `A、B、C`: a sentence's list (grammar/src/locale.ts `listed` writes `A, B, C`). */
function andList(items: readonly string[], locale: Locale): string {
  if (locale !== "en") return items.join("、");
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A law name as a drafter may write it in a Duty file: Han characters, letters, digits, `_`, `-`. */
const WRITABLE_CHINESE = /^[\p{Script=Han}A-Za-z0-9_-]+$/u;
const WRITABLE_ENGLISH = /^[A-Za-z][A-Za-z0-9 _-]*$/;

/**
 * A citation as it can be written in a Duty file (no 《》, no apostrophes): `医师法 第二十七条` in
 * Chinese, the library id `physicians-act/27` in English; a whole law by its short name (or id).
 */
export function writtenCitation(law: Law, locale: Locale, article?: number): string {
  const name = lawShortName(law, locale);
  const whole = article === undefined || article === 0;
  if (locale !== "en") {
    if (!WRITABLE_CHINESE.test(name)) return whole ? law.id : `${law.id}/${article}`;
    return whole ? name : `${name} 第${formatChineseNumeral(article, locale)}${locale === "zh-Hant" ? "條" : "条"}`;
  }
  if (!whole) return `${law.id}/${article}`;
  return WRITABLE_ENGLISH.test(name) ? name : law.id;
}

/**
 * The cited articles of `law` for a message: `Civil Servant Law, art. 98` or
 * `Civil Servant Law, arts. 98 and 99`; `《公务员法》第九十八条、第九十九条`.
 */
export function citedArticles(
  law: Law,
  locale: Locale,
  articles: readonly (number | undefined)[],
  where: Pick<CitationQuery, "paragraph" | "item"> = {},
): string {
  const numbers = articles.filter((article): article is number => article !== undefined && article !== 0);
  if (numbers.length <= 1) {
    const [article] = numbers;
    return formatCitation(law, locale, {
      ...(article !== undefined ? { article } : {}),
      ...(article !== undefined && where.paragraph !== undefined ? { paragraph: where.paragraph } : {}),
      ...(article !== undefined && where.item !== undefined ? { item: where.item } : {}),
    });
  }
  if (locale === "en") return `${lawShortName(law, locale)}, arts. ${andList(numbers.map(String), locale)}`;
  const mark = locale === "zh-Hant" ? "條" : "条";
  return `${chineseTitle(law, locale)}${numbers.map((n) => `第${formatChineseNumeral(n, locale)}${mark}`).join("、")}`;
}

const ON_DATE = { en: " on {date}", "zh-Hans": "于{date}", "zh-Hant": "於{date}" } satisfies Localized;

/** When a law was repealed, for a sentence: ` on 2022-03-01`, `于2022年3月1日`. */
export function onDate(date: string, locale: Locale): string {
  return format(ON_DATE[locale], { date: writtenDate(date, locale) });
}

/** `2022-03-01` → `2022年3月1日` in Chinese; unchanged in English. */
export function writtenDate(date: string, locale: Locale): string {
  if (locale === "en") return date;
  const [year, month, day] = date.split("-");
  return `${year}年${month ? `${Number(month)}月` : ""}${day ? `${Number(day)}日` : ""}`;
}

/** True when `name` can stand unquoted in a Duty file. */
export function isWritable(name: string): boolean {
  return WRITABLE_CHINESE.test(name) || WRITABLE_ENGLISH.test(name);
}

/** The article numbers a query covers, in the order `resolveRange` resolves them. */
export function articleNumbers(query: CitationQuery): (number | undefined)[] {
  const { article, articleTo } = query;
  if (article === undefined || articleTo === undefined || articleTo <= article) return [article];
  const numbers: number[] = [];
  for (let n = article; n <= articleTo && numbers.length < 50; n++) numbers.push(n);
  return numbers;
}
