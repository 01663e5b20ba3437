/**
 * Source ranges as an editor sees them: LSP lines (split at \n, \r\n and \r) and UTF-16
 * characters, with CJK text, emoji, every kind of line ending and a byte-order mark.
 */
import assert from "node:assert/strict";
import { LineIndex, parseDocument } from "../../../grammar/src/index.ts";
import { assertClean, findings, lspPosition, marked, parseMarked, rangeOf } from "./helpers.ts";

/** Every offset maps to a position and back, except the one between \r and \n (not addressable in LSP). */
function assertRoundTrip(text: string): void {
  const lines = new LineIndex(text);
  for (let offset = 0; offset <= text.length; offset++) {
    const position = lines.positionAt(offset);
    assert.deepEqual(position, lspPosition(text, offset), `position of offset ${offset}`);
    if (text[offset - 1] === "\r" && text[offset] === "\n") {
      assert.equal(lines.offsetAt(position), offset - 1, "inside \\r\\n maps to the end of the line");
      continue;
    }
    assert.equal(lines.offsetAt(position), offset, `round trip of offset ${offset}`);
  }
}

describe("grammar: ranges", () => {
  describe("the test helper", () => {
    it("reads ‹…› and ‸ markers and computes LSP positions", () => {
      const m = marked("a ‹b›\r\n‸c\rd‹e\n›f");
      assert.equal(m.text, "a b\r\nc\rde\nf");
      assert.deepEqual(m.ranges, [
        { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } },
        { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
        { start: { line: 2, character: 1 }, end: { line: 3, character: 0 } },
      ]);
    });
  });

  it("CJK names and strings: one character per UTF-16 unit", () => {
    const { doc, at } = parseMarked("责任 ‹核对客户身份› {\n  承担：‹柜员›\n  内容：‹“核对客户身份证件”›  ‹承当›：主管\n}");
    const duty = doc.file.duties[0]!;
    assert.deepEqual(rangeOf(doc, duty.name!.span), at(0));
    assert.deepEqual(rangeOf(doc, duty.holder!.span), at(1));
    assert.deepEqual(rangeOf(doc, duty.action!.span), at(2));
    assert.deepEqual(findings(doc), [{ rule: "syntax/unknown-field", range: at(3) }]);
  });

  it("CJK extension A and compatibility ideographs are name characters", () => {
    const { doc, at } = parseMarked("tier ‹㐀丽› { }");
    assertClean(doc);
    assert.deepEqual(rangeOf(doc, doc.file.tiers[0]!.name!.span), at(0));
  });

  it("an emoji inside a string counts two characters for what follows it", () => {
    const { doc, at } = parseMarked(`duty d {\n  action: ‹"Smile 😀😀 please"› ‹holdr›: teller\n}`);
    assert.equal(doc.file.duties[0]?.action?.text, "Smile 😀😀 please");
    assert.deepEqual(rangeOf(doc, doc.file.duties[0]!.action!.span), at(0));
    assert.deepEqual(findings(doc), [{ rule: "syntax/unknown-field", range: at(1) }]);
    assert.equal(at(1).start.character, 30);
  });

  it("an emoji outside a string: the error covers the whole emoji, not a lone surrogate", () => {
    const { doc, at } = parseMarked("duty d {\n  holder: teller ‹😀›\n  kind: care\n}");
    assert.deepEqual(findings(doc), [{ rule: "syntax/unexpected-character", range: at(0) }]);
    const { span, message } = doc.diagnostics[0]!;
    assert.equal(span.end - span.start, 2);
    assert.equal(doc.text.slice(span.start, span.end), "😀");
    assert.ok(message.includes("“😀”"), message);
    assert.equal(doc.file.duties[0]?.holder?.name, "teller");
    assert.equal(doc.file.duties[0]?.dutyKind?.value, "care");
  });

  it("an emoji as the very last character of the file", () => {
    const { doc, at } = parseMarked("tier t { }\n‹😀›");
    assert.deepEqual(findings(doc), [{ rule: "syntax/unexpected-character", range: at(0) }]);
  });

  it("adjacent unexpected characters are one finding", () => {
    const { doc, at } = parseMarked("tier t { } ‹😀《😀›");
    assert.deepEqual(findings(doc), [{ rule: "syntax/unexpected-character", range: at(0) }]);
  });

  it("a lone high surrogate: the error covers it and not the letter after it", () => {
    const { doc, at } = parseMarked("tier t { under: ‹\uD800›bank }");
    assert.deepEqual(findings(doc), [{ rule: "syntax/unexpected-character", range: at(0) }]);
    assert.equal(doc.file.tiers[0]?.under?.name, "bank");
  });

  it("a long run of emoji: the message quotes whole emoji only", () => {
    const text = `tier t { } 《${"😀".repeat(15)}`;
    const doc = parseDocument(text);
    assert.equal(doc.diagnostics.length, 1);
    assert.ok(doc.diagnostics[0]!.message.isWellFormed(), doc.diagnostics[0]!.message);
  });

  it("a long unterminated string with emoji: the message quotes whole emoji only", () => {
    const doc = parseDocument(`"abcdefghijklmnopqrstuv😀😀`);
    assert.ok(doc.diagnostics.length > 0);
    for (const d of doc.diagnostics) assert.ok(d.message.isWellFormed(), d.message);
  });

  describe("line endings", () => {
    const source = (eol: string) =>
      ["duty ‹verify› {", "  ‹holdr›: teller", "  action: ‹\"Check\"›", "}", "‹tier›", "  under: bank", ""].join(eol);

    for (const [name, eol] of [["LF", "\n"], ["CRLF", "\r\n"], ["CR only", "\r"]] as const) {
      it(`${name}: diagnostics and declarations land on the right lines`, () => {
        const { doc, at, text } = parseMarked(source(eol));
        const duty = doc.file.duties[0]!;
        assert.deepEqual(rangeOf(doc, duty.name!.span), at(0));
        assert.deepEqual(rangeOf(doc, duty.action!.span), at(2));
        assert.deepEqual(at(2), { start: { line: 2, character: 10 }, end: { line: 2, character: 17 } });
        const rules = findings(doc);
        assert.deepEqual(rules.slice(0, 2), [
          { rule: "syntax/unknown-field", range: at(1) },
          { rule: "syntax/missing-brace", range: at(3) },
        ]);
        assert.equal(doc.lines.lineCount, 7);
        assertRoundTrip(text);
      });
    }

    it("mixed line endings in one file", () => {
      const { doc, at, text } = parseMarked("tier a { }\r\ntier ‹b› { }\rtier ‹c› {\n  ‹undr›: a\r\n}\n‹\"stray\"›");
      assert.deepEqual(doc.file.tiers.map((t) => rangeOf(doc, t.name!.span)).slice(1), [at(0), at(1)]);
      assert.deepEqual(at(2).start, { line: 3, character: 2 });
      assert.deepEqual(findings(doc), [
        { rule: "syntax/unknown-field", range: at(2) },
        { rule: "syntax/unexpected-token", range: at(3) },
      ]);
      assert.deepEqual(at(3).start, { line: 5, character: 0 });
      assertRoundTrip(text);
    });

    it("a line break inside a string ends it on that line (CRLF)", () => {
      const { doc, at } = parseMarked("duty d {\r\n  action: ‹\"unfinished›\r\n  holder: teller\r\n}");
      assert.deepEqual(findings(doc), [{ rule: "syntax/unterminated-string", range: at(0) }]);
      assert.equal(doc.file.duties[0]?.holder?.name, "teller");
    });
  });

  describe("byte-order mark", () => {
    it("is skipped silently; offsets and characters still count it as one UTF-16 unit", () => {
      const { doc, at, text } = parseMarked("\uFEFFduty ‹verify› {\n  ‹holdr›: teller\n}");
      assert.equal(text.charCodeAt(0), 0xfeff);
      assert.deepEqual(rangeOf(doc, doc.file.duties[0]!.name!.span), at(0));
      assert.deepEqual(at(0).start, { line: 0, character: 6 });
      assert.deepEqual(findings(doc), [{ rule: "syntax/unknown-field", range: at(1) }]);
      assert.deepEqual(at(1).start, { line: 1, character: 2 });
      assertRoundTrip(text);
    });

    it("with CRLF and a Chinese file", () => {
      const { doc, at } = parseMarked("\uFEFF责任 ‹核对› {\r\n  ‹承当›：柜员\r\n}");
      assert.equal(doc.locale, "zh-Hans");
      assert.deepEqual(rangeOf(doc, doc.file.duties[0]!.name!.span), at(0));
      assert.deepEqual(findings(doc), [{ rule: "syntax/unknown-field", range: at(1) }]);
    });
  });

  describe("LineIndex", () => {
    it("round-trips every offset of a file with CJK, emoji and all line endings", () => {
      assertRoundTrip("责任 甲 {\r\n  内容：“😀”\r  承担：柜员\n}\r\n\r\n\n\r");
    });

    it("clamps positions outside the text", () => {
      const lines = new LineIndex("ab\ncd");
      assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 });
      assert.deepEqual(lines.positionAt(99), { line: 1, character: 2 });
      assert.equal(lines.offsetAt({ line: 0, character: 99 }), 2);
      assert.equal(lines.offsetAt({ line: 7, character: 0 }), 5);
      assert.equal(lines.offsetAt({ line: -1, character: 3 }), 0);
    });

    it("an empty text has one line", () => {
      const lines = new LineIndex("");
      assert.equal(lines.lineCount, 1);
      assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
      assert.equal(lines.offsetAt({ line: 0, character: 0 }), 0);
    });

    it("a file ending in a line break has an empty last line", () => {
      const lines = new LineIndex("a\r\n");
      assert.equal(lines.lineCount, 2);
      assert.deepEqual(lines.positionAt(3), { line: 1, character: 0 });
      assert.equal(lines.lineStart(1), 3);
    });

    it("U+2028 and U+2029 are not LSP line breaks", () => {
      const lines = new LineIndex("a\u2028b\u2029c");
      assert.equal(lines.lineCount, 1);
      assert.deepEqual(lines.positionAt(4), { line: 0, character: 4 });
    });
  });

  it("a clause spans keyword to closing brace; a field, key to last value", () => {
    const { doc, at } = parseMarked("// 柜面\n‹责任 核对 {\n  ‹所需资源：人员、系统›\n  ‹范围 {\n    地点：柜台\n  }›\n}›\n");
    assertClean(doc);
    const duty = doc.file.duties[0]!;
    assert.deepEqual(rangeOf(doc, duty.span), at(0));
    assert.deepEqual(rangeOf(doc, duty.fieldSpans["needs"]!), at(1));
    assert.deepEqual(rangeOf(doc, duty.fieldSpans["scope"]!), at(2));
    assert.deepEqual(rangeOf(doc, duty.scope!.span), at(2));
  });

  it("a diagnostic at the end of the file is an empty range there", () => {
    const { doc, at } = parseMarked("tier t { }\nimport‸");
    assert.deepEqual(findings(doc), [{ rule: "syntax/unexpected-token", range: at(0) }]);
    assert.equal(doc.diagnostics[0]!.message, "Expected a quoted text but found the end of the file.");
  });
});
