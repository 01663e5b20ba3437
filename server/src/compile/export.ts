/**
 * The semantic model → compiled rule JSON for the systems that apply a policy.
 *
 * Keywords and enum values are normalised (`kind: "care"` whether the drafter wrote `care` or
 * `注意义务`), names and prose are kept as written, quantities carry their normalised value, and
 * citations are resolved to law ids. Every element has a source reference (file index and LSP
 * range). The output is deterministic: the same input gives the same bytes.
 */
import type {
  AccountabilityDecl,
  CaseDecl,
  Citation,
  Declaration,
  DutyDecl,
  EnumRef,
  ExemptionDecl,
  Limit,
  NameRef,
  PolicyDecl,
  Scope,
  Span,
  Text,
  TierDecl,
  ToleranceDecl,
} from "../../../grammar/src/index.ts";
import * as path from "node:path";
import { unitIdOf } from "../../../grammar/src/units.ts";
import { isLanguageFinding } from "../analysis/core-rules.ts";
import type { Finding } from "../analysis/finding.ts";
import { reviewFile, type FileReview } from "../analysis/review.ts";
import type { Workspace } from "../analysis/workspace.ts";
import { queryOf } from "../analysis/laws/citation-query.ts";
import type { LawLibrary } from "../analysis/laws/law-library.ts";
import { partMatch } from "../analysis/laws/provision.ts";
import type { SemanticModel } from "../analysis/model.ts";

export const RULE_JSON_FORMAT = "duty-rules";
export const RULE_JSON_VERSION = 1;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Exporter {
  readonly model: SemanticModel;
  /** The duties each tolerance and accountability clause applies to, as the review resolves them. */
  readonly appliesTo: ReadonlyMap<Declaration, string[]>;
  readonly laws: LawLibrary;
  /** Files in the source map, relative to the exported file's folder, in order of first use. */
  readonly files: string[];
  readonly citations: Map<string, { readonly json: { [key: string]: Json }; readonly cited: Json[] }>;
}

function fileIndex(exporter: Exporter, file: string): number {
  const relative = path.relative(path.dirname(exporter.model.file.path), file).split(path.sep).join("/") || path.basename(file);
  const index = exporter.files.indexOf(relative);
  if (index >= 0) return index;
  exporter.files.push(relative);
  return exporter.files.length - 1;
}

function source(exporter: Exporter, declaration: Declaration, span: Span): Json {
  const file = exporter.model.fileOf(declaration);
  const document = exporter.model.files.find((candidate) => candidate.path === file)?.document ?? exporter.model.document;
  const range = document.lines.rangeOf(span);
  return {
    file: fileIndex(exporter, file),
    range: { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } },
  };
}

const name = (ref: NameRef | undefined): Json => ref?.name ?? null;
const names = (refs: readonly NameRef[]): Json => refs.map((ref) => ref.name);
const text = (value: Text | undefined): Json => value?.text ?? null;
const enumValue = (value: EnumRef | undefined): Json => value?.value ?? null;
/** The canonical values of a list (a word that is none is an error, and a policy with errors is not exported). */
const known = (values: readonly EnumRef[]): Json => values.flatMap((value) => (value.value ? [value.value] : []));

function limit(value: Limit | undefined): Json {
  if (!value) return null;
  if (!value.quantity) return { text: value.text, quantified: false };
  // The normalised value compares limits (`10 working days` and `10个工作日` compile alike); the
  // amount in its written unit is what a system counts with (working days, calendar months).
  const { kind, normalized, amount } = value.quantity;
  const base = kind === "money" ? "CNY" : kind === "duration" ? "day" : "percent";
  return { text: value.text, quantified: true, kind, value: Math.round(normalized * 1e6) / 1e6, unit: base, amount, writtenUnit: unitIdOf(value.quantity) };
}

function scope(value: Scope | undefined): Json {
  return value ? { places: names(value.places), periods: names(value.periods), description: text(value.description) } : null;
}

function citations(exporter: Exporter, declaration: Declaration, values: readonly Citation[]): Json {
  return values.map((citation) => {
    const query = queryOf(citation, exporter.laws);
    // A range (`arts. 95-97`) cites each of its articles: every one is listed and resolved.
    const resolutions = query ? exporter.laws.resolveRange(query) : [];
    const cited = source(exporter, declaration, citation.span);
    const ids = resolutions.map((resolution) => libraryEntry(exporter, resolution, cited));
    const statuses = ids.map((entry) => entry.status);
    const status = statuses.length === 0 ? "unknown" : (["unknown", "repealed", "unverified", "verified"] as const).find((worst) => statuses.includes(worst))!;
    const known = ids.flatMap((entry) => (entry.id ? [entry.id] : []));
    return { text: citation.text, id: known[0] ?? null, ids: known, status, paragraph: query?.paragraph ?? null, item: query?.item ?? null, source: cited };
  });
}

