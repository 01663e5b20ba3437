/**
 * Bugs the fuzz properties found, each pinned by the smallest input that showed it
 * (docs/robustness.md lists them).
 */
import assert from "node:assert/strict";
import * as path from "node:path";
import fc from "fast-check";
import { parseDocument } from "../../grammar/src/index.ts";
import { checkNames } from "../../server/src/analysis/name-checks.ts";
import { applyEdits } from "../../server/src/analysis/fixes/apply.ts";
import { fixesFor, type Fix } from "../../server/src/analysis/fixes/fixes.ts";
import { reviewFile } from "../../server/src/analysis/review.ts";
import { Workspace } from "../../server/src/analysis/workspace.ts";
import { MemoryHost, ROOT } from "../helpers/review.ts";

const MAIN = path.join(ROOT, "main.duty");

function fixes(text: string, rule: string): Fix[] {
  const review = reviewFile(new Workspace(new MemoryHost({ "main.duty": text })), MAIN)!;
  const finding = review.findings.find((f) => f.rule === rule);
  assert.ok(finding, `a ${rule} finding in:\n${text}`);
  return fixesFor(finding, review.model).filter((fix) => !/duty-ignore|Suppress|忽略/.test(fix.title));
}

function syntaxRules(text: string): string[] {
  return parseDocument(text).diagnostics.filter((d) => d.rule.startsWith("syntax/")).map((d) => d.rule);
}

