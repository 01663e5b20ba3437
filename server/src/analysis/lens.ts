/**
 * The one-line summary shown above each duty: who is accountable for it, whether its superior
 * shares the responsibility, and which exemptions and tolerances cover it.
 */
import type { DutyDecl, Localized, Span } from "../../../grammar/src/index.ts";
import { format, listed, localized as m } from "../../../grammar/src/locale.ts";
import { evaluateCases, verdictWord } from "../compile/cases.ts";
import { dutyAccountability } from "./describe.ts";
import type { LawLibrary } from "./laws/law-library.ts";
import type { SemanticModel } from "./model.ts";

const LENS = {
  accountable: m("Accountable: {holder}", "担责：{holder}", "擔責：{holder}"),
  withSuperior: m("{superior} shares management responsibility", "{superior} 承担管理责任", "{superior} 承擔管理責任"),
  onlyHolder: m("superior never answers", "上级不担责", "上級不擔責"),
  exempt: m("Exempt by {names}", "免责：{names}", "免責：{names}"),
  tolerated: m("Tolerated by {names}", "容错：{names}", "容錯：{names}"),
  nothingCovers: m("no exemption or tolerance", "无免责或容错", "無免責或容錯"),
  unheld: m("No holder: nobody is accountable", "未指定承担者：无人担责", "未指定承擔者：無人擔責"),
  passed: m("✓ Case holds: {verdicts}", "✓ 案例通过：{verdicts}", "✓ 案例通過：{verdicts}"),
  failed: m("✗ Case fails: {verdicts}", "✗ 案例不通过：{verdicts}", "✗ 案例不通過：{verdicts}"),
  noDuty: m("no duty involved", "未涉及责任", "未涉及責任"),
} satisfies Record<string, Localized>;

export interface Lens {
  readonly span: Span;
  readonly title: string;
  /** For a case: its name, so the editor can run it and show the reasons. */
  readonly caseName?: string;
}

export function dutyLenses(model: SemanticModel): Lens[] {
  const locale = model.document.locale;
  const say = (template: Localized, args?: Record<string, string>) => format(template[locale], args);
  return model.document.file.duties.map((duty: DutyDecl) => {
    const summary = dutyAccountability(model, duty);
    const parts: string[] = [];
    if (!summary.holder) parts.push(say(LENS.unheld));
    else {
      parts.push(say(LENS.accountable, { holder: summary.holder }));
      if (summary.imposedBy && summary.imposedBy !== summary.holder) {
        parts.push(summary.superiorAnswers.length > 0 ? say(LENS.withSuperior, { superior: summary.imposedBy }) : say(LENS.onlyHolder));
      }
    }
    if (summary.exemptions.length > 0) parts.push(say(LENS.exempt, { names: listed(summary.exemptions, locale) }));
    if (summary.tolerances.length > 0) parts.push(say(LENS.tolerated, { names: listed(summary.tolerances, locale) }));
    if (summary.exemptions.length === 0 && summary.tolerances.length === 0) parts.push(say(LENS.nothingCovers));
    return { span: duty.name?.span ?? duty.block.keyword.span, title: parts.join(" · ") };
  });
}

/** Above each case: the verdict the policy reaches, and whether the case expected it. */
export function caseLenses(model: SemanticModel, laws: LawLibrary): Lens[] {
  const locale = model.document.locale;
  return evaluateCases(model, laws).map((result) => {
    // As `duty test` says them: `judge not breached`, `學校 免責（依據「範圍外」）`.
    const verdicts = [...result.tiers].map(([tier, verdict]) => `${tier} ${verdictWord(verdict.verdict, verdict.by, locale)}`).join(locale === "en" ? ", " : "，");
    const title = format((result.passed ? LENS.passed : LENS.failed)[locale], { verdicts: verdicts || LENS.noDuty[locale] });
    return { span: result.span, title, caseName: result.name };
  });
}
