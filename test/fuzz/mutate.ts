/**
 * MUTATED policies and RANDOM BYTES: the inputs a half-typed buffer, a bad merge, a wrong
 * encoding or a stray binary file give the tools.
 *
 * Mutations work on characters and on tokens of a realistic text (a sample or a generated
 * policy): delete, insert, duplicate, swap, cut at random points, splice two texts, insert the
 * language's own punctuation and keywords, deep brace nesting, very long runs, line-ending
 * changes, and random Unicode — emoji, lone surrogates, NUL, controls, BOM, line separators.
 */
import { BLOCK_KEYWORDS, FIELDS, IMPORT_KEYWORD, VERDICTS, CONTEXTS, WITHIN_WORDS, BY_WORDS } from "../../grammar/src/vocabulary.ts";
import { Rng } from "./rng.ts";

/** Words and marks of the language, for token-aware insertions. */
const VOCABULARY: readonly string[] = [
  ...Object.values(BLOCK_KEYWORDS).flatMap((spelling) => spelling.all),
  ...IMPORT_KEYWORD.all,
  ...Object.values(FIELDS).flatMap((fields) => fields.flatMap((field) => [...field.spelling.all, ...(field.fields ?? []).flatMap((inner) => inner.spelling.all)])),
  ...VERDICTS.flatMap((value) => value.spelling.all),
  ...CONTEXTS.flatMap((value) => value.spelling.all),
  ...WITHIN_WORDS,
  ...BY_WORDS,
  "50000 CNY", "10 working days", "5万元", "30日", "15%", "2026-01-01", "2026年1月1日", "２０２６年１月１日", "第二十七条",
  "第九十五条至第九十七条", "第十八条第三款", "（二）", "(2)", "civil-code/1220", "art.", "arts.", "§", "95-97", "1.5", "３０",
  "teller", "branch", "医院", "學校", "a·b", "x・y", "ÀÉ", "αβ", "Жд",
];

const PUNCTUATION: readonly string[] = [
  "{", "}", "｛", "｝", ":", "：", ",", "，", "、", ";", "；", '"', "'", "“", "”", "「", "」", "『", "』", "＂", "(", ")", "（", "）",
  "/", "//", "/*", "*/", "\\", "-", "–", "—", "~", "～", ".", "．", "@", "#", "$", "%", "％", "§",
];

const ODD_UNICODE: readonly string[] = [
  "\u0000", "\u0001", "\u0007", "\u0008", "\u001B", "\u007F", "\u0085", "\u00A0", "\u00AD", "\u200B", "\u200D", "\u2028", "\u2029",
  "\u202E", "\u2066", "\u3000", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D", "\uDE00",
  "😀", "👩‍⚕️", "🏳️‍🌈", "𠀀", "𪚥", "e\u0301", "\u0301", "ﾃｽﾄ", "Ⅻ", "①", "٣", "ß", "İ", "ı", "ﬁ", "Ω", "\r", "\n", "\r\n", "\t", "\v", "\f",
];

/** A random character: any BMP code unit (lone surrogates included) or any code point. */
function randomChar(rng: Rng): string {
  return rng.weighted<() => string>([
    [3, () => String.fromCharCode(rng.range(0x20, 0x7e))],
    [2, () => String.fromCharCode(rng.int(0x10000))],
    [1, () => String.fromCodePoint(rng.int(0x110000))],
    [2, () => String.fromCharCode(rng.range(0x4e00, 0x9fff))],
    [2, () => rng.pick(ODD_UNICODE)],
    [2, () => rng.pick(PUNCTUATION)],
  ])();
}

/** Splits text into tokens: runs of letters/digits, runs of blanks, and single other characters. */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_\-·・]+|[ \t\u3000]+|\r\n|[\s\S]/gu) ?? [];
}

function position(rng: Rng, text: string): number {
  return rng.int(text.length + 1);
}

function span(rng: Rng, text: string, maxLength: number): [number, number] {
  const start = position(rng, text);
  return [start, Math.min(text.length, start + rng.range(1, maxLength))];
}

export type Mutation = (rng: Rng, text: string, corpus: readonly string[]) => string;

