/** Every review rule, in the order their findings are listed for one position. */
import { noKind } from "./boundary/no-kind.ts";
import type { Rule } from "./rule.ts";

export const RULES: readonly Rule[] = [noKind];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
