/**
 * Builds the editor's view of the Duty language from the language core, so that the words and
 * token shapes are written once (grammar/src/vocabulary.ts, grammar/src/tokens.ts):
 *
 *   grammar/duty.tmLanguage.json         the TextMate grammar (scope `source.duty`)
 *   grammar/language-configuration.json  brackets, quotes, comments, indentation, word pattern
 *
 *   node scripts/build-editor-grammar.ts          write both files
 *   node scripts/build-editor-grammar.ts --check  exit 1 if either file is not what the core gives
 *
 * The output is deterministic: the same vocabulary and tokens always give the same bytes.
 *
 * TextMate grammars are matched line by line with Oniguruma, which has no `\b` for CJK text.
 * Every word (keyword, field key, enumerated value) is therefore bounded by lookarounds on the
 * name character class of tokens.ts, as the lexer bounds it by maximal munch: `责任人` is a name,
 * not the keyword `责任` followed by `人`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TokenType } from "chevrotain";
import * as T from "../grammar/src/tokens.ts";
import {
  BLOCK_KEYWORDS,
  BY_WORDS,
  FIELDS,
  IMPORT_KEYWORD,
  VERDICTS,
  WITHIN_WORDS,
  type BlockKind,
  type EnumValueSpec,
  type FieldSpec,
  type Spelling,
} from "../grammar/src/vocabulary.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const GRAMMAR_PATH = path.join(ROOT, "grammar", "duty.tmLanguage.json");
export const LANGUAGE_CONFIGURATION_PATH = path.join(ROOT, "grammar", "language-configuration.json");
const COMMAND = "node scripts/build-editor-grammar.ts";

// ---------------------------------------------------------------------------------------------
// Regular expressions: read from the lexer's tokens, rewritten for Oniguruma.

/** The source of a token's pattern; the generator fails loudly if a token stops being a RegExp. */
function sourceOf(token: TokenType): string {
  const pattern = token.PATTERN;
  if (!(pattern instanceof RegExp)) throw new Error(`token ${token.name} has no RegExp pattern`);
  return pattern.source;
}

/** JavaScript `\uXXXX` escapes → Oniguruma `\x{XXXX}`; everything else is common syntax. */
function onig(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char !== "\\") {
      out += char;
      continue;
    }
    const next = source[i + 1] ?? "";
    const hex = /^u([0-9A-Fa-f]{4})/.exec(source.slice(i + 1));
    if (hex) {
      out += `\\x{${hex[1]!.toUpperCase()}}`;
      i += 5;
    } else {
      out += char + next;
      i++;
    }
  }
  return out;
}

/** The body of a one-class pattern such as `[ \t]+`: what goes between the brackets. */
function classBody(source: string, token: string): string {
  const match = /^\[((?:[^\]\\]|\\.)*)\][+*]?$/.exec(source);
  if (!match) throw new Error(`${token}: expected one character class, got /${source}/`);
  return match[1]!;
}

/** Splits a pattern at its top-level `|` (outside groups and classes). */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

const IDENTIFIER = /^\[((?:[^\]\\]|\\.)*)\]\[((?:[^\]\\]|\\.)*)\]\*$/.exec(sourceOf(T.Identifier));
if (!IDENTIFIER) throw new Error(`Identifier: expected [start][part]*, got /${sourceOf(T.Identifier)}/`);

/** The characters a name starts with and continues with (tokens.ts NAME_START, NAME_PART). */
const NAME_START = onig(IDENTIFIER[1]!);
const NAME_PART = onig(IDENTIFIER[2]!);
const NAME = `[${NAME_START}][${NAME_PART}]*`;
/** Not preceded / not followed by a character that would make the word part of a longer name. */
const NOT_AFTER_NAME = `(?<![${NAME_PART}])`;
const NOT_BEFORE_NAME = `(?![${NAME_PART}])`;
/** Blanks between tokens (tokens.ts WhiteSpace), without line breaks. */
const BLANK_CLASS = onig(classBody(sourceOf(T.WhiteSpace), "WhiteSpace"));
const BLANK = `[${BLANK_CLASS}]`;
const LCURLY = onig(sourceOf(T.LCurly));
const RCURLY = onig(sourceOf(T.RCurly));
/** `30`, `1.5`, `３０`, `１．５` (tokens.ts DIGITS). */
const DIGITS = onig(sourceOf(T.NumberLiteral));
/**
 * Where a number may start: an ASCII digit right after a name letter belongs to the name
 * (`abc123`), a full-width digit never does (`约５万元` is a name and a quantity).
 */