describe("fuzz regressions", () => {
  describe("boundary/unquantified: the quick fix replaces the limit's value, not with a whole field line", () => {
    const cases: [string, string, string][] = [
      ["tier t { resources: x }\nduty d { holder: t  kind: care  threshold: «large amounts» }\n", "threshold", "50000 CNY"],
      ["tier t { resources: x }\nduty d { holder: t  deadline: «promptly» }\n", "deadline", "2 working days"],
      ["层级 甲 { 资源：x }\n容错 c { 纠错期限：«尽快» }\n", "纠错期限", "10个工作日"],
      ["層級 甲 { 資源：x }\n追責 { 申訴：甲 «『盡快』»內 }\n", "申訴", "30日"],
      ["tier t { resources: x }\naccountability { appeal: t within «30» }\n", "appeal", "30 days"],
    ];
    for (const [marked, key, value] of cases) {
      it(`${key}: → ${value}`, () => {
        const text = marked.replace(/[«»]/g, "");
        const [fix] = fixes(text, "boundary/unquantified");
        assert.ok(fix);
        const fixed = applyEdits(text, fix.edits).text;
        assert.equal(fixed, marked.replace(/«[^»]*»/, value));
        assert.deepEqual(syntaxRules(fixed), []);
      });
    }

    it("keeps a value written against an English within-word apart from it", () => {
      const text = "tier t { resources: x }\naccountability { appeal: t 30within }\n";
      const fixed = applyEdits(text, fixes(text, "boundary/unquantified")[0]!.edits).text;
      assert.equal(fixed, "tier t { resources: x }\naccountability { appeal: t 30 days within }\n");
      assert.deepEqual(syntaxRules(fixed), []);
    });
  });

  it("syntax/unknown-field: no “did you mean” rename to a field the clause already has", () => {
    const text = "tier t { resources: x }\nduty d { holder: t  standard: \"Logged\"  standar: \"Logged twice\" }\n";
    assert.deepEqual(fixes(text, "syntax/unknown-field"), []);
    // Without the other field the rename is still offered.
    const alone = "tier t { resources: x }\nduty d { holder: t  standar: \"Logged\" }\n";
    assert.equal(applyEdits(alone, fixes(alone, "syntax/unknown-field")[0]!.edits).text, alone.replace("standar", "standard"));
  });

  it("an “add the field” fix is not offered when the field is written with a value the reader rejected", () => {
    // `investigate: a b` is syntax/invalid-value; process/no-investigation still reports, but adding
    // a second `investigate:` would only make a syntax/duplicate-field.
    const text = "tier a { resources: x }\nduty d { holder: a }\naccountability { covers: d  investigate: a b  determine: a  appeal: a within 30 days }\n";
    const before = syntaxRules(text);
    for (const fix of fixes(text, "process/no-investigation")) {
      assert.deepEqual(syntaxRules(applyEdits(text, fix.edits).text), before, fix.title);
    }
    const noDetermination = "tier a { resources: x }\nduty d { holder: a }\naccountability { covers: d  investigate: a  determine: a 2  appeal: a within 30 days }\n";
    for (const fix of fixes(noDetermination, "process/no-determination")) {
      assert.deepEqual(syntaxRules(applyEdits(noDetermination, fix.edits).text), syntaxRules(noDetermination), fix.title);
    }
  });

  it("name/tier-cycle over a long `under` chain: linear, and cycles above the chain still reported once each", () => {
    // 3,000 tiers in a line took seconds (the walk was cubic); a cycle at the top of the chain
    // must still be found from its members, and not from the tiers that merely lead into it.
    const chain = Array.from({ length: 3000 }, (_, i) => `tier t${i} { resources: x  under: t${i + 1} }`).join("\n");
    const text = `${chain}\ntier t3000 { under: c1 }\ntier c1 { under: c2 }\ntier c2 { under: c1 }\n`;
    const model = new Workspace(new MemoryHost({ "main.duty": text })).model(MAIN)!;
    const started = performance.now();
    const cycles = checkNames(model).filter((f) => f.rule === "name/tier-cycle");
    assert.ok(performance.now() - started < 5000, "checkNames on 3,000 chained tiers");
    assert.deepEqual(cycles.map((f) => f.message.match(/c\d → c\d → c\d/)?.[0]), ["c1 → c2 → c1", "c2 → c1 → c2"]);
  });

  it("a token the parser's recovery deletes inside a clause (an import keyword, a `{`) is reported where it stands", () => {
    // Found as `责任{围{明:＂＂导入}}`: the parser's recovery deleted `导入` and reported nothing, so
    // the formatter (which trusts a text without blocking findings) could not lay it out.
    const cases: [string, string][] = [
      ["tier t { domain { places: x import } }", "import"],
      ["tier t { resources: x 导入 }", "导入"],
      ["层级 甲 { 引用 资源：x }", "引用"],
    ];
    for (const [text, keyword] of cases) {
      const diagnostics = parseDocument(text).diagnostics;
      assert.deepEqual(diagnostics.map((d) => [d.rule, text.slice(d.span.start, d.span.end)]), [["syntax/unexpected-token", keyword]], text);
    }
    // The same for a `{` where a member should be: the recovery deleted it, the clause closed on
    // the next `}`, and the report that would have said so was the one kept back for a missing `}`.
    // Found by the final check run as `层级{级｛明：“”｛｝}`.
    const opens: [string, string[]][] = [
      ["层级 甲 { 管辖 ｛ 说明：「x」 ｛｝ } }", ["syntax/unexpected-token ｛", "syntax/unexpected-token }"]],
      ['tier t { domain { description: "a" { } } }', ["syntax/unexpected-token {", "syntax/unexpected-token }"]],
      // Where it is not deleted it is reported once, with the stray tokens after it.
      ['tier t { resources: "a" { } }', ["syntax/missing-brace tier", "syntax/invalid-value \"a\"", "syntax/unexpected-token { } }"]],
    ];
    for (const [text, expected] of opens) {
      assert.deepEqual(parseDocument(text).diagnostics.map((d) => `${d.rule} ${text.slice(d.span.start, d.span.end)}`), expected, text);
    }
    // An import statement inside a clause still closes it, as before.
    const statement = parseDocument('tier t { resources: x  import "a.duty" }');
    assert.equal(statement.file.imports.length, 1);
    assert.deepEqual(statement.diagnostics.map((d) => d.rule), ["syntax/missing-brace", "syntax/unexpected-token"]);
  });

  it("name/tier-cycle and name/refines-cycle: reported exactly for the tiers and duties on a cycle (any graph)", () => {
    // The memo that made the walk linear must not change what is reported: compare with the
    // definition — a declaration is reported iff following `under` / `refines` from it comes back.
    const graph = fc.array(fc.option(fc.nat({ max: 7 }), { nil: undefined }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(graph, graph, fc.boolean(), (unders, refines, shuffled) => {
        const tiers = unders.map((to, i) => `tier t${i} { resources: x${to !== undefined && to < unders.length ? `  under: t${to}` : ""} }`);
        const duties = refines.map((to, i) => `duty d${i} { holder: t0${to !== undefined && to < refines.length ? `  refines: d${to}` : ""} }`);
        const clauses = [...tiers, ...duties];
        if (shuffled) clauses.reverse();
        const model = new Workspace(new MemoryHost({ "main.duty": clauses.join("\n") })).model(MAIN)!;
        const onCycle = (edges: readonly (number | undefined)[], start: number): boolean => {
          let at = edges[start];
          for (let steps = 0; at !== undefined && at < edges.length && steps <= edges.length; steps++) {
            if (at === start) return true;
            at = edges[at];
          }
          return false;
        };
        const expected = [
          ...unders.flatMap((_, i) => (onCycle(unders, i) ? [`name/tier-cycle t${i}`] : [])),
          ...refines.flatMap((_, i) => (onCycle(refines, i) ? [`name/refines-cycle d${i}`] : [])),
        ].sort();
        const text = model.document.text;
        const actual = checkNames(model)
          .filter((f) => f.rule.endsWith("-cycle"))
          .map((f) => {
            const clause = model.document.file.declarations.find((d) => d.span.start <= f.span.start && f.span.end <= d.span.end)!;
            assert.ok(text.slice(f.span.start, f.span.end).length > 0);
            return `${f.rule} ${clause.name!.text}`;
          })
          .sort();
        assert.deepEqual(actual, expected);
      }),
      { seed: 20261127, numRuns: 300 },
    );
  });
});
