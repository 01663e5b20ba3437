/**
 * Every finding Duty can report — language core, semantic model and review rules — with its
 * metadata: what the CLI's SARIF output, `duty explain` and the language server describe.
 */
import type { Localized, Severity } from "../../../grammar/src/index.ts";
import { CORE_RULES } from "./core-rules.ts";
import { RULES } from "./rules/registry.ts";

export interface CatalogueEntry {
  readonly id: string;
  readonly severity: Severity;
  readonly summary: Localized;
  readonly why?: Localized;
  readonly instead?: Localized;
  readonly laws: readonly string[];
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  ...CORE_RULES.map((rule) => ({ ...rule, laws: [] })),
  ...RULES.map((rule) => rule.meta),
];

const byId = new Map(CATALOGUE.map((entry) => [entry.id, entry]));

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return byId.get(id);
}
