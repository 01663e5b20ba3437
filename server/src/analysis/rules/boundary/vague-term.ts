/**
 * boundary/vague-term — absolute or vague wording in a duty's action or standard, or in what
 * triggers accountability: "ensure nothing goes wrong", 零事故, "timely", 相关, 一律… An absolute
 * promises an outcome nobody can guarantee; a vague word leaves the line between fulfilled and
 * breached to whoever judges afterwards. The lexicon is data (vague-terms.json); configuration
 * adds terms (`extraTerms`) or drops them (`ignoreTerms`).
 */
import type { Declaration, Text } from "../../../../../grammar/src/index.ts";
import type { Rule } from "../rule.ts";
import { clauseLabel, stringOption } from "../rule.ts";
import { vagueTermMatcher } from "./vague-terms.ts";

const WHERE = {
  action: {
    en: "the action of duty `{name}`",
    "zh-Hans": "责任“{name}”的内容",
    "zh-Hant": "責任「{name}」的內容",
  },
  standard: {
    en: "the standard of duty `{name}`",
    "zh-Hans": "责任“{name}”的标准",
    "zh-Hant": "責任「{name}」的標準",
  },
  trigger: {
    en: "the trigger of the accountability clause",
    "zh-Hans": "追责条款的启动情形",
    "zh-Hant": "追責條款的啟動情形",
  },
};

const MESSAGES = {
  absolute: {
    en: "“{term}” in {where} is absolute: it promises an outcome nobody can guarantee, so any mishap counts as a breach and the holder ends up guarding against blame instead of doing the work. Write instead: {instead}.",
    "zh-Hans": "{where}中的“{term}”是绝对化表述：它承诺了谁也无法保证的结果，一旦出事就算失职，责任人只能忙于自保而不是做好工作。请改写为：{instead}。",
    "zh-Hant": "{where}中的「{term}」是絕對化表述：它承諾了誰也無法保證的結果，一旦出事就算失職，責任人只能忙於自保而不是做好工作。請改寫為：{instead}。",
  },
  vague: {
    en: "“{term}” in {where} is vague: the holder cannot know in advance what fulfils the duty, and whoever judges afterwards decides. Write instead: {instead}.",
    "zh-Hans": "{where}中的“{term}”含义模糊：责任人事先无法知道怎样才算履职，只能由事后追责的人说了算。请改写为：{instead}。",
    "zh-Hant": "{where}中的「{term}」含義模糊：責任人事先無法知道怎樣才算履職，只能由事後追責的人說了算。請改寫為：{instead}。",
  },
};

type Place = keyof typeof WHERE;

export const vagueTerm: Rule = {
  meta: {
    id: "boundary/vague-term",
    severity: "warning",
    summary: {
      en: "Absolute or vague wording in a duty's action or standard, or in an accountability trigger.",
      "zh-Hans": "责任的内容、标准或追责启动情形中使用了绝对化或含义模糊的表述。",
      "zh-Hant": "責任的內容、標準或追責啟動情形中使用了絕對化或含義模糊的表述。",
    },
    why: {
      en: "Absolute wording (\"ensure nothing goes wrong\", \"zero accidents\") turns every mishap into a breach, whatever the holder did; vague wording (\"timely\", \"as appropriate\", \"relevant\") leaves the line between fulfilled and breached to whoever judges afterwards. Either way the holder cannot know in advance what is asked, and defends against blame instead of doing the work.",
      "zh-Hans": "绝对化表述（“确保不出问题”“零事故”）让任何意外都成了失职，不问责任人做了什么；模糊表述（“及时”“适当”“相关”）让履职与失职的界线由事后追责的人决定。两种情况下，责任人事先都不知道要做到什么程度，只能忙于自保而不是做好工作。",
      "zh-Hant": "絕對化表述（「確保不出問題」「零事故」）讓任何意外都成了失職，不問責任人做了什麼；模糊表述（「及時」「適當」「相關」）讓履職與失職的界線由事後追責的人決定。兩種情況下，責任人事先都不知道要做到什麼程度，只能忙於自保而不是做好工作。",
    },
    instead: {
      en: "Write what the holder does and how anyone can check it: a deadline with a number and unit, the specific departments or documents by name, the conditions that call for a measure, the conduct standard instead of an outcome target.",
      "zh-Hans": "写明责任人做什么、别人如何核查：带数字和单位的期限，具体的部门或文件名称，启动某项措施的具体条件，以行为标准代替结果指标。",
      "zh-Hant": "寫明責任人做什麼、別人如何核查：帶數字和單位的期限，具體的部門或文件名稱，啟動某項措施的具體條件，以行為標準代替結果指標。",
    },
    laws: [],
    options: { extraTerms: [], ignoreTerms: [] },
  },
  check(context) {
    const matcher = vagueTermMatcher(stringOption(context.options, "extraTerms"), stringOption(context.options, "ignoreTerms"));
    const scan = (clause: Declaration, place: Place, text: Text | undefined): void => {
      if (!text) return;
      // Search the text as written, so that escapes and quotes never shift a range.
      const written = context.document.text.slice(text.span.start, text.span.end);
      for (const hit of matcher.findFor(text, written)) {
        const instead = hit.value.instead[context.locale];
        const where = context.say(WHERE[place], { name: clauseLabel(clause) });
        context.report({
          span: { start: text.span.start + hit.start, end: text.span.start + hit.end },
          message: context.say(MESSAGES[hit.value.kind], { term: hit.text, where, instead }),
          clause,
          field: place,
          data: { term: hit.text, instead, entry: hit.value.id },
        });
      }
    };
    for (const duty of context.file.duties) {
      scan(duty, "action", duty.action);
      scan(duty, "standard", duty.standard);
    }
    for (const accountability of context.file.accountabilities) scan(accountability, "trigger", accountability.trigger?.text);
  },
};
