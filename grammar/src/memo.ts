/**
 * Answers remembered by text, for look-ups that recur across clauses and keystrokes (field names
 * and the suggestions for misspelt ones, article references, law names, citations, message
 * templates). Bounded: past the limit new answers are not kept — the texts worth remembering
 * are few, the typos endless.
 *
 * Each text is remembered as a copy of its own, and the answer is computed from that copy: a text
 * read from a document is usually a slice of the document's text, and a slice kept in a memo (or
 * a slice of it in an answer) keeps the whole document alive — in the language server, one
 * version of the document for every keystroke that made a new text.
 */
export class TextMemo<V> {
  private readonly answers = new Map<string, V>();
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** The answer for `text`: remembered, or computed by `answer` from a copy of it. */
  get(text: string, answer: (text: string) => V): V {
    const known = this.answers.get(text);
    if (known !== undefined || this.answers.has(text)) return known as V;
    const own = ownCopy(text);
    const value = answer(own);
    if (this.answers.size < this.limit) this.answers.set(own, value);
    return value;
  }
}

/**
 * The same characters in a string that refers to no other: flattening a concatenation copies
 * them. For any text kept longer than the document it was read from (see TextMemo).
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
