/**
 * The case evaluator: applies a policy to what happened and says who answers, and why.
 *
 * For each duty a case names as performed or breached:
 * - performed, no harm → not breached;
 * - performed, harm → exempt when an exemption covering it applies (the holder did what was
 *   required, or the harm lay outside the holder's domain, or a third party decided…);
 *   otherwise accountable only where the policy triggers accountability by outcome alone;
 * - breached → exempt when an exemption applies (force majeure, an approved emergency, outside
 *   the domain, a third party's decision), else tolerated when a tolerance covers an honest
 *   mistake (the correction is owed), else accountable: the holder, or — where the superior
 *   gave no resources or guidance and the policy lets the superior answer — the superior
 *   (management responsibility, Civil Servant Law art. 60).
 * Every verdict carries its reasons: the clauses and law articles that led there.
 */
import type { AccountabilityDecl, CaseDecl, Declaration, DutyDecl, ExemptionDecl, Locale, Localized, Span, ToleranceDecl } from "../../../grammar/src/index.ts";
import { format, localized as m } from "../../../grammar/src/locale.ts";
import { queryOf } from "../analysis/laws/citation-query.ts";
import type { LawLibrary } from "../analysis/laws/law-library.ts";
import type { SemanticModel } from "../analysis/model.ts";

export type Verdict = "not_breached" | "exempt" | "tolerated" | "accountable";

/** Worse verdicts win when a tier answers for several duties. */
const SEVERITY: Readonly<Record<Verdict, number>> = { not_breached: 0, exempt: 1, tolerated: 2, accountable: 3 };

export interface Reason {
  /** In the document's language. */
  readonly text: string;
  readonly clause?: { readonly kind: Declaration["kind"]; readonly name?: string; readonly file: string; readonly span: Span };
  /** Law article ids (`civil-code/180`). */
  readonly laws: readonly string[];
}

export interface DutyVerdict {
  readonly duty: string;
  readonly tier: string;
  readonly verdict: Verdict;
  /** The exemption or tolerance clause that decided it. */
  readonly by?: string;
  /** For a tolerated breach: the correction owed. */
  readonly correction?: string;
  readonly reasons: readonly Reason[];
}

export interface ExpectationResult {
  readonly tier: string;
  readonly expected: Verdict;
  readonly expectedBy?: string;
  readonly actual: Verdict;
  readonly actualBy?: string;
  readonly ok: boolean;
  readonly span: Span;
}

export interface CaseResult {
  readonly name: string;
  readonly span: Span;
  readonly verdicts: readonly DutyVerdict[];
  /** One verdict per tier: the worst over its duties. */
  readonly tiers: ReadonlyMap<string, DutyVerdict>;
  readonly expectations: readonly ExpectationResult[];
  readonly passed: boolean;
}

const REASONS = {
  performed: m("`{duty}` was performed.", "“{duty}”已履行。", "「{duty}」已履行。"),
  performedNoHarm: m("`{duty}` was performed and no harm is recorded.", "“{duty}”已履行，未记录损害。", "「{duty}」已履行，未記錄損害。"),
  breached: m("`{duty}` was not performed.", "“{duty}”未履行。", "「{duty}」未履行。"),
  exemption: m("Exemption `{clause}` covers `{duty}` ({grounds}).", "免责条款“{clause}”适用于“{duty}”（{grounds}）。", "免責條款「{clause}」適用於「{duty}」（{grounds}）。"),
  approvalMissing: m("Exemption `{clause}` needs approval by `{approval}`, which the case does not record.", "免责条款“{clause}”须经“{approval}”批准，案例未记载批准。", "免責條款「{clause}」須經「{approval}」批准，案例未記載批准。"),
  tolerance: m("Tolerance `{clause}` forgives an honest mistake in `{duty}`; the correction is owed: {correction}", "容错条款“{clause}”宽容“{duty}”中的无心之失；须完成纠错：{correction}", "容錯條款「{clause}」寬容「{duty}」中的無心之失；須完成糾錯：{correction}"),
  noCorrection: m("(no correction written)", "（未写明纠错措施）", "（未寫明糾錯措施）"),
  outcomeTrigger: m("Accountability is triggered by the outcome alone, so performing the duty does not protect `{tier}`.", "追责仅以结果启动，履行了责任也不能保护“{tier}”。", "追責僅以結果啟動，履行了責任也不能保護「{tier}」。"),
  nothingApplies: m("No exemption or tolerance applies: `{tier}` answers for the breach.", "没有适用的免责或容错条款：由“{tier}”承担责任。", "沒有適用的免責或容錯條款：由「{tier}」承擔責任。"),
  superiorAnswers: m(
    "`{superior}` imposed `{duty}` but gave {missing}; the policy makes the superior answer: “{text}”.",
    "“{superior}”设定了“{duty}”，但{missing}；政策规定此时由上级担责：“{text}”。",
    "「{superior}」設定了「{duty}」，但{missing}；政策規定此時由上級擔責：「{text}」。",
  ),
  noResources: m("no resources", "未提供所需资源", "未提供所需資源"),
  noGuidance: m("no guidance", "未给予指导", "未給予指導"),
  oneWay: m(
    "`{superior}` gave {missing}, but the policy never lets the superior answer: `{tier}` alone is accountable.",
    "“{superior}”{missing}，但政策没有规定上级担责：只由“{tier}”承担责任。",
    "「{superior}」{missing}，但政策沒有規定上級擔責：只由「{tier}」承擔責任。",
  ),
  noHolder: m("`{duty}` has no holder: nobody can be held to it.", "“{duty}”没有承担者，无人可被追责。", "「{duty}」沒有承擔者，無人可被追責。"),
} satisfies Record<string, Localized>;

