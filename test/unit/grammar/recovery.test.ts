/**
 * Recovery: one mistake is one precise diagnostic, and the rest of the file is still read.
 */
import assert from "node:assert/strict";
import { assertClean, findings, only, parseMarked, rangeOf, strip } from "./helpers.ts";

describe("grammar: recovery", () => {
  it("three errors in three clauses: exactly three diagnostics, and the rest of the model intact", () => {
    const { doc, at } = parseMarked(`tier bank { under: regulator }

duty verify {
  ‹holdr›: teller
  kind: care
  action: "Verify the customer's identity"
  deadline: 2 working days
}

exemption storm {
  covers: verify
  grounds: ‹force_majeur›
  when: "A typhoon closed the branch"
}

tolerance first_time {
  covers: verify
  correction: "Retrain"
  ‹correction›: "Report"
  correction_deadline: 30 days
}

case insistent {
  performed: verify
  expect: teller exempt by storm
}
`);
    assert.deepEqual(findings(doc), [
      { rule: "syntax/unknown-field", range: at(0) },
      { rule: "syntax/invalid-value", range: at(1) },
      { rule: "syntax/duplicate-field", range: at(2) },
    ]);
    assert.deepEqual(strip(doc.file.declarations), [
      { kind: "tier", name: { text: "bank" }, fields: ["under"], under: { name: "regulator" }, resources: [] },
      {
        kind: "duty",
        name: { text: "verify" },
        fields: ["action", "deadline", "kind"],
        dutyKind: { value: "care", word: "care" },
        action: { text: "Verify the customer's identity" },
        deadline: { text: "2 working days", quantity: { amount: 2, unit: "working days", kind: "duration", normalized: 2.8 } },
        needs: [],
        requires: [],
        basis: [],
      },
      {
        kind: "exemption",
        name: { text: "storm" },
        fields: ["covers", "grounds", "when"],
        covers: [{ name: "verify" }],
        grounds: { value: undefined, word: "force_majeur" },
        when: { text: "A typhoon closed the branch" },
        basis: [],
      },
      {
        kind: "tolerance",
        name: { text: "first_time" },
        fields: ["correction", "correction_deadline", "covers"],
        covers: [{ name: "verify" }],
        contexts: [],
        correction: { text: "Retrain" },
        correctionDeadline: { text: "30 days", quantity: { amount: 30, unit: "days", kind: "duration", normalized: 30 } },
        basis: [],
      },
      {
        kind: "case",
        name: { text: "insistent" },
        fields: ["expect", "performed"],
        performed: [{ name: "verify" }],
        breached: [],
        conditions: [],
        expect: [{ holder: { name: "teller" }, verdict: { value: "exempt", word: "exempt" }, by: { name: "storm" } }],
      },
    ]);
  });

  it("a clause missing its `}` is reported at its keyword, and the next clause is read", () => {
    const { doc, at } = parseMarked(`‹duty› verify {
  holder: teller
  kind: care

duty count_notes {
  holder: teller
  action: "Count the notes"
}
`);
    assert.deepEqual(findings(doc), [{ rule: "syntax/missing-brace", range: at(0) }]);
    assert.match(doc.diagnostics[0]!.message, /^This duty is not closed: add `}` after its last field\.$/);
    assert.deepEqual(
      doc.file.duties.map((d) => [d.name?.text, d.holder?.name, d.dutyKind?.value, d.action?.text]),
      [
        ["verify", "teller", "care", undefined],
        ["count_notes", "teller", undefined, "Count the notes"],
      ],
    );
    assert.equal(doc.file.duties[0]?.block.close, undefined);
  });

  it("a clause missing its `{` is one diagnostic, and its fields are still read", () => {
    const { doc, at } = parseMarked(`duty verify
  ‹holder›: teller
}
tier bank { under: regulator }
`);
    assert.deepEqual(findings(doc), [{ rule: "syntax/unexpected-token", range: at(0) }]);
    assert.match(doc.diagnostics[0]!.message, /^Expected `\{` but found “holder”\.$/);
    assert.equal(doc.file.duties[0]?.holder?.name, "teller");
    assert.equal(doc.file.tiers[0]?.under?.name, "regulator");
  });

  it("a missing colon: the two words are one finding, the other fields are read", () => {
    const { doc, at } = parseMarked(`duty verify {
  ‹holder teller›
  kind: care
}`);
    assert.deepEqual(findings(doc), [{ rule: "syntax/unexpected-token", range: at(0) }]);
    assert.match(doc.diagnostics[0]!.message, /write fields as `name: value`/);
    assert.equal(doc.file.duties[0]?.dutyKind?.value, "care");
  });

  it("a missing full-width colon in Chinese", () => {
    const { doc, at } = parseMarked("责任 核对 {\n  ‹承担 柜员›\n  类型：注意义务\n}");
    assert.deepEqual(findings(doc), [{ rule: "syntax/unexpected-token", range: at(0) }]);
    assert.match(doc.diagnostics[0]!.message, /条款内请以“字段：值”的形式书写/);
    assert.equal(doc.file.duties[0]?.dutyKind?.value, "care");
  });

  it("a stray string at top level", () => {
    const { doc, at } = parseMarked(`tier bank { }
‹"left over"›
tier branch { under: bank }`);
    assert.deepEqual(findings(doc), [{ rule: "syntax/unexpected-token", range: at(0) }]);
    assert.match(doc.diagnostics[0]!.message, /^Unexpected “"left over"” outside any clause\. Start a clause with a keyword such as `policy`, `tier`/);
    assert.deepEqual(doc.file.tiers.map((t) => t.name?.text), ["bank", "branch"]);
    assert.equal(doc.file.tiers[1]?.under?.name, "bank");
  });

  it("a trailing comma: the next field is still read, and the message names no internal token", () => {
    const { doc, at } = parseMarked(`duty verify {
  needs: staff,
  ‹kind›: care
}`);
    assert.deepEqual(findings(doc), [{ rule: "syntax/unexpected-token", range: at(0) }]);
    assert.equal(doc.diagnostics[0]!.message, "Expected a value but found “kind”.");
    assert.deepEqual(doc.file.duties[0]?.needs.map((n) => n.name), ["staff"]);
    assert.equal(doc.file.duties[0]?.dutyKind?.value, "care");
  });

  describe("unknown fields suggest the closest spelling", () => {
    it("English: holdr → holder", () => {
      const { doc, at } = parseMarked("duty verify {\n  ‹holdr›: teller\n}");
      const diagnostic = only(doc, "syntax/unknown-field");
      assert.deepEqual(rangeOf(doc, diagnostic.span), at(0));
      assert.deepEqual(diagnostic.data, { suggestion: "holder" });
      assert.match(diagnostic.message, /^duty has no field `holdr`\. Did you mean `holder`\? Fields here: holder, imposed_by, kind,/);
    });

    it("简体: 承当 → 承担", () => {
      const { doc, at } = parseMarked("责任 核对 {\n  ‹承当›：柜员\n}");
      const diagnostic = only(doc, "syntax/unknown-field");
      assert.deepEqual(rangeOf(doc, diagnostic.span), at(0));
      assert.deepEqual(diagnostic.data, { suggestion: "承担" });
      assert.match(diagnostic.message, /^责任没有字段“承当”。是否应为“承担”？可用字段：承担、设定、类型/);
    });

    it("繁體: 承當 → 承擔", () => {
      const { doc, at } = parseMarked("責任 核對 {\n  ‹承當›：櫃員\n}");
      const diagnostic = only(doc, "syntax/unknown-field");
      assert.deepEqual(rangeOf(doc, diagnostic.span), at(0));
      assert.deepEqual(diagnostic.data, { suggestion: "承擔" });
      assert.match(diagnostic.message, /^責任沒有欄位「承當」。是否應為「承擔」？/);
    });

    it("suggests in the document's script what is closest in another (承担人 in 繁體 → 承擔; 注意义物 → 注意義務)", () => {
      const { doc } = parseMarked("層級 醫院 { 資源：手術室 }\n責任 急救 { 承担人：醫院  類型：注意义物 }");
      assert.deepEqual(only(doc, "syntax/unknown-field").data, { suggestion: "承擔" });
      const value = only(doc, "syntax/invalid-value");
      assert.deepEqual(value.data, { suggestion: "注意義務" });
      assert.match(value.message, /是否應為「注意義務」？/);
      const simplified = parseMarked("层级 医院 { 资源：手术室 }\n责任 急救 { 承擔人：医院 }").doc;
      assert.deepEqual(only(simplified, "syntax/unknown-field").data, { suggestion: "承担" });
    });

    it("a word far from every field gets no suggestion", () => {
      const { doc } = parseMarked("duty verify { colour: blue }");
      const diagnostic = only(doc, "syntax/unknown-field");
      assert.equal(diagnostic.data, undefined);
      assert.doesNotMatch(diagnostic.message, /Did you mean/);
    });

    it("inside a nested block: placs → places", () => {
      const { doc, at } = parseMarked("duty verify { scope { ‹placs›: counter; periods: day } }");
      const diagnostic = only(doc, "syntax/unknown-field");
      assert.deepEqual(rangeOf(doc, diagnostic.span), at(0));
      assert.deepEqual(diagnostic.data, { suggestion: "places" });
      assert.deepEqual(doc.file.duties[0]?.scope?.periods.map((p) => p.name), ["day"]);
    });
  });

  it("a duplicate field: reported at the second key; the first value counts", () => {
    const { doc, at } = parseMarked(`duty verify {
  holder: teller
  ‹holder›: manager
}`);
    assert.deepEqual(findings(doc), [{ rule: "syntax/duplicate-field", range: at(0) }]);
    assert.equal(doc.diagnostics[0]!.message, "`holder` is given twice in this duty; only the first counts. Merge the two.");
    assert.equal(doc.file.duties[0]?.holder?.name, "teller");
  });

  it("a duplicate field under two spellings of the same key", () => {
    const { doc, at } = parseMarked("责任 核对 { 承担：柜员；‹承担者›：主管 }");
    assert.deepEqual(findings(doc), [{ rule: "syntax/duplicate-field", range: at(0) }]);
    assert.equal(doc.file.duties[0]?.holder?.name, "柜员");
  });

  it("a missing value: reported at the key; the next field is read", () => {
    const { doc, at } = parseMarked(`duty verify {
  ‹holder›:
  kind: care
}`);
    assert.deepEqual(findings(doc), [{ rule: "syntax/missing-value", range: at(0) }]);
    assert.equal(doc.diagnostics[0]!.message, "`holder` has no value. Write a name after the colon.");
    assert.equal(doc.file.duties[0]?.holder, undefined);
    assert.equal(doc.file.duties[0]?.dutyKind?.value, "care");
  });

  describe("wrong value shapes", () => {
    const cases: [string, string, RegExp][] = [
      ["a name given as text", `duty d { holder: ‹"the teller"› }`, /^`holder` expects a name, not a quoted text\.$/],
      ["two names where one is expected", "duty d { holder: ‹teller manager› }", /^`holder` expects a name, not “manager”\.$/],
      ["a date given as text", `policy { effective: ‹"soon"› }`, /^`effective` expects a date such as 2026-01-01, not a quoted text\.$/],
      ["a text given as a number", "duty d { action: ‹42› }", /^`action` expects a quoted text, not “42”\.$/],
      ["a block written as a field", "tier t { ‹domain›: counter }", /^`domain` is a block: write `domain \{ places: … periods: … \}`\.$/],
      ["a field written as a block", "tier t { ‹under› { x: y } }", /^`under` is a field: write `under: value`, not a block\.$/],
    ];
    for (const [what, source, message] of cases) {
      it(what, () => {
        const { doc, at } = parseMarked(source);
        assert.deepEqual(findings(doc), [{ rule: "syntax/invalid-value", range: at(0) }]);
        assert.match(doc.diagnostics[0]!.message, message);
      });
    }

    it("prose as a deadline is accepted without a quantity (the review flags it)", () => {
      const { doc } = parseMarked(`duty d { deadline: "as soon as possible" }`);
      assertClean(doc);
      assert.deepEqual(strip(doc.file.duties[0]?.deadline), { text: "as soon as possible" });
    });
  });

  describe("unknown enum values suggest the closest value", () => {
    it("English: statutary → statutory", () => {
      const { doc, at } = parseMarked("duty d { kind: ‹statutary› }");
      const diagnostic = only(doc, "syntax/invalid-value");
      assert.deepEqual(rangeOf(doc, diagnostic.span), at(0));
      assert.deepEqual(diagnostic.data, { suggestion: "statutory" });
      assert.equal(diagnostic.message, "`statutary` is not a value of `kind`. Did you mean `statutory`? Write one of: statutory, care.");
      assert.deepEqual(strip(doc.file.duties[0]?.dutyKind), { value: undefined, word: "statutary" });
    });

    it("简体: 注意仪务 → 注意义务", () => {
      const { doc, at } = parseMarked("责任 甲 { 类型：‹注意仪务› }");
      const diagnostic = only(doc, "syntax/invalid-value");
      assert.deepEqual(rangeOf(doc, diagnostic.span), at(0));
      assert.deepEqual(diagnostic.data, { suggestion: "注意义务" });
      assert.match(diagnostic.message, /^“注意仪务”不是“类型”的可用值。是否应为“注意义务”？可用值：法定责任、注意义务。$/);
    });

    it("繁體: a tie between the scripts goes to the document's script", () => {
      const { doc, at } = parseMarked("責任 甲 { 類型：‹注意义務› }");
      const diagnostic = only(doc, "syntax/invalid-value");
      assert.deepEqual(rangeOf(doc, diagnostic.span), at(0));
      assert.deepEqual(diagnostic.data, { suggestion: "注意義務" });
    });

    it("in a list, only the unknown value is reported", () => {
      const { doc, at } = parseMarked("case c { conditions: emergency, ‹aproved›, no_guidance }");
      assert.deepEqual(findings(doc), [{ rule: "syntax/invalid-value", range: at(0) }]);
      assert.deepEqual(doc.diagnostics[0]!.data, { suggestion: "approved" });
      assert.deepEqual(doc.file.cases[0]?.conditions.map((c) => c.value), ["emergency", undefined, "no_guidance"]);
    });
  });

  it("a missing name: reported at the keyword; the fields are read", () => {
    const { doc, at } = parseMarked("‹duty› {\n  holder: teller\n}");
    assert.deepEqual(findings(doc), [{ rule: "syntax/missing-name", range: at(0) }]);
    assert.equal(doc.diagnostics[0]!.message, "This duty has no name. Give it one so that other clauses can refer to it: `duty name`.");
    assert.equal(doc.file.duties[0]?.name, undefined);
    assert.equal(doc.file.duties[0]?.holder?.name, "teller");
  });

  it("a policy needs no name", () => {
    const { doc } = parseMarked(`policy "Rules" { version: "1" }`);
    assertClean(doc);
  });

  describe("a clause keyword used as a word inside a value", () => {
    it("免责 as a verdict followed by 因 and the exemption's name", () => {
      const { doc } = parseMarked("案例 甲 {\n  预期：柜员 免责 因 客户决定\n}");
      assertClean(doc);
      assert.deepEqual(strip(doc.file.cases[0]?.expect), [
        { holder: { name: "柜员" }, verdict: { value: "exempt", word: "免责" }, by: { name: "客户决定" } },
      ]);
      assert.equal(doc.file.exemptions.length, 0);
    });

    it("容错 at the end of a line, followed by the next field", () => {
      const { doc } = parseMarked("案例 甲 {\n  预期：柜员 容错\n  损害：“轻微”\n}");
      assertClean(doc);
      assert.deepEqual(strip(doc.file.cases[0]), {
        kind: "case",
        name: { text: "甲" },
        fields: ["expect", "harm"],
        performed: [],
        breached: [],
        conditions: [],
        harm: { text: "轻微" },
        expect: [{ holder: { name: "柜员" }, verdict: { value: "tolerated", word: "容错" } }],
      });
    });

    it("but a keyword that opens a clause after a missing `}` still starts that clause", () => {
      const { doc, at } = parseMarked("‹案例› 甲 {\n  预期：柜员 担责\n免责 客户决定 {\n  适用：核对\n}");
      assert.deepEqual(findings(doc), [{ rule: "syntax/missing-brace", range: at(0) }]);
      assert.equal(doc.file.exemptions[0]?.name?.text, "客户决定");
      assert.equal(doc.file.cases[0]?.expect[0]?.verdict?.value, "accountable");
    });
  });
});