export const MUTATIONS: Readonly<Record<string, Mutation>> = {
  deleteChars(rng, text) {
    const [start, end] = span(rng, text, rng.chance(0.8) ? 8 : 200);
    return text.slice(0, start) + text.slice(end);
  },
  insertChars(rng, text) {
    const at = position(rng, text);
    let inserted = "";
    for (let n = rng.range(1, 6); n > 0; n--) inserted += randomChar(rng);
    return text.slice(0, at) + inserted + text.slice(at);
  },
  replaceChar(rng, text) {
    const at = rng.int(text.length);
    return text.slice(0, at) + randomChar(rng) + text.slice(at + 1);
  },
  duplicateChars(rng, text) {
    const [start, end] = span(rng, text, 120);
    const at = position(rng, text);
    return text.slice(0, at) + text.slice(start, end) + text.slice(at);
  },
  swapChars(rng, text) {
    const [a, b] = [span(rng, text, 40), span(rng, text, 40)].sort((x, y) => x[0] - y[0]) as [[number, number], [number, number]];
    if (a[1] > b[0]) return text;
    return text.slice(0, a[0]) + text.slice(b[0], b[1]) + text.slice(a[1], b[0]) + text.slice(a[0], a[1]) + text.slice(b[1]);
  },
  deleteToken(rng, text) {
    const list = tokens(text);
    list.splice(rng.int(list.length), rng.range(1, 3));
    return list.join("");
  },
  insertToken(rng, text) {
    const list = tokens(text);
    const word = rng.weighted<() => string>([[3, () => rng.pick(VOCABULARY)], [2, () => rng.pick(PUNCTUATION)], [1, () => rng.pick(list.length ? list : ["x"])]])();
    list.splice(rng.int(list.length + 1), 0, rng.chance(0.5) ? ` ${word} ` : word);
    return list.join("");
  },
  duplicateToken(rng, text) {
    const list = tokens(text);
    if (list.length === 0) return text;
    const from = rng.int(list.length);
    const run = list.slice(from, from + rng.range(1, 12));
    list.splice(rng.int(list.length + 1), 0, ...run);
    return list.join("");
  },
  swapTokens(rng, text) {
    const list = tokens(text);
    if (list.length < 2) return text;
    const i = rng.int(list.length);
    const j = rng.int(list.length);
    [list[i], list[j]] = [list[j]!, list[i]!];
    return list.join("");
  },
  cut(rng, text) {
    const at = position(rng, text);
    return rng.weighted<() => string>([[3, () => text.slice(0, at)], [1, () => text.slice(at)], [1, () => text.slice(at, at + rng.range(0, 400))]])();
  },
  splice(rng, text, corpus) {
    const other = rng.pick(corpus);
    return text.slice(0, position(rng, text)) + other.slice(position(rng, other));
  },
  nest(rng, text) {
    // Around the nesting limit (32): deep enough to be cut, shallow enough to be kept.
    const depth = rng.weighted<number>([[3, rng.range(28, 40)], [1, rng.range(1, 200)], [0.2, rng.range(1000, 5000)]]);
    const open = rng.pick(["{", "｛", "x {", "scope {", "tier t {"]);
    const at = position(rng, text);
    const close = rng.chance(0.7) ? rng.pick(["}", "｝"]).repeat(rng.chance(0.7) ? depth : rng.int(depth + 2)) : "";
    return text.slice(0, at) + open.repeat(depth) + close + text.slice(at);
  },
  longRun(rng, text) {
    const unit = rng.pick(["a, ", "x ", "「很长的文字」，", "\"long\" ", "}", "{", "// c\n", "/* */", ":", "resources: a ", "😀", "\uD800", "    ", "\n"]);
    const at = position(rng, text);
    return text.slice(0, at) + unit.repeat(rng.range(50, 3000)) + text.slice(at);
  },
  lineEndings(rng, text) {
    return rng.weighted<() => string>([
      [2, () => text.replace(/\r?\n/g, "\r\n")],
      [1, () => text.replace(/\r\n?/g, "\n")],
      [1, () => text.replace(/\r?\n/g, "\r")],
      [1, () => text.replace(/\r?\n/g, "\u2028")],
      [1, () => text.replace(/\r?\n/g, () => rng.pick(["\n", "\r\n", "\r", "\n\r"]))],
    ])();
  },
  fullWidth(rng, text) {
    const table: Record<string, string> = { ":": "：", ",": "，", ";": "；", "{": "｛", "}": "｝", '"': "＂" };
    const inverse: Record<string, string> = Object.fromEntries(Object.entries(table).map(([a, b]) => [b, a]));
    const map = rng.chance(0.5) ? table : inverse;
    return text.replace(/[\s\S]/g, (c) => (map[c] !== undefined && rng.chance(0.5) ? map[c]! : c));
  },
};

