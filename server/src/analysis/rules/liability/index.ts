/** Liability pushed down (责任下沉 / 层层加码): duties without the resources or the shared risk. */
import type { Rule } from "../rule.ts";
import { escalation } from "./escalation.ts";
import { noResources } from "./no-resources.ts";
import { oneWay } from "./one-way.ts";

export const LIABILITY_RULES: readonly Rule[] = [noResources, oneWay, escalation];
