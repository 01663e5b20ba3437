/**
 * `npm run bench`: Duty's parsing and whole-check throughput on a generated ~10 MB policy set,
 * against a Chevrotain JSON parser (the yardstick) on the same number of bytes of JSON, and the
 * growth of the check's per-MB time from 1× to 16× the input. A benchmark, not a test: it
 * prints PASS/FAIL against the targets and always exits 0 (unless it crashes).
 *
 *   node bench/run.ts [--mb 10] [--rounds 7] [--warmup 2] [--growth-rounds 5]
 *                     [--seed 20260301] [--write docs/performance.md]
 *
 * Method: everything runs in this one process; the yardstick in a worker thread (its own V8
 * isolate, see bench/json-worker.ts), while the main thread waits. The sets are generated first
 * (deterministically). Every workload is warmed up (runs discarded); then the parse and the check
 * are each measured in a block of rounds, a round being one yardstick run then one Duty run, so
 * that both see the same load; then the growth sets (a set of 1/16 the size, and 16 copies of it
 * in 16 folders). Blocks, because a workload must pay for its own garbage and not for another's:
 * interleaved, a parse run that
 * followed a check paid for collecting the check's ~22 bytes of retained heap per input byte
 * and was 1.5–3× slower. No collection is forced either: a forced full collection shrinks the
 * young generation and the next sample pays to grow it again. Reported: the median (wall
 * clock), and the main thread's CPU time as a cross-check on a busy machine.
 */
import * as os from "node:os";
import * as path from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { generatePolicySet, jsonOfSameSize, type GeneratedFile, type PolicySet } from "./generate.ts";
import { MemoryHost } from "./memory-host.ts";
import { checkAll, parseAll } from "./workloads.ts";

// ---------------------------------------------------------------- options

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1]! : fallback;
}

const MEGABYTES = Number(option("mb", "10"));
const ROUNDS = Number(option("rounds", "7"));
const WARMUP = Number(option("warmup", "2"));
const GROWTH_ROUNDS = Number(option("growth-rounds", "5"));
/** Runs of the 1× set per growth round (each round also runs the 16× set once). */
const SMALL_RUNS = 4;
const WRITE = option("write", "");
const SEED = Number(option("seed", "20260301"));
const MB = 1e6;

const TARGETS = { parse: 0.5, check: 0.25, growth: 1.3 } as const;

// ---------------------------------------------------------------- measuring

interface Sample {
  readonly wall: number;
  readonly cpu: number;
}

function threadCpu(): number {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / 1000;
}

function measure(work: () => number): Sample & { checksum: number } {
  const cpu = threadCpu();
  const start = performance.now();
  const checksum = work();
  const wall = performance.now() - start;
  return { wall, cpu: threadCpu() - cpu, checksum };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface Workload {
  readonly name: string;
  readonly bytes: number;
  readonly run: () => number;
  readonly samples: Sample[];
  checksum?: number;
}

/** The yardstick in its own isolate (bench/json-worker.ts); one run per call, timed in the worker. */
function startJsonWorker(documents: readonly string[]): { run: () => Promise<Sample & { checksum: number }>; stop: () => Promise<number> } {
  const worker = new Worker(new URL("./json-worker.ts", import.meta.url), { workerData: { documents } });
  let failure: Error | undefined;
  worker.on("error", (error) => (failure = error));
  return {
    run: () =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        worker.once("message", resolve);
        worker.postMessage("run");
      }),
    stop: () => worker.terminate(),
  };
}

function record(workload: Workload, sample: Sample & { checksum: number }): void {
  if (workload.checksum !== undefined && workload.checksum !== sample.checksum) {
    throw new Error(`${workload.name}: results differ between iterations (${workload.checksum} vs ${sample.checksum})`);
  }
  workload.checksum = sample.checksum;
  workload.samples.push(sample);
}

const mbps = (bytes: number, ms: number): number => bytes / MB / (ms / 1000);

// ---------------------------------------------------------------- the sets

const started = new Date();
const load = (): string => os.loadavg().map((value) => value.toFixed(2)).join(", ");
const loadAtStart = load();
const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model.trim() ?? "unknown",
  count: cpus.length,
  node: process.version,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
};

console.log(`Duty benchmark — ${started.toISOString()}`);
console.log(`machine: ${machine.cpu} × ${machine.count}, ${machine.memory}, ${machine.os}, Node ${machine.node}`);
console.log(`load average at start: ${loadAtStart}\n`);