const NUMBER_START = `(?:${NOT_AFTER_NAME}|(?=[０-９]))`;

/** The unit alternatives of tokens.ts Quantity (longest first, English units not run into letters). */
const UNIT_ALTERNATIVES = (() => {
  const source = onig(sourceOf(T.Quantity));
  const prefix = `${DIGITS}[ \\t]*(?:`;
  if (!source.startsWith(prefix) || !source.endsWith(")")) throw new Error(`Quantity: unexpected pattern /${source}/`);
  return source.slice(prefix.length, -1);
})();

/** One alternation of words: longest first, then by code point, so the output is stable. */
function wordAlternation(words: Iterable<string>, { caseless = true, dashEqualsUnderscore = true } = {}): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const latin = unique.filter((word) => /^[A-Za-z]/.test(word));
  const other = unique.filter((word) => !/^[A-Za-z]/.test(word));
  const spell = (word: string) => {
    const escaped = escapeRegExp(word);
    return dashEqualsUnderscore ? escaped.replace(/_/g, "[-_]") : escaped;
  };
  const alternatives: string[] = [];
  if (latin.length > 0) alternatives.push(caseless ? `(?i:${latin.map(spell).join("|")})` : latin.map(spell).join("|"));
  alternatives.push(...other.map(spell));
  return alternatives.join("|");
}

/** A whole word from a list: neither preceded nor followed by a name character. */
function wholeWords(words: Iterable<string>, options?: Parameters<typeof wordAlternation>[1]): string {
  return `${NOT_AFTER_NAME}(?:${wordAlternation(words, options)})${NOT_BEFORE_NAME}`;
}

// ---------------------------------------------------------------------------------------------
// The vocabulary, gathered.

const KINDS = Object.keys(BLOCK_KEYWORDS) as BlockKind[];

/** The declared name of each clause: types for tiers, functions for duties, tags for the rest. */
const NAME_SCOPE: Readonly<Record<BlockKind, string>> = {
  policy: "entity.name.tag.duty",
  tier: "entity.name.type.duty",
  duty: "entity.name.function.duty",
  exemption: "entity.name.tag.duty",
  tolerance: "entity.name.tag.duty",
  accountability: "entity.name.tag.duty",
  case: "entity.name.tag.duty",
};

/** Keywords are case-insensitive; they contain no `_`, and `-` is not accepted for one. */
function keywordWords(words: Spelling): string {
  return wordAlternation(words.all, { dashEqualsUnderscore: false });
}

/** The spellings of the sub-block keys among `fields` (`domain`, `scope`). */
function blockKeys(fields: readonly FieldSpec[]): string[] {
  return fields.filter((f) => f.shape === "block").flatMap((f) => f.spelling.all);
}

/** The fields allowed inside a sub-block (`domain { … }`, `scope { … }`), across clauses. */
const BLOCK_FIELDS: readonly FieldSpec[] = [
  ...new Map(
    KINDS.flatMap((kind) => FIELDS[kind])
      .flatMap((f) => f.fields ?? [])
      .map((f) => [f.key, f] as const),
  ).values(),
];

const ALL_FIELDS: readonly FieldSpec[] = [...KINDS.flatMap((kind) => FIELDS[kind]), ...BLOCK_FIELDS];

/** Every enumerated value: those of the fields, and the verdicts read inside an `expect`. */
const ENUM_VALUES: readonly EnumValueSpec[] = [...ALL_FIELDS.flatMap((f) => f.values ?? []), ...VERDICTS];
const ENUM_WORDS = ENUM_VALUES.flatMap((v) => v.spelling.all);

// ---------------------------------------------------------------------------------------------
// The grammar.

type Captures = Record<string, { name?: string; patterns?: Rule[] }>;

interface Rule {
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  captures?: Captures;
  beginCaptures?: Captures;
  endCaptures?: Captures;
  patterns?: Rule[];
  include?: string;
  comment?: string;
}

