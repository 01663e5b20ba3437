/**
 * The editor files of the VS Code extension: the TextMate grammar (generated from the language
 * core by scripts/build-editor-grammar.ts), the language configuration and the snippets.
 *
 * The grammar is exercised with the real TextMate engine (vscode-textmate over the Oniguruma
 * WebAssembly build that VS Code uses), on hand-written lines in the three scripts and on every
 * sample, where its scopes must agree with what the parser read.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import oniguruma from "vscode-oniguruma";
import textmate from "vscode-textmate";
import { buildGrammar, buildLanguageConfiguration, outputs, renderJson, run, type Io } from "../../scripts/build-editor-grammar.ts";
import { parseDocument, type Atom, type Member, type ParsedDocument } from "../../grammar/src/index.ts";
import { tokenize as lex } from "../../grammar/src/parse.ts";
import * as T from "../../grammar/src/tokens.ts";
import { BLOCK_KEYWORDS, FIELDS, IMPORT_KEYWORD, lookupField, type BlockKind, type FieldSpec } from "../../grammar/src/vocabulary.ts";
import { LOCALES, type Locale } from "../../grammar/src/locale.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const GRAMMAR_FILE = path.join(ROOT, "grammar", "duty.tmLanguage.json");
const CONFIGURATION_FILE = path.join(ROOT, "grammar", "language-configuration.json");
const SNIPPETS_FILE = path.join(ROOT, "snippets", "duty.code-snippets");
const KINDS = Object.keys(BLOCK_KEYWORDS) as BlockKind[];

// ---------------------------------------------------------------------------------------------
// The TextMate engine.

interface Token {
  readonly text: string;
  /** Offset in the whole text. */
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

let engine: Promise<textmate.IGrammar> | undefined;

function loadGrammar(): Promise<textmate.IGrammar> {
  engine ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
    await oniguruma.loadWASM({ data: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === "source.duty" ? textmate.parseRawGrammar(readFileSync(GRAMMAR_FILE, "utf8"), GRAMMAR_FILE) : null,
    });
    const grammar = await registry.loadGrammar("source.duty");
    assert.ok(grammar, "the grammar loads");
    return grammar;
  })();
  return engine;
}

/** Tokenizes a whole text line by line, as the editor does, with offsets into the text. */
async function tokenize(text: string): Promise<Token[]> {
  const grammar = await loadGrammar();
  const tokens: Token[] = [];
  let stack = textmate.INITIAL;
  let offset = 0;
  for (const [line, lineBreak] of linesOf(text)) {
    const result = grammar.tokenizeLine(line, stack, 0);
    for (const token of result.tokens) {
      const end = Math.min(token.endIndex, line.length);
      if (end > token.startIndex) {
        tokens.push({ text: line.slice(token.startIndex, end), start: offset + token.startIndex, end: offset + end, scopes: token.scopes });
      }
    }
    stack = result.ruleStack;
    offset += line.length + lineBreak.length;
  }
  return tokens;
}

function linesOf(text: string): [string, string][] {
  const lines: [string, string][] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    lines.push([text.slice(start, match.index), match[0]]);
    start = match.index + match[0].length;
  }
  lines.push([text.slice(start), ""]);
  return lines;
}

/** The tokens covering [start, end). */
function covering(tokens: readonly Token[], start: number, end: number): Token[] {
  return tokens.filter((token) => token.start < end && token.end > start);
}

function describe_(tokens: readonly Token[]): string {
  return tokens.map((token) => `${JSON.stringify(token.text)} ${token.scopes.slice(1).join(" ")}`).join("\n  ");
}

/**
 * A tokenized text with assertions on the scopes of its parts. A needle is found by text; `nth`
 * picks among several occurrences (0-based). A needle may carry context: in `‹tier› branch` the
 * part between `‹` and `›` is the one asserted on.
 */
class Scoped {
  readonly text: string;
  readonly tokens: readonly Token[];

  constructor(text: string, tokens: readonly Token[]) {
    this.text = text;
    this.tokens = tokens;
  }

  /** `‹tier› branch` finds “tier branch” and means its “tier”. */
  private find(needle: string, nth: number): [number, number] {
    const open = needle.indexOf("‹");
    const close = needle.indexOf("›");
    const plain = needle.replace(/[‹›]/g, "");
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = this.text.indexOf(plain, at + 1);
      assert.ok(at >= 0, `“${plain}” (occurrence ${nth}) is not in the test text`);
    }
    return open >= 0 ? [at + open, at + close - 1] : [at, at + plain.length];
  }

  /** Every character of the needle carries `scope` (or a scope that starts with `scope.`). */
  has(needle: string, scope: string, nth = 0): this {
    const [start, end] = this.find(needle, nth);
    const tokens = covering(this.tokens, start, end);
    assert.ok(tokens.length > 0, `no token covers “${needle}”`);
    for (const token of tokens) {
      assert.ok(
        token.scopes.some((s) => s === scope || s.startsWith(`${scope}.`)),
        `“${needle}” should be ${scope}; its tokens are\n  ${describe_(tokens)}`,
      );
    }
    return this;
  }

  /** The needle is exactly one token (not split, not merged with its neighbours) with `scope`. */
  token(needle: string, scope: string, nth = 0): this {
    const [start, end] = this.find(needle, nth);
    const tokens = covering(this.tokens, start, end);
    assert.ok(
      tokens.length === 1 && tokens[0]!.start === start && tokens[0]!.end === end,
      `“${needle}” should be one token; its tokens are\n  ${describe_(tokens)}`,
    );
    return this.has(needle, scope, nth);
  }

  /** No character of the needle carries a scope starting with `scope`. */
  hasNot(needle: string, scope: string, nth = 0): this {
    const [start, end] = this.find(needle, nth);
    const tokens = covering(this.tokens, start, end);
    for (const token of tokens) {
      assert.ok(
        !token.scopes.some((s) => s.startsWith(scope)),
        `“${needle}” should not be ${scope}; its tokens are\n  ${describe_(tokens)}`,
      );
    }
    return this;
  }
}

