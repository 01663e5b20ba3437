/**
 * boundary/outcome-only — accountability triggered by an outcome metric alone (以结果论英雄):
 * `trigger: outcome "…"`, or a trigger written without `conduct`/`outcome` whose text names an
 * outcome (accidents, complaints, an income target, a ranking) and no conduct. `trigger: conduct`
 * is never flagged.
 */
import type { Rule } from "../rule.ts";
import { outcomeWithoutConduct } from "./outcome-terms.ts";

const DECLARED = {
  en: "Accountability is triggered by an outcome alone{quoted}. Judging by results (以结果论英雄) punishes a holder who did everything required for what they could not control, and spares one who cut corners but was lucky. Name the conduct instead — what the holder did or failed to do — e.g. `trigger: conduct \"the required check was not made, as shown by the records\"`.",
  "zh-Hans": "追责仅以结果为启动条件{quoted}。以结果论英雄，已经尽职的责任人会因无法控制的结果被追责，敷衍了事却侥幸无事的人反而无责。请改为写明行为——责任人做了什么或没做什么，如“启动：行为 「未按规定开展检查，有检查记录为证」”。",
  "zh-Hant": "追責僅以結果為啟動條件{quoted}。以結果論英雄，已經盡職的責任人會因無法控制的結果被追責，敷衍了事卻僥倖無事的人反而無責。請改為寫明行為——責任人做了什麼或沒做什麼，如「啟動：行為 『未按規定開展檢查，有檢查記錄為證』」。",
};

const QUOTED = { en: " (“{text}”)", "zh-Hans": "（“{text}”）", "zh-Hant": "（「{text}」）" };

const INFERRED = {
  en: "Accountability is triggered by an outcome (“{term}”) with no conduct named (“{text}”). Judging by results (以结果论英雄) punishes a holder who did everything required for what they could not control, and spares one who cut corners but was lucky. Name the conduct instead — what the holder did or failed to do — and mark it: `trigger: conduct \"…\"`.",
  "zh-Hans": "追责以结果（“{term}”）为启动条件，未写明任何行为（“{text}”）。以结果论英雄，已经尽职的责任人会因无法控制的结果被追责，敷衍了事却侥幸无事的人反而无责。请改为写明行为——责任人做了什么或没做什么，并标明：“启动：行为 「……」”。",
  "zh-Hant": "追責以結果（「{term}」）為啟動條件，未寫明任何行為（「{text}」）。以結果論英雄，已經盡職的責任人會因無法控制的結果被追責，敷衍了事卻僥倖無事的人反而無責。請改為寫明行為——責任人做了什麼或沒做什麼，並標明：「啟動：行為 『……』」。",
};

export const outcomeOnly: Rule = {
  meta: {
    id: "boundary/outcome-only",
    severity: "warning",
    summary: {
      en: "Accountability triggered by an outcome metric alone (accidents, complaints, targets), not by conduct.",
      "zh-Hans": "追责仅以结果指标（事故、投诉、任务指标）启动，而不是以行为启动。",
      "zh-Hant": "追責僅以結果指標（事故、投訴、任務指標）啟動，而不是以行為啟動。",
    },
    why: {
      en: "An outcome — an accident, a complaint, a missed target — can happen although the holder did everything required, and fail to happen although they did nothing. Accountability that follows outcomes alone (以结果论英雄) punishes bad luck and rewards luck, and teaches holders to avoid risky but necessary work, or to paper over it, rather than to do it well.",
      "zh-Hans": "事故、投诉、未完成指标等结果，可能在责任人尽职时发生，也可能在其失职时没有发生。只看结果追责（以结果论英雄），惩罚的是运气差、奖励的是运气好，让责任人回避必要但有风险的工作，或者只求留痕，而不是把工作做好。",
      "zh-Hant": "事故、投訴、未完成指標等結果，可能在責任人盡職時發生，也可能在其失職時沒有發生。只看結果追責（以結果論英雄），懲罰的是運氣差、獎勵的是運氣好，讓責任人迴避必要但有風險的工作，或者只求留痕，而不是把工作做好。",
    },
    instead: {
      en: "Trigger accountability by conduct: `trigger: conduct \"…\"` naming what the holder did or failed to do, and how it is shown (logs, records). An outcome may start an investigation; it should not decide who is accountable.",
      "zh-Hans": "以行为启动追责：“启动：行为 「……」”，写明责任人做了什么或没做什么，以及凭什么证明（日志、记录）。结果可以作为启动调查的线索，但不应据此决定由谁担责。",
      "zh-Hant": "以行為啟動追責：「啟動：行為 『……』」，寫明責任人做了什麼或沒做什麼，以及憑什麼證明（日誌、記錄）。結果可以作為啟動調查的線索，但不應據此決定由誰擔責。",
    },
    laws: ["civil-code/1198", "civil-code/1200"],
  },
  check(context) {
    for (const accountability of context.file.accountabilities) {
      const trigger = accountability.trigger;
      if (!trigger) continue;
      const text = trigger.text?.text ?? "";
      if (trigger.basis?.value === "outcome") {
        const quoted = trigger.text ? context.say(QUOTED, { text }) : "";
        context.report({
          span: trigger.span,
          message: context.say(DECLARED, { quoted }),
          clause: accountability,
          field: "trigger",
          data: { basis: "outcome", replacement: "conduct" },
        });
        continue;
      }
      // A written basis (conduct, or a misspelt word the syntax check reports) is left alone.
      if (trigger.basis) continue;
      const term = outcomeWithoutConduct(text);
      if (term === undefined) continue;
      context.report({
        span: trigger.span,
        message: context.say(INFERRED, { term, text }),
        clause: accountability,
        field: "trigger",
        data: { term },
      });
    }
  },
};