/** One resolved article: its library id and status, its entry in the export's `citations` (made once, then cited again). */
function libraryEntry(exporter: Exporter, resolution: ReturnType<LawLibrary["resolve"]>, cited: Json): { id: string | null; status: "verified" | "unverified" | "repealed" | "unknown" } {
  let id: string | null = null;
  let status: "verified" | "unverified" | "repealed" | "unknown" = "unknown";
  if (resolution.status === "ok" || resolution.status === "unverified") {
    id = resolution.article ? `${resolution.law.id}/${resolution.article.number}` : resolution.law.id;
    status = resolution.status === "ok" ? "verified" : "unverified";
    if (!exporter.citations.has(id)) {
      const article = resolution.article;
      exporter.citations.set(id, {
        json: {
          id,
          law: resolution.law.id,
          lawName: resolution.law.names["zh-Hans"] ?? resolution.law.names.en ?? resolution.law.id,
          article: article?.number ?? null,
          verified: article?.verified ?? true,
          text: article?.text?.["zh-Hans"] ?? null,
          // Which part of the article `text` is: a consumer compares it with each use's paragraph and item.
          excerpt: article ? partMatch(article, {}) === "excerpt" : false,
          paragraph: article?.paragraph ?? null,
          items: article?.items ? [...article.items] : null,
          gist: article?.gist.en ?? null,
        },
        cited: [],
      });
    }
  } else if (resolution.status === "repealed") {
    id = resolution.law.id;
    status = "repealed";
  }
  if (id && exporter.citations.has(id)) exporter.citations.get(id)!.cited.push(cited);
  return { id, status };
}

function base(exporter: Exporter, declaration: Declaration): { [key: string]: Json } {
  return {
    name: declaration.name?.text ?? null,
    title: text(declaration.title),
    source: source(exporter, declaration, declaration.span),
  };
}

function policy(exporter: Exporter, decl: PolicyDecl | undefined): Json {
  if (!decl) return null;
  return {
    ...base(exporter, decl),
    issuer: name(decl.issuer),
    jurisdiction: text(decl.jurisdiction),
    effective: text(decl.effective),
    version: text(decl.version),
    description: text(decl.description),
    basis: citations(exporter, decl, decl.basis),
  };
}

function tier(exporter: Exporter, decl: TierDecl): Json {
  return { ...base(exporter, decl), under: name(decl.under), resources: names(decl.resources), domain: scope(decl.domain), description: text(decl.description) };
}

function duty(exporter: Exporter, decl: DutyDecl): Json {
  return {
    ...base(exporter, decl),
    holder: name(decl.holder),
    imposedBy: name(decl.imposedBy),
    kind: enumValue(decl.dutyKind),
    context: enumValue(decl.context),
    action: text(decl.action),
    standard: text(decl.standard),
    scope: scope(decl.scope),
    deadline: limit(decl.deadline),
    threshold: limit(decl.threshold),
    needs: names(decl.needs),
    requires: decl.requires.map((item) => item.text),
    refines: name(decl.refines),
    description: text(decl.description),
    basis: citations(exporter, decl, decl.basis),
  };
}

function exemption(exporter: Exporter, decl: ExemptionDecl): Json {
  return { ...base(exporter, decl), covers: names(decl.covers), grounds: enumValue(decl.grounds), when: text(decl.when), approval: name(decl.approval), basis: citations(exporter, decl, decl.basis) };
}

function tolerance(exporter: Exporter, decl: ToleranceDecl): Json {
  return {
    ...base(exporter, decl),
    covers: names(decl.covers),
    appliesTo: exporter.appliesTo.get(decl) ?? [],
    contexts: known(decl.contexts),
    when: text(decl.when),
    limits: text(decl.limits),
    correction: decl.correction || decl.correctionDeadline ? { action: text(decl.correction), deadline: limit(decl.correctionDeadline) } : null,
    basis: citations(exporter, decl, decl.basis),
  };
}

function accountability(exporter: Exporter, decl: AccountabilityDecl): Json {
  return {
    ...base(exporter, decl),
    covers: names(decl.covers),
    appliesTo: exporter.appliesTo.get(decl) ?? [],
    trigger: decl.trigger ? { basis: enumValue(decl.trigger.basis), text: text(decl.trigger.text) } : null,
    investigate: name(decl.investigate),
    determine: name(decl.determine),
    evidence: decl.evidence.map((item) => item.text),
    appeal: decl.appeal ? { to: name(decl.appeal.to), within: limit(decl.appeal.within) } : null,
    superiorAnswers: text(decl.superiorAnswers),
    basis: citations(exporter, decl, decl.basis),
  };
}