async function scoped(text: string): Promise<Scoped> {
  return new Scoped(text, await tokenize(text));
}

// ---------------------------------------------------------------------------------------------
// Snippets: expansion with each placeholder's default.

interface Snippet {
  readonly prefix: string | string[];
  readonly body: string | string[];
  readonly description: string;
}

function readSnippets(): Record<string, Snippet> {
  return JSON.parse(readFileSync(SNIPPETS_FILE, "utf8")) as Record<string, Snippet>;
}

interface Expansion {
  readonly text: string;
  /** The choices of each `${n|a,b|}` tabstop, by number. */
  readonly choices: ReadonlyMap<number, readonly string[]>;
  readonly tabstops: ReadonlySet<number>;
}

/**
 * Expands a snippet body as VS Code does when the drafter accepts every default: `${1:text}`
 * gives its text (placeholders may nest), `${1|a,b|}` its first choice (or `pick` for that
 * tabstop), `$1`/`${1}`/`$0` nothing. Escapes: `\$`, `\}`, `\\`, and `\,` `\|` in choices.
 * Variables (`$TM_FILENAME`) are refused: a Duty snippet has no use for them.
 */
function expandSnippet(body: string, pick: ReadonlyMap<number, string> = new Map()): Expansion {
  const choices = new Map<number, string[]>();
  const tabstops = new Set<number>();
  let i = 0;
  const text = (function read(until: string | undefined): string {
    let out = "";
    while (i < body.length) {
      const char = body[i]!;
      if (char === "\\" && i + 1 < body.length && "$}\\".includes(body[i + 1]!)) {
        out += body[i + 1];
        i += 2;
      } else if (until !== undefined && char === until) {
        return out;
      } else if (char === "$") {
        const simple = /^\$(\d+)/.exec(body.slice(i));
        const braced = /^\$\{(\d+)([:|}])/.exec(body.slice(i));
        if (simple) {
          tabstops.add(Number(simple[1]));
          i += simple[0].length;
        } else if (braced) {
          const n = Number(braced[1]);
          tabstops.add(n);
          i += braced[0].length;
          if (braced[2] === ":") {
            out += read("}");
            assert.equal(body[i], "}", `unclosed placeholder \${${n}:…`);
            i++;
          } else if (braced[2] === "|") {
            const options: string[] = [];
            let option = "";
            for (; i < body.length && !(body[i] === "|" && body[i + 1] === "}"); i++) {
              if (body[i] === "\\" && ",|\\".includes(body[i + 1] ?? "")) option += body[++i];
              else if (body[i] === ",") {
                options.push(option);
                option = "";
              } else option += body[i];
            }
            options.push(option);
            assert.ok(i < body.length, `unclosed choice \${${n}|…`);
            i += 2;
            choices.set(n, options);
            out += pick.get(n) ?? options[0]!;
          }
        } else {
          assert.fail(`unsupported \`$\` at ${JSON.stringify(body.slice(i, i + 20))}: escape a literal dollar as \\$`);
        }
      } else {
        out += char;
        i++;
      }
    }
    assert.equal(until, undefined, `unclosed placeholder in ${JSON.stringify(body)}`);
    return out;
  })(undefined);
  return { text, choices, tabstops };
}

function bodyOf(snippet: Snippet): string {
  return Array.isArray(snippet.body) ? snippet.body.join("\n") : snippet.body;
}

function prefixesOf(snippet: Snippet): string[] {
  return Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
}

function syntaxProblems(document: ParsedDocument): string[] {
  return document.diagnostics.filter((d) => d.rule.startsWith("syntax/")).map((d) => `${d.rule}: ${d.message}`);
}

/** The script a snippet is written for, from its name: `duty (English)`, `责任 (简体)`, `責任 (繁體)`. */
function localeOfSnippet(name: string): Locale {
  if (name.endsWith("(English)")) return "en";
  if (name.endsWith("(简体)")) return "zh-Hans";
  if (name.endsWith("(繁體)")) return "zh-Hant";
  assert.fail(`snippet “${name}” does not say its script: end its name with (English), (简体) or (繁體)`);
}

