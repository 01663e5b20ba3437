/**
 * The long fuzz run: `npm run fuzz` (or `node test/fuzz/run.ts --inputs 1000000 --seed 20261127`).
 *
 * Runs the inputs of test/fuzz/corpus.ts — 47.5 % random byte strings (UTF-8 with replacement,
 * latin1, UTF-16LE), 50 % mutated policies, 2.5 % generated valid policies — through the
 * properties of test/fuzz/invariants.ts, on one worker thread per core. Cheap checks (parse,
 * spans, LSP ranges, rule ids, formatter) for every input; the whole chain (review with all
 * rules, quick fixes, export with schema validation and determinism, cases) for every generated
 * policy and for one in a hundred of the others.
 *
 * Prints progress and a summary; saves each failing input (and a shrunk copy) to
 * `.e2e/fuzz-failures/`, writes `.e2e/fuzz-summary.json`, and exits 1 when anything failed.
 * A worker stuck on one input for `--hang-seconds` is stopped and that input saved as a failure.
 *
 * Options: --inputs N (1000000) --seed N (20261127) --workers N (cores) --out DIR
 *          --hang-seconds N (120) --from N (first index, to resume) --only bytes|mutated|generated
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { familyOf, fuzzInput, type Family, type FuzzInput } from "./corpus.ts";
import { checkInput, PropertyFailure } from "./invariants.ts";
import { minimize } from "./minimize.ts";

interface Options {
  readonly inputs: number;
  readonly seed: number;
  readonly workers: number;
  readonly out: string;
  readonly hangSeconds: number;
  readonly from: number;
  readonly only?: Family;
}

interface FailureReport {
  readonly index: number;
  readonly family: Family;
  readonly recipe: string;
  readonly property: string;
  readonly message: string;
  readonly text: string;
  readonly others: Readonly<Record<string, string>>;
  readonly minimized?: string;
}

type Counts = Record<Family, number>;
interface Tally {
  inputs: Counts;
  full: Counts;
  formatted: number;
  reviewed: number;
  findings: number;
  fixesApplied: number;
  characters: number;
}

type Message =
  | { readonly type: "progress"; readonly tally: Tally }
  | { readonly type: "failure"; readonly failure: FailureReport }
  | { readonly type: "done"; readonly tally: Tally };

const zero = (): Counts => ({ bytes: 0, mutated: 0, generated: 0 });
const emptyTally = (): Tally => ({ inputs: zero(), full: zero(), formatted: 0, reviewed: 0, findings: 0, fixesApplied: 0, characters: 0 });

function addTally(into: Tally, from: Tally): void {
  for (const family of ["bytes", "mutated", "generated"] as const) {
    into.inputs[family] += from.inputs[family];
    into.full[family] += from.full[family];
  }
  into.formatted += from.formatted;
  into.reviewed += from.reviewed;
  into.findings += from.findings;
  into.fixesApplied += from.fixesApplied;
  into.characters += from.characters;
}

/** Runs one input; a PropertyFailure (or anything else thrown) becomes a report. */
function runOne(input: FuzzInput, index: number, tally: Tally): FailureReport | undefined {
  tally.inputs[input.family]++;
  tally.characters += input.subject.text.length;
  if (input.checks.review) tally.full[input.family]++;
  try {
    const outcome = checkInput(input.subject, input.checks);
    if (outcome.formatted) tally.formatted++;
    if (outcome.reviewed) tally.reviewed++;
    tally.findings += outcome.findings;
    tally.fixesApplied += outcome.fixesApplied;
    return undefined;
  } catch (error) {
    const property = error instanceof PropertyFailure ? error.property : "harness";
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { index, family: input.family, recipe: input.recipe, property, message, text: input.subject.text, others: input.subject.others ?? {} };
  }
}

function shrink(input: FuzzInput, failure: FailureReport): string | undefined {
  if (failure.text.length < 40) return undefined;
  const fails = (candidate: string): boolean => {
    try {
      checkInput({ ...input.subject, text: candidate }, { ...input.checks, expectValid: input.checks.expectValid && failure.property === "generated-valid" });
      return false;
    } catch (error) {
      return error instanceof PropertyFailure && error.property === failure.property;
    }
  };
  return minimize(failure.text, fails, 20_000);
}

// ---------------------------------------------------------------------------------------------
// Worker

