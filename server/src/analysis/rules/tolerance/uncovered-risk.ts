/**
 * tolerance/uncovered-risk — a duty carried out in an emergency, a reform pilot or a livelihood
 * service that no tolerance and no exemption covers. Those are the settings where honest
 * mistakes are certain and where refusing or delaying also does harm.
 *
 * The setting is the duty's `context` when it declares one (a declared `routine` is taken at its
 * word); otherwise words in its action or description (`rescue`, 试点, 民生 …) suggest it.
 */
import type { DutyDecl, Localized, Span } from "../../../../../grammar/src/index.ts";
import type { Rule, RuleContext } from "../rule.ts";
import { clauseLabel, clauseSpan, stringOption } from "../rule.ts";
import { DEFAULT_CONTEXT_WORDS, RISKY_CONTEXTS, contextOfWord, dutyProse, findTerms, spellContext } from "./lexicon.ts";

const DECLARED = {
  en: "Duty `{name}` {predicate} (`context: {word}`), yet no tolerance and no exemption covers it. {why} Add a tolerance, e.g. `tolerance {name}_tolerance { covers: {name}  contexts: {context}  when: \"…\"  limits: \"…\"  correction: \"…\" }`, or an exemption that covers it.",
  "zh-Hans": "责任“{name}”{predicate}（情境：{word}），却没有任何容错或免责条款适用于它。{why}请增加容错条款，例如：容错 {name}容错 { 适用：{name}  情境：{context}  条件：「……」  限度：「……」  纠错：「……」 }，或增加适用于它的免责条款。",
  "zh-Hant": "責任「{name}」{predicate}（情境：{word}），卻沒有任何容錯或免責條款適用於它。{why}請增加容錯條款，例如：容錯 {name}容錯 { 適用：{name}  情境：{context}  條件：「……」  限度：「……」  糾錯：「……」 }，或增加適用於它的免責條款。",
};

const BY_WORD = {
  en: "Duty `{name}` mentions “{term}”, which suggests {setting}, yet no tolerance and no exemption covers it. {why} Say the setting with `context: {context}` and add a tolerance, e.g. `tolerance {name}_tolerance { covers: {name}  contexts: {context}  when: \"…\"  limits: \"…\"  correction: \"…\" }`, or an exemption that covers it.",
  "zh-Hans": "责任“{name}”提到“{term}”，看来属于{setting}，却没有任何容错或免责条款适用于它。{why}请用“情境：{context}”写明情境，并增加容错条款，例如：容错 {name}容错 { 适用：{name}  情境：{context}  条件：「……」  限度：「……」  纠错：「……」 }，或增加适用于它的免责条款。",
  "zh-Hant": "責任「{name}」提到「{term}」，看來屬於{setting}，卻沒有任何容錯或免責條款適用於它。{why}請用「情境：{context}」寫明情境，並增加容錯條款，例如：容錯 {name}容錯 { 適用：{name}  情境：{context}  條件：「……」  限度：「……」  糾錯：「……」 }，或增加適用於它的免責條款。",
};

const BY_OWN_WORD = {
  en: "Duty `{name}` mentions “{term}”, which marks a high-risk setting, yet no tolerance and no exemption covers it. {why} Add a tolerance, e.g. `tolerance {name}_tolerance { covers: {name}  when: \"…\"  limits: \"…\"  correction: \"…\" }`, or an exemption that covers it.",
  "zh-Hans": "责任“{name}”提到“{term}”，属于高风险情境，却没有任何容错或免责条款适用于它。{why}请增加容错条款，例如：容错 {name}容错 { 适用：{name}  条件：「……」  限度：「……」  纠错：「……」 }，或增加适用于它的免责条款。",
  "zh-Hant": "責任「{name}」提到「{term}」，屬於高風險情境，卻沒有任何容錯或免責條款適用於它。{why}請增加容錯條款，例如：容錯 {name}容錯 { 適用：{name}  條件：「……」  限度：「……」  糾錯：「……」 }，或增加適用於它的免責條款。",
};

const SETTINGS: Readonly<Record<string, Localized>> = {
  emergency: { en: "an emergency", "zh-Hans": "紧急情境", "zh-Hant": "緊急情境" },
  reform_pilot: { en: "a reform pilot", "zh-Hans": "改革试点", "zh-Hant": "改革試點" },
  livelihood: { en: "a livelihood service", "zh-Hans": "民生服务", "zh-Hant": "民生服務" },
};

