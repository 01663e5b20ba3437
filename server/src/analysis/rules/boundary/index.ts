/** Vague boundaries (责任边界模糊): duties whose limits a holder cannot know in advance. */
import type { Rule } from "../rule.ts";
import { noKind } from "./no-kind.ts";
import { noStandard } from "./no-standard.ts";
import { outcomeOnly } from "./outcome-only.ts";
import { outsideDomain } from "./outside-domain.ts";
import { placeholder } from "./placeholder.ts";
import { unquantified } from "./unquantified.ts";
import { vagueTerm } from "./vague-term.ts";

export const BOUNDARY_RULES: readonly Rule[] = [vagueTerm, noStandard, noKind, unquantified, outcomeOnly, outsideDomain, placeholder];
