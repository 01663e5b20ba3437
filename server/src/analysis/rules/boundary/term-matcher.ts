/**
 * Finds listed terms in prose. English terms match case-insensitively on word boundaries
 * ("appropriate" is not found in "inappropriate"), with any run of spaces or a hyphen between
 * words; Chinese terms match as substrings, since Chinese has no spaces between words. Where
 * terms overlap, the leftmost wins, and at one position the longest: "确保不出问题" rather than
 * "不出问题", "in a timely manner" rather than "timely".
 */
import { ownCopy } from "../../../../../grammar/src/memo.ts";
import { escapeRegExp } from "../../regexp.ts";

export interface TermHit<T> {
  /** Offsets in the searched text. */
  readonly start: number;
  readonly end: number;
  /** The term as written in the text. */
  readonly text: string;
  readonly value: T;
}

const WORD_CHAR = /[A-Za-z0-9_]/;
const SEPARATOR = /[\s\-‐]+/;

/** Spellings that differ only in case or in spaces and hyphens share one key. */
function termKey(term: string): string {
  return term.trim().toLowerCase().replace(/[\s\-‐]+/g, " ");
}

/** A term's pattern after the word boundary before it (see TermMatcher's constructor). */
function termPattern(term: string): string {
  const trimmed = term.trim();
  const body = trimmed.split(SEPARATOR).map(escapeRegExp).join("[\\s\\-‐]+");
  const after = WORD_CHAR.test(trimmed[trimmed.length - 1] ?? "") ? "(?![A-Za-z0-9_])" : "";
  return `${body}${after}`;
}

function startsWithWordChar(term: string): boolean {
  return WORD_CHAR.test(term.trim()[0] ?? "");
}

export class TermMatcher<T> {
  private readonly pattern: RegExp | undefined;
  private readonly byKey = new Map<string, T>();
  /** Longer words that contain a term without meaning it (以及时间 holds 及时): matched, never reported. */
  private readonly exceptions = new Set<string>();
  /** Answers by the object a text belongs to, kept while it lives (see findFor). */
  private readonly answers = new WeakMap<object, { readonly text: string; readonly hits: readonly TermHit<T>[] }>();

  /**
   * Terms with what each stands for; of two terms with the same key, the first is kept.
   * `exceptions` are matched like terms — the leftmost, then the longest, wins — and hide the
   * terms inside them.
   */
  constructor(terms: Iterable<readonly [string, T]>, exceptions: Iterable<string> = []) {
    const kept: string[] = [];
    for (const [term, value] of terms) {
      const key = termKey(term);
      if (key === "" || this.byKey.has(key)) continue;
      this.byKey.set(key, value);
      kept.push(term);
    }
    for (const exception of exceptions) {
      const key = termKey(exception);
      if (key === "" || this.byKey.has(key) || this.exceptions.has(key)) continue;
      this.exceptions.add(key);
      kept.push(exception);
    }
    kept.sort((a, b) => termKey(b).length - termKey(a).length);
    // Longest first, so that at one position the longest term wins. Terms that begin with a
    // letter or digit share one word-boundary check instead of one each (twice as fast over
    // prose): at a given position only one of the two groups can match, by its first character.
    const wordStart = kept.filter(startsWithWordChar).map(termPattern);
    const other = kept.filter((term) => !startsWithWordChar(term)).map(termPattern);
    const groups = [...(wordStart.length > 0 ? [`(?<![A-Za-z0-9_])(?:${wordStart.join("|")})`] : []), ...other];
    this.pattern = groups.length > 0 ? new RegExp(groups.join("|"), "gi") : undefined;
  }

  /** The terms in `text`, leftmost first. */
  find(text: string): readonly TermHit<T>[] {
    if (!this.pattern) return NO_HITS;
    const hits: TermHit<T>[] = [];
    this.pattern.lastIndex = 0;
    for (let match = this.pattern.exec(text); match; match = this.pattern.exec(text)) {
      const value = this.byKey.get(termKey(match[0]));
      if (value !== undefined) hits.push({ start: match.index, end: match.index + match[0].length, text: match[0], value });
    }
    // Most prose has none: one shared answer for all of it.
    return hits.length > 0 ? hits : NO_HITS;
  }

  /**
   * The terms in `text`, which belongs to `owner` (a declaration's text), remembered for as long
   * as the owner lives. A clause an edit did not touch keeps its declaration through the reparse
   * (grammar/src/incremental.ts), so the review after a keystroke searches only the prose the
   * keystroke changed. Keyed by the owner, not the text: a memory of texts would grow with every
   * text ever typed.
   */
  findFor(owner: object, text: string): readonly TermHit<T>[] {
    const known = this.answers.get(owner);
    if (known?.text === text) return known.hits;
    // Kept as long as the owner, which outlives this version of the document: a copy, and the
    // hits (slices of what is searched) from the copy (grammar/src/memo.ts).
    const own = ownCopy(text);
    const hits = this.find(own);
    this.answers.set(owner, { text: own, hits });
    return hits;
  }
}

const NO_HITS: readonly never[] = Object.freeze([]);