const GROUNDS: Readonly<Record<string, Localized>> = {
  force_majeure: m("force majeure", "不可抗力", "不可抗力"),
  emergency: m("an emergency", "紧急情况", "緊急情況"),
  third_party: m("a third party decided", "第三方自主决定", "第三方自主決定"),
  fulfilled: m("the holder met the standard", "责任人已尽责", "責任人已盡責"),
  outside_scope: m("outside the holder's domain", "在职责范围之外", "在職責範圍之外"),
};

interface Evaluation {
  readonly model: SemanticModel;
  readonly laws: LawLibrary;
  readonly locale: Locale;
  readonly conditions: ReadonlySet<string>;
  readonly harm: boolean;
  say(template: Localized, args?: Record<string, string>): string;
}

function clauseRef(evaluation: Evaluation, declaration: Declaration): Reason["clause"] {
  return {
    kind: declaration.kind,
    ...(declaration.name ? { name: declaration.name.text } : {}),
    file: evaluation.model.fileOf(declaration),
    span: declaration.name?.span ?? declaration.block.keyword.span,
  };
}

/** The law articles a clause cites, as library ids. */
function citedLaws(evaluation: Evaluation, declaration: ExemptionDecl | ToleranceDecl | AccountabilityDecl): string[] {
  const ids: string[] = [];
  for (const citation of declaration.basis) {
    const query = queryOf(citation, evaluation.laws);
    const resolution = query ? evaluation.laws.resolve(query) : undefined;
    if ((resolution?.status === "ok" || resolution?.status === "unverified") && resolution.article) {
      ids.push(`${resolution.law.id}/${resolution.article.number}`);
    }
  }
  return ids;
}

/** Whether an exemption's grounds hold in this case; `approvalMissing` when only the approval is lacking. */
function exemptionApplies(evaluation: Evaluation, exemption: ExemptionDecl, performed: boolean): "yes" | "no" | "approval-missing" {
  const { conditions } = evaluation;
  switch (exemption.grounds?.value) {
    case "force_majeure":
      return conditions.has("force_majeure") ? "yes" : "no";
    case "emergency":
      if (!conditions.has("emergency")) return "no";
      return exemption.approval && !conditions.has("approved") ? "approval-missing" : "yes";
    case "outside_scope":
      return conditions.has("outside_scope") ? "yes" : "no";
    case "third_party":
      return conditions.has("third_party_decided") ? "yes" : "no";
    case "fulfilled":
      return performed ? "yes" : "no";
    default:
      return "no";
  }
}

function evaluateDuty(evaluation: Evaluation, duty: DutyDecl, performed: boolean): DutyVerdict[] {
  const { model, say } = evaluation;
  const name = duty.name?.text ?? "?";
  const holder = duty.holder?.name;
  if (!holder) return [];
  const reasons: Reason[] = [
    { text: say(performed ? (evaluation.harm ? REASONS.performed : REASONS.performedNoHarm) : REASONS.breached, { duty: name }), clause: clauseRef(evaluation, duty), laws: [] },
  ];
  const base = { duty: name, tier: holder };
  if (performed && !evaluation.harm) return [{ ...base, verdict: "not_breached", reasons }];

  for (const exemption of model.exemptionsCovering(duty)) {
    const applies = exemptionApplies(evaluation, exemption, performed);
    const clause = exemption.name?.text ?? "?";
    if (applies === "approval-missing") {
      reasons.push({ text: say(REASONS.approvalMissing, { clause, approval: exemption.approval!.name }), clause: clauseRef(evaluation, exemption), laws: [] });
      continue;
    }
    if (applies === "no") continue;
    const grounds = GROUNDS[exemption.grounds?.value ?? ""]?.[evaluation.locale] ?? exemption.grounds?.word ?? "";
    reasons.push({ text: say(REASONS.exemption, { clause, duty: name, grounds }), clause: clauseRef(evaluation, exemption), laws: citedLaws(evaluation, exemption) });
    return [{ ...base, verdict: "exempt", by: clause, reasons }];
  }

  const accountability = model.accountabilityFor(duty);
  if (performed) {
    const outcome = accountability.find((clause) => clause.trigger?.basis?.value === "outcome");
    if (!outcome) return [{ ...base, verdict: "not_breached", reasons }];
    reasons.push({ text: say(REASONS.outcomeTrigger, { tier: holder }), clause: clauseRef(evaluation, outcome), laws: citedLaws(evaluation, outcome) });
    return answerFor(evaluation, duty, accountability, base, reasons);
  }

  if (evaluation.conditions.has("honest_mistake")) {
    const tolerance = model.tolerancesFor(duty)[0];
    if (tolerance) {
      const clause = tolerance.name?.text ?? "?";
      const correction = tolerance.correction?.text ?? say(REASONS.noCorrection);
      reasons.push({ text: say(REASONS.tolerance, { clause, duty: name, correction }), clause: clauseRef(evaluation, tolerance), laws: citedLaws(evaluation, tolerance) });
      return [{ ...base, verdict: "tolerated", by: clause, ...(tolerance.correction ? { correction: tolerance.correction.text } : {}), reasons }];
    }
  }
  return answerFor(evaluation, duty, accountability, base, reasons);
}

