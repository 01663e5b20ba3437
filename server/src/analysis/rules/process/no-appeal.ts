/**
 * process/no-appeal — a person held accountable has no way to have the determination reviewed:
 * an accountability clause without an appeal, an appeal that names no body to appeal to or no
 * time limit, or a policy that holds people to duties and has no accountability procedure at all.
 */
import type { AccountabilityDecl, Span } from "../../../../../grammar/src/index.ts";
import type { Rule, RuleContext } from "../rule.ts";
import { capitalized, describeAccountability } from "./accountability-label.ts";

const MESSAGES = {
  noAppeal: {
    en: "{Clause} gives no appeal: add `appeal: <tier> within 30 days`. A person held accountable must be able to ask a body other than the decider (usually the tier above) to review the determination; without an appeal, a wrong determination stands.",
    "zh-Hans": "{Clause}未规定申诉途径：请补充“申诉：<层级> 30日内”。被追责的人应当能够请求作出决定者以外的机关（通常是上一级）复核；没有申诉，错误的认定就无从纠正。",
    "zh-Hant": "{Clause}未規定申訴途徑：請補充「申訴：<層級> 30日內」。被追責的人應當能夠請求作出決定者以外的機關（通常是上一級）複核；沒有申訴，錯誤的認定就無從糾正。",
  },
  noBody: {
    en: "The appeal in {clause} names no body to appeal to: write `appeal: <tier> within 30 days`. An appeal is heard by someone other than the decider, usually the tier above; unnamed, it has nowhere to go.",
    "zh-Hans": "{Clause}的申诉未写明向谁申诉：请写成“申诉：<层级> 30日内”。申诉应由作出决定者以外的机关（通常是上一级）受理；不写明受理机关，申诉就无处可提。",
    "zh-Hant": "{Clause}的申訴未寫明向誰申訴：請寫成「申訴：<層級> 30日內」。申訴應由作出決定者以外的機關（通常是上一級）受理；不寫明受理機關，申訴就無處可提。",
  },
  noTimeLimit: {
    en: "The appeal to `{tier}` in {clause} has no time limit: write `appeal: {tier} within 30 days`. Without one, the person held accountable cannot tell how long they have to appeal, and an appeal can be turned away as late at any time.",
    "zh-Hans": "{Clause}中向“{tier}”的申诉未规定期限：请写成“申诉：{tier} 30日内”。没有期限，被追责的人不知道应在多长时间内提出申诉，申诉也可能随时以逾期为由被拒绝。",
    "zh-Hant": "{Clause}中向「{tier}」的申訴未規定期限：請寫成「申訴：{tier} 30日內」。沒有期限，被追責的人不知道應在多長時間內提出申訴，申訴也可能隨時以逾期為由被拒絕。",
  },
  toDecider: {
    en: "The appeal in {clause} is heard by `{tier}`, the tier that determines responsibility: it would review its own decision. A review by the decider can be a first step, but a person who still disagrees needs a body above it — as the Law on Administrative Sanctions for Public Officials provides (art. 55: 复审 by the deciding organ, then 复核 one level up). Name the tier above, or another body than the decider.",
    "zh-Hans": "{Clause}的申诉由“{tier}”受理，而它正是作出认定的层级：等于自己复核自己的决定。由认定者复审可以作为第一步，但仍不服的人需要向其上一级申请复核——《公职人员政务处分法》第五十五条即如此规定。请写明上一级层级或认定者以外的其他机关。",
    "zh-Hant": "{Clause}的申訴由「{tier}」受理，而它正是作出認定的層級：等於自己複核自己的決定。由認定者複審可以作為第一步，但仍不服的人需要向其上一級申請複核——《公職人員政務處分法》第五十五條即如此規定。請寫明上一級層級或認定者以外的其他機關。",
  },
  noProcedure: {
    en: "The policy holds people to duties but defines no accountability procedure: no investigation, no determination, no appeal — add an `accountability { … }` clause, e.g. `accountability { investigate: <tier>  determine: <tier>  appeal: <tier> within 30 days }`. Without one, accountability is whatever a superior decides after the fact.",
    "zh-Hans": "本政策为人设定了责任，却没有规定追责程序：没有调查、没有认定、也没有申诉——请增加“追责 { … }”条款，例如“追责 { 调查：<层级>  认定：<层级>  申诉：<层级> 30日内 }”。否则追不追责、怎么追责，全凭上级事后决定。",
    "zh-Hant": "本政策為人設定了責任，卻沒有規定追責程序：沒有調查、沒有認定、也沒有申訴——請增加「追責 { … }」條款，例如「追責 { 調查：<層級>  認定：<層級>  申訴：<層級> 30日內 }」。否則追不追責、怎麼追責，全憑上級事後決定。",
  },
};

