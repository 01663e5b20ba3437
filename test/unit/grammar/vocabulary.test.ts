/**
 * Every keyword and every field spelling in vocabulary.ts reaches the typed declarations.
 * The spellings are read from the vocabulary tables, so a synonym added there is tested here.
 */
import assert from "node:assert/strict";
import { parseDocument, type Declaration } from "../../../grammar/src/index.ts";
import {
  BLOCK_KEYWORDS,
  BY_WORDS,
  FIELDS,
  IMPORT_KEYWORD,
  VERDICTS,
  WITHIN_WORDS,
  type BlockKind,
  type FieldSpec,
  type ValueShape,
} from "../../../grammar/src/vocabulary.ts";
import { assertClean, only, parseMarked, strip } from "./helpers.ts";

const KINDS = Object.keys(BLOCK_KEYWORDS) as BlockKind[];
const HAN = /[\u3400-\u9FFF]/;

/** The declaration property a field key is read into, where it is not the key itself. */
const PROPERTY: Readonly<Record<string, string>> = {
  imposed_by: "imposedBy",
  kind: "dutyKind",
  correction_deadline: "correctionDeadline",
  superior_answers: "superiorAnswers",
};

/**
 * The clause keyword in the script of a field spelling (English for Latin words, traditional for
 * a traditional canonical spelling, else simplified), so each example reads naturally.
 */
function keywordFor(kind: BlockKind, spec: FieldSpec, fieldWord: string): string {
  const { canonical } = BLOCK_KEYWORDS[kind];
  if (!HAN.test(fieldWord)) return canonical.en;
  const traditional = fieldWord === spec.spelling.canonical["zh-Hant"] && fieldWord !== spec.spelling.canonical["zh-Hans"];
  return traditional ? canonical["zh-Hant"] : canonical["zh-Hans"];
}

interface Example {
  readonly source: string;
  readonly expected: unknown;
}

const THIRTY_DAYS = { text: "30 days", quantity: { amount: 30, unit: "days", kind: "duration", normalized: 30 } };

/** One example value per shape (enum shapes are covered value by value below). */
const EXAMPLES: Readonly<Record<Exclude<ValueShape, "enum" | "enums" | "block">, Example>> = {
  name: { source: "ops_team", expected: { name: "ops_team" } },
  names: { source: "alpha, beta", expected: [{ name: "alpha" }, { name: "beta" }] },
  text: { source: `"Checked twice"`, expected: { text: "Checked twice" } },
  date: { source: "2026-03-01", expected: { text: "2026-03-01" } },
  limit: { source: "30 days", expected: THIRTY_DAYS },
  trigger: {
    source: `conduct "failed to check"`,
    expected: { basis: { value: "conduct", word: "conduct" }, text: { text: "failed to check" } },
  },
  appeal: { source: "board within 30 days", expected: { to: { name: "board" }, within: THIRTY_DAYS } },
  citations: {
    source: "physicians-act/27, Civil Code art. 1201",
    expected: [
      { text: "physicians-act/27", lawId: "physicians-act", article: 27 },
      { text: "Civil Code art. 1201", law: "Civil Code", article: 1201 },
    ],
  },
  evidence: {
    source: `ledger, "witness statement"`,
    expected: [
      { text: "ledger", isName: true },
      { text: "witness statement", isName: false },
    ],
  },
  expectation: {
    source: "teller exempt by storm_exemption",
    expected: [{ holder: { name: "teller" }, verdict: { value: "exempt", word: "exempt" }, by: { name: "storm_exemption" } }],
  },
};

function parseClause(kind: BlockKind, keyword: string, body: string): Declaration {
  const doc = parseDocument(`${keyword} example {\n  ${body}\n}\n`);
  assertClean(doc);
  assert.equal(doc.file.declarations.length, 1);
  const declaration = doc.file.declarations[0]!;
  assert.equal(declaration.kind, kind);
  assert.equal(declaration.name?.text, "example");
  return declaration;
}

