/**
 * Bad input: the core never throws, never hangs, and says something sensible and bounded.
 * Timeouts here are generous safety nets against hangs, not performance assertions.
 */
import assert from "node:assert/strict";
import { parseDocument, type ParsedDocument } from "../../../grammar/src/index.ts";
import { MAX_FILE_LENGTH, MAX_NESTING } from "../../../grammar/src/parse.ts";
import { assertInvariants, findings, parseMarked, seededRandom } from "./helpers.ts";

const GENEROUS = 60_000;

/** Parses and checks the invariants that hold for any input. */
function parseSafely(text: string): ParsedDocument {
  let doc: ParsedDocument | undefined;
  assert.doesNotThrow(() => {
    doc = parseDocument(text);
  });
  assertInvariants(text, doc!);
  return doc!;
}

function randomBytes(random: () => number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
}

/** Pieces of Duty, broken and whole, for inputs that get further than random bytes. */
const PIECES = [
  "duty", "tier", "policy", "case", "exemption", "tolerance", "accountability", "import", "责任", "免责", "容错", "案例", "導入",
  "holder", "kind", "expect", "scope", "domain", "places", "trigger", "appeal", "basis", "deadline", "承担", "预期", "依据", "申诉",
  ":", "：", "{", "}", "｛", "｝", ",", "，", "、", ";", "；", `"x"`, `"`, "“y”", "「", "』", "（", "(2)",
  "30 days", "5万元", "第二十七条", "第五十五条（二）", "art.", "95-97", "physicians-act/27", "2026-01-01", "2026年1月1日",
  "exempt", "by", "within", "因", "内", "a", "b", "😀", "\n", "\r\n", "\r", " ", "/*", "*/", "//", "\0", "\uFEFF",
];