const PREDICATES: Readonly<Record<string, Localized>> = {
  emergency: { en: "is carried out in an emergency", "zh-Hans": "处于紧急情境", "zh-Hant": "處於緊急情境" },
  reform_pilot: { en: "is part of a reform pilot", "zh-Hans": "属于改革试点", "zh-Hant": "屬於改革試點" },
  livelihood: { en: "is a livelihood service", "zh-Hans": "属于民生服务", "zh-Hant": "屬於民生服務" },
};

const RISKY_PREDICATE: Localized = { en: "is in a high-risk setting", "zh-Hans": "处于高风险情境", "zh-Hant": "處於高風險情境" };

const RISKY_SETTING: Localized = { en: "a high-risk setting", "zh-Hans": "高风险情境", "zh-Hant": "高風險情境" };

const WHY: Readonly<Record<string, Localized>> = {
  emergency: {
    en: "Decisions under time pressure with incomplete information will sometimes be wrong; if every such mistake is punished, people wait, refuse or pass the case on — and the delay does the harm.",
    "zh-Hans": "在时间紧迫、信息不全时作出的决定难免出错；若每次失误都被追责，人们就会等待、拒绝或推给别人，耽误本身就造成损害。",
    "zh-Hant": "在時間緊迫、資訊不全時作出的決定難免出錯；若每次失誤都被追責，人們就會等待、拒絕或推給別人，耽誤本身就造成損害。",
  },
  reform_pilot: {
    en: "A pilot exists to try what has not been done; mistakes from lack of experience are expected and must be told apart from knowing violations, or nobody volunteers to try.",
    "zh-Hans": "试点本来就是做前人没做过的事，因缺乏经验出现失误在所难免，必须与明知故犯区分开来，否则没人敢先行先试。",
    "zh-Hant": "試點本來就是做前人沒做過的事，因缺乏經驗出現失誤在所難免，必須與明知故犯區分開來，否則沒人敢先行先試。",
  },
  livelihood: {
    en: "People depend on this service; when every slip is punished, staff add checks and refuse doubtful cases, and the people the service exists for are turned away.",
    "zh-Hans": "群众依赖这项服务；若每个差错都被追责，工作人员就会层层加验、拒办存疑事项，受损的是这项服务本来要服务的群众。",
    "zh-Hant": "群眾依賴這項服務；若每個差錯都被追責，工作人員就會層層加驗、拒辦存疑事項，受損的是這項服務本來要服務的群眾。",
  },
};

const GENERIC_WHY: Localized = {
  en: "Honest mistakes are likely here, and refusing or delaying also does harm.",
  "zh-Hans": "这类工作难免出现无心之失，而拒绝或拖延同样造成损害。",
  "zh-Hant": "這類工作難免出現無心之失，而拒絕或拖延同樣造成損害。",
};

/**
 * Laws per context: necessity for emergencies, the three distinctions for pilots, and everywhere
 * the general grounds for lighter sanctions. Not the Civil Code's art. 184: it protects voluntary
 * rescuers, not people whose duty is to act in an emergency.
 */
const LAWS: Readonly<Record<string, readonly string[]>> = {
  emergency: ["civil-code/182", "public-officials-sanctions-law/11"],
  reform_pilot: ["three-distinctions/0", "public-officials-sanctions-law/11"],
  livelihood: ["public-officials-sanctions-law/11"],
};

interface RiskSetting {
  /** Canonical contexts the duty works in (empty when only a drafter's own word matched). */
  readonly contexts: readonly string[];
  readonly span: Span;
  readonly declared?: string;
  readonly term?: string;
}

function riskSetting(duty: DutyDecl, risky: ReadonlySet<string>, words: readonly string[]): RiskSetting | undefined {
  if (duty.context) {
    const value = duty.context.value;
    return value && risky.has(value) ? { contexts: [value], span: duty.context.span, declared: duty.context.word } : undefined;
  }
  // A word whose built-in context was switched off by `contexts` does not count.
  const terms = findTerms(dutyProse(duty), words).filter((term) => {
    const inferred = contextOfWord(term);
    return inferred === undefined || risky.has(inferred);
  });
  const [term] = terms;
  if (!term) return undefined;
  const contexts = [...new Set(terms.map(contextOfWord).filter((c): c is string => c !== undefined))];
  return { contexts, span: clauseSpan(duty), term };
}

