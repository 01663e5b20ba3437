/**
 * The inputs of the fuzz families, each a pure function of (seed, index): the long run and the
 * short run draw from the same place, and a failure is reproduced by its seed and index alone.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CATALOGUE } from "../../server/src/analysis/catalogue.ts";
import { FULL, PARSE_ONLY, type Checks, type Subject } from "./invariants.ts";
import { generatePolicy } from "./generate-policy.ts";
import { MUTATIONS, decodings, mutatePolicy, randomBytes } from "./mutate.ts";
import { Rng } from "./rng.ts";

const SAMPLES = path.resolve(import.meta.dirname, "..", "..", "samples");

/** Every sample policy (the shared register included): realistic texts to mutate. */
export function sampleTexts(): string[] {
  const names = [
    ...fs.readdirSync(SAMPLES).filter((name) => name.endsWith(".duty")),
    ...fs.readdirSync(path.join(SAMPLES, "shared")).filter((name) => name.endsWith(".duty")).map((name) => `shared/${name}`),
  ].sort();
  return names.map((name) => fs.readFileSync(path.join(SAMPLES, name), "utf8"));
}

let corpusCache: string[] | undefined;

/** The samples and a few dozen generated policies (in all three scripts): what mutations start from. */
export function mutationCorpus(): string[] {
  corpusCache ??= [...sampleTexts(), ...Array.from({ length: 40 }, (_, i) => generatePolicy(0x5eed + i).text)];
  return corpusCache;
}

export type Family = "bytes" | "mutated" | "generated";

export interface FuzzInput {
  readonly family: Family;
  /** How the input was made, for the failure report. */
  readonly recipe: string;
  readonly subject: Subject;
  readonly checks: Checks;
}

/** A 32-bit seed for input `index` of a run seeded `seed`. */
export function inputSeed(seed: number, index: number): number {
  let h = (seed ^ 0x2545f491) >>> 0;
  h = Math.imul(h ^ index, 0x9e3779b1) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

/** Of every 40 inputs: 19 random byte strings, 20 mutated policies, 1 generated valid policy. */
export function familyOf(index: number): Family {
  const slot = index % 40;
  return slot < 19 ? "bytes" : slot < 39 ? "mutated" : "generated";
}

/**
 * Cheap checks (parse, spans, LSP ranges, rule ids, formatter) for most inputs; the whole chain
 * (review, quick fixes, export, cases) for one in a hundred random and mutated inputs, for every
 * generated policy (its quick fixes and export determinism for one in ten).
 */
const CHEAP: Checks = { ...PARSE_ONLY, format: true };
const FULL_UNTRUSTED: Checks = { ...FULL, fixes: 10, schema: "if-clean", expectValid: false, range: [0.2, 0.7] };
const GENERATED: Checks = { ...FULL, fixes: 0, deterministic: false };
const GENERATED_FULL: Checks = { ...FULL, fixes: 10 };

export function fuzzInput(seed: number, index: number): FuzzInput {
  const family = familyOf(index);
  const s = inputSeed(seed, index);
  const round = Math.floor(index / 40);
  const full = round % 100 === 0;
  switch (family) {
    case "bytes": {
      const bytes = randomBytes(s);
      const decoding = (["utf8", "latin1", "utf16"] as const)[index % 3]!;
      return { family, recipe: `randomBytes(${s}) as ${decoding}, ${bytes.length} bytes`, subject: { text: decodings(bytes)[decoding] }, checks: full ? FULL_UNTRUSTED : CHEAP };
    }
    case "mutated": {
      const { text, base, steps } = mutatePolicy(s, mutationCorpus());
      return { family, recipe: `mutatePolicy(${s}) of corpus[${base}]: ${steps.join(", ")}`, subject: { text }, checks: full ? FULL_UNTRUSTED : CHEAP };
    }
    case "generated": {
      const policy = generatePolicy(s);
      const withConfig = round % 10 === 3;
      const others = withConfig ? { ...policy.others, ...configFiles(s) } : policy.others;
      const fullGenerated = round % 10 === 5;
      return {
        family,
        recipe: `generatePolicy(${s})${withConfig ? ` with configFiles(${s})` : ""}`,
        subject: { text: policy.text, others },
        checks: fullGenerated ? GENERATED_FULL : GENERATED,
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Configuration and law files: valid, odd but schema-valid, and broken.

const RULE_IDS = CATALOGUE.map((entry) => entry.id);
const ODD_VALUES: readonly unknown[] = [
  "", " ", [], [""], [" "], ["", "x"], ["(", "[", "*", "\\", ".*"], [1, null, true], "x".repeat(5000), 0, -1, 1e308, true, false,
  ["及时", "promptly", "尽快"], ["\uD800"], ["😀"], [["nested"]],
];

const LAW_FILE = {
  formatVersion: 1,
  jurisdiction: "Fuzz",
  laws: [
    {
      id: "fuzz-handbook",
      kind: "internal-rule",
      names: { en: "Fuzz Handbook", "zh-Hans": "模糊手册" },
      aliases: ["Handbook"],
      articles: [
        { number: 3, text: { en: "Staff may refuse an unsafe order." }, verified: true },
        { number: 4, gist: { en: "Overtime needs written approval." }, verified: false, confidence: "medium" },
      ],
    },
  ],
};

/** A `.duty.json` (and perhaps a law file it names): valid, odd, mutated or not JSON at all. */
export function configFiles(seed: number): Record<string, string> {
  const rng = new Rng(seed ^ 0xc0f1);
  const rules: Record<string, unknown> = {};
  for (let n = rng.range(0, 5); n > 0; n--) {
    const id = rng.chance(0.9) ? rng.pick(RULE_IDS) : rng.pick(["nope/nothing", "Boundary/Vague-Term", "x", ""]);
    rules[id] = rng.weighted<() => unknown>([
      [3, () => rng.pick(["error", "warning", "info", "off"])],
      [3, () => ({ level: rng.pick(["error", "warning", "info", "off"]), extraTerms: rng.pick(ODD_VALUES), ignoreTerms: rng.pick(ODD_VALUES) })],
      [2, () => ({ [rng.pick(["extraTerms", "ignoreTerms", "consentWords", "emergencyWords", "contexts", "contextWords", "other"])]: rng.pick(ODD_VALUES) })],
      [1, () => rng.pick(ODD_VALUES)],
    ])();
  }
  const config: Record<string, unknown> = { rules };
  if (rng.chance(0.3)) config["locale"] = rng.pick(["en", "zh-Hans", "zh-Hant", "fr", ""]);
  const files: Record<string, string> = {};
  if (rng.chance(0.4)) {
    config["laws"] = [rng.pick(["laws/fuzz.json", "../outside.json", "/etc/passwd", "laws/missing.json", ""])];
    let law = JSON.stringify(LAW_FILE, null, rng.chance(0.5) ? 2 : 0);
    if (rng.chance(0.5)) law = MUTATIONS[rng.pick(["deleteChars", "insertChars", "replaceChar", "cut", "swapTokens", "duplicateToken"])]!(rng, law, [law]);
    files["laws/fuzz.json"] = law;
  }
  let text = JSON.stringify(config, null, rng.chance(0.5) ? 2 : 0);
  if (rng.chance(0.4)) {
    for (let n = rng.range(1, 3); n > 0; n--) text = MUTATIONS[rng.pick(["deleteChars", "insertChars", "replaceChar", "cut", "deleteToken", "insertToken", "duplicateChars"])]!(rng, text, [text]);
  }
  files[".duty.json"] = text;
  return files;
}