function property(declaration: Declaration, key: string): unknown {
  return strip((declaration as unknown as Record<string, unknown>)[PROPERTY[key] ?? key]);
}

describe("grammar: vocabulary", () => {
  describe("clause keywords", () => {
    for (const kind of KINDS) {
      for (const word of BLOCK_KEYWORDS[kind].all) {
        it(`“${word}” starts a ${kind} clause`, () => {
          const doc = parseDocument(`${word} sample { }`);
          assertClean(doc);
          assert.deepEqual(
            doc.file.declarations.map((d) => [d.kind, d.name?.text]),
            [[kind, "sample"]],
          );
        });
      }
      const english = BLOCK_KEYWORDS[kind].canonical.en;
      it(`English keywords are case-insensitive: “${english.toUpperCase()}”`, () => {
        const doc = parseDocument(`${english.toUpperCase()} sample { }`);
        assertClean(doc);
        assert.equal(doc.file.declarations[0]?.kind, kind);
      });
    }

    it("English field keys are case-insensitive and `-` is `_`", () => {
      const doc = parseDocument("duty d { HOLDER: teller; Imposed-By: bank; Kind: Care }");
      assertClean(doc);
      assert.equal(doc.file.duties[0]?.holder?.name, "teller");
      assert.equal(doc.file.duties[0]?.imposedBy?.name, "bank");
      assert.deepEqual(strip(doc.file.duties[0]?.dutyKind), { value: "care", word: "Care" });
    });

    it("a keyword with more letters after it is a name, not a keyword", () => {
      const doc = parseDocument("duty dutyful { holder: tiered }");
      assertClean(doc);
      assert.equal(doc.file.duties[0]?.name?.text, "dutyful");
      assert.equal(doc.file.duties[0]?.holder?.name, "tiered");
    });

    for (const word of IMPORT_KEYWORD.all) {
      it(`“${word}” imports a file`, () => {
        const doc = parseDocument(`${word} "shared/tiers.duty";\ntier t { }`);
        assertClean(doc);
        assert.deepEqual(
          doc.file.imports.map((i) => [i.keyword.text, i.path.text]),
          [[word, "shared/tiers.duty"]],
        );
        assert.equal(doc.file.tiers.length, 1);
      });
    }
  });

  describe("field spellings", () => {
    for (const kind of KINDS) {
      for (const spec of FIELDS[kind]) {
        for (const word of spec.spelling.all) {
          describeField(kind, spec, word);
        }
      }
    }
  });

  describe("nested block field spellings", () => {
    for (const kind of KINDS) {
      for (const spec of FIELDS[kind].filter((f) => f.shape === "block")) {
        for (const inner of spec.fields ?? []) {
          for (const word of inner.spelling.all) {
            it(`${kind}.${spec.key}.${inner.key} spelt “${word}”`, () => {
              const example = inner.shape === "names" ? EXAMPLES.names : EXAMPLES.text;
              const keyword = keywordFor(kind, inner, word);
              const declaration = parseClause(kind, keyword, `${spec.spelling.canonical.en} { ${word}: ${example.source} }`);
              const scope = property(declaration, spec.key) as Record<string, unknown>;
              assert.deepEqual(scope[inner.key], example.expected);
            });
          }
        }
      }
    }
  });

  describe("words inside values", () => {
    for (const word of WITHIN_WORDS) {
      it(`“${word}” marks an appeal's time limit`, () => {
        const doc = parseDocument(`accountability a { appeal: board ${word} 30 days }`);
        assertClean(doc);
        assert.deepEqual(strip(doc.file.accountabilities[0]?.appeal), { to: { name: "board" }, within: THIRTY_DAYS });
      });
    }
    it("an expectation holds a tier, a verdict and `by <clause>`, and nothing else (no word is dropped silently)", () => {
      for (const [value, extra] of [
        ["teller exempt decides", "decides"],
        ["teller exempt by", "by"],
        ["teller exempt by storm later", "later"],
        ["柜员 免责 客户决定", "客户决定"],
      ] as const) {
        const source = `case c { expect: ‹${value}› }`;
        const doc = parseMarked(source);
        const finding = only(doc.doc, "syntax/invalid-value");
        assert.deepEqual(finding.span, doc.spans[0], value);
        assert.ok(finding.message.includes(`“${extra}”`), `${value}: ${finding.message}`);
      }
      assertClean(parseDocument("case c { expect: teller exempt by storm, branch accountable }"));
    });
    for (const word of BY_WORDS) {
      it(`“${word}” names the clause behind an expected verdict`, () => {
        const doc = parseDocument(`case c { expect: teller exempt ${word} storm }`);
        assertClean(doc);
        assert.deepEqual(strip(doc.file.cases[0]?.expect), [
          { holder: { name: "teller" }, verdict: { value: "exempt", word: "exempt" }, by: { name: "storm" } },
        ]);
      });
    }
  });
});

