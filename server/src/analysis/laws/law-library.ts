/**
 * The law library: which laws and articles a Duty citation can point to, and what each says.
 *
 * The built-in library (server/laws/prc.json, generated from prc.source.json) holds the PRC
 * provisions that the review rules cite, each with its statutory text verbatim and a flag saying
 * whether the text and article number were verified. A workspace can add laws of its own (other
 * jurisdictions, internal rules) in files of the same format; see docs/laws.md.
 *
 * This module does no I/O: the built-in JSON is bundled in, and workspace files are passed in as
 * already-parsed JSON to {@link validateLawFile}.
 */

import ajvModule from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { quoted, type Locale } from "../../../../grammar/src/locale.ts";
import { TextMemo } from "../../../../grammar/src/memo.ts";
import builtInData from "../../../laws/prc.json" with { type: "json" };
import lawLibrarySchema from "../../../laws/law-library.schema.json" with { type: "json" };
import { NUMERAL_CHARS, formatChineseNumeral, parseChineseNumeral } from "../../../../grammar/src/chinese-numerals.ts";

// ------------------------------------------------------------------------------------------------
// Data model (mirrors server/laws/law-library.schema.json)

/** A text in one or more of the three languages. */
export interface LocalizedText {
  readonly en?: string;
  readonly "zh-Hans"?: string;
  readonly "zh-Hant"?: string;
}

/**
 * How sure we are of an article's number and text. "high": read in a statute mirror;
 * "medium-high" / "medium": read only on third-party pages; "partial": only partly confirmed.
 */
export type Confidence = "high" | "medium-high" | "medium" | "partial";

export type LawStatus = "in-force" | "repealed";

export type LawKind =
  | "statute"
  | "regulation"
  | "party-regulation"
  | "departmental-rule"
  | "policy-statement"
  | "internal-rule"
  | "other";

export interface LawArticle {
  /** Article number (条). 0 stands for a text without article numbering. */
  readonly number: number;
  /** When set, `text` is only this paragraph (款). */
  readonly paragraph?: number;
  /** When set, `text` is only these items (项). */
  readonly items?: readonly number[];
  /** True when `text` is only part of the article. */
  readonly excerpt?: boolean;
  /** Verbatim wording, or null when the library has none (the gist stands in). */
  readonly text: LocalizedText | null;
  /** What the provision says, in a sentence or two. Never a translation of the text. */
  readonly gist: LocalizedText;
  readonly note?: LocalizedText;
  /** True only when the article number and text were confirmed in an authoritative source. */
  readonly verified: boolean;
  readonly confidence?: Confidence;
  /** Confirmed by a second independent source. */
  readonly crossChecked?: boolean;
  readonly source?: string;
}

export interface LawReplacement {
  /** Id of the law that replaced this one. */
  readonly law: string;
  /** Known correspondences: this law's article `from` is the new law's article `to`. */
  readonly articles?: readonly { readonly from: number; readonly to: number }[];
}

