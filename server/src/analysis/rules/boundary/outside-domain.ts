/**
 * boundary/outside-domain — a duty whose scope reaches places or periods outside the domain its
 * holder controls: a teacher made to patrol rivers in the summer holiday. The holder's domain is
 * its own, or, for a dimension (places, periods) it does not declare, that of its nearest superior
 * that does — a tier controls no more than the tier it works under. With no domain declared
 * anywhere up the chain there is nothing to compare, and nothing is flagged.
 */
import type { DutyDecl, NameRef, TierDecl } from "../../../../../grammar/src/index.ts";
import type { SemanticModel } from "../../model.ts";
import type { Rule, RuleContext } from "../rule.ts";
import { clauseLabel, listedNames } from "../rule.ts";

type Dimension = "places" | "periods";

const OWN = {
  places: {
    en: "Duty `{duty}` covers the place `{item}`, outside the domain of tier `{holder}` ({domain}). A holder can only answer for what it controls: narrow the scope, or give the duty to a tier whose domain covers it.",
    "zh-Hans": "责任“{duty}”覆盖的地点“{item}”不在层级“{holder}”的管辖范围（{domain}）之内。责任人只能对自己管得到的事负责：请缩小范围，或把这项责任交给管辖范围覆盖它的层级。",
    "zh-Hant": "責任「{duty}」覆蓋的地點「{item}」不在層級「{holder}」的管轄範圍（{domain}）之內。責任人只能對自己管得到的事負責：請縮小範圍，或把這項責任交給管轄範圍覆蓋它的層級。",
  },
  periods: {
    en: "Duty `{duty}` covers the period `{item}`, outside the domain of tier `{holder}` ({domain}). A holder can only answer for what it controls: narrow the scope, or give the duty to a tier whose domain covers it.",
    "zh-Hans": "责任“{duty}”覆盖的时段“{item}”不在层级“{holder}”的管辖范围（{domain}）之内。责任人只能对自己管得到的事负责：请缩小范围，或把这项责任交给管辖范围覆盖它的层级。",
    "zh-Hant": "責任「{duty}」覆蓋的時段「{item}」不在層級「{holder}」的管轄範圍（{domain}）之內。責任人只能對自己管得到的事負責：請縮小範圍，或把這項責任交給管轄範圍覆蓋它的層級。",
  },
};

const INHERITED = {
  places: {
    en: "Duty `{duty}` covers the place `{item}`, outside the domain of tier `{holder}`: it declares no places of its own, and tier `{tier}` above it controls only {domain}. A holder can only answer for what it controls: narrow the scope, or give the duty to a tier whose domain covers it.",
    "zh-Hans": "责任“{duty}”覆盖的地点“{item}”不在层级“{holder}”的管辖范围之内：该层级未声明地点，其上级“{tier}”也只管辖{domain}。责任人只能对自己管得到的事负责：请缩小范围，或把这项责任交给管辖范围覆盖它的层级。",
    "zh-Hant": "責任「{duty}」覆蓋的地點「{item}」不在層級「{holder}」的管轄範圍之內：該層級未聲明地點，其上級「{tier}」也只管轄{domain}。責任人只能對自己管得到的事負責：請縮小範圍，或把這項責任交給管轄範圍覆蓋它的層級。",
  },
  periods: {
    en: "Duty `{duty}` covers the period `{item}`, outside the domain of tier `{holder}`: it declares no periods of its own, and tier `{tier}` above it controls only {domain}. A holder can only answer for what it controls: narrow the scope, or give the duty to a tier whose domain covers it.",
    "zh-Hans": "责任“{duty}”覆盖的时段“{item}”不在层级“{holder}”的管辖范围之内：该层级未声明时段，其上级“{tier}”也只管辖{domain}。责任人只能对自己管得到的事负责：请缩小范围，或把这项责任交给管辖范围覆盖它的层级。",
    "zh-Hant": "責任「{duty}」覆蓋的時段「{item}」不在層級「{holder}」的管轄範圍之內：該層級未聲明時段，其上級「{tier}」也只管轄{domain}。責任人只能對自己管得到的事負責：請縮小範圍，或把這項責任交給管轄範圍覆蓋它的層級。",
  },
};

const RELATED = {
  en: "The domain of tier `{tier}`: {domain}",
  "zh-Hans": "层级“{tier}”的管辖范围：{domain}",
  "zh-Hant": "層級「{tier}」的管轄範圍：{domain}",
};

const LIST_SEPARATOR = { en: ", ", "zh-Hans": "、", "zh-Hant": "、" };

/**
 * The nearest tier, the holder or a superior, that says which places or periods it controls.
 * The chain of superiors is asked for only when the holder says nothing itself.
 */
function domainTier(model: SemanticModel, holder: TierDecl, dimension: Dimension): TierDecl | undefined {
  const hasDomain = (tier: TierDecl): boolean => (tier.domain?.[dimension].length ?? 0) > 0;
  return hasDomain(holder) ? holder : model.superiorsOf(holder).find(hasDomain);
}