// ---------------------------------------------------------------------------------------------

describe("editor grammar", () => {
  describe("generation", () => {
    it("the committed grammar and language configuration are what the generator writes", () => {
      for (const { path: file, text } of outputs()) {
        assert.equal(readFileSync(file, "utf8"), text, `${path.relative(ROOT, file)} is stale: run \`node scripts/build-editor-grammar.ts\``);
      }
    });

    it("is deterministic", () => {
      assert.equal(renderJson(buildGrammar()), renderJson(buildGrammar()));
      assert.equal(renderJson(buildLanguageConfiguration()), renderJson(buildLanguageConfiguration()));
    });

    it("--check reports a stale file with exit status 1 and writes nothing; without it, writes the file", () => {
      const written: string[] = [];
      const errors: string[] = [];
      const stale: Io = {
        read: (file) => (file === GRAMMAR_FILE ? "{}\n" : readFileSync(file, "utf8")),
        write: (file) => written.push(file),
        out: () => {},
        err: (text) => errors.push(text),
      };
      assert.equal(run(["--check"], stale), 1);
      assert.deepEqual(written, []);
      assert.match(errors.join(""), /duty\.tmLanguage\.json is out of date: run `node scripts\/build-editor-grammar\.ts`/);
      assert.equal(run([], stale), 0);
      assert.deepEqual(written, [GRAMMAR_FILE]);
      const fresh: Io = { ...stale, read: (file) => readFileSync(file, "utf8"), write: () => assert.fail("nothing to write") };
      assert.equal(run(["--check"], fresh), 0);
      assert.equal(run(["--bogus"], { ...fresh, err: () => {} }), 2);
    });

    it("has the scope name and no rule without a known shape", () => {
      const grammar = JSON.parse(readFileSync(GRAMMAR_FILE, "utf8")) as { scopeName: string; repository: Record<string, unknown> };
      assert.equal(grammar.scopeName, "source.duty");
      // Every `#include` names a repository entry.
      const includes = [...readFileSync(GRAMMAR_FILE, "utf8").matchAll(/"include": "#([^"]+)"/g)].map((m) => m[1]!);
      for (const name of new Set(includes)) assert.ok(name in grammar.repository, `#${name} is not in the repository`);
    });
  });

  describe("tokenization (vscode-textmate)", () => {
    it("English: clauses, names, keys, strings, quantities, citations, enums, comments, punctuation", async () => {
      const text = [
        "// A comment with duty and \"quotes\" in it",
        "/* a block comment",
        "   tier x { */",
        'import "shared/banking-tiers.duty";',
        'tier branch "Bank branch" { under: regulator  resources: staff, fraud-system }',
        "DUTY warn_large_withdrawal 'Fraud warning' {",
        "  holder: teller   imposed_by: branch   kind: care   Imposed-By: branch",
        '  action: "Show the \\"standard\\" warning"',
        "  threshold: 50000 CNY",
        "  deadline: 10 working days;",
        "  basis: civil-code/180, Civil Code art. 1220, Civil Servant Law arts. 95-97",
        "  scope { places: counter  periods: business_hours }",
        "  holdr: teller",
        "}",
        "exemption customer_decides { covers: warn_large_withdrawal  grounds: third_party }",
        "tolerance first_slip { contexts: routine, reform_pilot  correction_deadline: 10 working days }",
        'accountability { appeal: regulator within 30 days  trigger: conduct "Warning not given" }',
        "case warned { expect: teller exempt by customer_decides }",
        "policy { effective: 2026-03-01 }",
      ].join("\n");
      (await scoped(text))
        .has("// A comment", "comment.line.double-slash.duty")
        .token("//", "punctuation.definition.comment.duty")
        .hasNot("duty and", "keyword")
        .has("/* a block comment", "comment.block.duty")
        .has("tier x { */", "comment.block.duty")
        .hasNot("tier x", "keyword")
        .token("import", "keyword.control.import.duty")
        .has('"shared/banking-tiers.duty"', "string.quoted.double.duty")
        .token(";", "punctuation.terminator.duty")
        .token("‹tier› branch", "keyword.control.clause.duty")
        .token("branch", "entity.name.type.duty")
        .has('"Bank branch"', "string.quoted.double.duty")
        .token('"', "punctuation.definition.string.begin.duty", 2)
        .token("{", "punctuation.section.block.begin.duty", 1)
        .token("under", "support.type.property-name.duty")
        .token(":", "punctuation.separator.key-value.duty")
        .token(",", "punctuation.separator.comma.duty")
        .hasNot("fraud-system", "keyword")
        .token("}", "punctuation.section.block.end.duty")
        .token("DUTY", "keyword.control.clause.duty")
        .token("warn_large_withdrawal", "entity.name.function.duty")
        .has("'Fraud warning'", "string.quoted.single.duty")
        .token("holder", "support.type.property-name.duty")
        .token("imposed_by", "support.type.property-name.duty")
        .token("Imposed-By", "support.type.property-name.duty")
        .token("care", "constant.language.enum.duty")
        .has('"Show the \\"standard\\" warning"', "string.quoted.double.duty")
        .token('\\"', "constant.character.escape.duty")
        .token("50000", "constant.numeric.duty")
        .token("CNY", "keyword.other.unit.duty")
        .token("10", "constant.numeric.duty")
        .token("working days", "keyword.other.unit.duty")
        .token(";", "punctuation.terminator.duty", 1)
        .token("civil-code/180", "constant.other.reference.article.duty")
        .token("art. 1220", "constant.other.reference.article.duty")
        .token("arts. 95-97", "constant.other.reference.article.duty")
        .hasNot("Civil Code", "constant")
        .token("scope", "support.type.property-name.duty")
        .token("places", "support.type.property-name.duty")
        .token("periods", "support.type.property-name.duty")
        .token("holdr", "variable.other.property.duty")
        .token("exemption", "keyword.control.clause.duty")
        .token("customer_decides", "entity.name.tag.duty")
        .token("third_party", "constant.language.enum.duty")
        .token("tolerance", "keyword.control.clause.duty")
        .token("first_slip", "entity.name.tag.duty")
        .token("reform_pilot", "constant.language.enum.duty")
        .token("correction_deadline", "support.type.property-name.duty")
        .token("accountability", "keyword.control.clause.duty")
        .token("within", "keyword.operator.word.duty")
        .token("30", "constant.numeric.duty")
        .token("30 ‹days›", "keyword.other.unit.duty")
        .token("conduct", "constant.language.enum.duty")
        .token("case", "keyword.control.clause.duty")
        .token("warned", "entity.name.tag.duty")
        .token("teller ‹exempt›", "constant.language.enum.duty")
        .token("‹by› customer_decides", "keyword.operator.word.duty")
        .token("policy", "keyword.control.clause.duty")
        .token("2026-03-01", "constant.numeric.date.duty");
    });

    it("简体: full-width punctuation, CJK quotes, units, article references, verdicts as words", async () => {
      const text = [
        "导入 「shared/tiers.duty」；",
        "层级 医院 「市第一人民医院」 ｛ 上级：市卫健委 ｝",
        "责任 术前知情同意 {",
        "  承担：主刀医师  设定：医院  类型：法定责任  情境：紧急情况",
        "  内容：“手术前取得书面同意”",
        "  标准：『签字的知情同意书』",
        "  阈值：5万元",
        "  期限：5个工作日",
        "  依据：医师法 第二十七条，民法典第一千二百二十条、反电信网络诈骗法 第十八条第三款",
        "  管辖：x",
        "}",
        "责任 责任人 { 承担：责任人  内容：「责任人须签字，责任 x { 不是关键字」 }",
        "案例 无亲属签字 { 预期：主刀医师 免责 因 紧急免签，医院 容错",
        "  说明：「x」 }",
        "追责 { 申诉：市卫健委 30日内 }",
        "政策 { 生效：2026年1月1日 }",
      ].join("\n");
      (await scoped(text))
        .token("导入", "keyword.control.import.duty")
        .has("「shared/tiers.duty」", "string.quoted.other.duty")
        .token("「", "punctuation.definition.string.begin.duty")
        .token("」", "punctuation.definition.string.end.duty")
        .token("；", "punctuation.terminator.duty")
        .token("层级", "keyword.control.clause.duty")
        .token("医院", "entity.name.type.duty")
        .token("｛", "punctuation.section.block.begin.duty")
        .token("上级", "support.type.property-name.duty")
        .token("：", "punctuation.separator.key-value.duty")
        .token("｝", "punctuation.section.block.end.duty")
        .token("责任", "keyword.control.clause.duty")
        .token("术前知情同意", "entity.name.function.duty")
        .token("承担", "support.type.property-name.duty")
        .token("法定责任", "constant.language.enum.duty")
        .token("紧急情况", "constant.language.enum.duty")
        .has("“手术前取得书面同意”", "string.quoted.other.duty")
        .has("『签字的知情同意书』", "string.quoted.other.duty")
        .token("5", "constant.numeric.duty")
        .token("万元", "keyword.other.unit.duty")
        .token("个工作日", "keyword.other.unit.duty")
        .token("第二十七条", "constant.other.reference.article.duty")
        .token("，", "punctuation.separator.comma.duty", 0)
        .token("第一千二百二十条", "constant.other.reference.article.duty")
        .token("、", "punctuation.separator.comma.duty")
        .token("第十八条第三款", "constant.other.reference.article.duty")
        .hasNot("医师法", "constant")
        // `管辖` is a key of a tier, not of a duty.
        .token("管辖", "variable.other.property.duty")
        // A keyword inside a longer name, or inside quoted text, is not a keyword.
        .token("责任人", "entity.name.function.duty")
        .hasNot("责任人", "keyword", 1)
        .hasNot("责任人", "constant", 1)
        .hasNot("责任人须签字", "keyword")
        .has("责任 x { 不是关键字", "string.quoted.other.duty")
        .hasNot("责任 x { 不是关键字", "keyword")
        // A clause keyword used as a verdict is a value, not the start of a clause.
        .token("免责", "constant.language.enum.duty")
        .hasNot("免责", "keyword.control")
        .token("因", "keyword.operator.word.duty")
        .hasNot("紧急免签", "constant")
        .token("容错", "constant.language.enum.duty")
        .hasNot("容错", "keyword.control")
        .token("说明", "support.type.property-name.duty")
        .token("追责", "keyword.control.clause.duty")
        .token("‹30›日内", "constant.numeric.duty")
        .token("30‹日›内", "keyword.other.unit.duty")
        .token("30日‹内›", "keyword.operator.word.duty")
        .token("政策", "keyword.control.clause.duty")
        .token("2026年1月1日", "constant.numeric.date.duty");
    });

    it("繁體: synonyms, full-width quotes, traditional keys and units", async () => {
      const text = [
        "導入 『shared/tiers.duty』",
        "層級 學校 「區立中小學」 { 上級：區教育局 }",
        "責任 急診手術 {",
        "  承擔：醫院  類型：法定責任  情境：緊急",
        "  內容：「對生命垂危患者實施急救手術」",
        "  依據：醫師法 第二十七條",
        "  範圍 ｛ 地點：急診科  時段：全天 ｝",
        "}",
        "義務 值守 ｛ 說明：＂全角引号＂ ｝",
        "免責 颱風 { 適用：急診手術  事由：不可抗力  依據：民法典 第一百八十條 }",
        "容錯 排班疏漏 { 糾錯期限：5個工作日 }",
        "追責 { 申訴：市教育局 30日內 }",
        "案例 暑假溺水 { 預期：學校 免責 }",
      ].join("\n");
      (await scoped(text))
        .token("導入", "keyword.control.import.duty")
        .has("『shared/tiers.duty』", "string.quoted.other.duty")
        .token("層級", "keyword.control.clause.duty")
        .token("學校", "entity.name.type.duty")
        .token("上級", "support.type.property-name.duty")
        .token("責任", "keyword.control.clause.duty")
        .token("急診手術", "entity.name.function.duty")
        .token("承擔", "support.type.property-name.duty")
        .token("法定責任", "constant.language.enum.duty")
        .token("緊急", "constant.language.enum.duty")
        .has("「對生命垂危患者實施急救手術」", "string.quoted.other.duty")
        .token("第二十七條", "constant.other.reference.article.duty")
        .token("範圍", "support.type.property-name.duty")
        .token("地點", "support.type.property-name.duty")
        .token("義務", "keyword.control.clause.duty")
        .token("值守", "entity.name.function.duty")
        .has("＂全角引号＂", "string.quoted.other.duty")
        .token("免責", "keyword.control.clause.duty")
        .token("颱風", "entity.name.tag.duty")
        .token("不可抗力", "constant.language.enum.duty")
        .token("第一百八十條", "constant.other.reference.article.duty")
        .token("容錯", "keyword.control.clause.duty")
        .token("糾錯期限", "support.type.property-name.duty")
        .token("個工作日", "keyword.other.unit.duty")
        .token("30日‹內›", "keyword.operator.word.duty")
        .token("免責", "constant.language.enum.duty", 1)
        .hasNot("免責", "keyword.control", 1);
    });

    it("every spelling in the vocabulary: clause and import keywords, field keys, enumerated values", async () => {
      const lines: string[] = [];
      const checks: [needle: string, scope: string, absent?: boolean][] = [];
      let n = 0;
      const unique = () => `n${n++}`;
      for (const kind of KINDS) {
        for (const word of BLOCK_KEYWORDS[kind].all) {
          const name = unique();
          lines.push(`${word} ${name} {`);
          checks.push([`‹${word}› ${name} {`, "keyword.control.clause.duty"], [`${word} ‹${name}› {`, NAME_SCOPES[kind]]);
          for (const field of FIELDS[kind]) {
            for (const key of field.spelling.all) {
              const value = unique();
              const after = field.shape === "block" ? ` { ${value}: x }` : `：${value}`;
              lines.push(`  ${key}${after}`);
              checks.push([`  ‹${key}›${after}`, "support.type.property-name.duty"]);
            }
          }
          // A longer name that begins or ends with the keyword is a name.
          const longer = unique();
          lines.push(`  description: ${word}${longer} x${word}`);
          checks.push([`‹${word}${longer} x${word}›`, "keyword", true]);
          lines.push("}");
        }
        // Upper-case English is the same keyword.
        const upper = BLOCK_KEYWORDS[kind].canonical.en.toUpperCase();
        lines.push(`${upper} ${unique()} { }`);
        checks.push([`‹${upper}› n`, "keyword.control.clause.duty"]);
      }
      for (const word of IMPORT_KEYWORD.all) {
        lines.push(`${word} "${unique()}.duty"`);
        checks.push([`‹${word}› "`, "keyword.control.import.duty"]);
      }
      lines.push("case values {");
      for (const field of [...KINDS.flatMap((kind) => FIELDS[kind]), ...FIELDS.duty.flatMap((f) => f.fields ?? [])]) {
        for (const value of field.values ?? []) {
          for (const word of value.spelling.all) {
            const before = unique();
            lines.push(`  expect: ${before} ${word}`);
            checks.push([`${before} ‹${word}›\n`, "constant.language.enum.duty"]);
          }
        }
      }
      lines.push("}");
      const view = await scoped(`${lines.join("\n")}\n`);
      for (const [needle, scope, absent] of checks) {
        if (absent) view.hasNot(needle, scope);
        else view.token(needle, scope);
      }
    });

    it("a key of another clause is not a known key here, and an unterminated quote ends with its line", async () => {
      const text = ['tier t { holder: x  under: y  description: "open', "  resources: a }"].join("\n");
      (await scoped(text))
        .token("holder", "variable.other.property.duty")
        .token("under", "support.type.property-name.duty")
        .has('"open', "string.quoted.double.duty")
        .token("resources", "support.type.property-name.duty")
        .hasNot("resources", "string");
    });

    it("a suppression comment names its rules", async () => {
      (await scoped("// duty-ignore boundary/vague-term, liability/one-way: quoted from the statute"))
        .token("duty-ignore", "keyword.other.directive.duty")
        .token("boundary/vague-term", "constant.other.rule-id.duty")
        .token("liability/one-way", "constant.other.rule-id.duty")
        .has("quoted from the statute", "comment.line.double-slash.duty");
    });

    it("agrees with the parser on every sample: keywords, names, keys, strings, quantities, dates, citations, comments", async () => {
      const files = samples();
      assert.ok(files.length >= 5, "the samples are found");
      for (const file of files) {
        const text = readFileSync(file, "utf8");
        const document = parseDocument(text);
        assert.deepEqual(syntaxProblems(document), [], `${file} parses`);
        const view = await tokenize(text);
        const where = (start: number, end: number) => `${path.relative(ROOT, file)} “${text.slice(start, end)}” at ${start}`;
        const expect = (start: number, end: number, scope: string) => {
          const tokens = covering(view, start, end);
          assert.ok(tokens.length > 0, `${where(start, end)}: no token`);
          for (const token of tokens) {
            assert.ok(token.scopes.some((s) => s === scope || s.startsWith(`${scope}.`)), `${where(start, end)} should be ${scope}:\n  ${describe_(tokens)}`);
          }
        };
        const keywordStarts = new Set<number>();
        for (const block of document.tree.blocks) {
          keywordStarts.add(block.keyword.span.start);
          expect(block.keyword.span.start, block.keyword.span.end, "keyword.control.clause.duty");
          if (block.name) expect(block.name.span.start, block.name.span.end, NAME_SCOPES[block.kind]);
          if (block.title) expect(block.title.span.start, block.title.span.end, "string.quoted");
          checkMembers(block.members, FIELDS[block.kind], expect);
        }
        for (const statement of document.tree.imports) {
          expect(statement.keyword.span.start, statement.keyword.span.end, "keyword.control.import.duty");
          expect(statement.path.span.start, statement.path.span.end, "string.quoted");
        }
        for (const comment of document.tree.comments) {
          expect(comment.span.start, comment.span.end, comment.block ? "comment.block.duty" : "comment.line.double-slash.duty");
        }
        // …and no clause keyword where the parser read none.
        for (const token of view) {
          if (token.scopes.includes("keyword.control.clause.duty")) {
            assert.ok(keywordStarts.has(token.start), `${where(token.start, token.end)} is highlighted as a clause keyword but starts no clause`);
          }
        }
      }
    });
  });

  describe("language configuration", () => {
    const configuration = JSON.parse(readFileSync(CONFIGURATION_FILE, "utf8")) as {
      comments: { lineComment: string; blockComment: [string, string] };
      brackets: [string, string][];
      autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
      surroundingPairs: { open: string; close: string }[];
      indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
      onEnterRules: { beforeText: string; afterText?: string; previousLineText?: string }[];
      wordPattern: string;
    };

    it("declares the comments, brackets and pairs, full-width ones included", () => {
      assert.deepEqual(configuration.comments, { lineComment: "//", blockComment: ["/*", "*/"] });
      for (const pair of [["{", "}"], ["｛", "｝"], ["(", ")"], ["（", "）"]]) {
        assert.ok(configuration.brackets.some(([open, close]) => open === pair[0] && close === pair[1]), `bracket ${pair.join("")}`);
      }
      const quotes = [['"', '"'], ["“", "”"], ["「", "」"], ["『", "』"], ["＂", "＂"], ["'", "'"]];
      for (const [open, close] of [...quotes, ["（", "）"], ["｛", "｝"], ["{", "}"], ["(", ")"]]) {
        const pair = configuration.autoClosingPairs.find((p) => p.open === open);
        assert.equal(pair?.close, close, `auto-closing ${open}${close}`);
        assert.ok(configuration.surroundingPairs.some((p) => p.open === open && p.close === close), `surrounding ${open}${close}`);
      }
      for (const [open] of quotes) {
        const pair = configuration.autoClosingPairs.find((p) => p.open === open)!;
        assert.deepEqual(pair.notIn, ["string", "comment"], `${open} does not auto-close inside strings and comments`);
      }
    });

    it("every quote pair is a string of the lexer", () => {
      for (const { open, close } of configuration.surroundingPairs) {
        if (/[{}｛｝()（）]/.test(open)) continue;
        const tokens = lex(`${open}text${close}`).tokens;
        assert.equal(tokens.length, 1);
        assert.equal(tokens[0]!.tokenType, T.StringLiteral, `${open}text${close} is one string`);
      }
    });

    it("indents after an opening brace and outdents a closing one", () => {
      const increase = new RegExp(configuration.indentationRules.increaseIndentPattern);
      const decrease = new RegExp(configuration.indentationRules.decreaseIndentPattern);
      for (const line of ['tier branch "Bank branch" {', "層級 學校 ｛", "  domain {", "duty x { // note", "责任 暑期巡河 「巡河」 ｛  "]) {
        assert.match(line, increase);
      }
      for (const line of ["tier x { under: y }", "// tier x {", "  holder: x", "}"]) assert.doesNotMatch(line, increase);
      for (const line of ["}", "  }", "\t｝", "　｝"]) assert.match(line, decrease);
      for (const line of ["tier x {", "  holder: x }"]) assert.doesNotMatch(line, decrease);
      for (const rule of configuration.onEnterRules) {
        for (const pattern of [rule.beforeText, rule.afterText, rule.previousLineText]) if (pattern) new RegExp(pattern);
      }
    });

    it("the word pattern takes a name whole, as the lexer reads it", () => {
      const word = new RegExp(configuration.wordPattern, "g");
      const wordAt = (text: string, offset: number): string | undefined => {
        word.lastIndex = 0;
        for (let match = word.exec(text); match; match = word.exec(text)) {
          if (match.index <= offset && offset < match.index + match[0].length) return match[0];
        }
        return undefined;
      };
      const line = "责任 暑期巡河 「巡河」 { imposed_by：fraud-system，層級·一 30日内 }";
      assert.equal(wordAt(line, line.indexOf("巡河")), "暑期巡河");
      assert.equal(wordAt(line, line.indexOf("imposed_by") + 8), "imposed_by");
      assert.equal(wordAt(line, line.indexOf("fraud-system") + 7), "fraud-system");
      assert.equal(wordAt(line, line.indexOf("層級·一")), "層級·一");
      // A quantity with its unit written against it is one word, as it is one token.
      assert.equal(wordAt(line, line.indexOf("30")), "30日");
      assert.equal(wordAt(line, line.indexOf("日内") + 1), "内");
      assert.equal(wordAt("2026年1月1日", 5), "2026年1月1日");
      assert.equal(wordAt(line, line.indexOf("：")), undefined);
      // Every name the lexer reads in the samples is one word.
      for (const file of samples()) {
        const text = readFileSync(file, "utf8");
        for (const token of lex(text).tokens) {
          if (token.tokenType !== T.Identifier) continue;
          assert.equal(wordAt(text, token.startOffset), token.image, `${path.relative(ROOT, file)}: ${token.image}`);
        }
      }
    });
  });

  describe("snippets", () => {
    const snippets = readSnippets();
    const entries = Object.entries(snippets);

    it("there is one for every clause and for import, in each script, prefixed with its keyword", () => {
      for (const locale of LOCALES) {
        for (const kind of KINDS) {
          const keyword = BLOCK_KEYWORDS[kind].canonical[locale];
          assert.ok(
            entries.some(([name, snippet]) => localeOfSnippet(name) === locale && prefixesOf(snippet).includes(keyword)),
            `a ${locale} snippet for ${kind} with prefix ${keyword}`,
          );
        }
        const keyword = IMPORT_KEYWORD.canonical[locale];
        assert.ok(entries.some(([name, snippet]) => localeOfSnippet(name) === locale && prefixesOf(snippet).includes(keyword)), `a ${locale} import snippet`);
      }
      for (const [name, snippet] of entries) assert.ok(snippet.description.length > 0, `${name} has a description`);
    });

    for (const [name, snippet] of entries) {
      it(`${name}: every default expansion parses without a syntax problem`, () => {
        const locale = localeOfSnippet(name);
        const body = bodyOf(snippet);
        const expansion = expandSnippet(body);
        assert.ok(expansion.tabstops.has(1), "has tab stops");
        // The default, then each choice of each choice tabstop.
        const variants = [expansion.text];
        for (const [n, options] of expansion.choices) {
          for (const option of options) variants.push(expandSnippet(body, new Map([[n, option]])).text);
        }
        for (const text of variants) {
          const document = parseDocument(text);
          assert.deepEqual(syntaxProblems(document), [], `${name} expands to\n${text}`);
          const prefix = prefixesOf(snippet)[0]!;
          if (prefix === IMPORT_KEYWORD.canonical[locale]) {
            assert.equal(document.tree.imports.length, 1);
            assert.equal(document.tree.blocks.length, 0);
          } else {
            assert.equal(document.tree.blocks.length, 1, "one clause");
            const kind = KINDS.find((k) => BLOCK_KEYWORDS[k].canonical[locale] === prefix);
            assert.equal(document.tree.blocks[0]!.kind, kind);
            assert.equal(document.locale, locale, "is read as written in its script");
          }
        }
        if (locale !== "en") {
          // Chinese snippets write full-width punctuation and corner quotes.
          assert.doesNotMatch(expansion.text, /[:"',;]/, "no ASCII colon, quote, comma or semicolon");
          assert.match(expansion.text, /「/);
        }
      });
    }

    it("a duty has holder, imposer, a kind to choose, action, standard, deadline and needs", () => {
      for (const [name, snippet] of entries.filter(([, s]) => KINDS.some((k) => k === "duty" && Object.values(BLOCK_KEYWORDS.duty.canonical).includes(prefixesOf(s)[0]!)))) {
        const locale = localeOfSnippet(name);
        const expansion = expandSnippet(bodyOf(snippet));
        const block = parseDocument(expansion.text).tree.blocks[0]!;
        const keys = block.members.map((m) => lookupField(FIELDS.duty, m.key.text)?.key);
        for (const key of ["holder", "imposed_by", "kind", "action", "standard", "deadline", "needs"]) assert.ok(keys.includes(key), `${name} has ${key}`);
        const kindChoice = [...expansion.choices.values()].find((options) => options.includes(kindWord("care", locale)));
        assert.deepEqual(kindChoice, [kindWord("care", locale), kindWord("statutory", locale)], `${name} offers care and statutory`);
      }
    });

    it("an exemption defaults to force majeure citing Civil Code art. 180; an accountability appeals within 30 days", () => {
      for (const [name, snippet] of entries) {
        const document = parseDocument(expandSnippet(bodyOf(snippet)).text);
        const declaration = document.file.declarations[0];
        if (!declaration) continue;
        if (declaration.kind === "exemption") {
          assert.equal(declaration.grounds?.value, "force_majeure", name);
          assert.deepEqual(
            declaration.basis.map((c) => [c.lawId ?? c.law, c.article]),
            [[localeOfSnippet(name) === "en" ? "civil-code" : "民法典", 180]],
            name,
          );
        }
        if (declaration.kind === "tolerance") {
          assert.ok(declaration.correction, `${name} has a correction`);
          assert.equal(declaration.correctionDeadline?.quantity?.kind, "duration", `${name} has a correction deadline`);
        }
        if (declaration.kind === "accountability") {
          assert.equal(declaration.trigger?.basis?.value, "conduct", name);
          assert.ok(declaration.investigate && declaration.determine && declaration.superiorAnswers, name);
          assert.ok(declaration.evidence.length > 0, name);
          assert.equal(declaration.appeal?.within?.quantity?.normalized, 30, `${name} appeals within 30 days`);
        }
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------

const NAME_SCOPES: Readonly<Record<BlockKind, string>> = {
  policy: "entity.name.tag.duty",
  tier: "entity.name.type.duty",
  duty: "entity.name.function.duty",
  exemption: "entity.name.tag.duty",
  tolerance: "entity.name.tag.duty",
  accountability: "entity.name.tag.duty",
  case: "entity.name.tag.duty",
};

function kindWord(value: "care" | "statutory", locale: Locale): string {
  const spec = FIELDS.duty.find((f) => f.key === "kind")!.values!.find((v) => v.value === value)!;
  return spec.spelling.canonical[locale];
}

function samples(): string[] {
  const folder = path.join(ROOT, "samples");
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".duty"))
    .sort()
    .map((name) => path.join(folder, name));
}

const ATOM_SCOPES: Partial<Record<Atom["kind"], string>> = {
  string: "string.quoted",
  date: "constant.numeric.date.duty",
  article: "constant.other.reference.article.duty",
  lawId: "constant.other.reference.article.duty",
  number: "constant.numeric",
  range: "constant.numeric",
};

function checkMembers(members: readonly Member[], fields: readonly FieldSpec[], expect: (start: number, end: number, scope: string) => void): void {
  for (const member of members) {
    const spec = lookupField(fields, member.key.text);
    expect(member.key.span.start, member.key.span.end, spec ? "support.type.property-name.duty" : "variable.other.property.duty");
    if (member.type === "subBlock") {
      checkMembers(member.members, spec?.fields ?? [], expect);
      continue;
    }
    for (const value of member.values) {
      for (const atom of value.atoms) {
        if (atom.kind === "quantity") {
          // `30 days`: the number, then the unit.
          const unitStart = atom.span.start + atom.text.lastIndexOf(atom.unit);
          expect(unitStart, atom.span.end, "keyword.other.unit.duty");
          expect(atom.span.start, atom.span.start + 1, "constant.numeric.duty");
          continue;
        }
        const scope = ATOM_SCOPES[atom.kind];
        if (scope) expect(atom.span.start, atom.span.end, scope);
      }
    }
  }
}

