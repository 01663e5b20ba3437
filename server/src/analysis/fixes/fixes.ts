/**
 * Quick fixes: for every finding with a mechanical fix, the edits that make it (a tolerance
 * skeleton with its correction, a force-majeure exemption, an emergency exception citing the
 * Physicians Act, an appeal step, the missing resource…), plus "suppress with a reason" for any
 * review finding. The editor's code actions and `duty check --fix` both use these.
 */
import type { Declaration, DutyDecl, Locale, Localized, Member, ParsedDocument, TierDecl } from "../../../../grammar/src/index.ts";
import { format, listed, localized as m } from "../../../../grammar/src/locale.ts";
import {
  CONTEXTS,
  DUTY_KINDS,
  EXEMPTION_GROUNDS,
  FIELDS,
  TRIGGER_BASES,
  lookupField,
  type FieldSpec,
} from "../../../../grammar/src/vocabulary.ts";
import type { Finding } from "../finding.ts";
import type { SemanticModel } from "../model.ts";
import { PLACEHOLDERS, vaguePlaceholder } from "./placeholders.ts";
import { appendClause, enumWord, fieldLine, insertField, keyword, quoted, styleOf, type Style, type TextEdit } from "./writer.ts";

export interface Fix {
  readonly title: string;
  readonly rule: string;
  readonly edits: readonly TextEdit[];
  /** The fix that properly answers the finding (the editor's auto-fix); never an alternative or a suppression. */
  readonly preferred: boolean;
  /** A preferred fix that chooses nothing for the drafter: the one `duty check --fix` applies. */
  readonly unattended: boolean;
}

const TITLES = {
  suppress: m("Suppress {rule} here (with a reason)", "在此忽略 {rule}（须写明理由）", "在此忽略 {rule}（須寫明理由）"),
  replaceWith: m("Replace with “{text}”", "替换为“{text}”", "替換為「{text}」"),
  removeCited: m("Remove it (“{text}” is already cited)", "删除（已引用“{text}”）", "刪除（已引用「{text}」）"),
  kind: m("Declare it {word}", "声明为{word}", "聲明為{word}"),
  addField: m("Add `{field}`", "添加“{field}”", "添加「{field}」"),
  addTolerance: m("Add a tolerance clause with its correction", "添加容错条款及纠错措施", "添加容錯條款及糾錯措施"),
  addForceMajeure: m("Add a force-majeure exemption (Civil Code art. 180)", "添加不可抗力免责条款（民法典第一百八十条）", "添加不可抗力免責條款（民法典第一百八十條）"),
  addEmergency: m("Add an emergency exception (Physicians Act art. 27)", "添加紧急情况例外（医师法第二十七条）", "添加緊急情況例外（醫師法第二十七條）"),
  addAccountability: m("Add an accountability procedure with an appeal", "添加含申诉的追责程序", "添加含申訴的追責程序"),
  addResource: m("Give `{tier}` the resource `{resource}`", "为“{tier}”配置资源“{resource}”", "為「{tier}」配置資源「{resource}」"),
  conduct: m("Trigger on conduct instead", "改为依据行为启动", "改為依據行為啟動"),
  useRefined: m("Use the value of the duty it refines ({value})", "采用所细化责任的取值（{value}）", "採用所細化責任的取值（{value}）"),
} satisfies Record<string, Localized>;

const CLAUSE_NAMES = {
  tolerance: m("honest_mistakes", "无心之失", "無心之失"),
  forceMajeure: m("force_majeure", "不可抗力", "不可抗力"),
  emergency: m("emergency_treatment", "紧急救治", "緊急救治"),
} satisfies Record<string, Localized>;

const DAYS_30 = m("30 days", "30日", "30日");

/** A quantified value for each limit boundary/unquantified reports (as its examples write them). */
const LIMIT_VALUES = {
  deadline: m("2 working days", "2个工作日", "2個工作日"),
  threshold: m("50000 CNY", "5万元", "5萬元"),
  correction_deadline: m("10 working days", "10个工作日", "10個工作日"),
  appeal: DAYS_30,
} satisfies Record<string, Localized>;