const MUTATION_NAMES = Object.keys(MUTATIONS);
const WEIGHTS: Readonly<Record<string, number>> = {
  deleteChars: 4, insertChars: 4, replaceChar: 3, duplicateChars: 2, swapChars: 1, deleteToken: 3, insertToken: 4, duplicateToken: 2,
  swapTokens: 2, cut: 2, splice: 1, nest: 0.5, longRun: 0.3, lineEndings: 0.5, fullWidth: 0.5,
};

/** A mutated text: 1 to a dozen mutations of a text from the corpus (mostly one or two). */
export function mutatePolicy(seed: number, corpus: readonly string[]): { text: string; base: number; steps: string[] } {
  const rng = new Rng(seed);
  const base = rng.int(corpus.length);
  let text = corpus[base]!;
  // Mostly a window of the text: cheaper to check, and every part of the samples gets its turn.
  if (rng.chance(0.85) && text.length > 600) {
    const start = rng.int(text.length - 100);
    text = text.slice(start, start + rng.weighted<number>([[3, rng.range(100, 500)], [1, rng.range(500, 1500)]]));
  }
  const steps: string[] = [];
  for (let n = rng.weighted([[4, 1], [3, 2], [2, 3], [1, rng.range(4, 12)]]); n > 0; n--) {
    const name = rng.weighted(MUTATION_NAMES.map((m) => [WEIGHTS[m] ?? 1, m] as const));
    steps.push(name);
    text = MUTATIONS[name]!(rng, text, corpus);
  }
  return { text, base, steps };
}

/** Random bytes: uniform, or the UTF-8 of the language's words with corrupted bytes between. */
export function randomBytes(seed: number): Uint8Array {
  const rng = new Rng(seed);
  const length = rng.weighted<number>([[6, rng.range(0, 64)], [3, rng.range(64, 512)], [1, rng.range(512, 4096)]]);
  if (rng.chance(0.5)) {
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i++) bytes[i] = rng.int(256);
    return bytes;
  }
  const encoder = new TextEncoder();
  const parts: number[] = [];
  while (parts.length < length) {
    const kind = rng.weighted<"word" | "punct" | "byte" | "blank">([[4, "word"], [3, "punct"], [2, "byte"], [2, "blank"]]);
    if (kind === "byte") parts.push(rng.int(256));
    else {
      const text = kind === "word" ? rng.pick(VOCABULARY) : kind === "punct" ? rng.pick(PUNCTUATION) : rng.pick([" ", "\n", "\r\n", "\t", "　"]);
      const encoded = encoder.encode(text);
      // Sometimes cut a multi-byte character in half.
      const keep = rng.chance(0.1) ? rng.int(encoded.length) : encoded.length;
      for (let i = 0; i < keep; i++) parts.push(encoded[i]!);
    }
  }
  return Uint8Array.from(parts.slice(0, length));
}

const utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
const utf16 = new TextDecoder("utf-16le", { fatal: false, ignoreBOM: true });

/** Bytes read as text the three ways an editor might: UTF-8 with replacement, latin1, UTF-16LE. */
export function decodings(bytes: Uint8Array): { utf8: string; latin1: string; utf16: string } {
  return { utf8: utf8.decode(bytes), latin1: Buffer.from(bytes).toString("latin1"), utf16: utf16.decode(bytes) };
}
