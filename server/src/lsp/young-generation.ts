/**
 * The language server stops V8's young generation (the "new space", where every object starts)
 * from growing past the size it has once the server has loaded — 8 MB with Node 24 — except
 * while it reads the whole workspace. Left to itself V8 grows it to 32–64 MB.
 *
 * Why: a keystroke in a long policy allocates ~2.6 MB (the edited text flattened, the reparsed
 * clause, the semantic model, the findings). In a young generation that has grown large, edits
 * land on pages the process has never touched, until all of them have been — the first dozen or
 * so edits after a large document opens — and on a virtual machine the first touch of a page
 * costs ~16 µs: those edits paid 500–2,800 page faults each, 15–45 ms instead of 5–8. Kept at
 * 8 MB, the same pages serve every edit from the third or fourth on (bench:lsp, pulled
 * diagnostics ~13 → ~10 ms; docs/performance.md). A large young generation pays off when much
 * of what is allocated lives on — reading every policy of a workspace for references, rename or
 * workspace symbols; a check of a large workspace was up to twice as slow in one of 1 MB — so
 * those run inside `withYoungGenerationGrowth`.
 *
 * How: V8 grows the young generation by `--semi-space-growth-factor` after a collection in which
 * much survived, and reads that flag each time it grows (its maximum size can only be given on
 * the command line, which an editor starting `node server.cjs` does not give); a factor of 1 is
 * no growth. Node warns that changing V8's flags at run time may be undefined in general; this
 * one is a number read when V8 decides to grow, and every protocol test runs with it.
 */
import * as v8 from "node:v8";

const V8_DEFAULT_GROWTH_FACTOR = 2;

let keptSmall = false;
let growing = 0;

function setGrowthFactor(factor: number): void {
  v8.setFlagsFromString(`--semi-space-growth-factor=${factor}`);
}

/** From now on the young generation does not grow, but inside withYoungGenerationGrowth (the server's start). */
export function keepYoungGenerationSmall(): void {
  keptSmall = true;
  if (growing === 0) setGrowthFactor(1);
}

/** Runs `work` with V8's own growth of the young generation (nested calls allowed). */
export function withYoungGenerationGrowth<T>(work: () => T): T {
  if (!keptSmall) return work();
  if (growing++ === 0) setGrowthFactor(V8_DEFAULT_GROWTH_FACTOR);
  try {
    return work();
  } finally {
    if (--growing === 0) setGrowthFactor(1);
  }
}

/** The young generation's size in bytes (both of its halves), for tests and benchmarks. */
export function youngGenerationSize(): number {
  return v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space")?.space_size ?? 0;
}
