import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, review } from "../../../test/helpers/review.ts";

const RULE = "suppression/unknown-rule";

describe("suppression/unknown-rule", () => {
  it("flags a misspelt rule id at the id, suggests the closest one, and the finding stays", () => {
    const [finding] = expectFindings(
      RULE,
      `tier hospital { resources: operating_room }
// duty-ignore «boundary/no-knid»: draft; the kind is decided by 2026-03-01
duty emergency_surgery { holder: hospital }`,
    );
    assert.equal(finding!.severity, "warning");
    assert.equal(
      finding!.message,
      "`boundary/no-knid` is not a Duty rule, so this suppression silences nothing for it. Did you mean `boundary/no-kind`? The rules are listed in docs/rules/README.md.",
    );
    assert.deepEqual(finding!.data, { suggestion: "boundary/no-kind" });
  });

  it("suggests `liability/no-resources` for `liability/no-resource`", () => {
    const [finding] = expectFindings(
      RULE,
      `tier teller { resources: counter_system }
// duty-ignore «liability/no-resource»: the branch lends the register
duty register { holder: teller  kind: care  needs: purpose_register }`,
    );
    assert.deepEqual(finding!.data, { suggestion: "liability/no-resources" });
  });

  it("still silences the known ids of the same comment", () => {
    const text = `tier hospital { resources: operating_room }
// duty-ignore boundary/no-kind, «boundary/vague-terms»: draft; the kind is decided by 2026-03-01
duty emergency_surgery { holder: hospital }`;
    expectFindings(RULE, text);
    expectNoFinding("boundary/no-kind", text.replace(/[«»]/g, ""));
  });

  it("suggests nothing when no rule id is close", () => {
    const [finding] = expectFindings(RULE, `tier t { resources: x }\n// duty-ignore «foo/bar»: not a rule\nduty a { holder: t  kind: care }`);
    assert.equal(finding!.data, undefined);
    assert.equal(finding!.message, "`foo/bar` is not a Duty rule, so this suppression silences nothing for it. The rules are listed in docs/rules/README.md.");
  });

  it("is reported beside suppression/missing-reason when the reason is missing too", () => {
    const findings = review(`tier t { resources: x }\n// duty-ignore boundary/no-knid\nduty a { holder: t }`);
    assert.deepEqual(findings.filter((finding) => finding.rule.startsWith("suppression/")).map((finding) => finding.rule), ["suppression/missing-reason", RULE]);
    assert.ok(findings.some((finding) => finding.rule === "boundary/no-kind"));
  });

  it("knows the language's own findings and every review rule, and ignores ids in the reason", () => {
    expectNoFinding(
      RULE,
      `tier t { resources: x }
// duty-ignore syntax/unknown-field, cite/unverified, liability/no-resources: see boundary/no-knid
duty a { holder: t  kind: care }
/* duty-ignore boundary/no-knid: a block comment does not suppress */`,
    );
  });

  it("speaks the document's language", () => {
    const [hans] = expectFindings(RULE, `层级 医院 { 资源：手术室 }\n// duty-ignore «boundary/kind»: 草稿\n责任 急诊手术 { 承担：医院 }`);
    assert.equal(hans!.message, "Duty 没有名为“boundary/kind”的规则，此处忽略对它不起作用。是否应为“boundary/no-kind”？规则列表见 docs/rules/README.md。");
    const [hant] = expectFindings(RULE, `層級 醫院 { 資源：手術室 }\n// duty-ignore «boundary/kind»: 草稿\n責任 急救 { 承擔：醫院 }`);
    assert.equal(hant!.message, "Duty 沒有名為「boundary/kind」的規則，此處忽略對它不起作用。是否應為「boundary/no-kind」？規則列表見 docs/rules/README.md。");
  });
});