function testCase(exporter: Exporter, decl: CaseDecl): Json {
  return {
    ...base(exporter, decl),
    performed: names(decl.performed),
    breached: names(decl.breached),
    conditions: known(decl.conditions),
    harm: text(decl.harm),
    description: text(decl.description),
    expect: decl.expect.map((expectation) => ({ tier: name(expectation.holder), verdict: enumValue(expectation.verdict), by: name(expectation.by) })),
  };
}

/** Declarations of a kind across the file and its imports, in a stable order (file order, then position). */
function ordered<K extends Declaration["kind"]>(model: SemanticModel, kind: K): Extract<Declaration, { kind: K }>[] {
  return model.files.flatMap(({ document }) => document.file.declarations.filter((d): d is Extract<Declaration, { kind: K }> => d.kind === kind));
}

/**
 * What `covers` leaves implicit, resolved as the review resolves it: a tolerance applies to the
 * duties it names and to every duty done in one of its `contexts`; an accountability clause that
 * names no duty applies to every duty no other clause names. By duty, in declaration order.
 */
function appliesTo(model: SemanticModel): Map<Declaration, string[]> {
  const applies = new Map<Declaration, string[]>();
  const add = (clause: Declaration, duty: DutyDecl): void => {
    const name = duty.name?.text;
    if (!name) return;
    const list = applies.get(clause);
    if (!list) applies.set(clause, [name]);
    else if (!list.includes(name)) list.push(name);
  };
  for (const duty of ordered(model, "duty")) {
    for (const clause of model.tolerancesFor(duty)) add(clause, duty);
    for (const clause of model.accountabilityFor(duty)) add(clause, duty);
  }
  return applies;
}

export function compilePolicy(model: SemanticModel, laws: LawLibrary, findings: readonly Finding[]): { [key: string]: Json } {
  const exporter: Exporter = { model, laws, appliesTo: appliesTo(model), files: [], citations: new Map() };
  fileIndex(exporter, model.file.path);
  const document = model.document;
  const compiled: { [key: string]: Json } = {
    format: RULE_JSON_FORMAT,
    formatVersion: RULE_JSON_VERSION,
    language: document.locale,
    policy: policy(exporter, document.file.policy),
    tiers: ordered(model, "tier").map((decl) => tier(exporter, decl)),
    duties: ordered(model, "duty").map((decl) => duty(exporter, decl)),
    exemptions: ordered(model, "exemption").map((decl) => exemption(exporter, decl)),
    tolerances: ordered(model, "tolerance").map((decl) => tolerance(exporter, decl)),
    accountability: ordered(model, "accountability").map((decl) => accountability(exporter, decl)),
    cases: ordered(model, "case").map((decl) => testCase(exporter, decl)),
  };
  compiled["citations"] = [...exporter.citations.values()]
    .sort((a, b) => String(a.json["id"]).localeCompare(String(b.json["id"])))
    .map(({ json, cited }) => ({ ...json, citedAt: cited }));
  compiled["findings"] = findings.map((finding) => {
    const range = document.lines.rangeOf(finding.span);
    return {
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      source: { file: 0, range: { start: { ...range.start }, end: { ...range.end } } },
    };
  });
  compiled["sourceMap"] = { files: exporter.files };
  return compiled;
}

/**
 * The errors that keep a policy from being exported: its own, and those of every file it imports
 * that hold whatever imports it — the language's (a tier that does not exist, a clause cut short)
 * and its citations' (a repealed or unknown basis), which would go out with the imported clauses.
 * An imported file's other rules judge it alone (a register's emergency duty without the
 * exemption the policy adds), so the policy's own review speaks for them.
 */
export function exportErrors(workspace: Workspace, review: FileReview): Finding[] {
  const own = review.findings.filter((finding) => finding.severity === "error");
  const imported = review.model.files.slice(1).flatMap(({ path: file }) =>
    (reviewFile(workspace, file)?.findings ?? []).filter((finding) => finding.severity === "error" && (isLanguageFinding(finding.rule) || finding.rule.startsWith("cite/"))),
  );
  return [...own, ...imported];
}

/** Two-space JSON with a final newline: the exact bytes `duty export` writes. */
export function serialize(compiled: { [key: string]: Json }): string {
  return `${JSON.stringify(compiled, null, 2)}\n`;
}
