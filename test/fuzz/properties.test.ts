/**
 * The SHORT fuzz run, part of `npm test`: the properties of test/fuzz/invariants.ts over
 * fast-check arbitraries with a fixed seed — generated valid policies, mutated samples (shrinkable
 * lists of mutations), random bytes decoded as UTF-8 and latin1, arbitrary UTF-16 strings with
 * lone surrogates — plus the first inputs of the long run (`npm run fuzz`). A few seconds in all.
 *
 * To reproduce a failure fast-check reports, rerun with the seed and path it prints
 * (`fc.assert(…, { seed, path })`); to explore further, change SEED or raise the run counts.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { FULL, PARSE_ONLY, checkInput, type Checks } from "./invariants.ts";
import { fuzzInput, mutationCorpus } from "./corpus.ts";
import { generatePolicy } from "./generate-policy.ts";
import { MUTATIONS, decodings } from "./mutate.ts";
import { Rng } from "./rng.ts";

const SEED = 20261127;
const CHEAP: Checks = { ...PARSE_ONLY, format: true };
const WHOLE_CHAIN: Checks = { ...FULL, fixes: 10, schema: "if-clean", expectValid: false };

/** A list of mutations, each a name and its own seed: fast-check shrinks it to the one that matters. */
const mutationsArbitrary = fc.record({
  base: fc.nat(),
  steps: fc.array(fc.record({ name: fc.constantFrom(...Object.keys(MUTATIONS)), seed: fc.nat() }), { minLength: 1, maxLength: 6 }),
});

function mutated({ base, steps }: { base: number; steps: readonly { name: string; seed: number }[] }): string {
  const corpus = mutationCorpus();
  let text = corpus[base % corpus.length]!;
  for (const step of steps) text = MUTATIONS[step.name]!(new Rng(step.seed), text, corpus);
  return text;
}

describe("fuzz: properties under stress (short run, fixed seed)", function () {
  this.timeout(120_000);

  it("generated valid policies (三 scripts, every clause and field, imports, comments, CRLF) keep every property", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const policy = generatePolicy(seed);
        checkInput({ text: policy.text, others: policy.others }, { ...FULL, fixes: 8 });
      }),
      { seed: SEED, numRuns: 8 },
    );
  });

  it("mutated samples: parser, spans, LSP ranges, rule ids and formatter", () => {
    fc.assert(fc.property(mutationsArbitrary, (recipe) => void checkInput({ text: mutated(recipe) }, CHEAP)), { seed: SEED, numRuns: 40 });
  });

  it("mutated samples: the whole chain (review, quick fixes, export, cases)", () => {
    fc.assert(fc.property(mutationsArbitrary, (recipe) => void checkInput({ text: mutated(recipe) }, WHOLE_CHAIN)), { seed: SEED, numRuns: 6 });
  });

  it("random bytes decoded as UTF-8 (with replacement) and as latin1", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const { utf8, latin1 } = decodings(bytes);
        checkInput({ text: utf8 }, CHEAP);
        checkInput({ text: latin1 }, CHEAP);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("arbitrary UTF-16 strings (lone surrogates, NUL, controls) through the whole chain", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => void checkInput({ text }, CHEAP)), { seed: SEED, numRuns: 150 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => void checkInput({ text }, WHOLE_CHAIN)), { seed: SEED, numRuns: 8 });
  });

  it("the first inputs of the long run (`npm run fuzz`, seed 20261127)", () => {
    const failures: string[] = [];
    for (let index = 0; index < 120; index++) {
      const input = fuzzInput(SEED, index);
      try {
        checkInput(input.subject, input.checks);
      } catch (error) {
        failures.push(`#${index} ${input.recipe}: ${(error as Error).message.split("\n")[0]}`);
      }
    }
    assert.deepEqual(failures, []);
  });
});
