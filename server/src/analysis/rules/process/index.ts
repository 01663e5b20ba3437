/** Due process (追责程序): investigation, determination, appeal, and evidence weighed together. */
import type { Rule } from "../rule.ts";
import { noAppeal } from "./no-appeal.ts";
import { noDetermination } from "./no-determination.ts";
import { noInvestigation } from "./no-investigation.ts";
import { soleEvidence } from "./sole-evidence.ts";

export const PROCESS_RULES: readonly Rule[] = [noInvestigation, noDetermination, noAppeal, soleEvidence];
