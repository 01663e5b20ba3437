/**
 * liability/escalation — 层层加码: a duty that refines another and is stricter than it — a lower
 * threshold, a shorter deadline, or a wider scope (a place or period the refined duty's scope
 * does not include). Each tier that tightens the standard on the way down leaves the bottom
 * tier a burden the policy never set, with no resources following it.
 *
 * Limits are compared only when both are numbers of the same kind (money, duration, percent),
 * normalised (万元 → CNY, working days → calendar days). Scopes are compared only when both
 * duties declare one, places against places and periods against periods.
 */
import type { DutyDecl, Limit, Localized, NameRef, RelatedInformation, Span } from "../../../../../grammar/src/index.ts";
import type { Rule, RuleContext } from "../rule.ts";
import { clauseLabel, listedNames } from "../rule.ts";
import { durationBounds } from "../../../../../grammar/src/units.ts";

const THRESHOLD = {
  en: "Duty `{name}` refines `{refined}` with a lower threshold: {here} here, {there} in `{refined}`. Tightening the standard on the way down (层层加码) multiplies the work at the bottom tier with no resources following it, and the stricter rule is not the one `{refined}` set: keep the threshold of `{refined}` ({there}), or, if a lower one is truly needed, set it in `{refined}` where the resources are decided.",
  "zh-Hans": "责任“{name}”细化了“{refined}”，却降低了门槛：此处为{here}，“{refined}”为{there}。逐级下放时层层加码，让最底层的工作量成倍增加，资源却没有跟上，而更严的标准并非“{refined}”所定：请沿用“{refined}”的门槛（{there}）；确需降低的，应在“{refined}”中统一规定并配套资源。",
  "zh-Hant": "責任「{name}」細化了「{refined}」，卻降低了門檻：此處為{here}，「{refined}」為{there}。逐級下放時層層加碼，讓最底層的工作量成倍增加，資源卻沒有跟上，而更嚴的標準並非「{refined}」所定：請沿用「{refined}」的門檻（{there}）；確需降低的，應在「{refined}」中統一規定並配套資源。",
};

const DEADLINE = {
  en: "Duty `{name}` refines `{refined}` with a shorter deadline: {here} here, {there} in `{refined}`. Cutting the time on the way down (层层加码) leaves the bottom tier the least time for the same work, which invites rushed or faked records: keep the deadline of `{refined}` ({there}), or, if a shorter one is truly needed, set it in `{refined}` where the resources are decided.",
  "zh-Hans": "责任“{name}”细化了“{refined}”，却缩短了期限：此处为{here}，“{refined}”为{there}。逐级压缩时限、层层加码，最底层用最少的时间做同样的事，只能赶工甚至补造记录：请沿用“{refined}”的期限（{there}）；确需缩短的，应在“{refined}”中统一规定并配套资源。",
  "zh-Hant": "責任「{name}」細化了「{refined}」，卻縮短了期限：此處為{here}，「{refined}」為{there}。逐級壓縮時限、層層加碼，最底層用最少的時間做同樣的事，只能趕工甚至補造記錄：請沿用「{refined}」的期限（{there}）；確需縮短的，應在「{refined}」中統一規定並配套資源。",
};

const SCOPE = {
  en: "Duty `{name}` refines `{refined}` but widens its scope: {kind} `{extra}` is not in the scope of `{refined}` ({there}). A refinement may narrow a duty, not extend it to places or periods `{refined}` never assigned (层层加码): remove `{extra}`, or add it to `{refined}` where the resources are decided.",
  "zh-Hans": "责任“{name}”细化了“{refined}”，却扩大了范围：{kind}“{extra}”不在“{refined}”的范围内（{there}）。细化只能收窄责任，不能把责任延伸到“{refined}”从未划定的地点或时段（层层加码）：请删去“{extra}”，或在“{refined}”中统一规定并配套资源。",
  "zh-Hant": "責任「{name}」細化了「{refined}」，卻擴大了範圍：{kind}「{extra}」不在「{refined}」的範圍內（{there}）。細化只能收窄責任，不能把責任延伸到「{refined}」從未劃定的地點或時段（層層加碼）：請刪去「{extra}」，或在「{refined}」中統一規定並配套資源。",
};

const KINDS: Readonly<Record<"place" | "period", Localized>> = {
  place: { en: "place", "zh-Hans": "地点", "zh-Hant": "地點" },
  period: { en: "period", "zh-Hans": "时段", "zh-Hant": "時段" },
};

const RELATED = {
  threshold: { en: "the threshold of `{refined}`", "zh-Hans": "“{refined}”的门槛", "zh-Hant": "「{refined}」的門檻" },
  deadline: { en: "the deadline of `{refined}`", "zh-Hans": "“{refined}”的期限", "zh-Hant": "「{refined}」的期限" },
  scope: { en: "the scope of `{refined}`", "zh-Hans": "“{refined}”的范围", "zh-Hant": "「{refined}」的範圍" },
};