export interface Law {
  /** Lowercase English words joined by hyphens, e.g. "physicians-act". */
  readonly id: string;
  readonly kind?: LawKind;
  /** Full official names; at least one. */
  readonly names: LocalizedText;
  /** Other names a citation may use (short names, other scripts, English variants). */
  readonly aliases: readonly string[];
  /** Dates are YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly enacted?: string;
  readonly effective?: string;
  readonly edition?: string;
  readonly status: LawStatus;
  readonly repealedOn?: string;
  readonly replacedBy?: LawReplacement;
  readonly note?: LocalizedText;
  readonly source?: string;
  readonly articles: readonly LawArticle[];
}

/** The JSON file format: `{ formatVersion: 1, laws: [...] }`. */
export interface LawLibraryFile {
  readonly formatVersion: 1;
  readonly jurisdiction?: string;
  readonly description?: string;
  readonly snapshot?: string;
  readonly laws: readonly RawLaw[];
}

/** A law as written in a file, where some fields may be left to their defaults. */
type RawLaw = Omit<Law, "aliases" | "status" | "articles"> & {
  readonly aliases?: readonly string[];
  readonly status?: LawStatus;
  readonly articles?: readonly RawArticle[];
};
type RawArticle = Omit<LawArticle, "gist" | "text"> & {
  readonly gist?: LocalizedText;
  readonly text?: LocalizedText | null;
};

function normalizeLaw(raw: RawLaw): Law {
  return {
    ...raw,
    aliases: raw.aliases ?? [],
    status: raw.status ?? "in-force",
    articles: (raw.articles ?? []).map((a) => ({ ...a, text: a.text ?? null, gist: a.gist ?? {} })),
  };
}

// ------------------------------------------------------------------------------------------------
// Citations

/** What a citation points at. `law` is any name, alias or id of the law. */
export interface CitationQuery {
  law: string;
  article?: number;
  /** Last article of a range such as "arts. 95-97" (resolve() looks at `article` only). */
  articleTo?: number;
  /** Paragraph (款). */
  paragraph?: number;
  /** Item (项). */
  item?: number;
}

export type CitationResolution =
  /** A verified article, or (article undefined) a citation of a whole law. */
  | { readonly status: "ok"; readonly law: Law; readonly article?: LawArticle }
  /** The article is in the library, but its number or text is not verified. */
  | { readonly status: "unverified"; readonly law: Law; readonly article: LawArticle }
  /** The law is repealed; `replacement` says what took its place, when known. */
  | {
      readonly status: "repealed";
      readonly law: Law;
      readonly article?: LawArticle;
      readonly replacement?: { readonly law: Law; readonly article?: number; readonly articleEntry?: LawArticle };
    }
  /** No law by that name; `suggestion` is the closest known name, if any is close. */
  | { readonly status: "unknown-law"; readonly suggestion?: string; readonly suggestedLaw?: Law }
  /**
   * The law is known but this article is not in the library. The article may still exist in the
   * law: the library holds only the provisions the review rules rely on.
   */
  | { readonly status: "unknown-article"; readonly law: Law; readonly suggestion?: number }
  /**
   * The built-in library holds the article's whole verified wording, and it has no such paragraph
   * (款) or item (项): `count` is how many it has. Shown as if it existed, the cited part would put words
   * in the law's mouth.
   */
  | { readonly status: "unknown-part"; readonly law: Law; readonly article: LawArticle; readonly part: "paragraph" | "item"; readonly count: number };

/** The most answers a memo keeps: enough for every citation of a large workspace, bounded for typos. */
const MEMO_LIMIT = 8192;

// ------------------------------------------------------------------------------------------------
// Name matching

const HAN = /\p{Script=Han}/u;

/**
 * Reduces a law name to the key used for matching: without 《》 or quotes, without the
 * 中华人民共和国 prefix or "of the People's Republic of China", without a trailing version
 * note such as （2021年修订）, lower case, "Act" read as "Law", "the" dropped.
 */
export function normalizeLawName(name: string): string {
  let s = name.normalize("NFKC").trim();
  const bracketed = /《([^《》]+)》/u.exec(s);
  if (bracketed) s = bracketed[1]!;
  s = s.replace(/[〈〉「」『』“”"‘’'`´]/gu, (ch) => (ch === "’" || ch === "'" ? "'" : " "));
  s = s.trim().replace(/\s*\([^()]*\d{4}[^()]*\)\s*$/u, "");
  s = s.replace(/^(中华人民共和国|中華人民共和國)/u, "");
  if (HAN.test(s)) return s.replace(/\s+/gu, "").toLowerCase();
  s = s.toLowerCase();
  s = s
    .replace(/\b(of\s+)?the\s+people's\s+republic\s+of\s+china\b/gu, " ")
    .replace(/\b(of\s+)?(the\s+)?p\.?\s?r\.?\s?c\.?('s)?(?=\s|$)/gu, " ")
    .replace(/\b(of\s+)?china('s)?\b/gu, " ")
    .replace(/'s\b/gu, "")
    .replace(/s'(?=\s|$)/gu, "s")
    .replace(/[.,;:()\[\]\-–—_/']+/gu, " ")
    .replace(/\bthe\b/gu, " ")
    .replace(/\bact\b/gu, "law");
  return s.replace(/\s+/gu, " ").trim();
}

/** Optimal-string-alignment distance (Levenshtein with adjacent transpositions). */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const rows: number[][] = [];
  for (let i = 0; i <= x.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= y.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return rows[x.length]![y.length]!;
}

interface NameEntry {
  readonly key: string;
  readonly display: string;
  readonly law: Law;
}

// ------------------------------------------------------------------------------------------------
// The library

export class LawLibrary {
  readonly laws: readonly Law[];
  private readonly byId = new Map<string, Law>();
  private readonly byKey = new Map<string, Law>();
  private readonly names: NameEntry[] = [];
  /**
   * findLaw's answers by name as written: a policy cites the same few laws again and again, and
   * normalising a name (NFKC, a dozen replacements) cost more than the rest of the lookup.
   */
  private readonly found = new TextMemo<Law | undefined>(MEMO_LIMIT);

  private static builtInLibrary: LawLibrary | undefined;

  /** A library of exactly these laws. Later laws win over earlier ones with the same id or name. */
  constructor(laws: readonly Law[]) {
    for (const law of laws) this.byId.set(law.id, law);
    this.laws = [...this.byId.values()];
    for (const law of laws) {
      if (this.byId.get(law.id) !== law) continue;
      const all = [law.names.en, law.names["zh-Hans"], law.names["zh-Hant"], ...law.aliases];
      for (const display of all) {
        if (display === undefined) continue;
        const key = normalizeLawName(display);
        if (key === "") continue;
        this.byKey.set(key, law);
        this.names.push({ key, display, law });
      }
    }
  }

  /** The built-in PRC library (server/laws/prc.json). */
  static builtIn(): LawLibrary {
    LawLibrary.builtInLibrary ??= new LawLibrary(
      (builtInData as unknown as LawLibraryFile).laws.map(normalizeLaw),
    );
    return LawLibrary.builtInLibrary;
  }

  /**
   * This library plus `laws` (e.g. from a workspace law file). A law whose id is already in the
   * library replaces it; an added law's names and aliases take precedence over existing ones.
   */
  withExtra(laws: readonly Law[]): LawLibrary {
    const extraIds = new Set(laws.map((l) => l.id));
    return new LawLibrary([...this.laws.filter((l) => !extraIds.has(l.id)), ...laws]);
  }

  lawById(id: string): Law | undefined {
    return this.byId.get(id);
  }

  /**
   * The law with this name, alias or id, in any script; with or without 《》, the
   * 中华人民共和国 prefix or "of the People's Republic of China"; English case-insensitively.
   */
  findLaw(name: string): Law | undefined {
    return this.found.get(name, (own) => {
      const trimmed = own.trim();
      const key = this.byId.has(trimmed) ? "" : normalizeLawName(trimmed);
      return this.byId.get(trimmed) ?? (key === "" ? undefined : this.byKey.get(key));
    });
  }

  /** The known name closest to `name` by edit distance, if one is close enough to be a typo. */
  suggestLaw(name: string): { name: string; law: Law } | undefined {
    const key = normalizeLawName(name);
    if ([...key].length < 2) return undefined;
    const han = HAN.test(key);
    const written = [...name.trim()].length;
    let best: { name: string; law: Law; distance: number; lengthGap: number } | undefined;
    for (const entry of this.names) {
      if (HAN.test(entry.key) !== han) continue;
      const length = Math.min([...key].length, [...entry.key].length);
      const limit = han ? (length <= 4 ? 1 : 2) : Math.min(3, Math.max(1, Math.floor(length / 4)));
      const distance = editDistance(key, entry.key);
      if (distance > limit) continue;
      // Among equally close names, offer the one written most like the query (医师法 for 医事法,
      // not 中华人民共和国医师法).
      const lengthGap = Math.abs([...entry.display].length - written);
      const better =
        !best || distance < best.distance || (distance === best.distance && lengthGap < best.lengthGap);
      if (better) best = { name: entry.display, law: entry.law, distance, lengthGap };
    }
    return best && { name: best.name, law: best.law };
  }

  /** The article entry of `law` with this number (preferring one for `paragraph`, if given). */
  article(law: Law, number: number, paragraph?: number): LawArticle | undefined {
    const matches = law.articles.filter((a) => a.number === number);
    if (paragraph !== undefined) {
      const exact = matches.find((a) => a.paragraph === paragraph);
      if (exact) return exact;
    }
    return matches[0];
  }

  /** Resolves a citation (see {@link CitationResolution}). Only `article` is looked at, not `articleTo`. */
  resolve(ref: CitationQuery): CitationResolution {
    const law = this.findLaw(ref.law);
    if (!law) {
      const suggestion = this.suggestLaw(ref.law);
      return suggestion
        ? { status: "unknown-law", suggestion: suggestion.name, suggestedLaw: suggestion.law }
        : { status: "unknown-law" };
    }
    if (law.status === "repealed") {
      const article = ref.article === undefined ? undefined : this.article(law, ref.article, ref.paragraph);
      const replacement = this.replacementFor(law, ref.article);
      return {
        status: "repealed",
        law,
        ...(article ? { article } : {}),
        ...(replacement ? { replacement } : {}),
      };
    }
    const number = ref.article ?? 0;
    const article = this.article(law, number, ref.paragraph);
    if (!article) {
      // A citation of the whole law is fine; article 0 (unnumbered text) is used when present.
      if (ref.article === undefined) return { status: "ok", law };
      const suggestion = suggestArticle(law, ref.article);
      return suggestion === undefined
        ? { status: "unknown-article", law }
        : { status: "unknown-article", law, suggestion };
    }
    // Only the built-in library's wording is known to keep one paragraph per line with its items
    // inline (checked against the official texts); a workspace law file may lay it out otherwise.
    const missing = LawLibrary.builtIn().lawById(law.id) === law ? missingPart(article, ref.paragraph, ref.item) : undefined;
    if (missing) return { status: "unknown-part", law, article, ...missing };
    return article.verified ? { status: "ok", law, article } : { status: "unverified", law, article };
  }

  /** Resolves every article of a range citation ("arts. 95-97"), at most 50. */
  resolveRange(ref: CitationQuery): CitationResolution[] {
    if (ref.article === undefined || ref.articleTo === undefined || ref.articleTo <= ref.article) {
      return [this.resolve(ref)];
    }
    const out: CitationResolution[] = [];
    for (let n = ref.article; n <= ref.articleTo && out.length < 50; n++) {
      out.push(this.resolve({ law: ref.law, article: n }));
    }
    return out;
  }

  /** Parses free citation text and resolves it; undefined when the text is not a citation. */
  resolveText(text: string): CitationResolution | undefined {
    const query = parseCitationText(text);
    return query && this.resolve(query);
  }

  private replacementFor(
    law: Law,
    article: number | undefined,
  ): { law: Law; article?: number; articleEntry?: LawArticle } | undefined {
    if (!law.replacedBy) return undefined;
    const successor = this.lawById(law.replacedBy.law);
    if (!successor) return undefined;
    const mapped =
      article === undefined ? undefined : law.replacedBy.articles?.find((m) => m.from === article)?.to;
    if (mapped === undefined) return { law: successor };
    const entry = this.article(successor, mapped);
    return entry ? { law: successor, article: mapped, articleEntry: entry } : { law: successor, article: mapped };
  }
}

/** Item markers of the official wording: `（一）`, `（十二）`. */
const ITEM_MARKER = /（[一二三四五六七八九十]+）/gu;

/**
 * The cited paragraph or item, when the library knows the article has none such: only for an
 * article whose whole wording the library holds, verified (one paragraph per line; items marked
 * `（一）`…, counted within the cited paragraph).
 */
function missingPart(article: LawArticle, paragraph: number | undefined, item: number | undefined): { part: "paragraph" | "item"; count: number } | undefined {
  const wording = article.text?.["zh-Hans"];
  if (wording === undefined || !article.verified || article.excerpt === true || article.paragraph !== undefined || article.items !== undefined) return undefined;
  const paragraphs = wording.split("\n");
  if (paragraph !== undefined && (paragraph < 1 || paragraph > paragraphs.length)) return { part: "paragraph", count: paragraphs.length };
  if (item === undefined) return undefined;
  const within = paragraph !== undefined ? paragraphs[paragraph - 1]! : wording;
  const items = within.match(ITEM_MARKER)?.length ?? 0;
  return item < 1 || item > items ? { part: "item", count: items } : undefined;
}

/** An article number of `law` that looks like a typo of `number` (one digit off or swapped). */
function suggestArticle(law: Law, number: number): number | undefined {
  const written = String(number);
  let best: { number: number; distance: number } | undefined;
  for (const article of law.articles) {
    if (article.number === 0) continue;
    const distance = editDistance(written, String(article.number));
    if (distance > 1) continue;
    const better =
      !best ||
      distance < best.distance ||
      (distance === best.distance && Math.abs(article.number - number) < Math.abs(best.number - number));
    if (better) best = { number: article.number, distance };
  }
  return best?.number;
}

// ------------------------------------------------------------------------------------------------
// Parsing citation text

const NUM = `[${NUMERAL_CHARS}]+`;
const RANGE = `(?:至|到|~|～|-|–|—|－)`;

/** 医师法 第27条, 《中华人民共和国民法典》第一千二百二十条, 政务处分法 第五十五条第二款, 医师法 第五十五条（二）. */
const CHINESE = new RegExp(
  `^(?<law>.*?)\\s*第\\s*(?<a>${NUM})\\s*(?:[条條]\\s*)?` +
    `(?:${RANGE}\\s*(?:第\\s*)?(?<b>${NUM})\\s*)?[条條]` +
    `(?:\\s*第\\s*(?<p>${NUM})\\s*款)?` +
    `(?:\\s*(?:第\\s*)?[（(]\\s*(?<i1>${NUM})\\s*[)）]\\s*[项項]?|\\s*第\\s*(?<i2>${NUM})\\s*[项項])?` +
    `\\s*(?:的?[规規]定)?\\s*[。.，,;；]?\\s*$`,
  "u",
);

const EN_ARTICLE = `(?:articles?|arts?\\.?|§§?)`;
const EN_RANGE = `(?:-|–|—|to|through)`;
const EN_PARAGRAPH = `(?:\\s*,?\\s*(?:paragraph|para\\.?|¶)\\s*(?<p>\\d+))?`;
const EN_ITEM = `(?:\\s*,?\\s*item\\s*\\(?(?<i>\\d+)\\)?)?`;

/** Physicians Act art. 27, Civil Code article 180, Civil Servant Law arts. 95-97. */
const ENGLISH_AFTER = new RegExp(
  `^(?<law>.+?)[\\s,]+${EN_ARTICLE}\\s*(?<a>\\d+)(?:\\s*${EN_RANGE}\\s*(?<b>\\d+))?${EN_PARAGRAPH}${EN_ITEM}\\s*\\.?$`,
  "iu",
);

/** Article 27 of the Physicians Act. */
const ENGLISH_BEFORE = new RegExp(
  `^${EN_ARTICLE}\\s*(?<a>\\d+)(?:\\s*${EN_RANGE}\\s*(?<b>\\d+))?${EN_PARAGRAPH}${EN_ITEM}\\s*,?\\s*(?:of|in)\\s+(?<law>.+?)\\s*\\.?$`,
  "iu",
);

/** physicians-act/27, civil-servant-law/95-97. */
const BY_ID = /^(?<law>[a-z0-9]+(?:-[a-z0-9]+)*)\s*\/\s*(?<a>\d+)(?:\s*-\s*(?<b>\d+))?$/u;

/** The short notation of the citation table: 医师法 55(二), 反电信网络诈骗法 18 ¶3, Physicians Act 27. */
const SHORT = new RegExp(
  `^(?<law>.*[^\\d\\s])\\s+(?<a>\\d+)(?:\\s*[-–—]\\s*(?<b>\\d+))?` +
    `(?:\\s*[（(]\\s*(?<i>${NUM})\\s*[)）])?(?:\\s*¶\\s*(?<p>\\d+))?\\s*$`,
  "u",
);

function cleanLawText(text: string): string {
  let s = text.trim();
  const bracketed = /《([^《》]+)》/u.exec(s);
  if (bracketed) return bracketed[1]!.trim();
  s = s.replace(/^(根据|根據|依据|依據|依照|按照|参照|參照|违反|違反|见|見)\s*/u, "").replace(/^the\s+/iu, "");
  return s.replace(/[\s,，、:：]+$/u, "").trim();
}

function build(groups: Record<string, string | undefined>): CitationQuery | undefined {
  const law = cleanLawText(groups.law ?? "");
  if (law === "") return undefined;
  const query: CitationQuery = { law };
  const number = (name: string): number | null | undefined => {
    const raw = groups[name];
    if (raw === undefined) return undefined;
    return parseChineseNumeral(raw) ?? null; // null: present but not a numeral
  };
  const a = number("a");
  const b = number("b");
  const p = number("p");
  const i = number("i") ?? number("i1") ?? number("i2");
  if (a === null || b === null || p === null || i === null) return undefined;
  if (a !== undefined) query.article = a;
  if (a !== undefined && b !== undefined && b > a) query.articleTo = b;
  if (p !== undefined) query.paragraph = p;
  if (i !== undefined) query.item = i;
  return query;
}

/**
 * Parses a free-text citation into a query, or undefined when it cannot be read. Accepted forms:
 * - Chinese: `医师法 第27条`, `醫師法 第二十七條`, `《中华人民共和国民法典》第一千二百二十条`,
 *   `民法典第1220条`, `政务处分法 第五十五条第二款`, `医师法 第五十五条（二）`,
 *   `医师法 第55条第(二)项`, `公务员法 第九十五条至第九十七条`;
 * - English: `Physicians Act art. 27`, `Civil Code article 180`, `Civil Servant Law arts. 95-97`,
 *   `Article 27 of the Physicians Act`, `… art. 55, para. 2`, `… item 2`;
 * - by id: `physicians-act/27`, `civil-servant-law/95-97`;
 * - the short table notation: `医师法 55(二)`, `反电信网络诈骗法 18 ¶3`;
 * - a law alone: `《民法典》`, `Civil Code`.
 * A range gives `article` (its first article) and `articleTo`.
 */
export function parseCitationText(text: string): CitationQuery | undefined {
  return parsedCitations.get(text, readCitationText);
}

/** parseCitationText's answers by text (queries are never modified, so they can be shared). */
const parsedCitations = new TextMemo<CitationQuery | undefined>(MEMO_LIMIT);

function readCitationText(text: string): CitationQuery | undefined {
  const s = text.normalize("NFKC").trim();
  if (s === "") return undefined;
  for (const pattern of [BY_ID, CHINESE, ENGLISH_BEFORE, ENGLISH_AFTER, SHORT]) {
    const match = pattern.exec(s);
    if (match?.groups) return build(match.groups);
  }
  // Something that looks like an article reference but did not parse is not a law name.
  if (/第\s*\S*\s*[条條]|\b(articles?|arts?\.)\s*\d/iu.test(s)) return undefined;
  if (!/[\p{L}]/u.test(s)) return undefined;
  return build({ law: s });
}

// ------------------------------------------------------------------------------------------------
// Display

export interface ArticleText {
  /** The text to show. */
  readonly text: string;
  /** True when `text` is the explanatory gist, not the wording of the provision. */
  readonly isGist: boolean;
  /** The language `text` is in (may differ from the one asked for when that one is missing). */
  readonly locale: Locale;
}

const FALLBACK: Readonly<Record<Locale, readonly Locale[]>> = {
  "zh-Hans": ["zh-Hans", "zh-Hant", "en"],
  "zh-Hant": ["zh-Hant", "zh-Hans", "en"],
  en: ["en", "zh-Hans", "zh-Hant"],
};

/**
 * What to show for an article in `locale`. For Chinese, the statutory wording in that script
 * (falling back to the other script). For English, the English gist: the library does not ship
 * translations of statute text (a workspace law may carry its own English wording, which is then
 * used). When there is no wording at all, the gist is returned, marked `isGist`.
 */
export function articleText(article: LawArticle, locale: Locale): ArticleText {
  const wordingLocales: readonly Locale[] =
    locale === "en" ? ["en"] : FALLBACK[locale].filter((l) => l !== "en");
  for (const l of wordingLocales) {
    const text = article.text?.[l];
    if (text !== undefined) return { text, isGist: false, locale: l };
  }
  for (const l of FALLBACK[locale]) {
    const text = article.gist[l];
    if (text !== undefined) return { text, isGist: true, locale: l };
  }
  return { text: "", isGist: true, locale };
}

/** A localized text in `locale`, falling back to the other languages. */
export function localizedText(text: LocalizedText, locale: Locale): string | undefined {
  for (const l of FALLBACK[locale]) {
    const value = text[l];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The law's full name in `locale` (falling back to another language, then to its id). */
export function lawName(law: Law, locale: Locale): string {
  return localizedText(law.names, locale) ?? law.id;
}

/** The law's name without the 中华人民共和国 prefix or "of the People's Republic of China". */
export function lawShortName(law: Law, locale: Locale): string {
  return lawName(law, locale)
    .replace(/^(中华人民共和国|中華人民共和國)/u, "")
    .replace(/\s+of the People's Republic of China$/u, "");
}

/**
 * A law's name as Chinese prose writes it: in title marks (《医师法》), but a policy statement — the
 * "three distinctions" — is a phrase, so quoted (“三个区分开来”, 「三個區分開來」).
 */
export function chineseTitle(law: Law, locale: Locale): string {
  const name = lawShortName(law, locale);
  return law.kind === "policy-statement" ? quoted(name, locale) : `《${name}》`;
}

/**
 * A citation written out for display: `《医师法》第二十七条第一款第（二）项` in Chinese,
 * `Physicians Act, art. 27, para. 1, item 2` in English.
 */
export function formatCitation(
  law: Law,
  locale: Locale,
  where: { article?: number; paragraph?: number; item?: number } = {},
): string {
  const name = lawShortName(law, locale);
  if (locale === "en") {
    const parts = [name];
    if (where.article !== undefined && where.article !== 0) parts.push(`art. ${where.article}`);
    if (where.paragraph !== undefined) parts.push(`para. ${where.paragraph}`);
    if (where.item !== undefined) parts.push(`item ${where.item}`);
    return parts.join(", ");
  }
  let out = chineseTitle(law, locale);
  const article = locale === "zh-Hant" ? "條" : "条";
  const item = locale === "zh-Hant" ? "項" : "项";
  if (where.article !== undefined && where.article !== 0) out += `第${formatChineseNumeral(where.article, locale)}${article}`;
  if (where.paragraph !== undefined) out += `第${formatChineseNumeral(where.paragraph, locale)}款`;
  if (where.item !== undefined) out += `第（${formatChineseNumeral(where.item, locale)}）${item}`;
  return out;
}

// ------------------------------------------------------------------------------------------------
// Workspace law files

export interface LawFileError {
  /** JSON pointer into the file, e.g. "/laws/0/articles/2/number" ("" for the whole file). */
  readonly pointer: string;
  /** Readable location, e.g. `laws[0] "acme-handbook" › articles[2]`. */
  readonly location: string;
  readonly message: string;
}

export type LawFileValidation =
  | { readonly ok: true; readonly laws: Law[]; readonly errors: readonly [] }
  | { readonly ok: false; readonly laws: readonly []; readonly errors: readonly LawFileError[] };

/** The JSON Schema of law files (server/laws/law-library.schema.json). */
export const LAW_LIBRARY_SCHEMA: object = lawLibrarySchema;

let compiledSchema: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  if (!compiledSchema) {
    const Ajv2020 = ajvModule.default;
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    compiledSchema = ajv.compile(lawLibrarySchema);
  }
  return compiledSchema;
}

function describeLocation(pointer: string, data: unknown): string {
  if (pointer === "") return "file";
  const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node: unknown = data;
  const out: string[] = [];
  for (const part of parts) {
    const index = /^\d+$/.test(part) ? Number(part) : undefined;
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
    if (index !== undefined && out.length > 0) {
      let label = `${out.pop()}[${index}]`;
      const record = node !== null && typeof node === "object" ? (node as Record<string, unknown>) : {};
      if (typeof record.id === "string") label += ` "${record.id}"`;
      else if (typeof record.number === "number") label += ` (article ${record.number})`;
      out.push(label);
    } else {
      out.push(part);
    }
  }
  return out.join(" › ");
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  object: "an object",
  array: "a list",
  string: "a string",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  null: "null",
};

function describeAjvError(error: ErrorObject): { pointer: string; message: string } {
  const params = error.params as Record<string, unknown>;
  let pointer = error.instancePath;
  let message = error.message ?? "is not valid";
  switch (error.keyword) {
    case "required":
      message = `missing required property "${String(params.missingProperty)}"`;
      break;
    case "additionalProperties":
      message = `unknown property "${String(params.additionalProperty)}"`;
      pointer = `${pointer}/${String(params.additionalProperty)}`;
      break;
    case "enum":
      message = `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
      break;
    case "const":
      message = `must be ${JSON.stringify(params.allowedValue)}`;
      break;
    case "type": {
      const types = String(params.type).split(",");
      message = `must be ${types.map((t) => TYPE_NAMES[t] ?? t).join(" or ")}`;
      break;
    }
    case "pattern":
      if (error.schemaPath.includes("/lawId/")) {
        message = 'must be lowercase English words joined by hyphens, e.g. "physicians-act"';
      } else if (error.schemaPath.includes("/date/")) {
        message = "must be a date written YYYY-MM-DD (or YYYY-MM, or YYYY)";
      }
      break;
    case "minProperties":
      message = 'needs at least one of "en", "zh-Hans", "zh-Hant"';
      break;
    case "anyOf":
      // The only anyOf in the schema: an article needs a gist or a text.
      if (/\/articles\/\d+$/.test(error.instancePath)) message = 'needs a "gist" or a "text"';
      break;
    case "minimum":
      message = `must be at least ${String(params.limit)}`;
      break;
    case "uniqueItems":
      message = "must not list the same value twice";
      break;
  }
  return { pointer, message };
}

/**
 * Checks a parsed workspace law file against the schema and for consistency (unique ids and
 * articles, verified only with high confidence, repeal fields only on repealed laws, replacements
 * that exist). Returns the laws ready for {@link LawLibrary.withExtra}, or readable errors; never
 * throws. `context` (e.g. the built-in library) is where `replacedBy` may also point.
 */
export function validateLawFile(json: unknown, context?: LawLibrary): LawFileValidation {
  const errors: LawFileError[] = [];
  const add = (pointer: string, message: string): void => {
    if (errors.some((e) => e.pointer === pointer && e.message === message)) return;
    errors.push({ pointer, location: describeLocation(pointer, json), message });
  };
  let valid: boolean;
  try {
    const check = schemaValidator();
    valid = check(json) === true;
    if (!valid) {
      for (const error of check.errors ?? []) {
        // Errors inside an anyOf branch are summed up by the anyOf error itself.
        if (/\/anyOf\/\d+\//.test(error.schemaPath)) continue;
        const { pointer, message } = describeAjvError(error);
        add(pointer, message);
      }
    }
  } catch (e) {
    add("", `could not be checked: ${e instanceof Error ? e.message : String(e)}`);
    valid = false;
  }
  if (!valid) return { ok: false, laws: [], errors };

  const file = json as LawLibraryFile;
  const ids = new Map<string, number>();
  file.laws.forEach((law, index) => {
    const at = `/laws/${index}`;
    const earlier = ids.get(law.id);
    if (earlier !== undefined) add(`${at}/id`, `the id "${law.id}" is already used by laws[${earlier}]`);
    else ids.set(law.id, index);
  });
  file.laws.forEach((law, index) => {
    const at = `/laws/${index}`;
    if (law.status !== "repealed") {
      if (law.repealedOn !== undefined) add(`${at}/repealedOn`, 'only a law with status "repealed" has a repeal date');
      if (law.replacedBy !== undefined) add(`${at}/replacedBy`, 'only a law with status "repealed" is replaced');
    }
    if (law.replacedBy) {
      const target = law.replacedBy.law;
      if (target === law.id) add(`${at}/replacedBy/law`, "a law cannot replace itself");
      else if (!ids.has(target) && !context?.lawById(target)) {
        add(`${at}/replacedBy/law`, `no law with the id "${target}" in this file or the built-in library`);
      }
    }
    const seen = new Set<string>();
    (law.articles ?? []).forEach((article, a) => {
      const where = `${at}/articles/${a}`;
      const key = `${article.number}/${article.paragraph ?? ""}`;
      if (seen.has(key)) {
        const what = article.paragraph === undefined ? "" : ` paragraph ${article.paragraph}`;
        add(`${where}/number`, `article ${article.number}${what} is listed twice`);
      }
      seen.add(key);
      if (article.verified && article.confidence !== undefined && article.confidence !== "high") {
        add(`${where}/verified`, `an article with confidence "${article.confidence}" cannot be verified`);
      }
      if (article.text == null && (article.gist === undefined || Object.keys(article.gist).length === 0)) {
        add(where, 'needs a "gist" or a "text"');
      }
    });
  });
  if (errors.length > 0) return { ok: false, laws: [], errors };
  return { ok: true, laws: file.laws.map(normalizeLaw), errors: [] };
}

/** One line per error: `laws[0] "acme" › articles[1] (article 3) › number: must be a whole number`. */
export function formatLawFileError(error: LawFileError): string {
  return `${error.location}: ${error.message}`;
}