describe("grammar: bad input", function () {
  this.timeout(GENEROUS);

  it("random bytes, decoded as latin1 and as UTF-8 (with replacement characters)", () => {
    const random = seededRandom(20260101);
    for (let i = 0; i < 300; i++) {
      const bytes = randomBytes(random, Math.floor(random() * 3000));
      parseSafely(bytes.toString("latin1"));
      parseSafely(bytes.toString("utf8"));
    }
  });

  it("random sequences of Duty tokens", () => {
    const random = seededRandom(42);
    for (let i = 0; i < 1500; i++) {
      let text = "";
      const count = Math.floor(random() * 120);
      for (let j = 0; j < count; j++) text += PIECES[Math.floor(random() * PIECES.length)]! + (random() < 0.5 ? " " : "");
      parseSafely(text);
    }
  });

  it("random lone surrogates and control characters", () => {
    const random = seededRandom(7);
    for (let i = 0; i < 300; i++) {
      let text = "";
      const count = Math.floor(random() * 200);
      for (let j = 0; j < count; j++) {
        const r = random();
        text += r < 0.3 ? String.fromCharCode(0xd800 + Math.floor(random() * 0x800)) : r < 0.5 ? String.fromCharCode(Math.floor(random() * 32)) : PIECES[Math.floor(random() * PIECES.length)]!;
      }
      parseSafely(text);
    }
  });

  it("a 50 MB file: one syntax/too-large, nothing parsed", () => {
    const clause = "tier t { under: x }\n";
    const text = clause.repeat(Math.ceil((50 * 1024 * 1024) / clause.length));
    assert.ok(text.length > MAX_FILE_LENGTH);
    const doc = parseSafely(text);
    assert.deepEqual(doc.diagnostics.map((d) => d.rule), ["syntax/too-large"]);
    assert.match(doc.diagnostics[0]!.message, /^This file is 50\.0 MB, over the 16 MB limit/);
    assert.equal(doc.file.declarations.length, 0);
  });

  it("a large legal file (half a megabyte of clauses) is parsed whole", () => {
    const clause = "tier t { under: x }\n";
    const count = Math.floor((512 * 1024) / clause.length);
    const doc = parseSafely(clause.repeat(count));
    assert.equal(doc.diagnostics.length, 0);
    assert.equal(doc.file.tiers.length, count);
  });

  it("10,000 nested blocks: syntax/too-deep, and the parse goes on after them", () => {
    const depth = 10_000;
    const text = `duty deep {${" scope {".repeat(depth)}${" }".repeat(depth)} }\ntier after { under: bank }\n`;
    const doc = parseSafely(text);
    assert.ok(doc.diagnostics.some((d) => d.rule === "syntax/too-deep"));
    assert.match(doc.diagnostics.find((d) => d.rule === "syntax/too-deep")!.message, new RegExp(`more than ${MAX_NESTING} deep`));
    assert.equal(doc.file.tiers[0]?.name?.text, "after");
    assert.equal(doc.file.tiers[0]?.under?.name, "bank");
  });

  it("10,000 bare braces at top level", () => {
    const doc = parseSafely(`${"{".repeat(10_000)}${"}".repeat(10_000)}\ntier after { }`);
    assert.ok(doc.diagnostics.some((d) => d.rule === "syntax/too-deep"));
    assert.equal(doc.file.tiers[0]?.name?.text, "after");
  });

  it("10,000 clause headers without closing braces", () => {
    const doc = parseSafely(`${"duty d { holder: x ".repeat(10_000)}`);
    assert.ok(doc.diagnostics.length > 0);
  });

  it("a 1 MB string on one line", () => {
    const long = "长".repeat(1024 * 1024);
    const doc = parseSafely(`duty d { action: "${long}"; holder: teller }`);
    assert.equal(doc.diagnostics.length, 0);
    assert.equal(doc.file.duties[0]?.action?.text.length, long.length);
    assert.equal(doc.file.duties[0]?.holder?.name, "teller");
  });

  it("a 1 MB run of identifiers on one line, in a value and at top level", () => {
    const run = "abc ".repeat(256 * 1024);
    const inValue = parseSafely(`duty d { action: ${run}}`);
    assert.deepEqual(inValue.diagnostics.map((d) => d.rule), ["syntax/invalid-value"]);
    const atTop = parseSafely(run);
    assert.deepEqual(atTop.diagnostics.map((d) => d.rule), ["syntax/unexpected-token"]);
    const oneName = parseSafely(`tier ${"n".repeat(1024 * 1024)} { }`);
    assert.equal(oneName.file.tiers[0]?.name?.text.length, 1024 * 1024);
  });

  it("a 1 MB list of names", () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `r${i}`).join(", ");
    const doc = parseSafely(`tier t { resources: ${names} }`);
    assert.equal(doc.diagnostics.length, 0);
    assert.equal(doc.file.tiers[0]?.resources.length, 100_000);
  });

  it("a million punctuation characters", () => {
    parseSafely(",".repeat(1024 * 1024));
    parseSafely(`duty d { ${":".repeat(100_000)} }`);
  });

  it("thousands of wrong fields: the diagnostics stay bounded", () => {
    parseSafely(`duty d { ${"x: ".repeat(50_000)}}`);
    parseSafely(`duty d { ${"holder: a; ".repeat(50_000)}}`);
    parseSafely(`${"duty { }\n".repeat(50_000)}`);
  });

  it("an unterminated string costs one line", () => {
    const { doc, at } = parseMarked(`duty d {\n  action: ‹"Check the notes›\n  holder: teller\n}`);
    assertInvariants(doc.text, doc);
    assert.deepEqual(findings(doc), [{ rule: "syntax/unterminated-string", range: at(0) }]);
    assert.equal(doc.diagnostics[0]!.message, 'This text has no closing quote. Close it with `"` on the same line.');
    assert.equal(doc.file.duties[0]?.action?.text, "Check the notes");
    assert.equal(doc.file.duties[0]?.holder?.name, "teller");
  });

  it("an unterminated string at the very end of the file", () => {
    const { doc, at } = parseMarked(`duty d { action: ‹"never closed›`);
    assertInvariants(doc.text, doc);
    assert.deepEqual(findings(doc).filter((f) => f.rule === "syntax/unterminated-string"), [{ rule: "syntax/unterminated-string", range: at(0) }]);
  });

  it("an unterminated block comment: reported at its start, the rest is ignored", () => {
    const { doc, at } = parseMarked("tier bank { }\n‹/*› tier ignored { }\n");
    assertInvariants(doc.text, doc);
    assert.deepEqual(findings(doc), [{ rule: "syntax/unterminated-comment", range: at(0) }]);
    assert.deepEqual(doc.file.tiers.map((t) => t.name?.text), ["bank"]);
    assert.equal(doc.tree.comments.length, 1);
  });

  it("a file of only `}}}}`: one finding", () => {
    const { doc, at } = parseMarked("‹}}}}›");
    assertInvariants(doc.text, doc);
    assert.deepEqual(findings(doc), [{ rule: "syntax/unexpected-token", range: at(0) }]);
  });

  it("an empty file", () => {
    const doc = parseSafely("");
    assert.deepEqual(doc.diagnostics, []);
    assert.deepEqual(doc.file.declarations, []);
    assert.equal(doc.file.policy, undefined);
  });

  it("a file of only whitespace and comments", () => {
    const doc = parseSafely(" \t\r\n\u3000\u00A0\f\v// a line comment\r\n/* a block\n comment */\n\uFEFF  \n");
    assert.deepEqual(doc.diagnostics, []);
    assert.deepEqual(doc.file.declarations, []);
    assert.equal(doc.tree.comments.length, 2);
  });

  it("NUL bytes: each is one unexpected character, the clause is still read", () => {
    const { doc, at } = parseMarked("duty d {‹\0› holder: teller‹\0›\n kind: care ‹\0\0›}");
    assertInvariants(doc.text, doc);
    assert.deepEqual(findings(doc), [
      { rule: "syntax/unexpected-character", range: at(0) },
      { rule: "syntax/unexpected-character", range: at(1) },
      { rule: "syntax/unexpected-character", range: at(2) },
    ]);
    assert.equal(doc.file.duties[0]?.holder?.name, "teller");
    assert.equal(doc.file.duties[0]?.dutyKind?.value, "care");
  });

  it("a file of only NUL bytes", () => {
    const doc = parseSafely("\0".repeat(10_000));
    assert.deepEqual(doc.diagnostics.map((d) => d.rule), ["syntax/unexpected-character"]);
  });
});