/** A domain's names, by its list: a tier an edit did not touch keeps its declaration, and its lists. */
const domainNames = new WeakMap<readonly NameRef[], ReadonlySet<string>>();

function namesOf(allowed: readonly NameRef[]): ReadonlySet<string> {
  let names = domainNames.get(allowed);
  if (!names) domainNames.set(allowed, (names = new Set(allowed.map((ref) => ref.name))));
  return names;
}

export const outsideDomain: Rule = {
  meta: {
    id: "boundary/outside-domain",
    severity: "warning",
    summary: {
      en: "A duty whose scope reaches places or periods outside the domain its holder controls.",
      "zh-Hans": "责任范围超出了承担层级所管辖的地点或时段。",
      "zh-Hant": "責任範圍超出了承擔層級所管轄的地點或時段。",
    },
    why: {
      en: "A holder can only answer for what it controls. A duty that reaches beyond the holder's places or periods — a teacher made responsible for rivers in the summer holiday — makes it answer for risks it has no means to manage, and pushes it to defend itself with paper trails and patrols that change nothing. The law draws the same line: the Civil Code's articles on a school's liability for harm to its pupils speak of harm during their study and life at the school, and tie it to the school's education and management duties — for a child without legal capacity the school answers unless it proves it fulfilled them, for one with limited capacity if it failed them (Civil Code arts. 1199–1201).",
      "zh-Hans": "责任人只能对自己管得到的事负责。超出其管辖地点或时段的责任——比如让教师对暑假里的河道负责——让它为无力管控的风险担责，只能靠留痕、巡查这些于事无补的办法自保。法律也划了同样的界线：民法典关于学校对学生所受损害承担责任的条文，规定的是学生在校学习、生活期间受到的损害，并与学校的教育、管理职责挂钩——无民事行为能力人受损害的，学校能证明尽到职责才不担责；限制民事行为能力人受损害的，学校未尽职责才担责（民法典第一千一百九十九条至第一千二百零一条）。",
      "zh-Hant": "責任人只能對自己管得到的事負責。超出其管轄地點或時段的責任——比如讓教師對暑假裡的河道負責——讓它為無力管控的風險擔責，只能靠留痕、巡查這些於事無補的辦法自保。法律也劃了同樣的界線：民法典關於學校對學生所受損害承擔責任的條文，規定的是學生在校學習、生活期間受到的損害，並與學校的教育、管理職責掛鉤——無民事行為能力人受損害的，學校能證明盡到職責才不擔責；限制民事行為能力人受損害的，學校未盡職責才擔責（民法典第一千一百九十九條至第一千二百零一條）。",
    },
    instead: {
      en: "Narrow the duty's `scope` to places and periods in the holder's `domain`; give what lies outside to a tier that controls it (the guardians, the water authority), or widen the holder's domain and give it the resources to match.",
      "zh-Hans": "把责任的“范围”收窄到承担层级“管辖”内的地点和时段；范围以外的事交给真正管得到的一方（监护人、水务部门），或者扩大该层级的管辖范围并配齐相应资源。",
      "zh-Hant": "把責任的「範圍」收窄到承擔層級「管轄」內的地點和時段；範圍以外的事交給真正管得到的一方（監護人、水務部門），或者擴大該層級的管轄範圍並配齊相應資源。",
    },
    laws: ["civil-code/1199", "civil-code/1200", "civil-code/1201", "minors-protection-law/37"],
  },
  check(context) {
    const { model } = context;
    const separator = LIST_SEPARATOR[context.locale];
    for (const duty of context.file.duties) {
      const holder = model.tier(duty.holder);
      if (!duty.scope || !holder) continue;
      for (const dimension of ["places", "periods"] as const) {
        const tier = domainTier(model, holder, dimension);
        if (!tier?.domain) continue;
        const allowed = tier.domain[dimension];
        const names = namesOf(allowed);
        for (const item of duty.scope[dimension]) {
          if (names.has(item.name)) continue;
          report(context, duty, holder, tier, dimension, item, listedNames(allowed.map((ref) => ref.name), context.locale, separator));
        }
      }
    }
  },
};

function report(
  context: RuleContext,
  duty: DutyDecl,
  holder: TierDecl,
  tier: TierDecl,
  dimension: Dimension,
  item: NameRef,
  domain: string,
): void {
  const holderName = clauseLabel(holder);
  const tierName = clauseLabel(tier);
  const template = tier === holder ? OWN[dimension] : INHERITED[dimension];
  context.report({
    span: item.span,
    message: context.say(template, { duty: clauseLabel(duty), item: item.name, holder: holderName, tier: tierName, domain }),
    related: [{ span: tier.domain!.span, uri: context.model.fileOf(tier), message: context.say(RELATED, { tier: tierName, domain }) }],
    clause: duty,
    tier: holderName,
    field: "scope",
    data: { [dimension === "places" ? "place" : "period"]: item.name, tier: tierName, holder: holderName, domain: tier.domain![dimension].map((ref) => ref.name) },
  });
}