function isCovered(context: RuleContext, duty: DutyDecl, setting: RiskSetting): boolean {
  const { model } = context;
  if (model.exemptionsCovering(duty).length > 0 || model.tolerancesCovering(duty).length > 0) return true;
  return model.all("tolerance").some((tolerance) => tolerance.contexts.some((c) => c.value !== undefined && setting.contexts.includes(c.value)));
}

export const uncoveredRisk: Rule = {
  meta: {
    id: "tolerance/uncovered-risk",
    severity: "warning",
    summary: {
      en: "A duty in an emergency, reform-pilot or livelihood context that no tolerance or exemption covers.",
      "zh-Hans": "处于紧急、改革试点或民生情境的责任，没有任何容错或免责条款适用。",
      "zh-Hant": "處於緊急、改革試點或民生情境的責任，沒有任何容錯或免責條款適用。",
    },
    why: {
      en: "Emergencies, reform pilots and livelihood services are where honest mistakes are most likely and where refusing or delaying also does harm. A duty there with no tolerance or exemption turns every misjudgement into a breach, so holders wait, refuse or demand extra paperwork — exactly what the setting cannot afford.",
      "zh-Hans": "紧急情况、改革试点和民生服务，恰恰是最容易出现无心之失、而拒绝或拖延同样造成损害的地方。这类责任若没有容错或免责，任何判断失误都成了违反，责任人只好等待、拒绝或加码要材料，而这正是此类情境最承受不起的。",
      "zh-Hant": "緊急情況、改革試點和民生服務，恰恰是最容易出現無心之失、而拒絕或拖延同樣造成損害的地方。這類責任若沒有容錯或免責，任何判斷失誤都成了違反，責任人只好等待、拒絕或加碼要材料，而這正是此類情境最承受不起的。",
    },
    instead: {
      en: "Add a tolerance that names the duty in `covers:` or its context in `contexts:`, with `when:`, `limits:` and `correction:`; or an exemption that covers it (for an emergency, `grounds: emergency`).",
      "zh-Hans": "增加容错条款，在“适用”中写明该责任或在“情境”中写明其情境，并写明“条件”“限度”“纠错”；或增加适用于它的免责条款（紧急情况用“事由：紧急情况”）。",
      "zh-Hant": "增加容錯條款，在「適用」中寫明該責任或在「情境」中寫明其情境，並寫明「條件」「限度」「糾錯」；或增加適用於它的免責條款（緊急情況用「事由：緊急情況」）。",
    },
    laws: ["civil-code/182", "public-officials-sanctions-law/11", "three-distinctions/0"],
    options: {
      contexts: [...RISKY_CONTEXTS],
      contextWords: [...DEFAULT_CONTEXT_WORDS],
    },
  },
  check(context) {
    const risky = new Set(stringOption(context.options, "contexts"));
    const words = stringOption(context.options, "contextWords");
    for (const duty of context.file.duties) {
      const setting = riskSetting(duty, risky, words);
      if (!setting || isCovered(context, duty, setting)) continue;
      const main = setting.contexts[0];
      const name = clauseLabel(duty);
      const args = {
        name,
        setting: context.say((main ? SETTINGS[main] : undefined) ?? RISKY_SETTING),
        predicate: context.say((main ? PREDICATES[main] : undefined) ?? RISKY_PREDICATE),
        why: context.say(main ? (WHY[main] ?? GENERIC_WHY) : GENERIC_WHY),
        context: spellContext(main ?? "emergency", context.locale),
        word: setting.declared ?? "",
        term: setting.term ?? "",
      };
      context.report({
        span: setting.span,
        message: context.say(setting.declared !== undefined ? DECLARED : main ? BY_WORD : BY_OWN_WORD, args),
        clause: duty,
        field: "context",
        data: {
          missingClause: "tolerance",
          duty: name,
          ...(main ? { context: main } : {}),
          ...(setting.term ? { term: setting.term } : {}),
        },
        ...(main && LAWS[main] ? { laws: LAWS[main] } : {}),
      });
    }
  },
};
