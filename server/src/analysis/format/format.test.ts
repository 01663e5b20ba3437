/**
 * The formatter: exact layouts in English, 简体 and 繁體 with comments everywhere; the file's own
 * punctuation, indentation and line endings; refusal on syntax errors; and, over every sample and
 * seeded random re-spacings of them, the two invariants — the formatted text means exactly what
 * the original meant (same typed declarations, same comments in order), and formatting twice
 * changes nothing.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import type { IToken } from "chevrotain";
import { parseDocument, type Member } from "../../../../grammar/src/index.ts";
import { lex } from "../../../../grammar/src/lexer.ts";
import { lineEdits, splitLines } from "./diff.ts";
import { BLOCKING_RULES, formatDocument, formatText, formattingEdits, meaningOf, rangeFormattingEdits, type FormatEdit } from "./index.ts";

const lexer = { tokenize: lex };
const SAMPLES = path.resolve(import.meta.dirname, "..", "..", "..", "..", "samples");

function samples(): { name: string; text: string }[] {
  const files = [...fs.readdirSync(SAMPLES).filter((name) => name.endsWith(".duty")), ...fs.readdirSync(path.join(SAMPLES, "shared")).map((name) => `shared/${name}`)];
  return files.map((name) => ({ name, text: fs.readFileSync(path.join(SAMPLES, name), "utf8") }));
}

function format(text: string): string {
  const formatted = formatText(text);
  assert.ok(formatted !== undefined, `the formatter refused:\n${text}`);
  return formatted;
}

function apply(text: string, edits: readonly FormatEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  }
  return result;
}

/** For each comment, how many tokens (semicolons aside, which the formatter drops) come before it. */
function commentPlaces(text: string): number[] {
  const lexed = lexer.tokenize(text);
  const tokens = lexed.tokens.filter((token) => token.tokenType.name !== "Semicolon").map((token) => token.startOffset);
  return (lexed.groups["comments"] ?? []).map((comment) => tokens.filter((offset) => offset < comment.startOffset).length);
}

/** Formats, then checks both invariants, and that every comment stays between the same two tokens. */
function assertInvariants(text: string, label: string): string {
  const formatted = formatText(text);
  assert.ok(formatted !== undefined, `${label}: the formatter refused`);
  assert.equal(meaningOf(parseDocument(formatted)), meaningOf(parseDocument(text)), `${label}: the meaning changed`);
  assert.deepEqual(commentPlaces(formatted), commentPlaces(text), `${label}: a comment moved past a token`);
  assert.equal(formatText(formatted), formatted, `${label}: formatting twice changed the text`);
  return formatted;
}

const ENGLISH = `// Fraud warnings (fictional bank).   
import "shared/tiers.duty";   // the register


tier branch "Bank branch" { under: regulator  resources: staff, fraud_system } // one line
duty warn "Fraud warning" {   // header note
    // who
    holder: branch;   imposed_by: head_office   kind: care
    action: "Show the \\"standard\\" warning"   /* inline */ threshold: 50000 CNY



    standard: 'Warning shown'  // measurable
    scope { places: counter,   lobby  /* both */
      periods: business_hours }
    deadline: 10 working days
    // before the brace
}
case c1 {expect: branch exempt by outage, teller accountable}
accountability {}
/* closing
   note */
`;

const ENGLISH_FORMATTED = `// Fraud warnings (fictional bank).
import "shared/tiers.duty" // the register

tier branch "Bank branch" {
    under: regulator
    resources: staff, fraud_system
} // one line

duty warn "Fraud warning" { // header note
    // who
    holder: branch
    imposed_by: head_office
    kind: care
    action: "Show the \\"standard\\" warning" /* inline */
    threshold: 50000 CNY

    standard: 'Warning shown' // measurable
    scope {
        places: counter, lobby /* both */
        periods: business_hours
    }
    deadline: 10 working days
    // before the brace
}

case c1 {
    expect: branch exempt by outage, teller accountable
}

accountability {}
/* closing
   note */
`;