let timer = performance.now();
const set = generatePolicySet(MEGABYTES * MB, SEED);
const json = jsonOfSameSize(set);
// Growth: a set of 1/16 the size, and 16 copies of it — the same content, 16 times the workspace.
const small = generatePolicySet((MEGABYTES * MB) / 16, SEED + 1);
const large = copies(small, 16);
console.log(`generated in ${((performance.now() - timer) / 1000).toFixed(1)} s:`);
describeSet("policies", set);
console.log(`  JSON yardstick input: ${json.documents.length} documents, ${(json.bytes / MB).toFixed(2)} MB, ${(json.chars / MB).toFixed(2)} M characters`);
describeSet("growth 1×", small);
console.log(`  growth 16×: the 1× set copied into 16 folders, ${large.files.length} files, ${(large.bytes / MB).toFixed(2)} MB`);
console.log("");

function describeSet(label: string, policies: PolicySet): void {
  const sizes = policies.files.map((file) => file.bytes).sort((a, b) => a - b);
  const share = (bytes: number): string => `${Math.round((100 * bytes) / policies.bytes)}%`;
  console.log(
    `  ${label}: ${policies.files.length} files, ${(policies.bytes / MB).toFixed(2)} MB (${(policies.chars / MB).toFixed(2)} M characters); ` +
      `file sizes ${(sizes[0]! / 1000).toFixed(1)}–${(sizes.at(-1)! / 1000).toFixed(1)} KB, median ${(median(sizes) / 1000).toFixed(1)} KB; ` +
      `English ${share(policies.locales.en)}, 简体 ${share(policies.locales["zh-Hans"])}, 繁體 ${share(policies.locales["zh-Hant"])}`,
  );
}

/** `count` copies of a set, each in its own folder (imports are relative, so each copy is whole). */
function copies(policies: PolicySet, count: number): PolicySet {
  const files: GeneratedFile[] = [];
  for (let copy = 0; copy < count; copy++) {
    for (const file of policies.files) files.push({ ...file, path: `copy${String(copy).padStart(2, "0")}/${file.path}` });
  }
  const scale = (bytes: number): number => bytes * count;
  return {
    files,
    bytes: scale(policies.bytes),
    chars: scale(policies.chars),
    locales: { en: scale(policies.locales.en), "zh-Hans": scale(policies.locales["zh-Hans"]), "zh-Hant": scale(policies.locales["zh-Hant"]) },
  };
}

function checkWorkload(policies: PolicySet): () => number {
  const host = new MemoryHost(policies.files);
  const files = host.paths();
  return () => checkAll(host, files);
}

// ---------------------------------------------------------------- throughput

const texts = set.files.map((file) => file.text);
const parse: Workload = { name: "parse", bytes: set.bytes, run: () => parseAll(texts), samples: [] };
const check: Workload = { name: "check", bytes: set.bytes, run: checkWorkload(set), samples: [] };
const jsonWorker = startJsonWorker(json.documents);
/** The yardstick's runs next to each Duty workload's, and per round Duty's MB/s over its MB/s. */
const yardstickOf = new Map<Workload, Workload>();
const pairedRatios = new Map<Workload, number[]>();

timer = performance.now();
for (let i = 0; i < WARMUP; i++) {
  await jsonWorker.run();
  measure(parse.run);
  measure(check.run);
}
console.log(`warm-up: ${WARMUP} runs of each (${((performance.now() - timer) / 1000).toFixed(0)} s)`);

// Each Duty workload in its own block, so that it pays for its own garbage only, with a run
// of the yardstick (in its own isolate and heap) before each of its runs.
for (const workload of [parse, check]) {
  timer = performance.now();
  const yardstick: Workload = { name: "json", bytes: json.bytes, run: () => 0, samples: [] };
  const ratios: number[] = [];
  yardstickOf.set(workload, yardstick);
  pairedRatios.set(workload, ratios);
  measure(workload.run); // discarded: the previous block's garbage is not this one's
  for (let round = 0; round < ROUNDS; round++) {
    const reference = await jsonWorker.run();
    record(yardstick, reference);
    const sample = measure(workload.run);
    record(workload, sample);
    ratios.push(mbps(workload.bytes, sample.wall) / mbps(yardstick.bytes, reference.wall));
  }
  const rates = (w: Workload) => w.samples.map((sample) => mbps(w.bytes, sample.wall).toFixed(2)).join("  ");
  console.log(`${workload.name.padEnd(6)} ${rates(workload)} MB/s`);
  console.log(`  json ${rates(yardstick)} MB/s  (${((performance.now() - timer) / 1000).toFixed(0)} s)`);
}
await jsonWorker.stop();
console.log("");

