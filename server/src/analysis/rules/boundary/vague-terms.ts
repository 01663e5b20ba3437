/**
 * The vague-term lexicon (vague-terms.json, shaped by vague-terms.schema.json): absolute and vague
 * wording in three scripts with what to write instead, plus the terms a configuration adds or
 * drops. boundary/vague-term reports each term; boundary/no-standard asks whether a standard is
 * made of nothing else.
 */
import type { Locale, Localized } from "../../../../../grammar/src/index.ts";
import lexiconData from "./vague-terms.json" with { type: "json" };
import lexiconSchema from "./vague-terms.schema.json" with { type: "json" };
import { TermMatcher } from "./term-matcher.ts";

export type TermKind = "absolute" | "vague";

export type TermsByScript = Readonly<Record<Locale, readonly string[]>>;

export interface LexiconEntry {
  readonly id: string;
  readonly kind: TermKind;
  readonly terms: TermsByScript;
  /** Longer words that contain one of the terms without meaning it (以及时间, 执法全过程记录). */
  readonly except?: Partial<TermsByScript>;
  readonly instead: Localized;
}

export interface Lexicon {
  readonly entries: readonly LexiconEntry[];
  /** Words with no measurable content ("ensure", "落实", "工作"). */
  readonly fillers: TermsByScript;
}

export const LEXICON: Lexicon = lexiconData as Lexicon;

export const LEXICON_SCHEMA: object = lexiconSchema;

/** A term added by configuration (`extraTerms`): the lexicon cannot say what it should become. */
export const EXTRA_TERM_ENTRY: LexiconEntry = {
  id: "extra",
  kind: "vague",
  terms: { en: [], "zh-Hans": [], "zh-Hant": [] },
  instead: {
    en: "concrete wording: a number with a unit, a named department or document, or a step the holder can be checked on",
    "zh-Hans": "具体表述：带单位的数字、具体的部门或文件名称，或可以核查的具体步骤",
    "zh-Hant": "具體表述：帶單位的數字、具體的部門或文件名稱，或可以核查的具體步驟",
  },
};

function allTerms(terms: TermsByScript): string[] {
  return [...terms.en, ...terms["zh-Hans"], ...terms["zh-Hant"]];
}

const matchers = new Map<string, TermMatcher<LexiconEntry>>();

/**
 * A matcher for the lexicon, plus `extraTerms`, minus `ignoreTerms` (entry ids or single terms).
 * Every script's terms are searched whatever the document's language: a Chinese policy may quote
 * English wording, and a drafter may mix simplified and traditional characters.
 */
export function vagueTermMatcher(extraTerms: readonly string[] = [], ignoreTerms: readonly string[] = []): TermMatcher<LexiconEntry> {
  const key = JSON.stringify([extraTerms, ignoreTerms]);
  let matcher = matchers.get(key);
  if (!matcher) {
    const ignored = new Set(ignoreTerms.map((term) => term.trim().toLowerCase()));
    const terms: [string, LexiconEntry][] = [];
    for (const entry of LEXICON.entries) {
      if (ignored.has(entry.id)) continue;
      for (const term of allTerms(entry.terms)) if (!ignored.has(term.toLowerCase())) terms.push([term, entry]);
    }
    for (const term of extraTerms) if (term.trim() !== "") terms.push([term, EXTRA_TERM_ENTRY]);
    const exceptions = LEXICON.entries.flatMap((entry) => (entry.except ? Object.values(entry.except).flat() : []));
    matcher = new TermMatcher(terms, exceptions);
    matchers.set(key, matcher);
  }
  return matcher;
}

let fillerMatcher: TermMatcher<true> | undefined;

/**
 * Whether `text` says nothing but lexicon terms and fillers: "确保万无一失", "严格落实相关要求",
 * "Strictly ensure safety". Text with a number, a name or any other content word is not.
 */
export function isOnlyVagueWording(text: string): boolean {
  const hits = vagueTermMatcher().find(text);
  if (hits.length === 0) return false;
  let rest = "";
  let from = 0;
  for (const hit of hits) {
    rest += `${text.slice(from, hit.start)} `;
    from = hit.end;
  }
  rest += text.slice(from);
  fillerMatcher ??= new TermMatcher(allTerms(LEXICON.fillers).map((term) => [term, true] as const));
  for (const filler of [...fillerMatcher.find(rest)].reverse()) rest = `${rest.slice(0, filler.start)} ${rest.slice(filler.end)}`;
  return !/[\p{L}\p{N}]/u.test(rest);
}
