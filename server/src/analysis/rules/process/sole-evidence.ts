/**
 * process/sole-evidence — 以鉴代判: an accountability clause whose determination weighs a single
 * piece of evidence. One forensic appraisal or report then decides the case by itself, however
 * narrow its question; it must be weighed together with other evidence.
 */
import type { Rule } from "../rule.ts";
import { capitalized, describeAccountability, quoted } from "./accountability-label.ts";

const MESSAGE = {
  en: "{Clause} determines responsibility on a single piece of evidence, {item}. A single forensic appraisal or report must be weighed with other evidence: list what else the determination weighs (statements, records, on-site inspection).",
  "zh-Hans": "{Clause}仅凭一项证据{item}认定责任。单一的鉴定意见或报告须与其他证据一并审查，不能以鉴代判：请列出认定时还要审查的证据（当事人陈述、记录、现场勘查）。",
  "zh-Hant": "{Clause}僅憑一項證據{item}認定責任。單一的鑑定意見或報告須與其他證據一併審查，不能以鑑代判：請列出認定時還要審查的證據（當事人陳述、記錄、現場勘查）。",
};

export const soleEvidence: Rule = {
  meta: {
    id: "process/sole-evidence",
    severity: "warning",
    summary: {
      en: "A determination of responsibility that rests on a single piece of evidence (以鉴代判).",
      "zh-Hans": "责任认定仅依据一项证据（以鉴代判）。",
      "zh-Hant": "責任認定僅依據一項證據（以鑑代判）。",
    },
    why: {
      en: "An appraisal or report answers a narrow technical question; whether someone breached a duty also depends on what they knew, what they were given and what they did. When one report decides alone, the decider hands the judgement to the appraiser (以鉴代判), and the holder's own account and the records are never weighed.",
      "zh-Hans": "鉴定意见或报告只回答一个具体的技术问题；是否违反责任，还取决于当事人知道什么、得到了哪些条件、实际做了什么。仅凭一份报告定案，就是把判断交给了鉴定人（以鉴代判），当事人的陈述和相关记录都没有得到审查。",
      "zh-Hant": "鑑定意見或報告只回答一個具體的技術問題；是否違反責任，還取決於當事人知道什麼、得到了哪些條件、實際做了什麼。僅憑一份報告定案，就是把判斷交給了鑑定人（以鑑代判），當事人的陳述和相關記錄都沒有得到審查。",
    },
    instead: {
      en: "List every kind of evidence the determination weighs: `evidence: appraisal_report, \"statements of those involved\", \"duty logs\", \"on-site inspection\"`.",
      "zh-Hans": "列出认定时要审查的各类证据：“证据：鉴定意见，「当事人陈述」，「值班记录」，「现场勘查」”。",
      "zh-Hant": "列出認定時要審查的各類證據：「證據：鑑定意見，『當事人陳述』，『值班記錄』，『現場勘查』」。",
    },
    laws: [],
  },
  check(context) {
    for (const clause of context.file.accountabilities) {
      if (clause.evidence.length !== 1) continue;
      const [item] = clause.evidence;
      if (!item) continue;
      context.report({
        span: item.span,
        message: context.say(MESSAGE, {
          Clause: capitalized(describeAccountability(clause, context.locale)),
          item: quoted(item.text, context.locale),
        }),
        clause,
        field: "evidence",
        data: { evidence: [item.text] },
      });
    }
  },
};
