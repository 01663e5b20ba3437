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
 *   (management responsibility, as the policy's own `superior_answers` says; no statute puts
 *   withheld resources on the superior, so the reason cites only what that clause cites).
 * Every verdict carries its reasons: the clauses and law articles that led there.
 */
import type { AccountabilityDecl, CaseDecl, Declaration, DutyDecl, ExemptionDecl, Locale, Localized, Span, ToleranceDecl } from "../../../grammar/src/index.ts";
import { format, localized as m } from "../../../grammar/src/locale.ts";
import { VERDICTS, spell } from "../../../grammar/src/vocabulary.ts";
import { queryOf } from "../analysis/laws/citation-query.ts";
import type { LawLibrary } from "../analysis/laws/law-library.ts";
import type { SemanticModel } from "../analysis/model.ts";

export type Verdict = "not_breached" | "exempt" | "tolerated" | "accountable";

/**
 * A verdict in words of `locale`, as the language spells it (`exempt` → 免责 / 免責); in English
 * a keyword's underscore is a space (`not_breached` → "not breached"), for sentences and reports.
 */
export function spelledVerdict(verdict: string, locale: Locale): string {
  const spec = VERDICTS.find((candidate) => candidate.value === verdict);
  const word = spec ? spell(spec.spelling, locale) : verdict;
  return locale === "en" ? word.replaceAll("_", " ") : word;
}

const CASE_WORDS = {
  by: m("{verdict} by {clause}", "{verdict}（依据“{clause}”）", "{verdict}（依據「{clause}」）"),
  expectation: m("{tier}: expected {expected}, got {actual}", "{tier}：预期{expected}，实际{actual}", "{tier}：預期{expected}，實際{actual}"),
} satisfies Record<string, Localized>;

/** A verdict as the policy's language writes it (`exempt` → 免责), with the clause that decided it. */
export function verdictWord(verdict: string, by: string | undefined, locale: Locale): string {
  const word = spelledVerdict(verdict, locale);
  return by ? format(CASE_WORDS.by[locale], { verdict: word, clause: by }) : word;
}

/**
 * An expectation a case missed, as the policy's language says it (`teller: expected exempt, got
 * not breached`; `柜员：预期免责，实际担责`): the words of `duty test`, its JUnit report and the
 * editor's "Run case" alike.
 */
export function missedLine(expectation: ExpectationResult, locale: Locale): string {
  const expected = verdictWord(expectation.expected, expectation.expectedBy, locale);
  const actual = verdictWord(expectation.actual, expectation.actualBy, locale);
  return format(CASE_WORDS.expectation[locale], { tier: expectation.tier, expected, actual });
}

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
  const file = evaluation.model.fileOf(declaration);
  const name = declaration.name;
  return name ? { kind: declaration.kind, name: name.text, file, span: name.span } : { kind: declaration.kind, file, span: declaration.block.keyword.span };
}

/**
 * A duty's verdict, built with its properties in one order and optional ones only when present
 * (spreading a base object into each verdict was most of a case's evaluation time).
 */
function verdictOf(duty: string, tier: string, verdict: Verdict, reasons: readonly Reason[], by?: string, correction?: string): DutyVerdict {
  if (by === undefined) return { duty, tier, verdict, reasons };
  if (correction === undefined) return { duty, tier, verdict, by, reasons };
  return { duty, tier, verdict, by, correction, reasons };
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

/** Adds the verdicts for one duty named in a case (none when it has no holder; two when the superior answers). */
function evaluateDuty(evaluation: Evaluation, duty: DutyDecl, performed: boolean, verdicts: DutyVerdict[]): void {
  const { model, say } = evaluation;
  const name = duty.name?.text ?? "?";
  const holder = duty.holder?.name;
  if (!holder) return;
  const reasons: Reason[] = [
    { text: say(performed ? (evaluation.harm ? REASONS.performed : REASONS.performedNoHarm) : REASONS.breached, { duty: name }), clause: clauseRef(evaluation, duty), laws: [] },
  ];
  if (performed && !evaluation.harm) {
    verdicts.push(verdictOf(name, holder, "not_breached", reasons));
    return;
  }

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
    verdicts.push(verdictOf(name, holder, "exempt", reasons, clause));
    return;
  }

  const accountability = model.accountabilityFor(duty);
  if (performed) {
    const outcome = accountability.find((clause) => clause.trigger?.basis?.value === "outcome");
    if (!outcome) {
      verdicts.push(verdictOf(name, holder, "not_breached", reasons));
      return;
    }
    reasons.push({ text: say(REASONS.outcomeTrigger, { tier: holder }), clause: clauseRef(evaluation, outcome), laws: citedLaws(evaluation, outcome) });
    answerFor(evaluation, duty, accountability, name, holder, reasons, verdicts);
    return;
  }

  if (evaluation.conditions.has("honest_mistake")) {
    const tolerance = model.tolerancesFor(duty)[0];
    if (tolerance) {
      const clause = tolerance.name?.text ?? "?";
      const correction = tolerance.correction?.text ?? say(REASONS.noCorrection);
      reasons.push({ text: say(REASONS.tolerance, { clause, duty: name, correction }), clause: clauseRef(evaluation, tolerance), laws: citedLaws(evaluation, tolerance) });
      verdicts.push(verdictOf(name, holder, "tolerated", reasons, clause, tolerance.correction?.text));
      return;
    }
  }
  answerFor(evaluation, duty, accountability, name, holder, reasons, verdicts);
}