const include = (name: string): Rule => ({ include: `#${name}` });

function strings(): Rule {
  const quoted = sourceOf(T.StringLiteral);
  const rules = topLevelAlternatives(quoted).map((alternative): Rule => {
    const open = alternative[0]!;
    const close = alternative[alternative.length - 1]!;
    const escapes = alternative.includes("\\\\.");
    const kind = open === '"' ? "double" : open === "'" ? "single" : "other";
    return {
      name: `string.quoted.${kind}.duty`,
      begin: escapeRegExp(open),
      beginCaptures: { "0": { name: "punctuation.definition.string.begin.duty" } },
      // Quoted text stays on one line (tokens.ts): an unclosed quote ends with its line.
      end: `${escapeRegExp(close)}|$`,
      endCaptures: { "0": { name: "punctuation.definition.string.end.duty" } },
      ...(escapes ? { patterns: [{ name: "constant.character.escape.duty", match: "\\\\." }] } : {}),
    };
  });
  return { patterns: rules };
}

function comments(): Rule {
  return {
    patterns: [
      {
        name: "comment.block.duty",
        begin: "/\\*",
        beginCaptures: { "0": { name: "punctuation.definition.comment.begin.duty" } },
        end: "\\*/",
        endCaptures: { "0": { name: "punctuation.definition.comment.end.duty" } },
      },
      {
        name: "comment.line.double-slash.duty",
        begin: "//",
        beginCaptures: { "0": { name: "punctuation.definition.comment.duty" } },
        end: "$",
        patterns: [
          {
            comment: "`// duty-ignore rule/id, rule/id: reason` silences findings on the next line.",
            match: `\\G${BLANK}*(duty-ignore)(?=${BLANK}|$)((?:${BLANK}*,?${BLANK}*[a-z]+/[a-z-]+)*)`,
            captures: {
              "1": { name: "keyword.other.directive.duty" },
              "2": { name: "meta.rule-ids.duty", patterns: [{ name: "constant.other.rule-id.duty", match: "[a-z]+/[a-z-]+" }] },
            },
          },
        ],
      },
    ],
  };
}

/** A string's opening quote (any style): where a title or a path begins. */
const QUOTE_OPENERS = topLevelAlternatives(sourceOf(T.StringLiteral)).map((alternative) => alternative[0]!);
const STRING = onig(sourceOf(T.StringLiteral));

function importStatement(): Rule {
  return {
    name: "meta.import.duty",
    begin: `${NOT_AFTER_NAME}(${keywordWords(IMPORT_KEYWORD)})${NOT_BEFORE_NAME}`,
    beginCaptures: { "1": { name: "keyword.control.import.duty" } },
    // The statement ends after its path, or before anything that is not a blank, comment or path.
    end: `(?<=[${QUOTE_OPENERS.map(closerOf).map(escapeClass).join("")}])|(?=[^${BLANK_CLASS}/${QUOTE_OPENERS.map(escapeClass).join("")}]|/(?![/*]))`,
    patterns: [include("comments"), include("strings")],
  };
}

function closerOf(open: string): string {
  const alternative = topLevelAlternatives(sourceOf(T.StringLiteral)).find((a) => a[0] === open)!;
  return alternative[alternative.length - 1]!;
}

function escapeClass(char: string): string {
  return /[\]\\^\-[]/.test(char) ? `\\${char}` : char;
}

/**
 * A clause: keyword, optional name, optional title, body. At the top level every clause keyword
 * starts a clause (as in the parser); inside a body only one followed by a header on the same
 * line does (`免责 x {`), so that a verdict such as `预期：学校 免责` stays a word.
 */
