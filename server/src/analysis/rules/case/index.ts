/** Cases (案例): the policy's own tests, evaluated as the drafter types. */
import type { Rule } from "../rule.ts";
import { unexpectedVerdict } from "./unexpected-verdict.ts";

export const CASE_RULES: readonly Rule[] = [unexpectedVerdict];
