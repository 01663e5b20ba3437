/**
 * A workspace of 1,000 policies checked from the command line, as a CI job would: `duty check
 * --format json` in its own process, reading the files from disk and sharing them among worker
 * threads (one per core), against the yardstick — the JSON parser of json-yardstick.ts over the
 * same content as JSON files (as many bytes, taken in order), in its own process, shared among as
 * many threads. Also `duty check --jobs 1`, for what the cores bring, and each process's peak
 * memory (resident set, minus an empty Node's) per MB of input.
 *
 *   node bench/cli.ts [--files 1000] [--rounds 3]
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generatePolicySet, type GeneratedFile } from "./generate.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const CLI = path.join(ROOT, "dist", "cli.cjs");
const PROBE = path.join(ROOT, "bench", "rss-probe.cjs");

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index < 0 ? NaN : Number(process.argv[index + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const FILES = option("--files", 1000);
const ROUNDS = option("--rounds", 3);
const CORES = os.availableParallelism();

/** At least `count` files, whole organisations (a register and the policies that import it). */
function policies(count: number): GeneratedFile[] {
  for (let megabytes = 8; ; megabytes *= 2) {
    const set = generatePolicySet(megabytes * 1e6);
    if (set.files.length < count + 20) continue;
    const files: GeneratedFile[] = [];
    for (const file of set.files) {
      const group = file.path.split("/")[0];
      if (files.length >= count && group !== files[files.length - 1]!.path.split("/")[0]) break;
      files.push(file);
    }
    return files;
  }
}

interface Run {
  readonly seconds: number;
  /** Peak resident memory in MB. */
  readonly peakMb: number;
}

function timed(args: readonly string[], what: string): Run {
  const start = performance.now();
  const result = spawnSync(process.execPath, ["-r", PROBE, ...args], { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
  const seconds = (performance.now() - start) / 1000;
  if (result.error) throw result.error;
  // duty check exits 1 when a finding reaches the fail level: the generated policies have some.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${what} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  const peak = /@@peak-rss-kb (\d+)/.exec(result.stderr);
  if (!peak) throw new Error(`${what}: no peak memory reported`);
  return { seconds, peakMb: Number(peak[1]) / 1024 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

if (!fs.existsSync(CLI)) throw new Error("dist/cli.cjs is missing: run `npm run build` first");
const files = policies(FILES);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duty-bench-cli-"));
try {
  const policyDir = path.join(dir, "policies");
  const jsonDir = path.join(dir, "json");
  let policyBytes = 0;
  let jsonBytes = 0;
  const jsonFiles: string[] = [];
  for (const file of files) {
    const target = path.join(policyDir, ...file.path.split("/"));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.text);
    policyBytes += Buffer.byteLength(file.text);
  }
  fs.mkdirSync(jsonDir, { recursive: true });
  for (let index = 0; jsonBytes < policyBytes; index++) {
    const content = files[index % files.length]!.json;
    const json = path.join(jsonDir, `${String(index).padStart(5, "0")}.json`);
    fs.writeFileSync(json, content);
    jsonBytes += Buffer.byteLength(content);
    jsonFiles.push(json);
  }
  const list = path.join(dir, "json-files.txt");
  fs.writeFileSync(list, `${jsonFiles.join("\n")}\n`);
  const policyCount = files.filter((file) => !file.path.includes("/shared/")).length;
  console.log(
    `${files.length} files (${policyCount} policies and ${files.length - policyCount} shared registers), ${(policyBytes / 1e6).toFixed(2)} MB; ` +
      `JSON ${(jsonBytes / 1e6).toFixed(2)} MB in ${jsonFiles.length} files. ${CORES} cores; ${ROUNDS} rounds, medians.`,
  );

  const empty: number[] = [];
  const all: Run[] = [];
  const one: Run[] = [];
  const json: Run[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    empty.push(timed(["-e", ""], "an empty node").peakMb);
    all.push(timed([CLI, "check", policyDir, "--format", "json"], "duty check"));
    one.push(timed([CLI, "check", policyDir, "--format", "json", "--jobs", "1"], "duty check --jobs 1"));
    json.push(timed([path.join(ROOT, "bench", "json-files.ts"), list, String(CORES)], "the JSON yardstick"));
    process.stderr.write(`  round ${round + 1}: duty ${all[round]!.seconds.toFixed(2)} s, one thread ${one[round]!.seconds.toFixed(2)} s, JSON ${json[round]!.seconds.toFixed(2)} s\n`);
  }
  // The smallest: an idle Node's memory, what is left when nothing else runs.
  const baseline = Math.min(...empty);
  const rate = (runs: readonly Run[], bytes: number): number => bytes / 1e6 / median(runs.map((run) => run.seconds));
  const perMb = (runs: readonly Run[], bytes: number): number => (median(runs.map((run) => run.peakMb)) - baseline) / (bytes / 1e6);
  const dutyRate = rate(all, policyBytes);
  const jsonRate = rate(json, jsonBytes);
  const oneRate = rate(one, policyBytes);
  const dutyMemory = perMb(all, policyBytes);
  const jsonMemory = perMb(json, jsonBytes);
  console.log("");
  console.log("| metric | Duty | yardstick | ratio |");
  console.log("|---|---|---|---|");
  console.log(`| \`duty check\` of ${files.length} files, ${CORES} threads (process start, disk, review, JSON report) | ${dutyRate.toFixed(2)} MB/s | ${jsonRate.toFixed(2)} MB/s | ${(dutyRate / jsonRate).toFixed(2)} |`);
  console.log(`| the same with \`--jobs 1\` | ${oneRate.toFixed(2)} MB/s | — | ${(dutyRate / oneRate).toFixed(2)}× faster on ${CORES} threads |`);
  console.log(`| peak memory per MB of input (resident, minus an empty Node's ${baseline.toFixed(0)} MB) | ${dutyMemory.toFixed(1)} MB/MB | ${jsonMemory.toFixed(1)} MB/MB | ${(dutyMemory / jsonMemory).toFixed(2)} |`);
  console.log("");
  console.log(`Machine: ${os.cpus()[0]?.model.trim() ?? "?"} × ${CORES}, Node ${process.version}, ${new Date().toISOString()}.`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
