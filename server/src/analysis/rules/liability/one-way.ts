/**
 * liability/one-way — a duty imposed by one tier on another, while the accountability that
 * applies to it never says when the imposing tier answers instead (`superior_answers`).
 * Accountability then reaches only the executor, never the superior that imposed the duty
 * without guidance or resources: management responsibility (管理责任) collapses into the
 * executor's direct responsibility (直接责任).
 *
 * The accountability clauses that apply to a duty are those whose `covers` names it, else those
 * that cover nothing in particular (model.ts `accountabilityFor`, as for case verdicts and the
 * hover): a clause without `covers` is the policy's general procedure.
 */
import type { RelatedInformation } from "../../../../../grammar/src/index.ts";
import type { Rule } from "../rule.ts";
import { clauseLabel } from "../rule.ts";

const MESSAGE = {
  en: "Duty `{name}` is imposed by `{superior}` on `{holder}`, but the accountability that applies to it never says when `{superior}` answers instead: it reaches only the executor. A policy can make the tier that imposes a duty answer for the guidance and resources it gives — management responsibility (管理责任), apart from the executor's direct responsibility (直接责任) — and the Civil Servant Law already puts on the superior the consequences of a decision a civil servant objected to but was required to carry out (a civil servant who carries out a plainly unlawful decision still answers for it). Add to the accountability clause `superior_answers: \"{superior} answers instead of {holder} when it gave no guidance or did not provide the resources the duty needs\"`.",
  "zh-Hans": "责任“{name}”由“{superior}”设定、由“{holder}”承担，但适用于它的追责条款没有写明“{superior}”在何种情形下担责，追责只落到执行者身上。政策可以规定设定责任的层级对其给予的指导和资源负责（管理责任），与执行者的直接责任分开；《公务员法》已规定，公务员对上级决定提出意见后上级仍要求执行的，执行后果由上级负责（但公务员执行明显违法的决定或者命令的，仍应依法承担相应的责任）。请在追责条款中增加：上级担责：「{superior}未给予指导或未提供所需资源的，由{superior}而非{holder}担责」。",
  "zh-Hant": "責任「{name}」由「{superior}」設定、由「{holder}」承擔，但適用於它的追責條款沒有寫明「{superior}」在何種情形下擔責，追責只落到執行者身上。政策可以規定設定責任的層級對其給予的指導和資源負責（管理責任），與執行者的直接責任分開；《公務員法》已規定，公務員對上級決定提出意見後上級仍要求執行的，執行後果由上級負責（但公務員執行明顯違法的決定或者命令的，仍應依法承擔相應的責任）。請在追責條款中增加：上級擔責：「{superior}未給予指導或未提供所需資源的，由{superior}而非{holder}擔責」。",
};

const NO_SUPERIOR_CLAUSE = {
  en: "this accountability clause has no `superior_answers`",
  "zh-Hans": "此追责条款没有“上级担责”",
  "zh-Hant": "此追責條款沒有「上級擔責」",
};

export const oneWay: Rule = {
  meta: {
    id: "liability/one-way",
    severity: "warning",
    summary: {
      en: "A duty imposed by one tier on another, with accountability that reaches only the executor.",
      "zh-Hans": "由一个层级设定给另一个层级的责任，追责却只追到执行者。",
      "zh-Hant": "由一個層級設定給另一個層級的責任，追責卻只追到執行者。",
    },
    why: {
      en: "A superior that imposes a duty without guidance or resources shares the blame for its failure. When accountability names only the executor, pressure passes down tier by tier while responsibility never travels back up: the superior can demand anything at no risk, and the bottom tier answers for decisions it did not make. The Civil Servant Law already places the consequences of a decision carried out over the executor's objection on the superior who insisted on it — unless the decision was plainly unlawful, for which the executor still answers.",
      "zh-Hans": "上级设定责任却不给指导、不给资源，失败时理应分担责任。追责若只点名执行者，压力层层下传，责任却从不往上走：上级可以无风险地层层加码，最底层却要为不是自己作出的决定担责。《公务员法》已规定，公务员提出意见后上级仍要求执行的，执行后果由上级负责；但执行明显违法的决定或者命令的，公务员仍应依法担责。",
      "zh-Hant": "上級設定責任卻不給指導、不給資源，失敗時理應分擔責任。追責若只點名執行者，壓力層層下傳，責任卻從不往上走：上級可以無風險地層層加碼，最底層卻要為不是自己作出的決定擔責。《公務員法》已規定，公務員提出意見後上級仍要求執行的，執行後果由上級負責；但執行明顯違法的決定或者命令的，公務員仍應依法擔責。",
    },
    instead: {
      en: "Add `superior_answers:` to the accountability clause: when the imposing tier answers instead of the executor (no guidance given, resources not provided, an order executed over a recorded objection).",
      "zh-Hans": "在追责条款中增加“上级担责”：写明何种情形由设定责任的上级而非执行者担责（未给予指导、未提供资源、执行者提出异议后仍被要求执行等）。",
      "zh-Hant": "在追責條款中增加「上級擔責」：寫明何種情形由設定責任的上級而非執行者擔責（未給予指導、未提供資源、執行者提出異議後仍被要求執行等）。",
    },
    laws: ["civil-servant-law/60"],
  },
  check(context) {
    const { model } = context;
    if (model.all("accountability").length === 0) return;
    for (const duty of context.file.duties) {
      const imposedBy = duty.imposedBy;
      const superior = model.tier(imposedBy);
      const holder = model.tier(duty.holder);
      if (!imposedBy || !superior || !holder || superior === holder) continue;
      const clauses = model.accountabilityFor(duty);
      if (clauses.length === 0 || clauses.some((clause) => clause.superiorAnswers)) continue;
      const superiorName = clauseLabel(superior);
      const holderName = clauseLabel(holder);
      const related: RelatedInformation[] = clauses.map((clause) => ({
        span: clause.block.keyword.span,
        uri: model.fileOf(clause),
        message: context.say(NO_SUPERIOR_CLAUSE),
      }));
      context.report({
        span: imposedBy.span,
        message: context.say(MESSAGE, { name: clauseLabel(duty), superior: superiorName, holder: holderName }),
        related,
        clause: duty,
        tier: superiorName,
        field: "imposed_by",
        data: { missingField: "superior_answers", superior: superiorName, holder: holderName },
      });
    }
  },
};