function workerMain(): void {
  const { options, worker, current } = workerData as { options: Options; worker: number; current: Int32Array };
  const port = parentPort!;
  const tally = emptyTally();
  let sinceReport = 0;
  let minimized = 0;
  for (let index = options.from + worker; index < options.inputs; index += options.workers) {
    if (options.only && familyOf(index) !== options.only) continue;
    Atomics.store(current, worker, index);
    const input = fuzzInput(options.seed, index);
    const failure = runOne(input, index, tally);
    if (failure) {
      const shrunk = minimized++ < 25 ? shrink(input, failure) : undefined;
      port.postMessage({ type: "failure", failure: shrunk !== undefined ? { ...failure, minimized: shrunk } : failure } satisfies Message);
    }
    if (++sinceReport === 500) {
      port.postMessage({ type: "progress", tally: { ...tally, inputs: { ...tally.inputs }, full: { ...tally.full } } } satisfies Message);
      sinceReport = 0;
    }
  }
  Atomics.store(current, worker, -1);
  port.postMessage({ type: "done", tally } satisfies Message);
}

// ---------------------------------------------------------------------------------------------
// Main

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      inputs: { type: "string", default: "1000000" },
      seed: { type: "string", default: "20261127" },
      workers: { type: "string", default: String(Math.max(1, os.availableParallelism())) },
      out: { type: "string", default: ".e2e/fuzz-failures" },
      "hang-seconds": { type: "string", default: "120" },
      from: { type: "string", default: "0" },
      only: { type: "string" },
    },
  });
  const only = values.only as Family | undefined;
  if (only && !["bytes", "mutated", "generated"].includes(only)) throw new Error(`--only: bytes, mutated or generated, not ${only}`);
  return {
    inputs: Number(values.inputs),
    seed: Number(values.seed) >>> 0,
    workers: Math.max(1, Number(values.workers)),
    out: path.resolve(values.out),
    hangSeconds: Number(values["hang-seconds"]),
    from: Number(values.from),
    ...(only ? { only } : {}),
  };
}