// ---------------------------------------------------------------- growth

timer = performance.now();
const smallCheck: Workload = { name: "check 1×", bytes: small.bytes, run: checkWorkload(small), samples: [] };
const largeCheck: Workload = { name: "check 16×", bytes: large.bytes, run: checkWorkload(large), samples: [] };
for (let i = 0; i < 3; i++) measure(smallCheck.run);
measure(largeCheck.run);
// Rounds of a few 1× runs and one 16× run, so that both sizes see the same load.
const growthRatios: number[] = [];
const msPerMb = (sample: Sample, w: Workload): number => sample.wall / (w.bytes / MB);
for (let round = 0; round < GROWTH_ROUNDS; round++) {
  const smallRound: number[] = [];
  for (let i = 0; i < SMALL_RUNS; i++) {
    const sample = measure(smallCheck.run);
    record(smallCheck, sample);
    smallRound.push(msPerMb(sample, smallCheck));
  }
  const sample = measure(largeCheck.run);
  record(largeCheck, sample);
  growthRatios.push(msPerMb(sample, largeCheck) / median(smallRound));
}
for (const workload of [smallCheck, largeCheck]) {
  const rates = workload.samples.map((sample) => mbps(workload.bytes, sample.wall).toFixed(2));
  console.log(`${workload.name.padEnd(9)} ${rates.join("  ")} MB/s`);
}
console.log(`(growth runs took ${((performance.now() - timer) / 1000).toFixed(0)} s)\n`);

// ---------------------------------------------------------------- results

const wall = (w: Workload): number => median(w.samples.map((s) => s.wall));
const cpu = (w: Workload): number => median(w.samples.map((s) => s.cpu));
const rate = (w: Workload): number => mbps(w.bytes, wall(w));
const cpuRate = (w: Workload): number => mbps(w.bytes, cpu(w));
const perMb = (w: Workload): number => wall(w) / (w.bytes / MB);
const cpuPerMb = (w: Workload): number => cpu(w) / (w.bytes / MB);

const verdict = (pass: boolean): string => (pass ? "PASS" : "FAIL");
const jsonNextTo = (w: Workload): Workload => yardstickOf.get(w)!;
const ratioOf = (w: Workload): number => median(pairedRatios.get(w)!);
const cpuRatioOf = (w: Workload): number => cpuRate(w) / cpuRate(jsonNextTo(w));
const charRatio = (set.chars / wall(parse)) / (json.chars / wall(jsonNextTo(parse)));
const rows = [
  {
    metric: "Parsing (parseDocument: lex + parse into the syntax tree + declarations)",
    duty: `${rate(parse).toFixed(2)} MB/s`,
    yardstick: `${rate(jsonNextTo(parse)).toFixed(2)} MB/s`,
    ratio: ratioOf(parse),
    target: `≥ ${TARGETS.parse}`,
    pass: ratioOf(parse) >= TARGETS.parse,
    cpuRatio: cpuRatioOf(parse),
  },
  {
    metric: "Whole check (reviewFile: parse + model + names + every rule)",
    duty: `${rate(check).toFixed(2)} MB/s`,
    yardstick: `${rate(jsonNextTo(check)).toFixed(2)} MB/s`,
    ratio: ratioOf(check),
    target: `≥ ${TARGETS.check}`,
    pass: ratioOf(check) >= TARGETS.check,
    cpuRatio: cpuRatioOf(check),
  },
  {
    metric: `Growth: check ms/MB at 16× (${(large.bytes / MB).toFixed(1)} MB) over 1× (${(small.bytes / MB).toFixed(2)} MB)`,
    duty: `${perMb(largeCheck).toFixed(0)} vs ${perMb(smallCheck).toFixed(0)} ms/MB`,
    yardstick: "—",
    ratio: median(growthRatios),
    target: `≤ ${TARGETS.growth}`,
    pass: median(growthRatios) <= TARGETS.growth,
    cpuRatio: cpuPerMb(largeCheck) / cpuPerMb(smallCheck),
  },
];