function checkClause(context: RuleContext, clause: AccountabilityDecl): void {
  const label = describeAccountability(clause, context.locale);
  const args = { clause: label, Clause: capitalized(label) };
  const appeal = clause.appeal;
  if (!appeal) {
    context.report({
      span: clause.block.keyword.span,
      message: context.say(MESSAGES.noAppeal, args),
      clause,
      field: "appeal",
      data: { missingField: "appeal" },
    });
  } else if (!appeal.to) {
    context.report({
      span: appeal.span,
      message: context.say(MESSAGES.noBody, args),
      clause,
      field: "appeal",
      data: { missingField: "appeal.to" },
    });
  } else if (!appeal.within) {
    context.report({
      span: appeal.span,
      message: context.say(MESSAGES.noTimeLimit, { ...args, tier: appeal.to.name }),
      clause,
      tier: appeal.to.name,
      field: "appeal",
      data: { missingField: "appeal.within" },
    });
  }
  if (appeal?.to && clause.determine && appeal.to.name === clause.determine.name) {
    context.report({
      span: appeal.to.span,
      message: context.say(MESSAGES.toDecider, { ...args, tier: appeal.to.name }),
      clause,
      tier: appeal.to.name,
      field: "appeal",
      data: { problem: "appeal-to-decider" },
    });
  }
}

/** Where a policy without any accountability procedure is flagged: its first duty, else the policy. */
function procedureSpan(context: RuleContext): Span | undefined {
  const [first] = context.file.duties;
  if (!first) return undefined;
  return first.name?.span ?? context.file.policy?.block.keyword.span ?? first.block.keyword.span;
}

export const noAppeal: Rule = {
  meta: {
    id: "process/no-appeal",
    severity: "warning",
    summary: {
      en: "Accountability without an appeal, an appeal without a body or time limit, or duties with no accountability procedure at all.",
      "zh-Hans": "追责未规定申诉、申诉未写明受理机关或期限，或设定了责任却没有任何追责程序。",
      "zh-Hant": "追責未規定申訴、申訴未寫明受理機關或期限，或設定了責任卻沒有任何追責程序。",
    },
    why: {
      en: "Determinations can be wrong: the facts were unclear, an exemption was overlooked, the superior gave no resources. An appeal to another body within a known time is how such errors are corrected, and knowing it exists is what lets people act without defending against every outcome.",
      "zh-Hans": "责任认定可能出错：事实不清、忽略了免责情形、上级未提供资源。在明确期限内向另一机关申诉，是纠正这类错误的途径；知道有申诉可依，人们才敢于担当，而不是处处防范结果。",
      "zh-Hant": "責任認定可能出錯：事實不清、忽略了免責情形、上級未提供資源。在明確期限內向另一機關申訴，是糾正這類錯誤的途徑；知道有申訴可依，人們才敢於擔當，而不是處處防範結果。",
    },
    instead: {
      en: "Add `appeal: <tier> within <duration>` to the accountability clause, naming a tier other than the one that determines (usually the one above) and a time limit such as `30 days`; if the policy has no accountability clause, add one with `investigate`, `determine` and `appeal`.",
      "zh-Hans": "在追责条款中补充“申诉：<层级> <期限>内”，写明认定机关以外（通常是上一级）的受理层级和期限，例如“30日内”；政策没有追责条款的，请增加一个包含“调查”“认定”“申诉”的追责条款。",
      "zh-Hant": "在追責條款中補充「申訴：<層級> <期限>內」，寫明認定機關以外（通常是上一級）的受理層級和期限，例如「30日內」；政策沒有追責條款的，請增加一個包含「調查」「認定」「申訴」的追責條款。",
    },
    laws: [
      "public-officials-sanctions-law/55",
      "public-officials-sanctions-law/56",
      "civil-servant-law/95",
      "civil-servant-law/96",
      "civil-servant-law/97",
    ],
  },
  check(context) {
    for (const clause of context.file.accountabilities) checkClause(context, clause);
    if (context.model.all("accountability").length > 0) return;
    const span = procedureSpan(context);
    if (!span) return;
    const [first] = context.file.duties;
    context.report({
      span,
      message: context.say(MESSAGES.noProcedure),
      ...(first ? { clause: first } : {}),
      field: "accountability",
      data: { missingClause: "accountability" },
    });
  },
};
