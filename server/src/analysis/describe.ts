/**
 * Plain-language summaries of declarations for the editor: who holds a duty, who imposed it,
 * who is accountable and what covers it; what a tier controls. Markdown in the document's language.
 */
import type { Declaration, DutyDecl, Locale, Localized, NameRef, TierDecl } from "../../../grammar/src/index.ts";
import { format, localized as m } from "../../../grammar/src/locale.ts";
import { BLOCK_KEYWORDS, DUTY_KINDS, EXEMPTION_GROUNDS, spell } from "../../../grammar/src/vocabulary.ts";
import type { SemanticModel } from "./model.ts";

export const LABELS = {
  holder: m("Held by", "承担者", "承擔者"),
  imposedBy: m("Imposed by", "设定者", "設定者"),
  kind: m("Kind", "类型", "類型"),
  action: m("Action", "内容", "內容"),
  standard: m("Standard", "标准", "標準"),
  under: m("Superior", "上级", "上級"),
  resources: m("Resources", "资源", "資源"),
  domain: m("Domain", "管辖", "管轄"),
  exemptions: m("Exemptions", "免责", "免責"),
  tolerances: m("Tolerances", "容错", "容錯"),
  accountable: m("Accountable", "担责", "擔責"),
  none: m("none", "无", "無"),
  noneDeclared: m("none declared", "未声明", "未聲明"),
  superiorAnswers: m("superior answers when: {text}", "上级担责：{text}", "上級擔責：{text}"),
  onlyExecutor: m("only the holder (no management responsibility for the superior)", "仅承担者（上级无管理责任）", "僅承擔者（上級無管理責任）"),
  covers: m("Covers", "适用", "適用"),
  correction: m("Correction", "纠错", "糾錯"),
  grounds: m("Grounds", "事由", "事由"),
  declaredIn: m("declared in {file}", "声明于 {file}", "聲明於 {file}"),
} satisfies Record<string, Localized>;

function names(refs: readonly NameRef[], locale: Locale): string {
  return refs.length > 0 ? refs.map((ref) => `\`${ref.name}\``).join(", ") : LABELS.none[locale];
}

/** Who answers for a breach of this duty, by the policy's accountability clauses. */
export interface DutyAccountability {
  readonly holder?: string;
  readonly imposedBy?: string;
  /** Texts of `superior_answers` in the clauses that apply to this duty. */
  readonly superiorAnswers: readonly string[];
  readonly exemptions: readonly string[];
  readonly tolerances: readonly string[];
}

export function dutyAccountability(model: SemanticModel, duty: DutyDecl): DutyAccountability {
  const applicable = model.accountabilityFor(duty);
  return {
    ...(duty.holder ? { holder: duty.holder.name } : {}),
    ...(duty.imposedBy ? { imposedBy: duty.imposedBy.name } : {}),
    superiorAnswers: applicable.flatMap((clause) => (clause.superiorAnswers ? [clause.superiorAnswers.text] : [])),
    exemptions: model.exemptionsCovering(duty).flatMap((e) => (e.name ? [e.name.text] : [])),
    tolerances: model.tolerancesFor(duty).flatMap((t) => (t.name ? [t.name.text] : [])),
  };
}

function heading(declaration: Declaration, locale: Locale): string {
  const keyword = spell(BLOCK_KEYWORDS[declaration.kind], locale);
  const name = declaration.name ? ` \`${declaration.name.text}\`` : "";
  const title = declaration.title ? ` — ${declaration.title.text}` : "";
  return `**${keyword}**${name}${title}`;
}

function describeTier(tier: TierDecl, locale: Locale): string[] {
  const lines = [`${LABELS.under[locale]}: ${tier.under ? `\`${tier.under.name}\`` : LABELS.none[locale]}`];
  lines.push(`${LABELS.resources[locale]}: ${names(tier.resources, locale)}`);
  if (tier.domain) lines.push(`${LABELS.domain[locale]}: ${names([...tier.domain.places, ...tier.domain.periods], locale)}`);
  return lines;
}

function describeDuty(model: SemanticModel, duty: DutyDecl, locale: Locale): string[] {
  const lines: string[] = [];
  lines.push(`${LABELS.holder[locale]}: ${duty.holder ? `\`${duty.holder.name}\`` : LABELS.noneDeclared[locale]}`);
  if (duty.imposedBy) lines.push(`${LABELS.imposedBy[locale]}: \`${duty.imposedBy.name}\``);
  const kind = DUTY_KINDS.find((spec) => spec.value === duty.dutyKind?.value);
  lines.push(`${LABELS.kind[locale]}: ${kind ? spell(kind.spelling, locale) : LABELS.noneDeclared[locale]}`);
  if (duty.action) lines.push(`${LABELS.action[locale]}: ${duty.action.text}`);
  lines.push(`${LABELS.standard[locale]}: ${duty.standard ? duty.standard.text : LABELS.noneDeclared[locale]}`);
  const accountability = dutyAccountability(model, duty);
  const accountable = accountability.superiorAnswers.length > 0
    ? format(LABELS.superiorAnswers[locale], { text: accountability.superiorAnswers.join("; ") })
    : LABELS.onlyExecutor[locale];
  lines.push(`${LABELS.accountable[locale]}: ${accountability.holder ? `\`${accountability.holder}\`` : "?"}; ${accountable}`);
  lines.push(`${LABELS.exemptions[locale]}: ${accountability.exemptions.map((n) => `\`${n}\``).join(", ") || LABELS.none[locale]}`);
  lines.push(`${LABELS.tolerances[locale]}: ${accountability.tolerances.map((n) => `\`${n}\``).join(", ") || LABELS.none[locale]}`);
  return lines;
}

/** A short Markdown summary of a declaration, for hovers on its name or on references to it. */
export function describeDeclaration(model: SemanticModel, declaration: Declaration, locale: Locale, file?: string): string {
  const lines = [heading(declaration, locale), ""];
  switch (declaration.kind) {
    case "tier":
      lines.push(...describeTier(declaration, locale).map((line) => `- ${line}`));
      break;
    case "duty":
      lines.push(...describeDuty(model, declaration, locale).map((line) => `- ${line}`));
      break;
    case "exemption":
      lines.push(`- ${LABELS.covers[locale]}: ${names(declaration.covers, locale)}`);
      if (declaration.grounds) {
        // In the reader's language, as the duty's kind is: an imported English clause reads `不可抗力` in a Chinese hover.
        const grounds = EXEMPTION_GROUNDS.find((spec) => spec.value === declaration.grounds?.value);
        lines.push(`- ${LABELS.grounds[locale]}: ${grounds ? spell(grounds.spelling, locale) : declaration.grounds.word}`);
      }
      break;
    case "tolerance":
      lines.push(`- ${LABELS.covers[locale]}: ${names(declaration.covers, locale)}`);
      lines.push(`- ${LABELS.correction[locale]}: ${declaration.correction?.text ?? LABELS.noneDeclared[locale]}`);
      break;
    default:
      break;
  }
  if (file) lines.push("", `_${format(LABELS.declaredIn[locale], { file })}_`);
  return lines.join("\n");
}
