/**
 * liability/no-resources — a duty held by a tier that controls no resources at all, or not a
 * resource the duty `needs`. Responsibility without the means to carry it is liability pushed
 * down (责任下沉): the holder can only answer for the duty, not perform it.
 *
 * Only the holder's own `resources` count, not its superiors': the point is that the holder
 * itself must control what the work needs. Names are compared exactly.
 */
import type { DutyDecl, RelatedInformation, TierDecl } from "../../../../../grammar/src/index.ts";
import type { Rule, RuleContext } from "../rule.ts";
import { clauseLabel, listedNames } from "../rule.ts";

const NO_RESOURCES = {
  en: "Duty `{name}` is held by tier `{tier}`, which controls no resources at all (its declaration has no `resources:`). A holder without budget, staff, systems or authority can only answer for a duty, not carry it out: give `{tier}` the resources the duty needs (`resources: …`), have the tier that imposes the duty provide them, or give the duty to a tier that controls them.",
  "zh-Hans": "责任“{name}”由层级“{tier}”承担，但该层级没有任何资源（其声明中没有“资源”）。没有经费、人员、系统或权限的承担者，只能为责任担责，却无法真正履行：请为“{tier}”写明所需资源（资源：……），由设定该责任的层级提供，或把责任交给掌握这些资源的层级。",
  "zh-Hant": "責任「{name}」由層級「{tier}」承擔，但該層級沒有任何資源（其聲明中沒有「資源」）。沒有經費、人員、系統或權限的承擔者，只能為責任擔責，卻無法真正履行：請為「{tier}」寫明所需資源（資源：……），由設定該責任的層級提供，或把責任交給掌握這些資源的層級。",
};

const MISSING = {
  en: "Duty `{name}` needs `{resource}`, but its holder `{tier}` does not control it ({tier} controls: {has}). Liability without the means pushes the risk down to whoever is lowest: add `{resource}` to the resources of `{tier}`, have the tier that imposes the duty provide it, or drop it from `needs` if the duty can be done without it.",
  "zh-Hans": "责任“{name}”需要“{resource}”，但承担者“{tier}”并不掌握（“{tier}”的资源：{has}）。有责无权、有责无资源，就是把风险压给最底层：请把“{resource}”写入“{tier}”的资源，由设定该责任的层级提供，或者在确实不需要时从“所需资源”中删去。",
  "zh-Hant": "責任「{name}」需要「{resource}」，但承擔者「{tier}」並不掌握（「{tier}」的資源：{has}）。有責無權、有責無資源，就是把風險壓給最底層：請把「{resource}」寫入「{tier}」的資源，由設定該責任的層級提供，或者在確實不需要時從「所需資源」中刪去。",
};

const TIER_DECLARED = {
  en: "tier `{tier}` is declared here",
  "zh-Hans": "层级“{tier}”在此声明",
  "zh-Hant": "層級「{tier}」在此聲明",
};

function tierRelated(context: RuleContext, tier: TierDecl): RelatedInformation[] {
  const name = clauseLabel(tier);
  return [{
    span: tier.name?.span ?? tier.block.keyword.span,
    uri: context.model.fileOf(tier),
    message: context.say(TIER_DECLARED, { tier: name }),
  }];
}

/** The names of the resources a tier controls, made once per tier rather than once per duty it holds. */
const tierResources = new WeakMap<TierDecl, ReadonlySet<string>>();

function resourcesOf(tier: TierDecl): ReadonlySet<string> {
  let names = tierResources.get(tier);
  if (!names) tierResources.set(tier, (names = new Set(tier.resources.map((resource) => resource.name))));
  return names;
}

function checkDuty(context: RuleContext, duty: DutyDecl): void {
  const holder = duty.holder;
  const tier = context.model.tier(holder);
  if (!holder || !tier) return;
  const name = clauseLabel(duty);
  const tierName = clauseLabel(tier);
  if (tier.resources.length === 0) {
    context.report({
      span: holder.span,
      message: context.say(NO_RESOURCES, { name, tier: tierName }),
      related: tierRelated(context, tier),
      clause: duty,
      tier: tierName,
      field: "holder",
      data: { tier: tierName, needs: duty.needs.map((need) => need.name) },
    });
    return;
  }
  if (duty.needs.length === 0) return;
  const controlled = resourcesOf(tier);
  // Most duties' needs are all met: the set of those reported and the messages' parts are made
  // only for one that is not.
  let reported: Set<string> | undefined;
  let has: string | undefined;
  let related: RelatedInformation[] | undefined;
  for (const need of duty.needs) {
    if (controlled.has(need.name) || reported?.has(need.name)) continue;
    (reported ??= new Set()).add(need.name);
    has ??= listedNames(tier.resources.map((resource) => resource.name), context.locale, context.locale === "en" ? ", " : "、");
    related ??= tierRelated(context, tier);
    context.report({
      span: need.span,
      message: context.say(MISSING, { name, resource: need.name, tier: tierName, has }),
      related,
      clause: duty,
      tier: tierName,
      field: "needs",
      data: { resource: need.name, tier: tierName },
    });
  }
}

export const noResources: Rule = {
  meta: {
    id: "liability/no-resources",
    severity: "warning",
    summary: {
      en: "A duty whose holder controls no resources, or not the resources the duty needs.",
      "zh-Hans": "责任的承担者没有任何资源，或不掌握该责任所需的资源。",
      "zh-Hant": "責任的承擔者沒有任何資源，或不掌握該責任所需的資源。",
    },
    why: {
      en: "Power and responsibility must match (权责对等). When the tier that holds a duty does not control the budget, staff, systems or authority the duty needs, it cannot perform it; it can only be blamed for the result. That is how liability sinks to the bottom tier while the means stay above it, and how front-line staff end up faking paper trails instead of doing the work.",
      "zh-Hans": "权责必须对等。承担责任的层级若不掌握履责所需的经费、人员、系统或权限，就无法真正履行，只能为结果背锅。责任就是这样沉到最底层，而资源仍留在上面；基层也因此只能补材料、造台账，而不是把事做好。",
      "zh-Hant": "權責必須對等。承擔責任的層級若不掌握履責所需的經費、人員、系統或權限，就無法真正履行，只能為結果背鍋。責任就是這樣沉到最底層，而資源仍留在上面；基層也因此只能補材料、造台賬，而不是把事做好。",
    },
    instead: {
      en: "List under the holder tier's `resources:` everything the duty `needs:` (the same names), or have the imposing tier provide them, or give the duty to a tier that controls them.",
      "zh-Hans": "在承担层级的“资源”中列出该责任“所需资源”的每一项（名称一致），或由设定该责任的层级提供，或把责任交给掌握这些资源的层级。",
      "zh-Hant": "在承擔層級的「資源」中列出該責任「所需資源」的每一項（名稱一致），或由設定該責任的層級提供，或把責任交給掌握這些資源的層級。",
    },
    laws: [],
  },
  check(context) {
    for (const duty of context.file.duties) checkDuty(context, duty);
  },
};
