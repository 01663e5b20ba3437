/**
 * process/no-determination — an accountability clause that names no one to determine
 * responsibility (责任认定). Without a named decider, whoever acts first settles who is to blame,
 * and the person held accountable does not know who weighs the facts or to whom to answer.
 */
import type { Rule } from "../rule.ts";
import { reportClausesWithout } from "./accountability-label.ts";

const MESSAGE = {
  en: "{Clause} names no one to determine responsibility: add `determine: <tier>`. Without a named decider, whoever acts first settles who is to blame, and the person held accountable cannot tell who weighs the facts or to whom to present their side.",
  "zh-Hans": "{Clause}未规定由谁认定责任：请补充“认定：<层级>”。不明确认定主体，谁先出手谁说了算，被追责的人也不知道由谁审查事实、向谁陈述申辩。",
  "zh-Hant": "{Clause}未規定由誰認定責任：請補充「認定：<層級>」。不明確認定主體，誰先出手誰說了算，被追責的人也不知道由誰審查事實、向誰陳述申辯。",
};

export const noDetermination: Rule = {
  meta: {
    id: "process/no-determination",
    severity: "warning",
    summary: {
      en: "An accountability clause that names no one to determine responsibility.",
      "zh-Hans": "追责条款未规定责任认定主体。",
      "zh-Hant": "追責條款未規定責任認定主體。",
    },
    why: {
      en: "Determining responsibility is a decision someone must own: which duty was breached, by whom, and whether an exemption or tolerance applies. Left unnamed, the decision is made informally — often by the superior whose own guidance is in question — and cannot be appealed against a known decider.",
      "zh-Hans": "责任认定是必须有人负责的决定：违反了哪项责任、由谁违反、是否适用免责或容错。不写明认定主体，决定就会非正式地作出——往往由自身指导是否到位本身就有疑问的上级作出——申诉时也找不到明确的决定者。",
      "zh-Hant": "責任認定是必須有人負責的決定：違反了哪項責任、由誰違反、是否適用免責或容錯。不寫明認定主體，決定就會非正式地作出——往往由自身指導是否到位本身就有疑問的上級作出——申訴時也找不到明確的決定者。",
    },
    instead: {
      en: "Add `determine: <tier>` naming the tier that decides responsibility on the evidence gathered.",
      "zh-Hans": "补充“认定：<层级>”，写明根据调查所得证据认定责任的层级。",
      "zh-Hant": "補充「認定：<層級>」，寫明根據調查所得證據認定責任的層級。",
    },
    laws: [],
  },
  check(context) {
    reportClausesWithout(context, "determine", MESSAGE);
  },
};
