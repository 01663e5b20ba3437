/**
 * Where parseDocument's time goes, phase by phase, on the benchmark's policy set:
 *
 *   node bench/phases.ts [MB] [rounds]        (default 2 MB, 15 rounds)
 *
 * Each phase is timed on its own (wall clock); the table shows the fastest and the median round.
 * The phases nest: "scan + clean parse" includes the scanner, "parse()" the locale, "parseDocument"
 * all. The benchmark's policies have no syntax problem, so parse() reads them with the parser of
 * clean texts (clean-parse.ts); the rows marked "recovering" time what a text with a problem goes
 * through instead — Chevrotain's tokens, its parser without and with the syntax tree — on the
 * same texts.
 */
import { readDeclarations } from "../grammar/src/declarations.ts";
import { LineIndex, parseDocument } from "../grammar/src/index.ts";
import { readCleanText } from "../grammar/src/clean-parse.ts";
import { parse, parseWithRecovery } from "../grammar/src/parse.ts";
import { NO_SINK, parseTokens } from "../grammar/src/parser.ts";
import { lex, scan } from "../grammar/src/lexer.ts";
import { generatePolicySet, jsonOfSameSize } from "./generate.ts";
import { parseJson } from "./json-yardstick.ts";

const megabytes = Number(process.argv[2] ?? "2");
const rounds = Number(process.argv[3] ?? "15");
const set = generatePolicySet(megabytes * 1e6);
const texts = set.files.map((file) => file.text);
const json = jsonOfSameSize(set);
const trees = texts.map((text) => parse(text));

const phases: [string, number, () => void][] = [
  ["scan", set.bytes, () => texts.forEach((text) => scan(text))],
  ["scan + clean parse (tree)", set.bytes, () => texts.forEach((text) => readCleanText(text, scan(text)))],
  ["parse(): + locale", set.bytes, () => texts.forEach((text) => parse(text))],
  ["declarations alone", set.bytes, () => trees.forEach((tree) => readDeclarations(tree.tree, tree.locale))],
  ["LineIndex alone (when first used)", set.bytes, () => texts.forEach((text) => new LineIndex(text).lineCount)],
  ["parseDocument (all)", set.bytes, () => texts.forEach((text) => parseDocument(text))],
  ["recovering: Chevrotain's tokens", set.bytes, () => texts.forEach((text) => lex(text))],
  ["recovering: + grammar, no tree", set.bytes, () => texts.forEach((text) => parseTokens(lex(text).tokens, NO_SINK))],
  ["recovering: parse()", set.bytes, () => texts.forEach((text) => parseWithRecovery(text))],
  ["JSON yardstick", json.bytes, () => json.documents.forEach((document) => parseJson(document))],
];

const times = new Map<string, number[]>(phases.map(([name]) => [name, []]));
for (let round = 0; round < rounds + 2; round++) {
  for (const [name, , run] of phases) {
    const start = performance.now();
    run();
    if (round >= 2) times.get(name)!.push(performance.now() - start);
  }
}

console.log(`${set.files.length} files, ${(set.bytes / 1e6).toFixed(2)} MB; JSON ${(json.bytes / 1e6).toFixed(2)} MB; ${rounds} rounds after 2 warm-up rounds\n`);
console.log(`${"phase".padEnd(34)}${"best ms/MB".padStart(12)}${"median ms/MB".padStart(14)}${"best MB/s".padStart(11)}`);
for (const [name, bytes] of phases) {
  const sorted = [...times.get(name)!].sort((a, b) => a - b);
  const perMb = (ms: number): number => ms / (bytes / 1e6);
  const best = sorted[0]!;
  const median = sorted[sorted.length >> 1]!;
  console.log(`${name.padEnd(34)}${perMb(best).toFixed(1).padStart(12)}${perMb(median).toFixed(1).padStart(14)}${(bytes / 1e6 / (best / 1000)).toFixed(1).padStart(11)}`);
}
