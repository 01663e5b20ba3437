/**
 * case/unexpected-verdict — a case whose expected verdict is not what the policy decides.
 * Cases are the policy's own tests: when one fails, either the policy or the expectation is wrong.
 */
import { evaluateCase, spelledVerdict, type Verdict } from "../../../compile/cases.ts";
import type { Localized } from "../../../../../grammar/src/index.ts";
import type { Rule } from "../rule.ts";

const MESSAGE: Localized = {
  en: "Case `{case}`: `{tier}` is expected {expected}, but the policy decides {actual}. {why}",
  "zh-Hans": "案例“{case}”：预期“{tier}”{expected}，但按本政策的结论是{actual}。{why}",
  "zh-Hant": "案例「{case}」：預期「{tier}」{expected}，但按本政策的結論是{actual}。{why}",
};

const BY: Localized = { en: "{verdict} (by `{clause}`)", "zh-Hans": "{verdict}（依据“{clause}”）", "zh-Hant": "{verdict}（依據「{clause}」）" };

export const unexpectedVerdict: Rule = {
  meta: {
    id: "case/unexpected-verdict",
    severity: "error",
    summary: {
      en: "A case whose expected verdict differs from what the policy decides.",
      "zh-Hans": "案例的预期结论与政策实际得出的结论不一致。",
      "zh-Hant": "案例的預期結論與政策實際得出的結論不一致。",
    },
    why: {
      en: "Cases are the policy's tests: they describe what happened and who should answer. A failing case means the policy would hold someone accountable (or let someone off) against its drafters' intent.",
      "zh-Hans": "案例是政策的测试：描述发生了什么、应由谁担责。案例不通过，说明政策会违背起草者的本意追究某人（或放过某人）。",
      "zh-Hant": "案例是政策的測試：描述發生了什麼、應由誰擔責。案例不通過，說明政策會違背起草者的本意追究某人（或放過某人）。",
    },
    instead: {
      en: "Read the reasons in the hover: add the exemption or tolerance the case needs, let the superior answer where it withheld resources, or correct the expectation.",
      "zh-Hans": "查看悬停提示中的理由：补充案例所需的免责或容错条款，在上级未提供资源时规定上级担责，或更正预期。",
      "zh-Hant": "查看懸停提示中的理由：補充案例所需的免責或容錯條款，在上級未提供資源時規定上級擔責，或更正預期。",
    },
    laws: [],
  },
  check(context) {
    const word = (verdict: Verdict, clause?: string): string => {
      const text = spelledVerdict(verdict, context.locale);
      return clause ? context.say(BY, { verdict: text, clause }) : text;
    };
    for (const decl of context.file.cases) {
      const result = evaluateCase(context.model, context.laws, decl);
      for (const expectation of result.expectations) {
        if (expectation.ok) continue;
        const actual = result.tiers.get(expectation.tier);
        // Chinese sentences follow one another without a space.
        const why = actual?.reasons.map((reason) => reason.text).join(context.locale === "en" ? " " : "") ?? "";
        context.report({
          span: expectation.span,
          message: context.say(MESSAGE, {
            case: result.name,
            tier: expectation.tier,
            expected: word(expectation.expected, expectation.expectedBy),
            actual: word(expectation.actual, expectation.actualBy),
            why,
          }),
          clause: decl,
          tier: expectation.tier,
          field: "expect",
          data: { expected: expectation.expected, actual: expectation.actual, ...(expectation.actualBy ? { actualBy: expectation.actualBy } : {}) },
          laws: [...new Set(actual?.reasons.flatMap((reason) => reason.laws) ?? [])],
        });
      }
    }
  },
};
