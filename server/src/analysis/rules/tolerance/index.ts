/** Missing tolerance (容错缺失): no room for honest mistakes, emergencies and force majeure. */
import type { Rule } from "../rule.ts";
import { emergencyConsent } from "./emergency-consent.ts";
import { missing } from "./missing.ts";
import { noCorrection } from "./no-correction.ts";
import { noForceMajeure } from "./no-force-majeure.ts";
import { uncoveredRisk } from "./uncovered-risk.ts";

export const TOLERANCE_RULES: readonly Rule[] = [missing, uncoveredRisk, noCorrection, noForceMajeure, emergencyConsent];