const SIMPLIFIED = `// 规范写法：审查不应发现问题。
导入 「shared/层级.duty」；
层级 医院 「市第一人民医院」 { 上级：市卫健委  资源：手术室，培训 }   // 一行
责任 紧急救治 {
\t承担：主刀医师  设定：医院  类型：法定责任  情境：紧急 // 同一行
\t内容：“对生命垂危的患者组织抢救”
\t期限：30分钟；

\t// 范围
\t范围 ｛ 地点：急诊科、手术室  时段：全天 ｝
\t依据：医师法 第二十七条，民法典第一千二百二十条
}
追责 {
\t适用：紧急救治
\t申诉：市卫健委 30日内 /* 三十日 */
\t证据：电子病历，「当事医师陈述」
}
案例 无亲属签字 「生命垂危」 { 情形：紧急，未同意  预期：主刀医师 免责 因 紧急免签 }
`;

const SIMPLIFIED_FORMATTED = `// 规范写法：审查不应发现问题。
导入 「shared/层级.duty」

层级 医院 「市第一人民医院」 {
\t上级：市卫健委
\t资源：手术室，培训
} // 一行

责任 紧急救治 {
\t承担：主刀医师
\t设定：医院
\t类型：法定责任
\t情境：紧急 // 同一行
\t内容：“对生命垂危的患者组织抢救”
\t期限：30分钟

\t// 范围
\t范围 {
\t\t地点：急诊科，手术室
\t\t时段：全天
\t}
\t依据：医师法 第二十七条，民法典第一千二百二十条
}

追责 {
\t适用：紧急救治
\t申诉：市卫健委 30日内 /* 三十日 */
\t证据：电子病历，「当事医师陈述」
}

案例 无亲属签字 「生命垂危」 {
\t情形：紧急，未同意
\t预期：主刀医师 免责 因 紧急免签
}
`;

const TRADITIONAL = `/* 規範寫法：
   審查不應發現問題。 */
政策 「校園安全責任清單」 {
  發布機關：區教育局   生效：2026年9月1日
  依據：民法典 第一千二百條   // 民法典
}
層級 學校 「區立中小學」 {
  上級：區教育局
  資源：教職工、排班表
  管轄 {
    地點：校園


    // 在校
    時段：在校時間、午休
  }
}
免責 範圍外 { 適用：課間值守  事由：職責範圍外
  條件：『損害發生在放學後』  依據：民法典 第一千二百條 }
容錯 排班疏漏 {
  適用：課間值守，值日  情境：常規
  糾錯：「修訂排班表」  糾錯期限：5個工作日 // 五日
}
`;

const TRADITIONAL_FORMATTED = `/* 規範寫法：
   審查不應發現問題。 */
政策 「校園安全責任清單」 {
  發布機關：區教育局
  生效：2026年9月1日
  依據：民法典 第一千二百條 // 民法典
}

層級 學校 「區立中小學」 {
  上級：區教育局
  資源：教職工、排班表
  管轄 {
    地點：校園

    // 在校
    時段：在校時間、午休
  }
}

免責 範圍外 {
  適用：課間值守
  事由：職責範圍外
  條件：『損害發生在放學後』
  依據：民法典 第一千二百條
}

容錯 排班疏漏 {
  適用：課間值守、值日
  情境：常規
  糾錯：「修訂排班表」
  糾錯期限：5個工作日 // 五日
}
`;