function saveFailure(options: Options, failure: FailureReport, number: number): string {
  fs.mkdirSync(options.out, { recursive: true });
  const base = path.join(options.out, `${String(number).padStart(3, "0")}-${failure.family}-${failure.index}-${failure.property.replace(/[^a-z0-9-]+/gi, "_")}`);
  fs.writeFileSync(`${base}.duty`, failure.text);
  if (failure.minimized !== undefined) fs.writeFileSync(`${base}.min.duty`, failure.minimized);
  for (const [name, text] of Object.entries(failure.others)) {
    const file = path.join(`${base}.files`, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  const { text: _text, others: _others, minimized: _minimized, ...meta } = failure;
  fs.writeFileSync(`${base}.json`, `${JSON.stringify({ seed: options.seed, ...meta, reproduce: `fuzzInput(${options.seed}, ${failure.index})` }, null, 2)}\n`);
  return base;
}

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m${String(s % 60).padStart(2, "0")}s`;
}

async function main(): Promise<void> {
  const options = readOptions();
  const started = Date.now();
  const cpus = os.cpus();
  const machine = { os: `${os.type()} ${os.release()} ${os.arch()}`, cpus: cpus.length, cpu: cpus[0]?.model ?? "?", memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  console.log(`duty fuzz: ${options.inputs.toLocaleString("en")} inputs from #${options.from}, seed ${options.seed}, ${options.workers} workers`);
  console.log(`machine: ${machine.os}, ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}`);
  fs.rmSync(options.out, { recursive: true, force: true });

  const current = new Int32Array(new SharedArrayBuffer(4 * options.workers));
  const totals = emptyTally();
  const live: Tally[] = Array.from({ length: options.workers }, emptyTally);
  const failures: FailureReport[] = [];
  const byProperty = new Map<string, number>();
  const hangs: number[] = [];

  const record = (failure: FailureReport): void => {
    failures.push(failure);
    byProperty.set(failure.property, (byProperty.get(failure.property) ?? 0) + 1);
    if (failures.length <= 200) {
      const file = saveFailure(options, failure, failures.length);
      console.log(`FAILURE ${failure.property} at #${failure.index} (${failure.family}): ${failure.message.split("\n")[0]!.slice(0, 300)}\n  saved ${path.relative(process.cwd(), file)}.*`);
    }
  };

  const runWorker = (worker: number, from: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const thread = new Worker(new URL(import.meta.url), { workerData: { options: { ...options, from }, worker, current } });
      let lastIndex = -2;
      let lastChange = Date.now();
      const watchdog = setInterval(() => {
        const now = Atomics.load(current, worker);
        if (now !== lastIndex) {
          lastIndex = now;
          lastChange = Date.now();
        } else if (now >= 0 && Date.now() - lastChange > options.hangSeconds * 1000) {
          clearInterval(watchdog);
          const input = fuzzInput(options.seed, now);
          hangs.push(now);
          record({ index: now, family: input.family, recipe: input.recipe, property: "no-hang", message: `no answer after ${options.hangSeconds} s`, text: input.subject.text, others: input.subject.others ?? {} });
          addTally(totals, live[worker]!);
          live[worker] = emptyTally();
          void thread.terminate().then(() => runWorker(worker, now - worker + options.workers).then(resolve, reject));
        }
      }, 1000);
      thread.on("message", (message: Message) => {
        if (message.type === "failure") record(message.failure);
        else if (message.type === "progress") live[worker] = message.tally;
        else {
          clearInterval(watchdog);
          addTally(totals, message.tally);
          live[worker] = emptyTally();
          resolve();
        }
      });
      thread.on("error", (error) => {
        clearInterval(watchdog);
        reject(error);
      });
    });

  const progress = setInterval(() => {
    const now = emptyTally();
    addTally(now, totals);
    for (const tally of live) addTally(now, tally);
    const done = now.inputs.bytes + now.inputs.mutated + now.inputs.generated;
    const elapsed = Date.now() - started;
    const total = options.inputs - options.from;
    const eta = done > 0 ? (elapsed / done) * (total - done) : 0;
    console.log(
      `${formatDuration(elapsed)}  ${done.toLocaleString("en")}/${total.toLocaleString("en")} (${((100 * done) / total).toFixed(1)}%)  ` +
        `${Math.round((done * 1000) / Math.max(1, elapsed))}/s  bytes ${now.inputs.bytes} mutated ${now.inputs.mutated} generated ${now.inputs.generated}  ` +
        `failures ${failures.length}  eta ${formatDuration(eta)}`,
    );
  }, 15_000);

  await Promise.all(Array.from({ length: options.workers }, (_, worker) => runWorker(worker, options.from)));
  clearInterval(progress);

  const elapsed = Date.now() - started;
  const done = totals.inputs.bytes + totals.inputs.mutated + totals.inputs.generated;
  const summary = {
    date: new Date(started).toISOString(),
    machine,
    seed: options.seed,
    from: options.from,
    inputs: done,
    perFamily: totals.inputs,
    fullChain: totals.full,
    formatted: totals.formatted,
    reviewed: totals.reviewed,
    findings: totals.findings,
    fixesApplied: totals.fixesApplied,
    characters: totals.characters,
    seconds: Math.round(elapsed / 1000),
    failures: failures.length,
    failuresByProperty: Object.fromEntries(byProperty),
    hangs,
  };
  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  fs.writeFileSync(path.join(path.dirname(options.out), "fuzz-summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
  console.log("\nsummary");
  console.log(`  inputs       ${done.toLocaleString("en")} in ${formatDuration(elapsed)} (${Math.round((done * 1000) / Math.max(1, elapsed))}/s), ${(totals.characters / 1e6).toFixed(1)} M characters`);
  console.log(`  per family   random bytes ${totals.inputs.bytes.toLocaleString("en")}, mutated ${totals.inputs.mutated.toLocaleString("en")}, generated valid ${totals.inputs.generated.toLocaleString("en")}`);
  console.log(`  whole chain  ${totals.reviewed.toLocaleString("en")} reviewed (${totals.findings.toLocaleString("en")} findings, ${totals.fixesApplied.toLocaleString("en")} quick fixes applied), ${totals.formatted.toLocaleString("en")} formatted`);
  console.log(`  failures     ${failures.length}${failures.length > 0 ? ` — ${[...byProperty].map(([p, n]) => `${p} ×${n}`).join(", ")}; saved in ${path.relative(process.cwd(), options.out)}/` : ""}`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 2;
  });
} else {
  workerMain();
}