function clause(kind: BlockKind, strict: boolean): Rule {
  const header = `(?:${BLANK}*${NAME})?(?:${BLANK}*(?:${STRING}))?${BLANK}*${LCURLY}|${BLANK}*${NAME}${BLANK}+${NAME}${BLANK}*${onig(sourceOf(T.Colon))}`;
  return {
    name: `meta.clause.${kind}.duty`,
    begin: `${NOT_AFTER_NAME}(${keywordWords(BLOCK_KEYWORDS[kind])})${NOT_BEFORE_NAME}${strict ? `(?=${header})` : ""}(?:${BLANK}*(${NAME}))?`,
    beginCaptures: { "1": { name: "keyword.control.clause.duty" }, "2": { name: NAME_SCOPE[kind] } },
    // The header ends with its body, or before anything that cannot be part of a header.
    end: `(?<=${RCURLY})|(?=[^${BLANK_CLASS}/${onig(sourceOf(T.LCurly)).slice(1, -1)}${QUOTE_OPENERS.map(escapeClass).join("")}]|/(?![/*]))`,
    patterns: [include("comments"), include("strings"), include(`body-${kind}`)],
  };
}

/** `key:` — a known key of this context, or any name (the server reports it as unknown). */
function fieldKey(known: readonly string[]): Rule {
  return {
    match: `${NOT_AFTER_NAME}(?:(${wordAlternation(known)})|(${NAME}))${NOT_BEFORE_NAME}${BLANK}*(${onig(sourceOf(T.Colon))})`,
    captures: {
      "1": { name: "support.type.property-name.duty" },
      "2": { name: "variable.other.property.duty" },
      "3": { name: "punctuation.separator.key-value.duty" },
    },
  };
}

function body(members: readonly string[]): Rule {
  return {
    name: "meta.block.duty",
    begin: LCURLY,
    beginCaptures: { "0": { name: "punctuation.section.block.begin.duty" } },
    end: RCURLY,
    endCaptures: { "0": { name: "punctuation.section.block.end.duty" } },
    patterns: [
      include("comments"),
      include("strings"),
      include("import"),
      include("clause-inner"),
      ...members.map(include),
      include("values"),
      include("punctuation"),
    ],
  };
}

/** `domain {`, `scope {`: a sub-block key, known in this clause or not, and its body. */
function subBlock(known: readonly string[]): Rule {
  const key = known.length > 0 ? `(?:(${wordAlternation(known)})|(${NAME}))` : `()(${NAME})`;
  return {
    name: "meta.block.sub-block.duty",
    begin: `${NOT_AFTER_NAME}${key}${NOT_BEFORE_NAME}${BLANK}*(${LCURLY})`,
    beginCaptures: {
      "1": { name: "support.type.property-name.duty" },
      "2": { name: "variable.other.property.duty" },
      "3": { name: "punctuation.section.block.begin.duty" },
    },
    end: RCURLY,
    endCaptures: { "0": { name: "punctuation.section.block.end.duty" } },
    patterns: [
      include("comments"),
      include("strings"),
      include("import"),
      include("clause-inner"),
      include("sub-block"),
      include("key-sub-block"),
      include("values"),
      include("punctuation"),
    ],
  };
}

function values(): Rule {
  const colon = onig(sourceOf(T.Colon));
  const articleMark = onig(sourceOf(T.ArticleMark));
  const range = onig(sourceOf(T.NumberRange));
  const parenNote = onig(sourceOf(T.ParenNote));
  const cjkWithin = WITHIN_WORDS.filter((word) => !/^[A-Za-z]/.test(word));
  return {
    patterns: [
      {
        comment: "2026-03-01, 2026年3月1日",
        name: "constant.numeric.date.duty",
        match: `${NUMBER_START}(?:${onig(sourceOf(T.DateLiteral))})`,
      },
      {
        comment: "第二十七条, 第27条第二款, 第五十五条（二）: also run together with the law's name (民法典第一千二百二十条)",
        name: "constant.other.reference.article.duty",
        match: onig(sourceOf(T.ArticleRef)),
      },
      {
        comment: "physicians-act/27",
        name: "constant.other.reference.article.duty",
        match: `${NOT_AFTER_NAME}${onig(sourceOf(T.LawId))}`,
      },
      {
        comment: "art. 1220, arts. 95-97, article 3(1), § 5",
        name: "constant.other.reference.article.duty",
        match: `${NOT_AFTER_NAME}(?:${articleMark})(?:(?<=[A-Za-z])${NOT_BEFORE_NAME}|(?<![A-Za-z]))(?:${BLANK}*(?:${range}|${DIGITS}))?(?:${BLANK}*${parenNote})?`,
      },
      {
        comment: "50000 CNY, 10 working days, 5万元, 30日 (and 30日内: a time limit with its within word)",
        name: "meta.quantity.duty",
        match: `${NUMBER_START}(${DIGITS})${BLANK}*(${UNIT_ALTERNATIVES})(?:${BLANK}*(${wordAlternation(cjkWithin)})${NOT_BEFORE_NAME})?`,
        captures: {
          "1": { name: "constant.numeric.duty" },
          "2": { name: "keyword.other.unit.duty" },
          "3": { name: "keyword.operator.word.duty" },
        },
      },
      { name: "constant.numeric.range.duty", match: `${NOT_AFTER_NAME}${range}` },
      { name: "constant.numeric.duty", match: `${NUMBER_START}${DIGITS}` },
      {
        comment: "Enumerated values in any script: statutory, 法定责任, 緊急, force_majeure, 免责 (a verdict)…",
        name: "constant.language.enum.duty",
        match: `${wholeWords(ENUM_WORDS)}(?!${BLANK}*${colon})`,
      },
      {
        comment: "`within 30 days`, `by customer_decides`, `因 紧急免签`",
        name: "keyword.operator.word.duty",
        match: `${wholeWords([...WITHIN_WORDS, ...BY_WORDS])}(?!${BLANK}*${colon})`,
      },
    ],
  };
}