describe("formatter: layout", () => {
  it("formats an English policy with comments everywhere", () => {
    assert.equal(format(ENGLISH), ENGLISH_FORMATTED);
  });

  it("formats a 简体 policy: full-width colons and commas, tabs, keywords and keys as written", () => {
    assert.equal(format(SIMPLIFIED), SIMPLIFIED_FORMATTED);
  });

  it("formats a 繁體 policy: keeps 、 where the file lists with it, and a blank line the drafter left", () => {
    assert.equal(format(TRADITIONAL), TRADITIONAL_FORMATTED);
  });

  it("is idempotent and keeps the meaning of the three policies", () => {
    for (const [label, text] of [["en", ENGLISH], ["zh-Hans", SIMPLIFIED], ["zh-Hant", TRADITIONAL]] as const) {
      assert.equal(assertInvariants(text, label), format(text));
    }
  });

  it("keeps CRLF line endings, and ends with one", () => {
    const crlf = "tier a {  resources: x, y  }\r\n\r\n\r\n\r\nduty d { holder: a }";
    assert.equal(format(crlf), "tier a {\r\n  resources: x, y\r\n}\r\n\r\nduty d {\r\n  holder: a\r\n}\r\n");
    assert.equal(format(ENGLISH.replace(/\n/g, "\r\n")), ENGLISH_FORMATTED.replace(/\n/g, "\r\n"));
  });

  it("writes an empty body as {} and keeps a comment inside one", () => {
    assert.equal(format("case a {\n\n}\ncase b { /* later */ }\ncase c {\n  // todo\n}"), "case a {}\n\ncase b { /* later */\n}\n\ncase c {\n  // todo\n}\n");
  });

  it("keeps atoms written against each other together, and never lets a space join two atoms into one", () => {
    assert.equal(format("追责 { 申诉：市卫健委   30日内 }"), "追责 {\n  申诉：市卫健委 30日内\n}\n");
    // `30` and `days` on two lines are a number and a name; `30 days` would be a quantity.
    const split = "duty d {\n  deadline: 30\n days\n  threshold: 5\u3000元\n}\n";
    const formatted = format(split);
    assert.equal(formatted, "duty d {\n  deadline: 30\n    days\n  threshold: 5\u3000元\n}\n");
    assert.equal(meaningOf(parseDocument(formatted)), meaningOf(parseDocument(split)));
    // Joinable atoms on two lines are joined.
    assert.equal(format("accountability {\n  appeal: regulator\n    within 30 days\n}"), "accountability {\n  appeal: regulator within 30 days\n}\n");
  });

  it("keeps the ; that stops a clause keyword from starting a clause", () => {
    const text = "case c { expect: a 免责; scope { places: p } }";
    assert.equal(format(text), "case c {\n  expect: a 免责;\n  scope {\n    places: p\n  }\n}\n");
  });

  it("keeps the ; that stops a clause keyword and a name from reading as a clause header (fuzz #338913)", () => {
    // Without the `;`, `免责 decides description:` is an exemption `decides` whose `{` is missing.
    const text = 'tier teller { resources: x }\ncase c { expect: teller 免责 decides; description: "x" }';
    assert.equal(format(text), 'tier teller {\n  resources: x\n}\n\ncase c {\n  expect: teller 免责 decides;\n  description: "x"\n}\n');
    assertInvariants(text, "fuzz #338913");
    // The run's shrunk forms.
    assertInvariants("追责『』｛用：『』层级 e;据：｝", "shrunk 1");
    assertInvariants("policy『』{效：免责 右；關：}", "shrunk 2");
    // A `;` after a keyword and a name that a field does not follow is still dropped.
    assert.equal(format("case c { expect: a 免责 by b; }"), "case c {\n  expect: a 免责 by b\n}\n");
  });

  it("keeps comments inside a value, on continuation lines when they end a line", () => {
    assert.equal(
      format("tier a {\nresources: x, /* inline */ y, // line\n// own\nz\n}"),
      "tier a {\n  resources: x, /* inline */ y, // line\n    // own\n    z\n}\n",
    );
  });

  it("follows the file's dominant punctuation", () => {
    assert.equal(format("tier a { resources: x，y，z  under：b  description：c }"), "tier a {\n  resources：x，y，z\n  under：b\n  description：c\n}\n");
    // Colons and commas are counted apart; a tie goes to the document's language.
    assert.equal(format("tier a { resources: x，y，z  under：b }"), "tier a {\n  resources: x，y，z\n  under: b\n}\n");
    assert.equal(format("层级 a { 资源：x, y, z  上级: b  说明: c }"), "层级 a {\n  资源: x, y, z\n  上级: b\n  说明: c\n}\n");
    assert.equal(format("层级 a ｛ 资源：x、y  ｝\n层级 b ｛｝\n层级 c {}"), "层级 a ｛\n  资源：x、y\n｝\n\n层级 b ｛｝\n\n层级 c ｛｝\n");
  });

  it("uses the file's indentation, or the one asked for when it has none", () => {
    assert.equal(format("tier a {\n\tunder: b\n}\ntier b { domain { places: x } }"), "tier a {\n\tunder: b\n}\n\ntier b {\n\tdomain {\n\t\tplaces: x\n\t}\n}\n");
    const document = parseDocument("tier a { under: b }");
    assert.equal(formatDocument(document, { indent: "    " }), "tier a {\n    under: b\n}\n");
    assert.equal(formatDocument(parseDocument("tier a {\n  under: b\n}"), { indent: "\t" }), "tier a {\n  under: b\n}\n");
  });

  it("keeps imports where they are, one per line, with a blank line before a clause", () => {
    assert.equal(
      format("import \"a\"; import 'b'\ntier x {}\nimport \"c\"\n\n\nimport \"d\""),
      "import \"a\"\nimport 'b'\n\ntier x {}\n\nimport \"c\"\n\nimport \"d\"\n",
    );
  });

  it("formats an empty or blank document to nothing and a comment-only one to its comments", () => {
    assert.equal(format(""), "");
    assert.equal(format("  \n\n\t\n"), "");
    assert.equal(format("\n\n// a   \n\n\n\n// b"), "// a\n\n// b\n");
  });

  it("does not mind findings that are not syntax errors", () => {
    assert.equal(format("duty d { holdr: a  kind: sometimes  deadline: }"), "duty d {\n  holdr: a\n  kind: sometimes\n  deadline:\n}\n");
  });
});

