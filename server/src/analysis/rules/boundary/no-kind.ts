/**
 * boundary/no-kind — a duty that does not say whether it is statutory liability or a duty of
 * care. The two are answered for differently: statutory liability as the law sets it, a duty of
 * care only for failing to take the care described. Without the kind, every failure is read as
 * the heavier one.
 */
import type { Rule } from "../rule.ts";
import { clauseLabel, clauseSpan } from "../rule.ts";

const MESSAGE = {
  en: "Duty `{name}` does not say its kind: write `kind: statutory` (a law imposes it) or `kind: care` (a duty of care, answered for only when the care described was not taken).",
  "zh-Hans": "责任“{name}”未写明类型：请写“类型：法定责任”（由法律设定）或“类型：注意义务”（仅在未尽到所述注意时担责）。",
  "zh-Hant": "責任「{name}」未寫明類型：請寫「類型：法定責任」（由法律設定）或「類型：注意義務」（僅在未盡到所述注意時擔責）。",
};

export const noKind: Rule = {
  meta: {
    id: "boundary/no-kind",
    severity: "warning",
    summary: {
      en: "A duty that does not say whether it is statutory liability or a duty of care.",
      "zh-Hans": "责任未写明属于法定责任还是注意义务。",
      "zh-Hant": "責任未寫明屬於法定責任還是注意義務。",
    },
    why: {
      en: "Statutory liability and a duty of care are answered for differently. Left unsaid, every failure tends to be treated as the heavier one, and the holder defends against outcomes instead of doing the work.",
      "zh-Hans": "法定责任与注意义务的担责方式不同。不写明时，任何失误都容易被按较重的一种追究，责任人只好防范结果，而不是做好工作。",
      "zh-Hant": "法定責任與注意義務的擔責方式不同。不寫明時，任何失誤都容易被按較重的一種追究，責任人只好防範結果，而不是做好工作。",
    },
    instead: {
      en: "Add `kind: statutory` when a law imposes the duty (and cite it under `basis`), or `kind: care` when the holder must take a described care.",
      "zh-Hans": "由法律设定的写“类型：法定责任”（并在“依据”中引用），要求尽到特定注意的写“类型：注意义务”。",
      "zh-Hant": "由法律設定的寫「類型：法定責任」（並在「依據」中引用），要求盡到特定注意的寫「類型：注意義務」。",
    },
    laws: [],
  },
  check(context) {
    for (const duty of context.file.duties) {
      if (duty.dutyKind) continue;
      context.report({
        span: clauseSpan(duty),
        message: context.say(MESSAGE, { name: clauseLabel(duty) }),
        clause: duty,
        field: "kind",
        data: { missingField: "kind" },
      });
    }
  },
};
