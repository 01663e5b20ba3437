/** The semantic model's findings: unknown names, wrong kinds, duplicates and cycles, across imports. */
import assert from "node:assert/strict";
import { expectFindings } from "../helpers/review.ts";

describe("names", () => {
  it("name/unknown with a did-you-mean", () => {
    const [finding] = expectFindings("name/unknown", `tier teller { resources: x }\nduty d { holder: «tellr»  kind: care  standard: "s" }\n`);
    assert.equal(finding!.message, "No tier named `tellr` is declared here or in an imported file. Did you mean `teller`?");
    assert.deepEqual(finding!.data, { suggestion: "teller" });
  });

  it("name/wrong-kind: a duty where a tier is needed, pointing at the duty", () => {
    const [finding] = expectFindings("name/wrong-kind", `tier t { resources: x }\nduty report { holder: t  kind: care  standard: "s" }\nduty other { holder: «report»  kind: care  standard: "s" }\n`);
    assert.equal(finding!.message, "`report` is a duty, but a tier is needed here.");
    assert.equal(finding!.related?.[0]?.message, "report");
  });

  it("name/duplicate in one file, in the document's language", () => {
    const [finding] = expectFindings("name/duplicate", `层级 支行 { 资源：人员 }\n层级 «支行» { 资源：系统 }\n`);
    assert.match(finding!.message, /^“支行”已被声明为层级/);
  });

  it("name/duplicate between two imported files, at the import that brings the second, pointing at both", () => {
    const [finding] = expectFindings("name/duplicate", `import "a"\nimport «"regions/b"»\nduty d { holder: office  kind: care }\n`, {
      "a.duty": "tier office { resources: x }\n",
      "regions/b.duty": 'import "c"\n',
      "regions/c.duty": "tier office { resources: y }\n",
    });
    assert.equal(finding!.message, "`office` is declared both in `a.duty` and in `regions/c.duty`, which this file imports: references to it would be ambiguous, and a system applying the policy could not tell the two apart. Rename one of them, or import only one of the files.");
    assert.deepEqual(finding!.related?.map((info) => info.uri?.split("/").slice(-1)[0]), ["a.duty", "c.duty"]);
  });

  it("reports this file's declaration once, however many imported files also declare the name", () => {
    expectFindings("name/duplicate", `import "a"\nimport "b"\ntier «office» { resources: z }\n`, { "a.duty": "tier office { resources: x }\n", "b.duty": "tier office { resources: y }\n" });
  });

  it("leaves a clash that arrives through one import to the file it is in", () => {
    const others = { "a.duty": 'import "c"\ntier office { resources: x }\n', "c.duty": "tier office { resources: y }\n", "b.duty": "tier office { resources: z }\ntier office { resources: w }\n" };
    assert.deepEqual(expectFindings("name/duplicate", `import "a"\nduty d { holder: office  kind: care }\n`, others), []);
    assert.deepEqual(expectFindings("name/duplicate", `import "b"\nduty d { holder: office  kind: care }\n`, others), []);
  });

  it("name/duplicate against an imported file, reported on this file's declaration", () => {
    const [finding] = expectFindings("name/duplicate", `import "tiers.duty"\ntier «teller» { resources: x }\n`, { "tiers.duty": "tier teller { resources: y }\n" });
    assert.match(finding!.related?.[0]?.uri ?? "", /tiers\.duty$/);
  });

  it("name/tier-cycle on each tier of the circle", () => {
    const [first] = expectFindings("name/tier-cycle", `tier a { under: «b» }\ntier b { under: «a» }\n`);
    assert.match(first!.message, /a → b → a/);
  });

  it("name/refines-cycle", () => {
    expectFindings("name/refines-cycle", `tier t { resources: x }\nduty a { holder: t  kind: care  standard: "s"  refines: «b» }\nduty b { holder: t  kind: care  standard: "s"  refines: «a» }\n`);
  });
});
