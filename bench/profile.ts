/**
 * A profiling entry: one workload, repeated on the benchmark's policy set, with the CPU
 * profiler running only around the timed passes (not the generation of the set).
 *
 *   node bench/profile.ts check 4 5            # workload, MB, passes
 *   node bench/top.ts bench/out/check.cpuprofile
 *
 * Workloads: parse | check | json | tree | decl | review (the check with every document already
 * parsed: the model, the name checks and the rules, as a keystroke runs them).
 * `node --cpu-prof bench/profile.ts …` also works (its profile then includes generating the set).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { generatePolicySet, jsonOfSameSize } from "./generate.ts";
import { MemoryHost } from "./memory-host.ts";
import { readDeclarations } from "../grammar/src/declarations.ts";
import { parse } from "../grammar/src/parse.ts";
import { reviewFile } from "../server/src/analysis/review.ts";
import { Workspace } from "../server/src/analysis/workspace.ts";
import { checkAll, parseAll, parseAllJson } from "./workloads.ts";

const [workload = "check", megabytes = "4", passes = "5"] = process.argv.slice(2);
const set = generatePolicySet(Number(megabytes) * 1e6);
const texts = set.files.map((file) => file.text);
const host = new MemoryHost(set.files);
const paths = host.paths();
const json = jsonOfSameSize(set);
const trees = workload === "decl" ? texts.map((text) => parse(text)) : [];
const parsed = new Workspace(host);
if (workload === "review") for (const path of paths) parsed.document(path);
const runs: Record<string, () => number> = {
  parse: () => parseAll(texts),
  check: () => checkAll(host, paths),
  json: () => parseAllJson(json.documents),
  tree: () => texts.reduce((n, text) => n + parse(text).tree.blocks.length, 0),
  decl: () => trees.reduce((n, p) => n + readDeclarations(p.tree, p.locale).file.declarations.length, 0),
  review: () => paths.reduce((n, path) => n + reviewFile(parsed, path)!.findings.length, 0),
};
const run = runs[workload];
if (!run) throw new Error(`unknown workload ${workload}: parse, check, json, tree, decl or review`);
const bytes = workload === "json" ? json.bytes : set.bytes;
run(); // warm-up, not profiled

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
for (let pass = 0; pass < Number(passes); pass++) {
  const start = performance.now();
  run();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${workload} pass ${pass + 1}: ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`);
}
const { profile } = await session.post("Profiler.stop");
session.disconnect();
const out = new URL("./out/", import.meta.url);
mkdirSync(out, { recursive: true });
const file = new URL(`${workload}.cpuprofile`, out);
writeFileSync(file, JSON.stringify(profile));
console.log(`profile: ${file.pathname}`);
