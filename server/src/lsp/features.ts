/** Every editor feature the server offers, each in its own file. */
import type { Feature } from "./feature.ts";
import { codeActionFeature } from "./code-actions.ts";
import { codeLensFeature } from "./code-lens.ts";
import { hoverFeature } from "./hover.ts";

export const FEATURES: readonly Feature[] = [
  hoverFeature,
  codeActionFeature,
  codeLensFeature,
];