describe("formatter: refusal", () => {
  const broken: Record<string, string> = {
    "syntax/unexpected-character": "tier a { resources: x @ y }",
    "syntax/unterminated-string": 'duty d { action: "Show the warning\n}',
    "syntax/unterminated-comment": "tier a {}\n/* draft",
    "syntax/unexpected-token": "tier a {}\nhello\ntier b {}",
    "syntax/missing-brace": "tier a { resources: x\ntier b {}",
    "syntax/too-deep": `tier a { ${"x { ".repeat(40)}${"} ".repeat(40)}}`,
  };
  for (const [rule, text] of Object.entries(broken)) {
    it(`refuses a document with ${rule}`, () => {
      const document = parseDocument(text);
      assert.ok(document.diagnostics.some((diagnostic) => diagnostic.rule === rule), `expected ${rule}, got ${document.diagnostics.map((d) => d.rule).join(", ")}`);
      assert.equal(formatDocument(document), undefined);
      assert.equal(formattingEdits(document), undefined);
      assert.equal(rangeFormattingEdits(document, { start: 0, end: text.length }), undefined);
    });
  }

  it("refuses a file too large to parse", () => {
    const document = parseDocument(`tier a {}\n${" ".repeat(16 * 1024 * 1024)}`);
    assert.ok(document.diagnostics.some((diagnostic) => diagnostic.rule === "syntax/too-large"));
    assert.equal(formatDocument(document), undefined);
  });

  it("lists exactly the lexical and parse rules as blocking", () => {
    assert.deepEqual([...BLOCKING_RULES].sort(), [...Object.keys(broken), "syntax/too-large"].sort());
  });
});

