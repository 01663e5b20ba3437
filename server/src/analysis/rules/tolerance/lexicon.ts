/**
 * Word lists shared by the tolerance rules — words that mark an emergency, a reform pilot or a
 * livelihood service, and words that mark a consent or a signature — and one matcher for them.
 *
 * English terms match whole words, case-insensitively, with spaces, hyphens or underscores between
 * their parts ("written consent", "written_consent"), and an underscore counts as a word break, so
 * the name `patient_signature` contains "signature"; Chinese terms match anywhere in the text.
 * Both scripts are listed explicitly: 紧急 and 緊急 are separate entries.
 */
import type { DutyDecl, Locale } from "../../../../../grammar/src/index.ts";
import { CONTEXTS, lookupEnum, spell } from "../../../../../grammar/src/vocabulary.ts";
import { escapeRegExp } from "../../regexp.ts";

/** The contexts in which an honest mistake is likely and refusing to act also does harm. */
export const RISKY_CONTEXTS: readonly string[] = ["emergency", "reform_pilot", "livelihood"];

/** Words in a duty's action or description that place it in a risky context, by context. */
export const CONTEXT_WORDS: Readonly<Record<string, readonly string[]>> = {
  emergency: [
    "emergency", "emergencies", "rescue", "disaster relief", "first aid",
    "紧急", "緊急", "抢救", "搶救", "急救", "救灾", "救災", "急诊", "急診", "危急", "应急", "應急", "抢险", "搶險",
  ],
  reform_pilot: ["pilot", "trial", "试点", "試點", "改革", "先行先试", "先行先試"],
  livelihood: ["livelihood", "民生"],
};

/** The default `contextWords` option: every word above, in one list. */
export const DEFAULT_CONTEXT_WORDS: readonly string[] = Object.values(CONTEXT_WORDS).flat();

/** Words in a duty's action or description that mark an emergency medical or rescue setting. */
export const DEFAULT_EMERGENCY_WORDS: readonly string[] = [
  // Not "critical" alone: "critical patches", "critical systems" are no emergency (an IT policy was
  // flagged for Physicians Act consent); "critically ill" and "critical condition" are.
  "emergency", "emergencies", "dying", "critically ill", "critical condition", "life-threatening", "rescue", "first aid",
  "紧急", "緊急", "危急", "垂危", "危重", "抢救", "搶救", "急救", "急诊", "急診",
];

/** Words in a `requires` item that mark a consent or a signature. */
export const DEFAULT_CONSENT_WORDS: readonly string[] = [
  "consent", "signature", "signed", "sign-off", "written consent", "consent form", "approval form",
  "签字", "簽字", "签名", "簽名", "签署", "簽署", "同意", "知情同意", "授权书", "授權書",
];

const LATIN = /[A-Za-z]/;

const patterns = new Map<string, RegExp>();

function patternOf(term: string): RegExp {
  let pattern = patterns.get(term);
  if (!pattern) {
    const body = term.trim().split(/[\s_-]+/).map(escapeRegExp).join("[\\s_-]+");
    pattern = new RegExp(`(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])`, "i");
    patterns.set(term, pattern);
  }
  return pattern;
}

/** Whether `text` contains `term`: a whole word (English) or a substring (Chinese). */
export function containsTerm(text: string, term: string): boolean {
  if (term.trim() === "") return false;
  return LATIN.test(term) ? patternOf(term).test(text) : text.includes(term);
}

/**
 * A list of terms prepared once per list (rules get the same list for every file: rule.ts
 * `stringOption`): its terms longest first, and one pattern for all its English terms with
 * the Chinese terms apart, so that a text with none of them — most texts — is read once, not
 * once per term.
 */
interface TermList {
  readonly longestFirst: readonly string[];
  readonly anyLatin: RegExp | undefined;
  readonly chinese: readonly string[];
}

const termLists = new WeakMap<readonly string[], TermList>();

function termListOf(terms: readonly string[]): TermList {
  let list = termLists.get(terms);
  if (!list) {
    const longestFirst = [...new Set(terms)].sort((a, b) => b.length - a.length);
    const usable = longestFirst.filter((term) => term.trim() !== "");
    const latin = usable.filter((term) => LATIN.test(term)).map((term) => patternOf(term).source);
    list = {
      longestFirst,
      // Each alternative keeps its own word boundaries: the same test as `containsTerm`, any term.
      anyLatin: latin.length > 0 ? new RegExp(latin.map((source) => `(?:${source})`).join("|"), "i") : undefined,
      chinese: usable.filter((term) => !LATIN.test(term)),
    };
    termLists.set(terms, list);
  }
  return list;
}

/** Whether any of the list's terms is in the text (what containsTerm would say yes to for one of them). */
function anyTermIn(list: TermList, text: string): boolean {
  if (list.anyLatin?.test(text)) return true;
  for (const term of list.chinese) if (text.includes(term)) return true;
  return false;
}

/** The longest of `terms` found in `text`, if any. */
export function findTerm(text: string, terms: readonly string[]): string | undefined {
  const list = termListOf(terms);
  return anyTermIn(list, text) ? list.longestFirst.find((term) => containsTerm(text, term)) : undefined;
}

/** Every one of `terms` found in any of `texts`, longest first. */
export function findTerms(texts: readonly string[], terms: readonly string[]): string[] {
  const list = termListOf(terms);
  return texts.some((text) => anyTermIn(list, text)) ? list.longestFirst.filter((term) => texts.some((text) => containsTerm(text, term))) : [];
}

/** The built-in context a word belongs to (`rescue` → `emergency`); undefined for a word of the drafter's own. */
export function contextOfWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const [context, words] of Object.entries(CONTEXT_WORDS)) {
    if (words.some((w) => w.toLowerCase() === lower)) return context;
  }
  return undefined;
}

/** The prose of a duty that says what the work is: its action and its description. */
export function dutyProse(duty: DutyDecl): string[] {
  return [duty.action?.text, duty.description?.text].filter((text): text is string => text !== undefined);
}

/** How a context value is spelled in the document's script (`emergency` → 紧急). */
export function spellContext(value: string, locale: Locale): string {
  const spec = lookupEnum(CONTEXTS, value);
  return spec ? spell(spec.spelling, locale) : value;
}

/** The list separator of each script. */
export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(locale === "en" ? ", " : "、");
}

