/** Due process (追责程序): investigation, determination, appeal, and evidence weighed together. */
import type { Rule } from "../rule.ts";

export const PROCESS_RULES: readonly Rule[] = [];
