/** Citations (依据): every cited article must be one the law library knows and has verified. */
import type { Rule } from "../rule.ts";

export const CITE_RULES: readonly Rule[] = [];
