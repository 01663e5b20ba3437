/** Citations (依据): every cited article must be one the law library knows and has verified. */
import type { Rule } from "../rule.ts";
import { repealedCitation } from "./repealed.ts";
import { unknownCitation } from "./unknown.ts";
import { unverifiedCitation } from "./unverified.ts";

export const CITE_RULES: readonly Rule[] = [unknownCitation, repealedCitation, unverifiedCitation];
