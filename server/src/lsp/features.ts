/** Every editor feature the server offers, each in its own file. */
import type { Feature } from "./feature.ts";
import { casesFeature } from "./cases.ts";
import { codeActionFeature } from "./code-actions.ts";
import { exportFeature } from "./export.ts";
import { codeLensFeature } from "./code-lens.ts";
import { formattingFeature } from "./formatting.ts";
import { heapFeature } from "./heap.ts";
import { hoverFeature } from "./hover.ts";
import { completionFeature } from "./completion.ts";
import { definitionFeature } from "./definition.ts";
import { referencesFeature } from "./references.ts";
import { renameFeature } from "./rename.ts";
import { documentHighlightFeature } from "./document-highlight.ts";
import { documentSymbolsFeature } from "./document-symbols.ts";
import { workspaceSymbolsFeature } from "./workspace-symbols.ts";
import { foldingRangesFeature } from "./folding-ranges.ts";
import { selectionRangesFeature } from "./selection-ranges.ts";
import { semanticTokensFeature } from "./semantic-tokens.ts";

export const FEATURES: readonly Feature[] = [
  hoverFeature,
  completionFeature,
  codeActionFeature,
  codeLensFeature,
  exportFeature,
  casesFeature,
  formattingFeature,
  definitionFeature,
  referencesFeature,
  renameFeature,
  documentHighlightFeature,
  documentSymbolsFeature,
  workspaceSymbolsFeature,
  foldingRangesFeature,
  selectionRangesFeature,
  semanticTokensFeature,
  heapFeature,
];