/**
 * Whether `here` is smaller than `there`, both numbers of the same kind: for durations, smaller
 * however long its months and years are (12 months is not less than a year, 30 days not less
 * than a month).
 */
function smaller(here: Limit | undefined, there: Limit | undefined): boolean {
  const a = here?.quantity;
  const b = there?.quantity;
  return a !== undefined && b !== undefined && a.kind === b.kind && durationBounds(a)[1] < durationBounds(b)[0] - 1e-9;
}

function related(context: RuleContext, refined: DutyDecl, span: Span, aspect: keyof typeof RELATED): RelatedInformation[] {
  return [{ span, uri: context.model.fileOf(refined), message: context.say(RELATED[aspect], { refined: clauseLabel(refined) }) }];
}

function checkLimits(context: RuleContext, duty: DutyDecl, refined: DutyDecl): void {
  const args = { name: clauseLabel(duty), refined: clauseLabel(refined) };
  for (const aspect of ["threshold", "deadline"] as const) {
    const here = duty[aspect];
    const there = refined[aspect];
    if (!here || !there || !smaller(here, there)) continue;
    context.report({
      span: here.span,
      message: context.say(aspect === "threshold" ? THRESHOLD : DEADLINE, { ...args, here: here.text, there: there.text }),
      related: related(context, refined, there.span, aspect),
      clause: duty,
      field: aspect,
      data: { aspect, value: here.text, refinedValue: there.text, refined: args.refined },
    });
  }
}

function checkScope(context: RuleContext, duty: DutyDecl, refined: DutyDecl): void {
  const scope = duty.scope;
  const outer = refined.scope;
  if (!scope || !outer) return;
  const separator = context.locale === "en" ? ", " : "、";
  const parts: [keyof typeof KINDS, readonly NameRef[], readonly NameRef[]][] = [
    ["place", scope.places, outer.places],
    ["period", scope.periods, outer.periods],
  ];
  for (const [kind, mine, theirs] of parts) {
    // A refined scope that names no places (or periods) does not limit them.
    if (theirs.length === 0) continue;
    const allowed = new Set(theirs.map((ref) => ref.name));
    const there = listedNames(theirs.map((ref) => ref.name), context.locale, separator);
    for (const extra of mine) {
      if (allowed.has(extra.name)) continue;
      context.report({
        span: extra.span,
        message: context.say(SCOPE, {
          name: clauseLabel(duty),
          refined: clauseLabel(refined),
          kind: context.say(KINDS[kind]),
          extra: extra.name,
          there,
        }),
        related: related(context, refined, outer.span, "scope"),
        clause: duty,
        field: "scope",
        data: { aspect: "scope", kind, extra: extra.name, refined: clauseLabel(refined) },
      });
    }
  }
}

export const escalation: Rule = {
  meta: {
    id: "liability/escalation",
    severity: "warning",
    summary: {
      en: "A refined duty that is stricter than the duty it refines: a lower threshold, a shorter deadline or a wider scope (层层加码).",
      "zh-Hans": "细化后的责任比所细化的责任更严：门槛更低、期限更短或范围更宽（层层加码）。",
      "zh-Hant": "細化後的責任比所細化的責任更嚴：門檻更低、期限更短或範圍更寬（層層加碼）。",
    },
    why: {
      en: "Each tier that passes a duty down tends to add a margin of safety for itself: a lower threshold, a shorter deadline, a wider area. Added up, the bottom tier carries a duty far heavier than the one the issuer set, with the same or fewer resources — the pressure that produces refusals, delays and faked paper trails.",
      "zh-Hans": "每一级向下传达时，都倾向于给自己多留一层保险：门槛再低一点、期限再短一点、范围再宽一点。层层叠加之后，最底层承担的责任远重于发布机关的本意，资源却没有增加，推诿、拖延和补造台账由此而来。",
      "zh-Hant": "每一級向下傳達時，都傾向於給自己多留一層保險：門檻再低一點、期限再短一點、範圍再寬一點。層層疊加之後，最底層承擔的責任遠重於發布機關的本意，資源卻沒有增加，推諉、拖延和補造台賬由此而來。",
    },
    instead: {
      en: "Keep the refined duty's threshold, deadline and scope within those of the duty it refines. If a stricter standard is really needed, change the superior duty, where the resources are decided.",
      "zh-Hans": "细化后的门槛、期限和范围不超出所细化的责任。确需更严的标准，应修改上级责任，并在那里配套资源。",
      "zh-Hant": "細化後的門檻、期限和範圍不超出所細化的責任。確需更嚴的標準，應修改上級責任，並在那裡配套資源。",
    },
    laws: [],
  },
  check(context) {
    for (const duty of context.file.duties) {
      const refined = context.model.duty(duty.refines);
      if (!refined || refined === duty) continue;
      checkLimits(context, duty, refined);
      checkScope(context, duty, refined);
    }
  },
};