describe("formatter: edits", () => {
  it("edits only the lines that change, and applying them gives the formatted text", () => {
    const text = "tier a {\n  under: b\n}\n\ntier b {   resources: x,y }\n\ntier c {\n  under: b\n}\n";
    const edits = formattingEdits(parseDocument(text))!;
    assert.equal(edits.length, 1);
    assert.deepEqual(edits[0]!.span, { start: text.indexOf("tier b"), end: text.indexOf("\ntier c") });
    assert.equal(apply(text, edits), format(text));
    assert.deepEqual(formattingEdits(parseDocument(format(text))), []);
  });

  it("diffs any two texts into edits that reproduce the second", () => {
    const pairs = [["a\nb\nc\n", "a\nc\n"], ["", "x\n"], ["x", ""], ["a\r\nb\r\n", "a\r\nB\r\nb\r\n"], ["1\n2\n3\n4\n5", "0\n2\n3\n5\n6"]] as const;
    for (const [before, after] of pairs) {
      assert.equal(apply(before, lineEdits(before, after)), after, JSON.stringify([before, after]));
    }
    assert.deepEqual(splitLines("a\r\nb\rc\nd"), ["a\r\n", "b\r", "c\n", "d"]);
  });

  it("range formatting touches only the clauses the range meets", () => {
    const text = "tier a {   under: b }\n\n\ntier b {   resources: x,y }\ntier c {   under: b }\n";
    const start = text.indexOf("resources");
    const edits = rangeFormattingEdits(parseDocument(text), { start, end: start + 3 })!;
    assert.equal(apply(text, edits), "tier a {   under: b }\n\n\ntier b {\n  resources: x, y\n}\ntier c {   under: b }\n");
    // Two clauses on one line: the clause is moved to its own line, after a blank one.
    const crowded = "tier a { under: b } tier b {resources: x} // b\ntier c {}";
    const at = crowded.indexOf("resources");
    assert.equal(apply(crowded, rangeFormattingEdits(parseDocument(crowded), { start: at, end: at })!), "tier a { under: b }\n\ntier b {\n  resources: x\n} // b\ntier c {}");
    // A range between clauses formats nothing.
    assert.deepEqual(rangeFormattingEdits(parseDocument(text), { start: text.indexOf("\n\n") + 1, end: text.indexOf("\n\n") + 1 }), []);
  });

  it("range formatting over the whole text gives the whole formatted text", () => {
    for (const { name, text } of samples()) {
      const document = parseDocument(text);
      assert.equal(apply(text, rangeFormattingEdits(document, { start: 0, end: text.length })!).trimEnd(), format(text).trimEnd(), name);
    }
  });
});

/** A small seeded random generator (mulberry32): the same variations on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PUNCTUATION = new Set(["Colon", "Comma", "Semicolon", "LCurly", "RCurly"]);

/** Where a field or import may take a `;`: just after it, unless one is already there. */
function semicolonPlaces(text: string): number[] {
  const document = parseDocument(text);
  const places = document.tree.imports.map((statement) => statement.span.end);
  const visit = (members: readonly Member[]): void => {
    for (const member of members) {
      if (member.type === "subBlock") visit(member.members);
      else places.push(member.span.end);
    }
  };
  for (const block of document.tree.blocks) visit(block.members);
  return places.filter((offset) => !/^[ \t]*[;；]/.test(text.slice(offset)));
}

