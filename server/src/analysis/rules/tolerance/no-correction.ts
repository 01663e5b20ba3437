/**
 * tolerance/no-correction — a tolerance clause that forgives mistakes but names no correction.
 * Tolerance (容错) and correction (纠错) go together: forgiving a mistake without requiring that
 * its cause be fixed forgives the same mistake again and again.
 */
import type { Rule } from "../rule.ts";
import { clauseLabel, clauseSpan } from "../rule.ts";

const MESSAGE = {
  en: "Tolerance `{name}` forgives mistakes but names no correction. Tolerance must be paired with correction (容错 with 纠错), or the same mistake is forgiven again and again and the forgiveness looks like favour: add `correction: \"…\"` (who fixes what) and `correction_deadline: <n> working days`.",
  "zh-Hans": "容错条款“{name}”宽容了失误，却没有写纠错措施。容错必须与纠错配套，否则同样的失误会被一再宽容，容错也会被看作网开一面：请写明纠错措施（纠错：「……」，由谁纠正什么）和期限（纠错期限：<n>个工作日）。",
  "zh-Hant": "容錯條款「{name}」寬容了失誤，卻沒有寫糾錯措施。容錯必須與糾錯配套，否則同樣的失誤會被一再寬容，容錯也會被看作網開一面：請寫明糾錯措施（糾錯：「……」，由誰糾正什麼）和期限（糾錯期限：<n>個工作日）。",
};

export const noCorrection: Rule = {
  meta: {
    id: "tolerance/no-correction",
    severity: "warning",
    summary: {
      en: "A tolerance clause without a correction step.",
      "zh-Hans": "容错条款没有纠错措施。",
      "zh-Hant": "容錯條款沒有糾錯措施。",
    },
    why: {
      en: "Tolerance is not impunity: a forgiven mistake must still be put right and its cause removed. Without a named correction and a deadline, the same mistake recurs, nobody learns from it, and tolerance becomes a loophole that discredits the whole clause. The law follows the same logic: leniency goes with remedying the harm and a reminder, criticism or an order to review one's conduct.",
      "zh-Hans": "容错不是免罚：被宽容的失误仍要纠正，原因仍要消除。没有写明纠错措施和期限，同样的失误会反复出现，谁也没有从中吸取教训，容错条款变成漏洞，也就失去了公信力。法律也是这个思路：从轻、免予处分与挽回损失、谈话提醒、批评教育、责令检查相配套。",
      "zh-Hant": "容錯不是免罰：被寬容的失誤仍要糾正，原因仍要消除。沒有寫明糾錯措施和期限，同樣的失誤會反覆出現，誰也沒有從中吸取教訓，容錯條款變成漏洞，也就失去了公信力。法律也是這個思路：從輕、免予處分與挽回損失、談話提醒、批評教育、責令檢查相配套。",
    },
    instead: {
      en: "Add `correction:` saying who corrects what (retraining, a correction note, a revised procedure), and `correction_deadline:` with a number and a unit.",
      "zh-Hans": "增加“纠错”，写明由谁纠正什么（复训、纠错说明、修订流程），并用“纠错期限”写明数字和单位。",
      "zh-Hant": "增加「糾錯」，寫明由誰糾正什麼（複訓、糾錯說明、修訂流程），並用「糾錯期限」寫明數字和單位。",
    },
    laws: ["public-officials-sanctions-law/11", "public-officials-sanctions-law/12"],
  },
  check(context) {
    for (const tolerance of context.file.tolerances) {
      if (tolerance.correction) continue;
      context.report({
        span: clauseSpan(tolerance),
        message: context.say(MESSAGE, { name: clauseLabel(tolerance) }),
        clause: tolerance,
        field: "correction",
        data: { missingField: "correction", ...(tolerance.correctionDeadline ? {} : { alsoMissing: "correction_deadline" }) },
      });
    }
  },
};