const loadAtEnd = load();
console.log("| metric | Duty | yardstick | ratio | target | result |");
console.log("|---|---|---|---|---|---|");
for (const row of rows) console.log(`| ${row.metric} | ${row.duty} | ${row.yardstick} | ${row.ratio.toFixed(2)} | ${row.target} | ${verdict(row.pass)} |`);
console.log("");
console.log("ratio: the median over the rounds of the ratio measured in each round (same load)");
console.log(`main-thread CPU time (cross-check): parse ${cpuRate(parse).toFixed(2)} MB/s, check ${cpuRate(check).toFixed(2)} MB/s, ` +
  `JSON ${cpuRate(jsonNextTo(parse)).toFixed(2)} / ${cpuRate(jsonNextTo(check)).toFixed(2)} MB/s; ratios ${rows.map((row) => row.cpuRatio.toFixed(2)).join(" / ")}`);
console.log(`per character instead of per byte: parse ${(set.chars / MB / (wall(parse) / 1000)).toFixed(2)} M chars/s, ` +
  `JSON ${(json.chars / MB / (wall(jsonNextTo(parse)) / 1000)).toFixed(2)} M chars/s, ratio ${charRatio.toFixed(2)}`);
console.log(`load average at end: ${loadAtEnd}`);

if (WRITE) writeResults(WRITE);

function writeResults(file: string): void {
  const target = path.resolve(file);
  const begin = "<!-- bench:results:begin -->";
  const end = "<!-- bench:results:end -->";
  const spread = (w: Workload): string => {
    const rates = w.samples.map((s) => mbps(w.bytes, s.wall));
    return `${Math.min(...rates).toFixed(2)}–${Math.max(...rates).toFixed(2)}`;
  };
  const lines = [
    begin,
    "",
    `Run of ${started.toISOString().slice(0, 16).replace("T", " ")} UTC, \`npm run bench\` (\`node bench/run.ts${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(" ")}` : ""}\`).`,
    "",
    `Machine: ${machine.cpu} × ${machine.count} (os.cpus), ${machine.memory}, ${machine.os}, Node ${machine.node}. ` +
      `Load average ${loadAtStart} at the start and ${loadAtEnd} at the end (1, 5, 15 min).`,
    "",
    `Input: ${set.files.length} generated policy files, ${(set.bytes / MB).toFixed(2)} MB of UTF-8 (${(set.chars / MB).toFixed(2)} M characters; ` +
      `English ${Math.round((100 * set.locales.en) / set.bytes)}%, 简体 ${Math.round((100 * set.locales["zh-Hans"]) / set.bytes)}%, 繁體 ${Math.round((100 * set.locales["zh-Hant"]) / set.bytes)}% of the bytes); ` +
      `the yardstick parses ${json.documents.length} JSON documents of the same content, ${(json.bytes / MB).toFixed(2)} MB (${(json.chars / MB).toFixed(2)} M characters). 1 MB = 10⁶ bytes.`,
    "",
    "| metric | Duty | yardstick | ratio | target | result |",
    "|---|---|---|---|---|---|",
    ...rows.map((row) => `| ${row.metric} | ${row.duty} | ${row.yardstick} | ${row.ratio.toFixed(2)} | ${row.target} | ${verdict(row.pass)} |`),
    "",
    `Medians of ${ROUNDS} rounds, after ${WARMUP} warm-up runs of each workload and one more discarded run of each Duty workload; ` +
      `each round runs the yardstick, then the Duty workload, and the ratio is the median of the rounds' ratios ` +
      `(growth: ${GROWTH_ROUNDS} rounds of ${SMALL_RUNS} runs of 1× and one of 16×, after 3 and 1 discarded; the round's ratio uses the median of its 1× runs). ` +
      `Range over the rounds: parse ${spread(parse)}, check ${spread(check)}, JSON ${spread(jsonNextTo(parse))} and ${spread(jsonNextTo(check))} MB/s. ` +
      `Main-thread CPU time gives the ratios ${rows.map((row) => row.cpuRatio.toFixed(2)).join(", ")}. ` +
      `Per character rather than per byte, the parse ratio is ${charRatio.toFixed(2)}.`,
    "",
    end,
  ];
  const current = readFileSync(target, "utf8");
  const from = current.indexOf(begin);
  const to = current.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`${file} has no ${begin} … ${end} section`);
  writeFileSync(target, current.slice(0, from) + lines.join("\n") + current.slice(to + end.length));
  console.log(`\nresults written to ${file}`);
}
