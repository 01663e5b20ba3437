/** Every review rule, family by family. */
import { BOUNDARY_RULES } from "./boundary/index.ts";
import { CASE_RULES } from "./case/index.ts";
import { CITE_RULES } from "./cite/index.ts";
import { LIABILITY_RULES } from "./liability/index.ts";
import { PROCESS_RULES } from "./process/index.ts";
import type { Rule } from "./rule.ts";
import { TOLERANCE_RULES } from "./tolerance/index.ts";

export const RULES: readonly Rule[] = [...BOUNDARY_RULES, ...TOLERANCE_RULES, ...LIABILITY_RULES, ...PROCESS_RULES, ...CITE_RULES, ...CASE_RULES];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