/** `text` with comments of every kind added between tokens: trailing, own-line, inline, multi-line. */
function withComments(text: string, seed: number): string {
  const next = random(seed);
  const tokens: IToken[] = lexer.tokenize(text).tokens;
  const insertions = new Map<number, string>();
  let count = 0;
  const comment = (): string => {
    const kind = next();
    count++;
    if (kind < 0.3) return ` /* b${count} */ `;
    if (kind < 0.6) return ` // line ${count}   \n`;
    if (kind < 0.8) return `\n/* own ${count}\n   spans lines */\n`;
    return `\n\n\n// own ${count}\n\n`;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const left = tokens[i]!;
    const right = tokens[i + 1]!;
    const end = left.startOffset + left.image.length;
    const punctuation = PUNCTUATION.has(left.tokenType.name) || PUNCTUATION.has(right.tokenType.name);
    if ((end < right.startOffset || punctuation) && next() < 0.15) insertions.set(end, comment());
  }
  if (next() < 0.5) insertions.set(0, "// top\n\n");
  let result = "";
  let at = 0;
  for (const offset of [...insertions.keys()].sort((a, b) => a - b)) {
    result += text.slice(at, offset) + insertions.get(offset)!;
    at = offset;
  }
  return result + text.slice(at);
}

/**
 * A re-spacing of `text`: blanks (and, with `newlines`, line breaks) added between tokens, and
 * optional semicolons after fields. Blanks go only where they cannot join or split a token: into
 * existing gaps, or next to punctuation.
 */
function mutate(text: string, seed: number, newlines: boolean): string {
  const next = random(seed);
  const tokens: IToken[] = lexer.tokenize(text).tokens;
  const insertions = new Map<number, string>();
  const blanks = newlines ? [" ", "  ", "\t", "\n", "\n\n", " \n\t", "\u3000"] : [" ", "  ", "\t", " \t ", "\u3000"];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const left = tokens[i]!;
    const right = tokens[i + 1]!;
    const end = left.startOffset + left.image.length;
    const gap = end < right.startOffset;
    const punctuation = PUNCTUATION.has(left.tokenType.name) || PUNCTUATION.has(right.tokenType.name);
    if ((gap || punctuation) && next() < 0.5) insertions.set(end, blanks[Math.floor(next() * blanks.length)]!);
  }
  for (const offset of semicolonPlaces(text)) {
    if (next() < 0.4) insertions.set(offset, `${next() < 0.5 ? ";" : "；"}${insertions.get(offset) ?? ""}`);
  }
  let result = "";
  let at = 0;
  for (const offset of [...insertions.keys()].sort((a, b) => a - b)) {
    result += text.slice(at, offset) + insertions.get(offset)!;
    at = offset;
  }
  return result + text.slice(at);
}

describe("formatter: invariants over the samples", () => {
  for (const { name, text } of samples()) {
    it(`${name}: same declarations and comments, idempotent, and already-formatted text is untouched`, () => {
      const formatted = assertInvariants(text, name);
      assert.deepEqual(formattingEdits(parseDocument(formatted)), []);
      assert.equal(assertInvariants(text.replace(/\n/g, "\r\n"), `${name} (CRLF)`), formatted.replace(/\n/g, "\r\n"));
    });

    it(`${name}: random extra blanks and semicolons format to the same text`, () => {
      const formatted = format(text);
      for (let seed = 1; seed <= 12; seed++) {
        const variant = mutate(text, seed * 7919 + name.length, false);
        assert.equal(meaningOf(parseDocument(variant)), meaningOf(parseDocument(text)), `seed ${seed}: the variant itself must mean the same`);
        assert.equal(format(variant), formatted, `seed ${seed}`);
      }
    });

    it(`${name}: comments added anywhere stay where they are, and format idempotently`, () => {
      for (let seed = 1; seed <= 10; seed++) {
        const variant = withComments(text, seed * 15485863 + name.length);
        const crlf = seed % 3 === 0 ? variant.replace(/\n/g, "\r\n") : variant;
        assertInvariants(crlf, `${name} seed ${seed}`);
      }
    });

    it(`${name}: random extra line breaks keep the meaning and format idempotently`, () => {
      for (let seed = 1; seed <= 12; seed++) {
        const variant = mutate(text, seed * 104729 + name.length, true);
        assert.equal(meaningOf(parseDocument(variant)), meaningOf(parseDocument(text)), `seed ${seed}: the variant itself must mean the same`);
        assertInvariants(variant, `${name} seed ${seed}`);
      }
    });
  }
});
