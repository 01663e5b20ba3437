/** Vague boundaries (责任边界模糊): duties whose limits a holder cannot know in advance. */
import type { Rule } from "../rule.ts";
import { noKind } from "./no-kind.ts";

export const BOUNDARY_RULES: readonly Rule[] = [noKind];
