/**
 * Why a finding matters, what to write instead, and the law behind it — in the document's
 * language. The CLI's `--verbose` and `duty explain`, and the editor's hover, all read this.
 */
import type { Locale } from "../../../grammar/src/index.ts";
import { catalogueEntry } from "./catalogue.ts";
import type { Finding } from "./finding.ts";
import { formatCitation, type LawLibrary } from "./laws/law-library.ts";
import { showProvision, type ShownProvision } from "./laws/provision.ts";

/** A law a rule or finding refers to: its library id and what to show for it (see provision.ts). */
export interface LawReference {
  /** `civil-code/180` */
  readonly id: string;
  readonly provision: ShownProvision;
}

export interface Explanation {
  readonly rule: string;
  readonly summary: string;
  readonly why?: string;
  readonly instead?: string;
  readonly laws: readonly LawReference[];
}

export function lawReference(id: string, laws: LawLibrary, locale: Locale): LawReference | undefined {
  const [lawId = "", articleNumber] = id.split("/");
  const law = laws.lawById(lawId);
  if (!law) return undefined;
  const number = articleNumber === undefined ? undefined : Number(articleNumber);
  const article = number === undefined ? undefined : law.articles.find((candidate) => candidate.number === number);
  if (number !== undefined && !article) return undefined;
  const provision: ShownProvision = article
    ? showProvision(law, article, locale)
    : { citation: formatCitation(law, locale), marks: [], text: "", isGist: true, verified: true };
  return { id, provision };
}

export function explainRule(rule: string, laws: LawLibrary, locale: Locale, lawIds?: readonly string[]): Explanation | undefined {
  const entry = catalogueEntry(rule);
  if (!entry) return undefined;
  return {
    rule,
    summary: entry.summary[locale],
    ...(entry.why ? { why: entry.why[locale] } : {}),
    ...(entry.instead ? { instead: entry.instead[locale] } : {}),
    laws: (lawIds ?? entry.laws).map((id) => lawReference(id, laws, locale)).filter((ref): ref is LawReference => ref !== undefined),
  };
}

export function explainFinding(finding: Finding, laws: LawLibrary, locale: Locale): Explanation | undefined {
  return explainRule(finding.rule, laws, locale, finding.explanation?.laws);
}
