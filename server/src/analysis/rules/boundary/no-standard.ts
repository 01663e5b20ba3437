/**
 * boundary/no-standard — a duty with no measurable standard of fulfilment: either no `standard`
 * at all, or one made only of vague and absolute wording ("确保万无一失", "Strictly implement the
 * relevant requirements"). Without a standard nobody can tell that the duty was met, so whoever
 * judges after a bad outcome decides whether it was.
 */
import type { Text } from "../../../../../grammar/src/index.ts";
import type { Rule } from "../rule.ts";
import { clauseLabel, clauseSpan } from "../rule.ts";
import { isOnlyVagueWording, vagueTermMatcher } from "./vague-terms.ts";

const MISSING = {
  en: "Duty `{name}` has no standard: nobody can tell when it has been met, so any bad outcome can be called a breach. Add a measurable `standard:` saying what fulfilment looks like and where it is recorded, e.g. `standard: \"Warning shown and acknowledged in the counter system\"`.",
  "zh-Hans": "责任“{name}”没有履职标准：无法判断何时算履行到位，任何不良后果都可能被认定为失职。请补充可衡量的“标准”，写明做到什么程度、记录在哪里，如“标准：「提示界面已展示，客户确认记录留存于柜面系统」”。",
  "zh-Hant": "責任「{name}」沒有履職標準：無法判斷何時算履行到位，任何不良後果都可能被認定為失職。請補充可衡量的「標準」，寫明做到什麼程度、記錄在哪裡，如「標準：『提示介面已展示，客戶確認記錄留存於櫃面系統』」。",
};

const ONLY_VAGUE = {
  en: "The standard of duty `{name}` (“{text}”) is only vague or absolute wording: it says nothing anyone could check, so the duty has no standard in effect and any bad outcome can be called a breach. Write what fulfilment looks like and where it is recorded, e.g. `standard: \"Warning shown and acknowledged in the counter system\"`.",
  "zh-Hans": "责任“{name}”的标准（“{text}”）只有模糊或绝对化的表述，没有任何可以核查的内容：等于没有标准，任何不良后果都可能被认定为失职。请写明做到什么程度、记录在哪里，如“标准：「提示界面已展示，客户确认记录留存于柜面系统」”。",
  "zh-Hant": "責任「{name}」的標準（「{text}」）只有模糊或絕對化的表述，沒有任何可以核查的內容：等於沒有標準，任何不良後果都可能被認定為失職。請寫明做到什麼程度、記錄在哪裡，如「標準：『提示介面已展示，客戶確認記錄留存於櫃面系統』」。",
};

/**
 * Whether a standard says nothing but vague wording, remembered by its declaration's text
 * object: a clause an edit did not touch keeps it through the reparse (grammar/src/incremental.ts).
 */
const onlyVague = new WeakMap<Text, boolean>();

function onlyVagueWording(standard: Text): boolean {
  let answer = onlyVague.get(standard);
  if (answer === undefined) onlyVague.set(standard, (answer = isOnlyVagueWording(standard.text)));
  return answer;
}

export const noStandard: Rule = {
  meta: {
    id: "boundary/no-standard",
    severity: "warning",
    summary: {
      en: "A duty without a measurable standard of fulfilment, or whose standard is only vague wording.",
      "zh-Hans": "责任没有可衡量的履职标准，或标准只有模糊表述。",
      "zh-Hant": "責任沒有可衡量的履職標準，或標準只有模糊表述。",
    },
    why: {
      en: "The standard is how anyone — the holder, the investigator, a court — tells that a duty was met. Without one, fulfilment is judged after the fact and by the outcome: a holder who did everything asked can still be found in breach, and cannot prove otherwise.",
      "zh-Hans": "履职标准是责任人、调查者乃至法院判断责任是否履行的依据。没有标准，是否履职只能事后按结果判断：责任人即使做到了要求的一切，仍可能被认定失职，也无从自证。",
      "zh-Hant": "履職標準是責任人、調查者乃至法院判斷責任是否履行的依據。沒有標準，是否履職只能事後按結果判斷：責任人即使做到了要求的一切，仍可能被認定失職，也無從自證。",
    },
    instead: {
      en: "Add `standard:` with what fulfilment looks like and where it is recorded — something a third party could check from the records, such as \"Warning screen displayed and the customer's acknowledgement captured before payout\".",
      "zh-Hans": "补充“标准：”，写明做到什么程度、记录在哪里，让第三方能凭记录核查，如“提示界面已展示，客户确认记录在付款前留存于柜面系统”。",
      "zh-Hant": "補充「標準：」，寫明做到什麼程度、記錄在哪裡，讓第三方能憑記錄核查，如「提示介面已展示，客戶確認記錄在付款前留存於櫃面系統」。",
    },
    laws: [],
  },
  check(context) {
    for (const duty of context.file.duties) {
      const name = clauseLabel(duty);
      const standard = duty.standard;
      if (!standard) {
        // A `standard` written with the wrong kind of value is already a syntax finding.
        if (duty.fieldSpans["standard"]) continue;
        context.report({
          span: clauseSpan(duty),
          message: context.say(MISSING, { name }),
          clause: duty,
          field: "standard",
          data: { missingField: "standard" },
        });
        continue;
      }
      if (!onlyVagueWording(standard)) continue;
      // An unquoted standard that is one lexicon term is boundary/vague-term's finding, at this very range.
      const written = context.document.text.slice(standard.span.start, standard.span.end);
      if (vagueTermMatcher().find(written).some((hit) => hit.start === 0 && hit.end === written.length)) continue;
      context.report({
        span: standard.span,
        message: context.say(ONLY_VAGUE, { name, text: standard.text }),
        clause: duty,
        field: "standard",
        data: { vagueStandard: standard.text },
      });
    }
  },
};
