/**
 * tolerance/emergency-consent — "no signature, no surgery": a duty that waits for a consent or a
 * signature before acting, in an emergency setting, with no emergency exemption. The Physicians
 * Act (art. 27) and the Civil Code (art. 1220) let treatment start at once, with the approval of
 * the institution head, when a dying patient's or relatives' opinion cannot be obtained; a
 * policy that makes the signature an absolute precondition forbids what the law requires.
 *
 * The setting is emergency when the duty declares `context: emergency`, or, when it declares no
 * context, when its action or description speaks of one (emergency, dying, 抢救, 急诊 …).
 */
import type { DutyDecl } from "../../../../../grammar/src/index.ts";
import type { Rule } from "../rule.ts";
import { clauseLabel, stringOption } from "../rule.ts";
import { DEFAULT_CONSENT_WORDS, DEFAULT_EMERGENCY_WORDS, dutyProse, findTerm } from "./lexicon.ts";

const MESSAGE = {
  en: "Duty `{name}` waits for “{item}” before acting, in an emergency, and no emergency exemption covers it: no signature, no surgery. The Physicians Act, art. 27, says a doctor must not refuse emergency care and, when a dying patient's or close relatives' opinion cannot be obtained, may act at once with the approval of the institution head or an authorised head (likewise Civil Code art. 1220). Add an emergency exemption approved by the institution head: `exemption emergency_treatment { covers: {name}  grounds: emergency  approval: <head tier>  basis: physicians-act/27, civil-code/1220 }`.",
  "zh-Hans": "责任“{name}”处于紧急情境，却以“{item}”为行动前提，且没有紧急情况免责：这就是“无签字不手术”。《医师法》第二十七条规定，医师不得拒绝急救处置；因抢救生命垂危的患者等紧急情况，不能取得患者或者其近亲属意见的，经医疗机构负责人或者授权的负责人批准，可以立即实施相应的医疗措施（《民法典》第一千二百二十条同此规定）。请增加由机构负责人批准的紧急免责：免责 紧急救治免签 { 适用：{name}  事由：紧急情况  批准：<负责人层级>  依据：医师法 第二十七条，民法典 第一千二百二十条 }。",
  "zh-Hant": "責任「{name}」處於緊急情境，卻以「{item}」為行動前提，且沒有緊急情況免責：這就是「無簽字不手術」。《醫師法》第二十七條規定，醫師不得拒絕急救處置；因搶救生命垂危的患者等緊急情況，不能取得患者或者其近親屬意見的，經醫療機構負責人或者授權的負責人批准，可以立即實施相應的醫療措施（《民法典》第一千二百二十條同此規定）。請增加由機構負責人批准的緊急免責：免責 緊急救治免簽 { 適用：{name}  事由：緊急情況  批准：<負責人層級>  依據：醫師法 第二十七條，民法典 第一千二百二十條 }。",
};

function inEmergency(duty: DutyDecl, words: readonly string[]): boolean {
  if (duty.context) return duty.context.value === "emergency";
  return dutyProse(duty).some((text) => findTerm(text, words) !== undefined);
}

export const emergencyConsent: Rule = {
  meta: {
    id: "tolerance/emergency-consent",
    severity: "error",
    summary: {
      en: "A duty that waits for a consent or signature in an emergency, with no emergency exemption (\"no signature, no surgery\").",
      "zh-Hans": "紧急情境下以同意或签字为前提、又没有紧急免责的责任（“无签字不手术”）。",
      "zh-Hant": "緊急情境下以同意或簽字為前提、又沒有緊急免責的責任（「無簽字不手術」）。",
    },
    why: {
      en: "Informed consent protects patients in ordinary care. In an emergency, a rule that allows no action without a signature makes the doctor choose between breaching the policy and letting the patient die, and the safe choice for the doctor is to wait. The law resolves this: when a dying patient's or relatives' opinion cannot be obtained, the institution head or an authorised head approves, and treatment starts at once.",
      "zh-Hans": "知情同意在常规诊疗中保护患者。但在紧急情况下，没有签字就不许行动的规定，逼医师在违反制度和眼看患者死亡之间二选一，而对医师自己最安全的选择就是等待。法律已经给出答案：不能取得患者或者其近亲属意见的，经医疗机构负责人或者授权的负责人批准，立即实施医疗措施。",
      "zh-Hant": "知情同意在常規診療中保護患者。但在緊急情況下，沒有簽字就不許行動的規定，逼醫師在違反制度和眼看患者死亡之間二選一，而對醫師自己最安全的選擇就是等待。法律已經給出答案：不能取得患者或者其近親屬意見的，經醫療機構負責人或者授權的負責人批准，立即實施醫療措施。",
    },
    instead: {
      en: "Keep the consent for ordinary cases and add an exemption with `grounds: emergency` covering the duty, `approval:` naming the tier of the institution head (or an authorised head), and `basis: physicians-act/27, civil-code/1220`.",
      "zh-Hans": "常规情形保留签字要求，另增加“事由：紧急情况”的免责条款：适用于该责任，“批准”写医疗机构负责人（或授权的负责人）所在层级，“依据：医师法 第二十七条，民法典 第一千二百二十条”。",
      "zh-Hant": "常規情形保留簽字要求，另增加「事由：緊急情況」的免責條款：適用於該責任，「批准」寫醫療機構負責人（或授權的負責人）所在層級，「依據：醫師法 第二十七條，民法典 第一千二百二十條」。",
    },
    laws: ["physicians-act/27", "civil-code/1220", "civil-code/1219"],
    options: {
      consentWords: [...DEFAULT_CONSENT_WORDS],
      emergencyWords: [...DEFAULT_EMERGENCY_WORDS],
    },
  },
  check(context) {
    const consentWords = stringOption(context.options, "consentWords");
    const emergencyWords = stringOption(context.options, "emergencyWords");
    for (const duty of context.file.duties) {
      const consent = duty.requires.find((item) => findTerm(item.text, consentWords) !== undefined);
      if (!consent || !inEmergency(duty, emergencyWords)) continue;
      const exempted = context.model.exemptionsCovering(duty).some((exemption) => exemption.grounds?.value === "emergency");
      if (exempted) continue;
      const name = clauseLabel(duty);
      context.report({
        span: consent.span,
        message: context.say(MESSAGE, { name, item: consent.text }),
        clause: duty,
        field: "requires",
        data: {
          missingClause: "emergency_exemption",
          duty: name,
          requirement: consent.text,
          grounds: "emergency",
          basis: ["physicians-act/27", "civil-code/1220"],
        },
      });
    }
  },
};