interface FixContext {
  readonly finding: Finding;
  readonly model: SemanticModel;
  readonly document: ParsedDocument;
  readonly file: string;
  readonly style: Style;
  readonly locale: Locale;
  say(template: Localized, args?: Record<string, string | number>): string;
}

type FixBuilder = (context: FixContext) => Fix[];

/**
 * How a fix may be applied. `unattended`: the preferred fix, which `duty check --fix` applies —
 * a correction (a misspelt name, a repealed law's successor) or a clause whose blanks are
 * placeholders that boundary/placeholder keeps pointing at. `choice`: the preferred fix, but it
 * chooses what only the drafter can — a number, a tier, who controls a resource, when the superior
 * answers, a rewritten trigger — so it is applied only in the editor, where the drafter sees it.
 * `alternative`: one of several, or a suppression: never preferred.
 */
type FixUse = "unattended" | "choice" | "alternative";

function fix(context: FixContext, title: string, edits: (TextEdit | undefined)[], use: FixUse = "unattended"): Fix[] {
  const real = edits.filter((edit): edit is TextEdit => edit !== undefined);
  return real.length === 0 ? [] : [{ title, rule: context.finding.rule, edits: real, preferred: use !== "alternative", unattended: use === "unattended" }];
}

/** The clause a finding is about, by its explanation and position. */
function clauseOf(context: FixContext): Declaration | undefined {
  const { finding, document } = context;
  return document.file.declarations.find((declaration) => declaration.span.start <= finding.span.start && finding.span.end <= declaration.span.end);
}

function dataString(finding: Finding, key: string): string | undefined {
  const value = finding.data?.[key];
  return typeof value === "string" ? value : undefined;
}