function describeField(kind: BlockKind, spec: FieldSpec, word: string): void {
  const keyword = keywordFor(kind, spec, word);
  const title = `${kind}.${spec.key} spelt “${word}”`;
  switch (spec.shape) {
    case "enum":
    case "enums":
      for (const value of spec.values ?? []) {
        for (const valueWord of value.spelling.all) {
          it(`${title} = “${valueWord}” (${value.value})`, () => {
            const declaration = parseClause(kind, keyword, `${word}: ${valueWord}`);
            const ref = { value: value.value, word: valueWord };
            assert.deepEqual(property(declaration, spec.key), spec.shape === "enum" ? ref : [ref]);
          });
        }
      }
      if (spec.shape === "enums") {
        it(`${title} takes a list of every value`, () => {
          const values = spec.values ?? [];
          const declaration = parseClause(kind, keyword, `${word}: ${values.map((v) => v.value).join(", ")}`);
          assert.deepEqual(property(declaration, spec.key), values.map((v) => ({ value: v.value, word: v.value })));
        });
      }
      return;
    case "trigger":
      for (const basis of spec.values ?? []) {
        for (const basisWord of basis.spelling.all) {
          it(`${title} = ${basisWord} "…"`, () => {
            const declaration = parseClause(kind, keyword, `${word}: ${basisWord} "failed to check"`);
            assert.deepEqual(property(declaration, spec.key), {
              basis: { value: basis.value, word: basisWord },
              text: { text: "failed to check" },
            });
          });
        }
      }
      return;
    case "expectation":
      for (const verdict of VERDICTS) {
        for (const verdictWord of verdict.spelling.all) {
          it(`${title} = teller ${verdictWord} (${verdict.value})`, () => {
            const declaration = parseClause(kind, keyword, `${word}: teller ${verdictWord}`);
            assert.deepEqual(property(declaration, spec.key), [{ holder: { name: "teller" }, verdict: { value: verdict.value, word: verdictWord } }]);
          });
        }
      }
      it(`${title} = teller exempt by storm_exemption`, () => {
        const declaration = parseClause(kind, keyword, `${word}: ${EXAMPLES.expectation.source}`);
        assert.deepEqual(property(declaration, spec.key), EXAMPLES.expectation.expected);
      });
      return;
    case "block":
      it(`${title} { places, periods, description }`, () => {
        const declaration = parseClause(kind, keyword, `${word} { places: ward, clinic; periods: night; description: "Both sites" }`);
        assert.deepEqual(property(declaration, spec.key), {
          places: [{ name: "ward" }, { name: "clinic" }],
          periods: [{ name: "night" }],
          description: { text: "Both sites" },
        });
      });
      return;
    default: {
      const example = EXAMPLES[spec.shape];
      it(`${title} = ${example.source}`, () => {
        const declaration = parseClause(kind, keyword, `${word}: ${example.source}`);
        assert.deepEqual(property(declaration, spec.key), example.expected);
        assert.ok(declaration.fieldSpans[spec.key], `fieldSpans records ${spec.key}`);
      });
    }
  }
}