/** The holder answers — unless the superior withheld resources or guidance and the policy makes it answer. */
function answerFor(evaluation: Evaluation, duty: DutyDecl, accountability: readonly AccountabilityDecl[], base: { duty: string; tier: string }, reasons: Reason[]): DutyVerdict[] {
  const { conditions, say } = evaluation;
  const missing = [conditions.has("no_resources") ? say(REASONS.noResources) : "", conditions.has("no_guidance") ? say(REASONS.noGuidance) : ""].filter(Boolean);
  const superior = duty.imposedBy?.name !== base.tier ? duty.imposedBy?.name : undefined;
  if (missing.length > 0 && superior) {
    const joined = missing.join(evaluation.locale === "en" ? " and " : "、");
    const answers = accountability.find((clause) => clause.superiorAnswers);
    if (answers) {
      const text = say(REASONS.superiorAnswers, { superior, duty: base.duty, missing: joined, text: answers.superiorAnswers!.text });
      const reason: Reason = { text, clause: clauseRef(evaluation, answers), laws: ["civil-servant-law/60", ...citedLaws(evaluation, answers)] };
      return [
        { ...base, verdict: "exempt", reasons: [...reasons, reason] },
        { duty: base.duty, tier: superior, verdict: "accountable", reasons: [...reasons, reason] },
      ];
    }
    reasons.push({ text: say(REASONS.oneWay, { superior, missing: joined, tier: base.tier }), laws: [] });
  } else {
    reasons.push({ text: say(REASONS.nothingApplies, { tier: base.tier }), laws: [] });
  }
  return [{ ...base, verdict: "accountable", reasons }];
}

export function evaluateCase(model: SemanticModel, laws: LawLibrary, decl: CaseDecl): CaseResult {
  const locale = model.document.locale;
  const evaluation: Evaluation = {
    model,
    laws,
    locale,
    conditions: new Set(decl.conditions.flatMap((condition) => (condition.value ? [condition.value] : []))),
    harm: decl.harm !== undefined,
    say: (template, args) => format(template[locale], args),
  };
  const verdicts: DutyVerdict[] = [];
  for (const [refs, performed] of [[decl.performed, true], [decl.breached, false]] as const) {
    for (const ref of refs) {
      const duty = model.duty(ref);
      if (duty) verdicts.push(...evaluateDuty(evaluation, duty, performed));
    }
  }
  const tiers = new Map<string, DutyVerdict>();
  for (const verdict of verdicts) {
    const current = tiers.get(verdict.tier);
    if (!current || SEVERITY[verdict.verdict] > SEVERITY[current.verdict]) tiers.set(verdict.tier, verdict);
  }
  const expectations: ExpectationResult[] = decl.expect.flatMap((expectation) => {
    const tier = expectation.holder?.name;
    const expected = expectation.verdict?.value as Verdict | undefined;
    if (!tier || !expected) return [];
    const actual = tiers.get(tier);
    const actualVerdict: Verdict = actual?.verdict ?? "not_breached";
    const expectedBy = expectation.by?.name;
    const ok = actualVerdict === expected && (expectedBy === undefined || expectedBy === actual?.by);
    return [{ tier, expected, ...(expectedBy ? { expectedBy } : {}), actual: actualVerdict, ...(actual?.by ? { actualBy: actual.by } : {}), ok, span: expectation.span }];
  });
  return {
    name: decl.name?.text ?? "?",
    span: decl.name?.span ?? decl.block.keyword.span,
    verdicts,
    tiers,
    expectations,
    passed: expectations.every((expectation) => expectation.ok),
  };
}

export function evaluateCases(model: SemanticModel, laws: LawLibrary): CaseResult[] {
  return model.document.file.cases.map((decl) => evaluateCase(model, laws, decl));
}