function dataStrings(finding: Finding, key: string): string[] {
  const value = finding.data?.[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/**
 * Whether the clause has the field written, even with a value the reader rejected (`investigate:
 * a b` leaves `investigate` unset): adding it again would only make a syntax/duplicate-field.
 */
function written(declaration: Declaration, key: string): boolean {
  return Object.hasOwn(declaration.fieldSpans, key);
}

function addFieldTo(context: FixContext, declaration: Declaration | undefined, key: string, value: string, use: FixUse = "unattended"): Fix[] {
  if (!declaration || written(declaration, key)) return [];
  const line = fieldLine(context.style, declaration.kind, key, value);
  return fix(context, context.say(TITLES.addField, { field: line.split(/[:：]/)[0] ?? key }), [insertField(context.document, context.file, declaration.block, line, context.style)], use);
}

/** The tier that should hear an appeal or investigate: the issuer, else the top of the hierarchy. */
function authorityTier(model: SemanticModel, from?: TierDecl): string | undefined {
  if (from) {
    const superiors = model.superiorsOf(from);
    return (superiors[0] ?? from).name?.text;
  }
  const issuer = model.document.file.policy?.issuer?.name;
  if (issuer) return issuer;
  const tiers = model.all("tier");
  const top = tiers.find((tier) => !tier.under) ?? tiers[0];
  return top?.name?.text;
}

function dutiesOfFile(context: FixContext): DutyDecl[] {
  return context.document.file.duties.filter((duty) => duty.name !== undefined);
}

const BUILDERS: Readonly<Record<string, FixBuilder>> = {
  "boundary/vague-term": (context) => {
    const instead = dataString(context.finding, "instead");
    if (!instead) return [];
    const text = vaguePlaceholder(instead, context.locale);
    // It replaces the drafter's own words, and what they meant may be worth keeping: the editor
    // shows the replacement before it is made; `duty check --fix` does not make it unseen.
    return fix(context, context.say(TITLES.replaceWith, { text }), [{ file: context.file, span: context.finding.span, newText: text }], "choice");
  },
  "boundary/no-kind": (context) => {
    const duty = clauseOf(context);
    if (duty && written(duty, "kind")) return [];
    return DUTY_KINDS.flatMap((kind) => {
      const word = enumWord(DUTY_KINDS, kind.value, context.locale);
      const line = duty ? fieldLine(context.style, "duty", "kind", word) : "";
      return duty ? fix(context, context.say(TITLES.kind, { word }), [insertField(context.document, context.file, duty.block, line, context.style)], "alternative") : [];
    });
  },
  "boundary/no-standard": (context) =>
    context.finding.data?.["missingField"] === "standard" ? addFieldTo(context, clauseOf(context), "standard", quoted(context.style, context.say(PLACEHOLDERS.standard))) : [],
  "boundary/unquantified": (context) => {
    // The finding is on the limit's value only: replace it by a value, not by the whole field
    // (the rule's `example` is a field line, `appeal: <tier> within 30 days`).
    const field = dataString(context.finding, "field");
    const value = field !== undefined && Object.hasOwn(LIMIT_VALUES, field) ? LIMIT_VALUES[field as keyof typeof LIMIT_VALUES] : undefined;
    if (!value) return [];
    const text = context.say(value);
    // `30within` → `30 days within`, not `30 dayswithin` (one name); `30内` → `30日内` is fine.
    const glued = /[A-Za-z]$/.test(text) && /^[\p{L}\p{N}_]/u.test(context.document.text.slice(context.finding.span.end, context.finding.span.end + 2));
    return fix(context, context.say(TITLES.replaceWith, { text }), [{ file: context.file, span: context.finding.span, newText: glued ? `${text} ` : text }], "choice");
  },
  "boundary/outcome-only": (context) => {
    if (context.finding.data?.["basis"] !== "outcome") return [];
    const clause = clauseOf(context);
    const trigger = clause?.kind === "accountability" ? clause.trigger : undefined;
    if (!trigger?.basis) return [];
    const conduct = enumWord(TRIGGER_BASES, "conduct", context.locale);
    return fix(context, context.say(TITLES.conduct), [
      { file: context.file, span: trigger.basis.span, newText: conduct },
      ...(trigger.text ? [{ file: context.file, span: trigger.text.span, newText: quoted(context.style, context.say(PLACEHOLDERS.trigger)) }] : []),
    ], "choice");
  },
  "tolerance/missing": (context) => toleranceClause(context, dutiesOfFile(context).map((duty) => duty.name!.text), []),
  "tolerance/uncovered-risk": (context) => {
    const duty = dataString(context.finding, "duty");
    const setting = dataString(context.finding, "context");
    return duty ? toleranceClause(context, [duty], setting ? [setting] : []) : [];
  },
  "tolerance/no-correction": (context) => {
    const clause = clauseOf(context);
    if (!clause || clause.kind !== "tolerance" || written(clause, "correction")) return [];
    const style = context.style;
    const edits = [insertField(context.document, context.file, clause.block, fieldLine(style, "tolerance", "correction", quoted(style, context.say(PLACEHOLDERS.correction))), style)];
    return fix(context, context.say(TITLES.addField, { field: fieldLine(style, "tolerance", "correction", "").replace(/[:：]\s*$/, "") }), edits);
  },
  "tolerance/no-force-majeure": (context) => {
    const covers = dataStrings(context.finding, "covers");
    const duties = covers.length > 0 ? covers : dutiesOfFile(context).map((duty) => duty.name!.text);
    if (duties.length === 0) return [];
    const { style } = context;
    const lines = [
      `${keyword("exemption", style.locale)} ${context.say(CLAUSE_NAMES.forceMajeure)} {`,
      fieldLine(style, "exemption", "covers", duties.join(style.comma)),
      fieldLine(style, "exemption", "grounds", enumWord(EXEMPTION_GROUNDS, "force_majeure", style.locale)),
      fieldLine(style, "exemption", "when", quoted(style, context.say(PLACEHOLDERS.forceMajeure))),
      fieldLine(style, "exemption", "basis", style.locale === "en" ? "civil-code/180" : style.locale === "zh-Hant" ? "民法典 第一百八十條" : "民法典 第一百八十条"),
      "}",
    ];
    return fix(context, context.say(TITLES.addForceMajeure), [appendClause(context.document, context.file, lines, style)]);
  },
  "tolerance/emergency-consent": (context) => {
    const duty = dataString(context.finding, "duty");
    const clause = clauseOf(context);
    if (!duty || clause?.kind !== "duty") return [];
    const { style } = context;
    // The Physicians Act wants the institution head's approval: the holder's superior, if declared.
    const holder = context.model.tier(clause.holder);
    const approver = (holder ? context.model.superiorsOf(holder)[0]?.name?.text : undefined) ?? clause.holder?.name;
    const basis = style.locale === "en"
      ? "physicians-act/27, civil-code/1220"
      : style.locale === "zh-Hant" ? "醫師法 第二十七條，民法典 第一千二百二十條" : "医师法 第二十七条，民法典 第一千二百二十条";
    const lines = [
      `${keyword("exemption", style.locale)} ${context.say(CLAUSE_NAMES.emergency)} {`,
      fieldLine(style, "exemption", "covers", duty),
      fieldLine(style, "exemption", "grounds", enumWord(EXEMPTION_GROUNDS, "emergency", style.locale)),
      fieldLine(style, "exemption", "when", quoted(style, context.say(PLACEHOLDERS.emergency))),
      ...(approver ? [fieldLine(style, "exemption", "approval", approver)] : []),
      fieldLine(style, "exemption", "basis", basis.replace(/, /g, style.comma).replace(/，/g, style.comma)),
      "}",
    ];
    // The approver is a choice (the holder's superior is a guess at the institution head's tier).
    return fix(context, context.say(TITLES.addEmergency), [appendClause(context.document, context.file, lines, style)], "choice");
  },
  "liability/no-resources": (context) => {
    const tierName = dataString(context.finding, "tier");
    const resources = dataString(context.finding, "resource") ? [dataString(context.finding, "resource")!] : dataStrings(context.finding, "needs");
    if (resources.length === 0 || !tierName) return [];
    const symbol = context.model.symbols.get(tierName);
    if (!symbol || symbol.kind !== "tier") return [];
    const tier = symbol.declaration as TierDecl;
    const tierDocument = context.model.files.find((file) => file.path === symbol.file)?.document;
    if (!tierDocument) return [];
    const style = styleOf(tierDocument);
    const last = tier.resources[tier.resources.length - 1];
    const added = resources.join(style.comma);
    const edit: TextEdit | undefined = last
      ? { file: symbol.file, span: { start: last.span.end, end: last.span.end }, newText: `${style.comma}${added}` }
      : written(tier, "resources")
        ? undefined
        : insertField(tierDocument, symbol.file, tier.block, fieldLine(style, "tier", "resources", added), style);
    return fix(context, context.say(TITLES.addResource, { tier: tierName, resource: listed(resources, context.locale) }), [edit], "choice");
  },
  "liability/one-way": (context) => {
    const accountabilities = context.document.file.accountabilities.filter((clause) => !clause.superiorAnswers && !written(clause, "superior_answers"));
    const { style } = context;
    const edits = accountabilities.map((clause) =>
      insertField(context.document, context.file, clause.block, fieldLine(style, "accountability", "superior_answers", quoted(style, context.say(PLACEHOLDERS.superiorAnswers))), style),
    );
    // When the superior answers is the policy's decision, not a blank to fill: the editor only.
    return fix(context, context.say(TITLES.addField, { field: fieldLine(style, "accountability", "superior_answers", "").replace(/[:：]\s*$/, "") }), edits, "choice");
  },
  "liability/escalation": (context) => {
    const aspect = dataString(context.finding, "aspect");
    const value = dataString(context.finding, "refinedValue");
    if ((aspect !== "threshold" && aspect !== "deadline") || !value) return [];
    return fix(context, context.say(TITLES.useRefined, { value }), [{ file: context.file, span: context.finding.span, newText: value }], "alternative");
  },
  "process/no-investigation": (context) => missingProcessField(context, "investigate"),
  "process/no-determination": (context) => missingProcessField(context, "determine"),
  "process/no-appeal": (context) => {
    const missing = dataString(context.finding, "missingField");
    const clause = clauseOf(context);
    const { style, model } = context;
    const within = context.say(DAYS_30);
    if (dataString(context.finding, "missingClause") === "accountability") {
      // The tier that imposed the first duty decides; the appeal goes above it (process/no-appeal
      // flags an appeal heard by the decider).
      const authority = authorityTier(model);
      const decider = model.tier(dutiesOfFile(context)[0]?.imposedBy);
      const deciderName = decider?.name?.text ?? authority;
      if (!deciderName) return [];
      const above = decider ? model.superiorsOf(decider)[0]?.name?.text : undefined;
      const appealTo = above ?? (authority !== deciderName ? authority : undefined);
      const lines = [
        `${keyword("accountability", style.locale)} {`,
        fieldLine(style, "accountability", "trigger", `${enumWord(TRIGGER_BASES, "conduct", style.locale)} ${quoted(style, context.say(PLACEHOLDERS.trigger))}`),
        fieldLine(style, "accountability", "investigate", deciderName),
        fieldLine(style, "accountability", "determine", deciderName),
        ...(appealTo ? [fieldLine(style, "accountability", "appeal", appealText(style, appealTo, within))] : []),
        fieldLine(style, "accountability", "superior_answers", quoted(style, context.say(PLACEHOLDERS.superiorAnswers))),
        "}",
      ];
      return fix(context, context.say(TITLES.addAccountability), [appendClause(context.document, context.file, lines, style)], "choice");
    }
    if (clause?.kind !== "accountability") return [];
    if (missing === "appeal.within" && clause.appeal) {
      const end = clause.appeal.span.end;
      return fix(context, context.say(TITLES.addField, { field: within }), [{ file: context.file, span: { start: end, end }, newText: style.locale === "en" ? ` within ${within}` : ` ${within}${withinWord(style.locale)}` }], "choice");
    }
    if (missing !== "appeal") return [];
    const authority = authorityTier(model, model.tier(clause.determine));
    // Never to the decider itself: with no tier above it, the drafter names the appeal body.
    if (!authority || authority === clause.determine?.name) return [];
    return addFieldTo(context, clause, "appeal", appealText(style, authority, within), "choice");
  },
  "cite/repealed": (context) => {
    const text = dataString(context.finding, "replacementText");
    if (!text) return [];
    // The successor already cited beside it (执业医师法 第二十四条 next to 医师法 第二十七条): the
    // repealed citation goes, with its separator, rather than citing the same article twice.
    const clause = clauseOf(context);
    const basis = clause && "basis" in clause ? clause.basis : [];
    const at = basis.findIndex((citation) => citation.span.start === context.finding.span.start);
    const compact = (written: string): string => written.replace(/\s+/gu, "");
    if (at >= 0 && basis.length > 1 && basis.some((citation, index) => index !== at && compact(citation.text) === compact(text))) {
      const span = at > 0 ? { start: basis[at - 1]!.span.end, end: basis[at]!.span.end } : { start: basis[0]!.span.start, end: basis[1]!.span.start };
      return fix(context, context.say(TITLES.removeCited, { text }), [{ file: context.file, span, newText: "" }]);
    }
    return fix(context, context.say(TITLES.replaceWith, { text }), [{ file: context.file, span: context.finding.span, newText: text }]);
  },
  "name/unknown": (context) => replaceWithSuggestion(context),
  "suppression/unknown-rule": (context) => replaceWithSuggestion(context),
  // Not when the suggested field is already written beside it: the rename would make a
  // syntax/duplicate-field, and the renamed field could displace the one that counted.
  "syntax/unknown-field": (context) => (suggestedFieldIsWritten(context) ? [] : replaceWithSuggestion(context)),
  "syntax/invalid-value": (context) => replaceWithSuggestion(context),
};

function appealText(style: Style, tier: string, within: string): string {
  return style.locale === "en" ? `${tier} within ${within}` : `${tier} ${within}${withinWord(style.locale)}`;
}

/** 内 in simplified, 內 in traditional characters (`30日內`). */
function withinWord(locale: Locale): string {
  return locale === "zh-Hant" ? "內" : "内";
}

/** Whether the field an unknown key's suggestion names is already among the key's siblings. */
function suggestedFieldIsWritten(context: FixContext): boolean {
  const suggestion = dataString(context.finding, "suggestion");
  const at = context.finding.span;
  if (!suggestion) return false;
  const search = (members: readonly Member[], specs: readonly FieldSpec[]): boolean => {
    const own = members.find((member) => member.key.span.start === at.start && member.key.span.end === at.end);
    if (own) {
      const target = lookupField(specs, suggestion);
      return target !== undefined && members.some((member) => member !== own && lookupField(specs, member.key.text) === target);
    }
    const inner = members.find((member) => member.type === "subBlock" && member.span.start <= at.start && at.end <= member.span.end);
    return inner ? search(inner.type === "subBlock" ? inner.members : [], lookupField(specs, inner.key.text)?.fields ?? []) : false;
  };
  const block = context.document.tree.blocks.find((candidate) => candidate.span.start <= at.start && at.end <= candidate.span.end);
  return block ? search(block.members, FIELDS[block.kind]) : false;
}

function replaceWithSuggestion(context: FixContext): Fix[] {
  const suggestion = dataString(context.finding, "suggestion");
  if (!suggestion) return [];
  return fix(context, context.say(TITLES.replaceWith, { text: suggestion }), [{ file: context.file, span: context.finding.span, newText: suggestion }]);
}

function missingProcessField(context: FixContext, field: "investigate" | "determine"): Fix[] {
  const clause = clauseOf(context);
  if (clause?.kind !== "accountability") return [];
  const authority = authorityTier(context.model);
  // A decider that also hears the appeal would review itself (process/no-appeal).
  if (!authority || (field === "determine" && clause.appeal?.to?.name === authority)) return [];
  return addFieldTo(context, clause, field, authority, "choice");
}

function toleranceClause(context: FixContext, duties: readonly string[], contexts: readonly string[]): Fix[] {
  if (duties.length === 0) return [];
  const { style } = context;
  const lines = [
    `${keyword("tolerance", style.locale)} ${context.say(CLAUSE_NAMES.tolerance)}${duties.length === 1 && contexts.length > 0 ? `_${duties[0]}` : ""} {`,
    fieldLine(style, "tolerance", "covers", duties.join(style.comma)),
    ...(contexts.length > 0 ? [fieldLine(style, "tolerance", "contexts", contexts.map((value) => enumWord(CONTEXTS, value, style.locale)).join(style.comma))] : []),
    fieldLine(style, "tolerance", "when", quoted(style, context.say(PLACEHOLDERS.when))),
    fieldLine(style, "tolerance", "limits", quoted(style, context.say(PLACEHOLDERS.limits))),
    // No correction_deadline: how long is the drafter's to say (the placeholder asks for it).
    fieldLine(style, "tolerance", "correction", quoted(style, context.say(PLACEHOLDERS.correction))),
    "}",
  ];
  return fix(context, context.say(TITLES.addTolerance), [appendClause(context.document, context.file, lines, style)]);
}

/** "Suppress with a reason": a `// duty-ignore` line above the finding, reason left for the drafter. */
function suppression(context: FixContext): Fix[] {
  const { finding, document } = context;
  if (/^(syntax|name|import|config|suppression)\//.test(finding.rule)) return [];
  const line = document.lines.positionAt(finding.span.start).line;
  const lineStart = document.lines.lineStart(line);
  const indent = /^[ \t]*/.exec(document.text.slice(lineStart))?.[0] ?? "";
  const newText = `${indent}// duty-ignore ${finding.rule}: ${context.say(PLACEHOLDERS.reason)}${context.style.newline}`;
  return fix(context, context.say(TITLES.suppress, { rule: finding.rule }), [{ file: context.file, span: { start: lineStart, end: lineStart }, newText }], "alternative");
}

export function fixesFor(finding: Finding, model: SemanticModel): Fix[] {
  const document = model.document;
  const locale = document.locale;
  const context: FixContext = {
    finding,
    model,
    document,
    file: model.file.path,
    style: styleOf(document),
    locale,
    say: (template, args) => format(template[locale], args),
  };
  const build = BUILDERS[finding.rule];
  return [...(build ? build(context) : []), ...suppression(context)];
}