/** The holder answers — unless the superior withheld resources or guidance and the policy makes it answer. */
function answerFor(evaluation: Evaluation, duty: DutyDecl, accountability: readonly AccountabilityDecl[], name: string, holder: string, reasons: Reason[], verdicts: DutyVerdict[]): void {
  const { conditions, say } = evaluation;
  const noResources = conditions.has("no_resources");
  const noGuidance = conditions.has("no_guidance");
  const imposedBy = duty.imposedBy?.name;
  const superior = imposedBy !== holder ? imposedBy : undefined;
  if ((noResources || noGuidance) && superior) {
    const missing = noResources && noGuidance
      ? `${say(REASONS.noResources)}${evaluation.locale === "en" ? " and " : "、"}${say(REASONS.noGuidance)}`
      : say(noResources ? REASONS.noResources : REASONS.noGuidance);
    const answers = accountability.find((clause) => clause.superiorAnswers);
    if (answers) {
      const text = say(REASONS.superiorAnswers, { superior, duty: name, missing, text: answers.superiorAnswers!.text });
      const reason: Reason = { text, clause: clauseRef(evaluation, answers), laws: citedLaws(evaluation, answers) };
      verdicts.push(verdictOf(name, holder, "exempt", [...reasons, reason]), verdictOf(name, superior, "accountable", [...reasons, reason]));
      return;
    }
    reasons.push({ text: say(REASONS.oneWay, { superior, missing, tier: holder }), laws: [] });
  } else {
    reasons.push({ text: say(REASONS.nothingApplies, { tier: holder }), laws: [] });
  }
  verdicts.push(verdictOf(name, holder, "accountable", reasons));
}

/** What the case expects of one tier, against the verdict the policy reaches for it. */
function expectationResult(expectation: CaseDecl["expect"][number], tiers: ReadonlyMap<string, DutyVerdict>): ExpectationResult | undefined {
  const tier = expectation.holder?.name;
  const expected = expectation.verdict?.value as Verdict | undefined;
  if (!tier || !expected) return undefined;
  const actual = tiers.get(tier);
  const actualVerdict: Verdict = actual?.verdict ?? "not_breached";
  const expectedBy = expectation.by?.name;
  const actualBy = actual?.by;
  const ok = actualVerdict === expected && (expectedBy === undefined || expectedBy === actualBy);
  // By assignment in the order the JSON shows, optional parts only when present (as verdictOf).
  const result: Record<string, unknown> = { tier, expected };
  if (expectedBy) result["expectedBy"] = expectedBy;
  result["actual"] = actualVerdict;
  if (actualBy) result["actualBy"] = actualBy;
  result["ok"] = ok;
  result["span"] = expectation.span;
  return result as unknown as ExpectationResult;
}

export function evaluateCase(model: SemanticModel, laws: LawLibrary, decl: CaseDecl): CaseResult {
  const locale = model.document.locale;
  const conditions = new Set<string>();
  for (const condition of decl.conditions) if (condition.value) conditions.add(condition.value);
  const evaluation: Evaluation = {
    model,
    laws,
    locale,
    conditions,
    harm: decl.harm !== undefined,
    say: (template, args) => format(template[locale], args),
  };
  const verdicts: DutyVerdict[] = [];
  for (const ref of decl.performed) {
    const duty = model.duty(ref);
    if (duty) evaluateDuty(evaluation, duty, true, verdicts);
  }
  for (const ref of decl.breached) {
    const duty = model.duty(ref);
    if (duty) evaluateDuty(evaluation, duty, false, verdicts);
  }
  const tiers = new Map<string, DutyVerdict>();
  for (const verdict of verdicts) {
    const current = tiers.get(verdict.tier);
    if (!current || SEVERITY[verdict.verdict] > SEVERITY[current.verdict]) tiers.set(verdict.tier, verdict);
  }
  const expectations: ExpectationResult[] = [];
  let passed = true;
  for (const expectation of decl.expect) {
    const result = expectationResult(expectation, tiers);
    if (!result) continue;
    expectations.push(result);
    if (!result.ok) passed = false;
  }
  return {
    name: decl.name?.text ?? "?",
    span: decl.name?.span ?? decl.block.keyword.span,
    verdicts,
    tiers,
    expectations,
    passed,
  };
}

export function evaluateCases(model: SemanticModel, laws: LawLibrary): CaseResult[] {
  return model.document.file.cases.map((decl) => evaluateCase(model, laws, decl));
}
