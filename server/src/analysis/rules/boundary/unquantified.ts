/**
 * boundary/unquantified — a limit written without a number and a unit: a duty's `deadline` or
 * `threshold`, a tolerance's `correction_deadline`, an appeal's `within`. "promptly", 「大额」 or a
 * bare "50000" cannot tell the holder when they are late or which cases the duty covers.
 */
import type { Declaration, Limit, Localized } from "../../../../../grammar/src/index.ts";
import type { Rule } from "../rule.ts";
import { clauseLabel } from "../rule.ts";

type LimitField = "deadline" | "threshold" | "correction_deadline" | "appeal";

const WHAT: Readonly<Record<LimitField, Localized>> = {
  deadline: { en: "The deadline of duty `{name}`", "zh-Hans": "责任“{name}”的期限", "zh-Hant": "責任「{name}」的期限" },
  threshold: { en: "The threshold of duty `{name}`", "zh-Hans": "责任“{name}”的阈值", "zh-Hant": "責任「{name}」的閾值" },
  correction_deadline: {
    en: "The correction deadline of tolerance `{name}`",
    "zh-Hans": "容错条款“{name}”的纠错期限",
    "zh-Hant": "容錯條款「{name}」的糾錯期限",
  },
  appeal: { en: "The appeal window of the accountability clause", "zh-Hans": "追责条款的申诉期限", "zh-Hant": "追責條款的申訴期限" },
};

const EXAMPLE: Readonly<Record<LimitField, Localized>> = {
  deadline: { en: "deadline: 2 working days", "zh-Hans": "期限：2个工作日", "zh-Hant": "期限：2個工作日" },
  threshold: { en: "threshold: 50000 CNY", "zh-Hans": "阈值：5万元", "zh-Hant": "閾值：5萬元" },
  correction_deadline: { en: "correction_deadline: 10 working days", "zh-Hans": "纠错期限：10个工作日", "zh-Hant": "糾錯期限：10個工作日" },
  appeal: { en: "appeal: {to} within 30 days", "zh-Hans": "申诉：{to} 30日内", "zh-Hant": "申訴：{to} 30日內" },
};

const NO_NUMBER = {
  en: "{what} (“{text}”) has no number and unit: the holder cannot tell in advance where the limit lies, so whoever judges afterwards decides. Write a number with a unit, e.g. `{example}`.",
  "zh-Hans": "{what}（“{text}”）没有数字和单位：责任人事先无法确定界限在哪里，只能由事后追责的人说了算。请写成数字加单位，如“{example}”。",
  "zh-Hant": "{what}（「{text}」）沒有數字和單位：責任人事先無法確定界限在哪裡，只能由事後追責的人說了算。請寫成數字加單位，如「{example}」。",
};

const NO_UNIT = {
  en: "{what} (“{text}”) is a number without a unit the review knows: it could be days or hours, yuan or ten-thousands of yuan. Write the unit (working days, days, hours, CNY, 万元, %), e.g. `{example}`.",
  "zh-Hans": "{what}（“{text}”）只有数字、没有可识别的单位：可能是日也可能是小时，可能是元也可能是万元。请写明单位（工作日、日、小时、元、万元、%），如“{example}”。",
  "zh-Hant": "{what}（「{text}」）只有數字、沒有可識別的單位：可能是日也可能是小時，可能是元也可能是萬元。請寫明單位（工作日、日、小時、元、萬元、%），如「{example}」。",
};

const SEVERAL = {
  en: "{what} (“{text}”) holds more than one number: which of them is the limit cannot be told, and a system applying the policy takes none. Write one number with its unit, e.g. `{example}`; a range or a sum belongs in prose elsewhere.",
  "zh-Hans": "{what}（“{text}”）写了不止一个数字：无法判断哪一个才是界限，执行本政策的系统也不会采用其中任何一个。请只写一个数字加单位，如“{example}”；区间或合计请另行用文字说明。",
  "zh-Hant": "{what}（「{text}」）寫了不止一個數字：無法判斷哪一個才是界限，執行本政策的系統也不會採用其中任何一個。請只寫一個數字加單位，如「{example}」；區間或合計請另行用文字說明。",
};

const PLACEHOLDER_TIER: Localized = { en: "<tier>", "zh-Hans": "<层级>", "zh-Hant": "<層級>" };

const DIGIT = /[0-9０-９]/;

export const unquantified: Rule = {
  meta: {
    id: "boundary/unquantified",
    severity: "warning",
    summary: {
      en: "A deadline, threshold, correction deadline or appeal window without a number and a unit.",
      "zh-Hans": "期限、阈值、纠错期限或申诉期限没有写明数字和单位。",
      "zh-Hant": "期限、閾值、糾錯期限或申訴期限沒有寫明數字和單位。",
    },
    why: {
      en: "\"Promptly\", \"large amounts\" or a bare number do not tell the holder when they are late or which cases the duty covers. The limit is then fixed after the fact by whoever judges — usually after something went wrong — and the holder protects themselves by over-doing everything (every withdrawal questioned, every delay escalated).",
      "zh-Hans": "“尽快”“大额”或一个光秃秃的数字，都无法让责任人知道何时算逾期、哪些情形适用。界限只能由事后追责的人——通常是在出事之后——来定，责任人只好事事加码自保（每笔取款都盘问，每次延误都上报）。",
      "zh-Hant": "「盡快」「大額」或一個光禿禿的數字，都無法讓責任人知道何時算逾期、哪些情形適用。界限只能由事後追責的人——通常是在出事之後——來定，責任人只好事事加碼自保（每筆取款都盤問，每次延誤都上報）。",
    },
    instead: {
      en: "Write a number with a unit: `deadline: 2 working days`, `threshold: 50000 CNY`, `correction_deadline: 10 working days`, `appeal: review_committee within 30 days`.",
      "zh-Hans": "写成数字加单位：“期限：2个工作日”“阈值：5万元”“纠错期限：10个工作日”“申诉：上级机关 30日内”。",
      "zh-Hant": "寫成數字加單位：「期限：2個工作日」「閾值：5萬元」「糾錯期限：10個工作日」「申訴：上級機關 30日內」。",
    },
    laws: [],
  },
  check(context) {
    const check = (clause: Declaration, field: LimitField, limit: Limit | undefined, to?: string): void => {
      if (!limit || limit.quantity) return;
      const what = context.say(WHAT[field], { name: clauseLabel(clause) });
      const example = context.say(EXAMPLE[field], { to: to ?? PLACEHOLDER_TIER[context.locale] });
      context.report({
        span: limit.span,
        message: context.say(limit.several ? SEVERAL : DIGIT.test(limit.text) ? NO_UNIT : NO_NUMBER, { what, text: limit.text, example }),
        clause,
        field,
        data: { field, text: limit.text, example },
      });
    };
    for (const duty of context.file.duties) {
      check(duty, "deadline", duty.deadline);
      check(duty, "threshold", duty.threshold);
    }
    for (const tolerance of context.file.tolerances) check(tolerance, "correction_deadline", tolerance.correctionDeadline);
    for (const accountability of context.file.accountabilities) {
      check(accountability, "appeal", accountability.appeal?.within, accountability.appeal?.to?.name);
    }
  },
};
