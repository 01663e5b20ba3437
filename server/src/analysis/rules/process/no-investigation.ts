/**
 * process/no-investigation — an accountability clause that names no one to investigate. Due
 * process begins with gathering the facts (调查取证); without that step a determination rests on
 * whatever reached the decider first, which is usually the outcome and not the conduct.
 */
import type { Rule } from "../rule.ts";
import { reportClausesWithout } from "./accountability-label.ts";

const MESSAGE = {
  en: "{Clause} names no one to investigate: add `investigate: <tier>`. Without an investigation, responsibility is decided on whatever reaches the decider first (usually the outcome), not on facts gathered about what the holder actually did.",
  "zh-Hans": "{Clause}未规定由谁调查：请补充“调查：<层级>”。没有调查取证，责任认定只能依据最先摆到面前的材料（往往只是结果），而不是查清责任人实际做了什么。",
  "zh-Hant": "{Clause}未規定由誰調查：請補充「調查：<層級>」。沒有調查取證，責任認定只能依據最先擺到面前的材料（往往只是結果），而不是查清責任人實際做了什麼。",
};

export const noInvestigation: Rule = {
  meta: {
    id: "process/no-investigation",
    severity: "warning",
    summary: {
      en: "An accountability clause that names no one to investigate.",
      "zh-Hans": "追责条款未规定调查主体。",
      "zh-Hant": "追責條款未規定調查主體。",
    },
    why: {
      en: "Accountability is fair only when it follows the facts of what someone did. Without a named investigator, nobody is charged with gathering those facts, and the determination falls back on the outcome alone — the pressure that makes front-line staff defend themselves instead of doing the work.",
      "zh-Hans": "只有查清责任人做了什么，追责才公正。没有明确的调查主体，就没有人负责调查取证，责任认定只能退回到看结果——正是这种压力让一线人员忙于自保，而不是做好工作。",
      "zh-Hant": "只有查清責任人做了什麼，追責才公正。沒有明確的調查主體，就沒有人負責調查取證，責任認定只能退回到看結果——正是這種壓力讓一線人員忙於自保，而不是做好工作。",
    },
    instead: {
      en: "Add `investigate: <tier>` naming the tier that gathers the evidence — preferably not the tier whose own instructions are in question.",
      "zh-Hans": "补充“调查：<层级>”，写明负责调查取证的层级——最好不是其自身指令受到质疑的那一级。",
      "zh-Hant": "補充「調查：<層級>」，寫明負責調查取證的層級——最好不是其自身指令受到質疑的那一級。",
    },
    laws: [],
  },
  check(context) {
    reportClausesWithout(context, "investigate", MESSAGE);
  },
};
