/** Missing tolerance (容错缺失): no room for honest mistakes, emergencies and force majeure. */
import type { Rule } from "../rule.ts";

export const TOLERANCE_RULES: readonly Rule[] = [];