function punctuation(): Rule {
  return {
    patterns: [
      { name: "punctuation.separator.key-value.duty", match: onig(sourceOf(T.Colon)) },
      { name: "punctuation.separator.comma.duty", match: onig(sourceOf(T.Comma)) },
      { name: "punctuation.terminator.duty", match: onig(sourceOf(T.Semicolon)) },
      { name: "punctuation.section.block.begin.duty", match: LCURLY },
      { name: "punctuation.section.block.end.duty", match: RCURLY },
    ],
  };
}

export function buildGrammar(): Record<string, unknown> {
  const repository: Record<string, Rule> = {
    comments: comments(),
    strings: strings(),
    import: importStatement(),
    clause: { patterns: KINDS.map((kind) => clause(kind, false)) },
    "clause-inner": { patterns: KINDS.map((kind) => clause(kind, true)) },
  };
  for (const kind of KINDS) {
    const blocks = blockKeys(FIELDS[kind]);
    const members = blocks.length > 0 ? [`sub-block-${kind}`, `key-${kind}`] : ["sub-block", `key-${kind}`];
    repository[`body-${kind}`] = body(members);
    if (blocks.length > 0) repository[`sub-block-${kind}`] = subBlock(blocks);
    repository[`key-${kind}`] = fieldKey(FIELDS[kind].flatMap((f) => f.spelling.all));
  }
  // A sub-block this clause does not have, or one nested in a sub-block.
  repository["sub-block"] = subBlock([]);
  repository["key-sub-block"] = fieldKey(BLOCK_FIELDS.flatMap((f) => f.spelling.all));
  repository["key-any"] = fieldKey(ALL_FIELDS.flatMap((f) => f.spelling.all));
  repository["values"] = values();
  repository["punctuation"] = punctuation();
  return {
    $schema: "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
    information_for_contributors: [
      `GENERATED by ${COMMAND} from grammar/src/vocabulary.ts and grammar/src/tokens.ts.`,
      "Do not edit: change the vocabulary, the tokens or the generator, and run the command again.",
    ],
    name: "Duty",
    scopeName: "source.duty",
    fileTypes: ["duty"],
    patterns: [
      include("comments"),
      include("strings"),
      include("import"),
      include("clause"),
      // Outside any clause (a header whose `{` is missing, a stray line): still read the parts.
      include("key-any"),
      include("values"),
      include("punctuation"),
    ],
    repository: Object.fromEntries(Object.entries(repository).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

// ---------------------------------------------------------------------------------------------
// The language configuration.

/** JavaScript (VS Code compiles these patterns with `new RegExp`, without the `u` flag). */
const JS_NAME = `[${IDENTIFIER[1]}][${IDENTIFIER[2]}]*`;
/** The units that are not words of their own (`日`, `个工作日`, `万元`, `%`), longest first. */
const ATTACHED_UNITS = wordAlternation(T.UNITS.filter((unit) => !/^[A-Za-z]/.test(unit)), { dashEqualsUnderscore: false });

export function buildLanguageConfiguration(): Record<string, unknown> {
  const quotes: [string, string][] = [
    ['"', '"'],
    ["'", "'"],
    ["“", "”"],
    ["「", "」"],
    ["『", "』"],
    ["＂", "＂"],
  ];
  const brackets: [string, string][] = [
    ["{", "}"],
    ["｛", "｝"],
    ["(", ")"],
    ["（", "）"],
  ];
  for (const [open, close] of quotes) {
    if (closerOf(open) !== close) throw new Error(`quote ${open}…${close} is not a string of tokens.ts`);
  }
  return {
    comments: { lineComment: "//", blockComment: ["/*", "*/"] },
    brackets,
    colorizedBracketPairs: brackets,
    autoClosingPairs: [
      ...brackets.map(([open, close]) => ({ open, close })),
      ...quotes.map(([open, close]) => ({ open, close, notIn: ["string", "comment"] })),
      { open: "/*", close: " */", notIn: ["string"] },
    ],
    autoCloseBefore: ";:.,=}])>｝）」』”，。；：、 \n\t\u3000",
    surroundingPairs: [...brackets, ...quotes].map(([open, close]) => ({ open, close })),
    indentationRules: {
      // A line whose last token (before a comment) opens a block: `tier x {`, `管辖 ｛`.
      increaseIndentPattern: "^((?!//).)*[{｛]\\s*(//.*|/\\*.*\\*/\\s*)?$",
      decreaseIndentPattern: "^\\s*[}｝]",
    },
    onEnterRules: [
      {
        // `/* |` or `/** |`: continue the block comment with ` * `.
        beforeText: "^\\s*/\\*(?!/)([^*]|\\*(?!/))*$",
        afterText: "^\\s*\\*/$",
        action: { indent: "indentOutdent", appendText: " * " },
      },
      {
        beforeText: "^\\s*/\\*(?!/)([^*]|\\*(?!/))*$",
        action: { indent: "none", appendText: " * " },
      },
      {
        // ` * |` inside a block comment: keep the ` * ` going.
        beforeText: "^(\\t|[ ])*[ ]\\*([ ]([^*]|\\*(?!/))*)?$",
        previousLineText: "(?=^(\\s*(/\\*|\\*)).*)(?=(?!(\\s*\\*/)))",
        action: { indent: "none", appendText: "* " },
      },
    ],
    // A date, a number (with a unit written against it: `30日`, `5万元`), or a name, as the lexer
    // reads them: `暑期巡河`, `imposed_by`, `fraud-system` are one word; `30日内` is `30日` and `内`.
    wordPattern: `${sourceOf(T.DateLiteral)}|${sourceOf(T.NumberLiteral)}(?:${ATTACHED_UNITS})?|${JS_NAME}`,
  };
}

// ---------------------------------------------------------------------------------------------

export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function outputs(): { path: string; text: string }[] {
  return [
    { path: GRAMMAR_PATH, text: renderJson(buildGrammar()) },
    { path: LANGUAGE_CONFIGURATION_PATH, text: renderJson(buildLanguageConfiguration()) },
  ];
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

export interface Io {
  read(file: string): string;
  write(file: string, text: string): void;
  out(text: string): void;
  err(text: string): void;
}

const REAL_IO: Io = {
  read: readOrEmpty,
  write: (file, text) => writeFileSync(file, text),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Writes the outputs that changed; with `--check`, writes nothing and returns 1 if any is stale. */
export function run(args: readonly string[], io: Io = REAL_IO): number {
  const check = args.includes("--check");
  const unknown = args.filter((arg) => arg !== "--check");
  if (unknown.length > 0) {
    io.err(`usage: ${COMMAND} [--check]\n`);
    return 2;
  }
  let stale = 0;
  for (const { path: file, text } of outputs()) {
    const relative = path.relative(ROOT, file);
    if (io.read(file) === text) continue;
    if (check) {
      io.err(`${relative} is out of date: run \`${COMMAND}\`\n`);
      stale++;
    } else {
      io.write(file, text);
      io.out(`wrote ${relative}\n`);
    }
  }
  return stale > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = run(process.argv.slice(2));
}
