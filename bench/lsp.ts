/**
 * `npm run bench:lsp`: the language server against VS Code's own JSON language server
 * (vscode-langservers-extracted), measured with the same client in the same run: a 5,000-line
 * policy against a 5,000-line JSON document.
 *
 *   - didChange → pulled diagnostics answer (LSP 3.17 pull, as VS Code does it);
 *   - didChange → documentSymbol answer;
 *   - cold start: spawn → initialize → didOpen → first diagnostics;
 *   - pushed diagnostics: didChange → publishDiagnostics, each server with its own debounce
 *     (Duty 150 ms, the JSON server 500 ms), reported, not compared;
 *   - memory: each server's heap after a full garbage collection, after 10,000 edits against after
 *     100 (Duty answers `duty/heap`; the JSON server is started through a small wrapper that
 *     measures the same way on SIGUSR2), and per MB of open document.
 * Target: Duty's time ≤ the JSON server's (ratio ≤ 1.0) on the first three, and Duty's heap growth
 * ≤ 1.10. A benchmark, not a test: prints PASS/FAIL and exits 0; it exits 1 only when a part could
 * not be measured (a hung or crashed server), which it reports instead of waiting: every request
 * and every awaited notification has a timeout, every part a budget, and the whole run a hard stop.
 *
 *   node bench/lsp.ts [--rounds 30] [--edits 10000]
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { PULL_CAPABILITIES, PUSH_CAPABILITIES, SERVER, startClient, type TestClient } from "../test/lsp/client.ts";

const JSON_SERVER = path.resolve("node_modules/vscode-langservers-extracted/lib/json-language-server/node/jsonServerMain.js");
const ROUNDS = option("--rounds") ?? 30;
const EDITS = option("--edits") ?? 10_000;
const LINES = 5000;
/** Blocks of a timed part: the servers take turns this many times (see inTurns). */
const BLOCKS = 5;
/** Starts of each server for the cold-start part. */
const COLD_STARTS = 6;
/** What VS Code says of outlines: symbols nested in their parents. */
const OUTLINE_CAPABILITIES = {
  ...PULL_CAPABILITIES,
  textDocument: { ...PULL_CAPABILITIES.textDocument, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
};
/** Rounds of the pushed-diagnostics part: each waits out a debounce, so fewer than for pulls. */
const PUSH_ROUNDS = 8;
/**
 * One request, or one awaited notification, longer than this means the server is hung, not slow:
 * a whole review of the 236 KiB policy takes a few hundred milliseconds even on a loaded machine.
 */
const STEP_TIMEOUT_MS = 20_000;
/** A hung `shutdown` must not keep the run waiting: the server is killed after this. */
const SHUTDOWN_TIMEOUT_MS = 5_000;
/** The hard stop for the whole run, above the sum of the parts' budgets. */
const RUN_TIMEOUT_MS = 10 * 60_000;
/** What the JSON server wrapper writes to stderr in answer to SIGUSR2. */
const HEAP_MARK = "bench-heap";

type Capabilities = typeof PULL_CAPABILITIES;

function option(name: string): number | undefined {
  const index = process.argv.indexOf(name);
  const value = index < 0 ? NaN : Number(process.argv[index + 1]);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** A realistic policy of `lines` lines: tiers, duties with every field, exemptions, tolerances, cases. */
function policyOf(lines: number): string {
  const out = ['policy "Generated benchmark policy" { issuer: tier_0  effective: 2026-01-01 }', ""];
  let index = 0;
  while (out.length < lines) {
    const i = index++;
    out.push(
      `tier tier_${i + 1} "Tier ${i + 1}" {`,
      `  under: tier_${i}`,
      `  resources: staff_${i}, system_${i}, budget`,
      `  domain { places: site_${i}, office  periods: working_hours }`,
      "}",
      `duty duty_${i} "Duty ${i}" {`,
      `  holder: tier_${i + 1}  imposed_by: tier_${i}  kind: care  context: routine`,
      `  action: "Check the register and record the result, case ${i}"`,
      `  standard: "Entry in the register within 2 working days, countersigned"`,
      `  deadline: 2 working days  threshold: 50000 CNY  needs: staff_${i}`,
      `  scope { places: site_${i}  periods: working_hours }`,
      `  basis: 民法典 第一千一百九十八条`,
      "}",
      `exemption exempt_${i} { covers: duty_${i}  grounds: force_majeure  when: "Flood or power loss"  basis: civil-code/180 }`,
      `tolerance tolerate_${i} { covers: duty_${i}  when: "Honest slips"  correction: "Redo within 1 day"  correction_deadline: 1 day }`,
      "",
    );
  }
  out.push(
    "tier tier_0 { resources: budget, guidance }",
    `accountability { trigger: conduct "Register not kept"  investigate: tier_0  determine: tier_0  evidence: register, statements  appeal: tier_0 within 30 days  superior_answers: "When the superior gave no staff" }`,
  );
  return `${out.join("\n")}\n`;
}

/** A JSON document of `lines` lines with the same kind of content. */
function jsonOf(lines: number): string {
  const items: string[] = [];
  let index = 0;
  while (items.length * 12 < lines - 2) {
    const i = index++;
    items.push(
      [
        "  {",
        `    "name": "duty_${i}",`,
        `    "holder": "tier_${i + 1}",`,
        `    "imposedBy": "tier_${i}",`,
        `    "kind": "care",`,
        `    "action": "Check the register and record the result, case ${i}",`,
        `    "standard": "Entry in the register within 2 working days, countersigned",`,
        `    "deadline": { "value": 2, "unit": "working days" },`,
        `    "threshold": { "value": 50000, "unit": "CNY" },`,
        `    "needs": ["staff_${i}", "system_${i}", "budget"],`,
        `    "basis": ["civil-code/1198"]`,
        "  }",
      ].join("\n"),
    );
  }
  return `[\n${items.join(",\n")}\n]\n`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

interface Subject {
  readonly name: string;
  readonly server: string;
  readonly file: string;
  readonly languageId: string;
  readonly text: string;
  /** Its pushed-diagnostics debounce, from its source: reported next to the latency it dominates. */
  readonly debounceMs: number;
  /** A one-character edit somewhere in the middle, different each time. */
  readonly edit: (version: number) => { line: number; character: number; text: string };
  /** The server to start for the memory part, and how to ask it for its heap after a full collection. */
  readonly heap: { readonly server: string; readonly measure: (client: TestClient, part: Part) => Promise<number> } | Error;
}

/** Servers not yet shut down, for the hard stop. */
const live = new Set<TestClient>();

function hasExited(client: TestClient): boolean {
  return client.process.exitCode !== null || client.process.signalCode !== null;
}

/** The end of the server's stderr, as evidence when it crashes or hangs. */
function stderrTail(client: TestClient): string {
  const text = client.stderr.join("").trim();
  return text ? `; its stderr ends: ${JSON.stringify(text.slice(-600))}` : "";
}

/**
 * One measured part. Each step is raced against the step timeout, the part's remaining budget and
 * the server's exit, so a hung server costs one timeout, a crashed one nothing, and a slow one no
 * more than the part's budget — the rest of the run still happens.
 */
class Part {
  private readonly budgetMs: number;
  private readonly end: number;

  constructor(budgetMs: number) {
    this.budgetMs = budgetMs;
    this.end = performance.now() + budgetMs;
  }

  async guard<T>(client: TestClient | undefined, promise: Promise<T>, what: string): Promise<T> {
    const left = this.end - performance.now();
    const ms = Math.max(0, Math.min(STEP_TIMEOUT_MS, left));
    const why = ms < STEP_TIMEOUT_MS ? `the part's budget of ${(this.budgetMs / 1000).toFixed(0)} s ran out` : `no answer within ${STEP_TIMEOUT_MS / 1000} s`;
    let timer: NodeJS.Timeout | undefined;
    let onExit: (() => void) | undefined;
    const failure = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: ${why}${client ? stderrTail(client) : ""}`)), ms);
      if (!client) return;
      onExit = () => {
        const { exitCode, signalCode } = client.process;
        reject(new Error(`${what}: the server exited (${signalCode ?? `code ${exitCode}`})${stderrTail(client)}`));
      };
      if (hasExited(client)) onExit();
      else client.process.once("exit", onExit);
    });
    try {
      return await Promise.race([promise, failure]);
    } finally {
      clearTimeout(timer);
      if (client && onExit) client.process.off("exit", onExit);
    }
  }

  /** Waits until `ready()`, polling every millisecond: the latencies it times are hundreds of ms. */
  async until(client: TestClient, ready: () => boolean, what: string): Promise<void> {
    let stopped = false;
    const poll = async (): Promise<void> => {
      while (!stopped && !ready()) await sleep(1);
    };
    try {
      await this.guard(client, poll(), what);
    } finally {
      // A timed-out poll would otherwise keep the event loop, and so the run, alive.
      stopped = true;
    }
  }

  request(client: TestClient, method: string, params: object | undefined, what = method): Promise<unknown> {
    return this.guard(client, params === undefined ? client.connection.sendRequest(method) : client.connection.sendRequest(method, params), what);
  }
}

/** Shuts a server down; one that does not answer `shutdown`, or does not exit, is killed. */
async function shut(client: TestClient): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (hasExited(client)) resolve();
    else client.process.once("exit", () => resolve());
  });
  const closed = await Promise.race([client.close().then(() => true), sleep(SHUTDOWN_TIMEOUT_MS, false, { ref: false })]);
  if (!closed) client.connection.dispose();
  if (!(await Promise.race([exited.then(() => true), sleep(SHUTDOWN_TIMEOUT_MS, false, { ref: false })]))) client.process.kill("SIGKILL");
  live.delete(client);
}

/** Starts `server` for `subject`, opens its document, runs `body`, and always shuts the server down. */
async function withServer<T>(
  part: Part,
  subject: Subject,
  root: string,
  capabilities: Capabilities,
  body: (client: TestClient, uri: string) => Promise<T>,
  server = subject.server,
  beforeOpen?: (client: TestClient) => Promise<void>,
): Promise<T> {
  // A server that never answers `initialize` cannot be shut down from here (startClient keeps its
  // process); it exits by itself once this run ends and closes its stdin.
  const client = await part.guard(undefined, startClient(root, capabilities, server), `${subject.name}: initialize`);
  live.add(client);
  try {
    await beforeOpen?.(client);
    const uri = pathToFileURL(path.join(root, subject.file)).href;
    await part.guard(
      client,
      client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: subject.languageId, version: 1, text: subject.text } }),
      `${subject.name}: didOpen`,
    );
    return await body(client, uri);
  } finally {
    await shut(client);
  }
}

function change(part: Part, client: TestClient, uri: string, subject: Subject, version: number): Promise<void> {
  const { line, character, text } = subject.edit(version);
  return part.guard(
    client,
    client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text }],
    }),
    `${subject.name}: didChange to version ${version}`,
  );
}

type Request = (part: Part, client: TestClient, uri: string, what: string) => Promise<unknown>;

/** `rounds` edits, each timed to the request's answer, after 3 untimed ones. */
async function timeEdits(part: Part, subject: Subject, root: string, request: Request, rounds: number, capabilities = PULL_CAPABILITIES): Promise<number[]> {
  return withServer(part, subject, root, capabilities, async (client, uri) => {
    await request(part, client, uri, `${subject.name}: first answer`);
    const samples: number[] = [];
    for (let round = 0; round < rounds + 3; round++) {
      const start = performance.now();
      await change(part, client, uri, subject, round + 2);
      await request(part, client, uri, `${subject.name}: answer after edit ${round + 1}`);
      if (round >= 3) samples.push(performance.now() - start);
    }
    return samples;
  });
}

async function coldStart(part: Part, subject: Subject, root: string, rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    await withServer(part, subject, root, PULL_CAPABILITIES, async (client, uri) => {
      await part.request(client, "textDocument/diagnostic", { textDocument: { uri } }, `${subject.name}: first diagnostics, start ${round + 1}`);
      samples.push(performance.now() - start);
    });
  }
  return samples;
}

/**
 * didChange → the next publishDiagnostics. The JSON server's publishes carry no version, so a
 * publish can only be matched to an edit by counting, and counting needs a quiet start: the edit
 * must not be sent while the publish for didOpen is still pending, because an edit inside the
 * debounce supersedes it (both servers), and the count is then one short for ever.
 */
async function pushLatency(part: Part, subject: Subject, root: string): Promise<number> {
  return withServer(part, subject, root, PUSH_CAPABILITIES, async (client, uri) => {
    const publishes = () => client.pushed.get(uri) ?? [];
    await part.until(client, () => publishes().length > 0, `${subject.name}: the publish after didOpen`);
    const samples: number[] = [];
    for (let round = 0; round < PUSH_ROUNDS; round++) {
      const version = round + 2;
      const before = publishes().length;
      const start = performance.now();
      await change(part, client, uri, subject, version);
      await part.until(client, () => publishes().length > before, `${subject.name}: the publish after edit ${round + 1} (version ${version})`);
      samples.push(performance.now() - start);
      // A server that versions its publishes must publish the version just sent: anything else is
      // a stale report the editor would show over the new text.
      const published = publishes()[0]?.version;
      if (published !== undefined && published !== null && published !== version) {
        throw new Error(`${subject.name}: after the edit to version ${version} the server published version ${published}`);
      }
      if (publishes().length > before + 1) throw new Error(`${subject.name}: ${publishes().length - before} publishes for one edit (version ${version})`);
    }
    return median(samples);
  });
}

/** `duty/heap` (server/src/lsp/heap.ts): heapUsed after a full collection, in the server. */
async function dutyHeap(client: TestClient, part: Part): Promise<number> {
  const answer = (await part.request(client, "duty/heap", undefined)) as { heapUsed?: unknown };
  if (typeof answer.heapUsed !== "number") throw new Error(`duty/heap answered ${JSON.stringify(answer)}`);
  return answer.heapUsed;
}

/**
 * The JSON server has no heap request, so it is started through a wrapper that measures exactly
 * what `duty/heap` does (a full collection, then `process.memoryUsage().heapUsed`) on SIGUSR2 and
 * writes it to stderr; the server itself is unchanged. The signal is handled between messages, so
 * it sees every edit sent before the request that preceded it.
 */
function jsonHeapWrapper(root: string): string {
  const wrapper = path.join(root, "json-server-with-heap.cjs");
  fs.writeFileSync(
    wrapper,
    [
      '"use strict";',
      'const v8 = require("node:v8");',
      'const vm = require("node:vm");',
      'process.on("SIGUSR2", () => {',
      '  v8.setFlagsFromString("--expose-gc");',
      '  vm.runInNewContext("gc")();',
      `  process.stderr.write(${JSON.stringify(`${HEAP_MARK} `)} + JSON.stringify(process.memoryUsage()) + "\\n");`,
      "});",
      `require(${JSON.stringify(JSON_SERVER)});`,
      "",
    ].join("\n"),
  );
  return wrapper;
}

async function signalledHeap(client: TestClient, part: Part): Promise<number> {
  const seen = client.stderr.length;
  const answer = () => new RegExp(`${HEAP_MARK} (\\{[^\\n]*\\})\\n`).exec(client.stderr.slice(seen).join(""))?.[1];
  client.process.kill("SIGUSR2");
  await part.until(client, () => answer() !== undefined, "JSON: heap on SIGUSR2");
  return (JSON.parse(answer()!) as { heapUsed: number }).heapUsed;
}

interface Memory {
  /** After initialize, before didOpen: the server's own code and state. */
  readonly idle: number;
  readonly after100: number;
  readonly afterAll: number;
  readonly documentBytes: number;
}

/** The heap after 100 and after `EDITS` edits, pulling diagnostics every 50 so that edits are reviewed. */
async function heapAfterEdits(part: Part, subject: Subject, root: string): Promise<Memory> {
  const heap = subject.heap;
  if (heap instanceof Error) throw heap;
  let idle = 0;
  return withServer(
    part,
    subject,
    root,
    PULL_CAPABILITIES,
    async (client, uri) => {
      const pull = (version: number) => part.request(client, "textDocument/diagnostic", { textDocument: { uri } }, `${subject.name}: diagnostics at version ${version}`);
      await pull(1);
      let after100 = 0;
      for (let version = 2; version <= EDITS + 1; version++) {
        await change(part, client, uri, subject, version);
        if (version % 50 === 0 || version === 101 || version === EDITS + 1) await pull(version);
        if (version === 101) after100 = await heap.measure(client, part);
        if ((version - 1) % 2000 === 0) process.stderr.write(`  ${subject.name}: ${version - 1} edits\n`);
      }
      const afterAll = await heap.measure(client, part);
      return { idle, after100, afterAll, documentBytes: Buffer.byteLength(subject.text) };
    },
    heap.server,
    async (client) => {
      idle = await heap.measure(client, part);
    },
  );
}

/** A table cell: the number, or n/a when that measurement failed (the reason is listed below the table). */
type Result<T> = T | Error;

async function attempt<T>(what: string, run: () => Promise<T>): Promise<Result<T>> {
  try {
    return await run();
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    process.stderr.write(`  ${what} did not complete: ${failure.message}\n`);
    failures.push(`${what}: ${failure.message}`);
    return failure;
  }
}

const rows: string[] = [];
const failures: string[] = [];

function cell(value: Result<number>, digits = 1): string {
  return value instanceof Error ? "n/a" : value.toFixed(digits);
}

function row(metric: string, ours: Result<number>, theirs: Result<number>, target: string, pass?: (ratio: number) => boolean): void {
  const ratio = ours instanceof Error || theirs instanceof Error ? undefined : ours / theirs;
  const result = ratio === undefined ? (pass ? "incomplete" : "—") : pass ? (pass(ratio) ? "PASS" : "FAIL") : "—";
  rows.push(`| ${metric} | ${cell(ours)} | ${cell(theirs)} | ${ratio === undefined ? "n/a" : ratio.toFixed(2)} | ${target} | ${result} |`);
}

function printTable(): void {
  console.log("\n| metric | Duty | JSON server | ratio | target | result |\n|---|---|---|---|---|---|");
  for (const line of rows) console.log(line);
  if (failures.length > 0) {
    console.log("\nDid not complete:");
    for (const failure of failures) console.log(`  - ${failure}`);
    process.exitCode = 1;
  }
}

/** The bundle is what an editor runs; an older one than the sources measures yesterday's server. */
function checkBundle(): void {
  for (const file of [SERVER, JSON_SERVER]) {
    if (!fs.existsSync(file)) {
      console.error(`${path.relative(process.cwd(), file)} is missing: run \`npm install\` and \`npm run build\` first.`);
      process.exit(1);
    }
  }
  const built = fs.statSync(SERVER).mtimeMs;
  const newer = ["server/src", "grammar/src"].flatMap((folder) =>
    fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs > built)
      .map((entry) => path.join(entry.parentPath, entry.name)),
  );
  if (newer.length > 0) process.stderr.write(`Warning: dist/server.cjs is older than ${newer.length} source file(s) (${newer.slice(0, 3).join(", ")}…): \`npm run build\` to measure them.\n`);
}

async function main(): Promise<void> {
  checkBundle();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "duty-bench-lsp-"));
  const stop = setTimeout(() => {
    console.log(`\nStopped: the run took longer than ${RUN_TIMEOUT_MS / 60_000} minutes; results so far:`);
    failures.push(`the run: stopped after ${RUN_TIMEOUT_MS / 60_000} minutes`);
    printTable();
    for (const client of live) client.process.kill("SIGKILL");
    fs.rmSync(root, { recursive: true, force: true });
    process.exit(1);
  }, RUN_TIMEOUT_MS);
  stop.unref();
  try {
    await measureAll(root);
  } finally {
    clearTimeout(stop);
    fs.rmSync(root, { recursive: true, force: true });
  }
}

async function measureAll(root: string): Promise<void> {
  const policy = policyOf(LINES);
  const json = jsonOf(LINES);
  const policyLines = policy.split("\n");
  const jsonLines = json.split("\n");
  const middlePolicyLine = policyLines.findIndex((line, index) => index > LINES / 2 && line.startsWith("  action: "));
  const middleJsonLine = jsonLines.findIndex((line, index) => index > LINES / 2 && line.startsWith('    "action": '));
  const duty: Subject = {
    name: "Duty",
    server: SERVER,
    file: "policy.duty",
    languageId: "duty",
    text: policy,
    // PUSH_DEBOUNCE_MS in server/src/lsp/diagnostics.ts.
    debounceMs: 150,
    edit: (version) => ({ line: middlePolicyLine, character: 20, text: String.fromCharCode(97 + (version % 26)) }),
    heap: { server: SERVER, measure: dutyHeap },
  };
  const yardstick: Subject = {
    name: "JSON",
    server: JSON_SERVER,
    file: "document.json",
    languageId: "json",
    text: json,
    // validationDelayMs in vscode-json-languageserver's utils/validation.js.
    debounceMs: 500,
    edit: (version) => ({ line: middleJsonLine, character: 20, text: String.fromCharCode(97 + (version % 26)) }),
    heap:
      process.platform === "win32"
        ? new Error("no SIGUSR2 on Windows to ask the JSON server for its heap; Duty's heap is reported alone")
        : { server: jsonHeapWrapper(root), measure: signalledHeap },
  };
  console.log(
    `Duty: ${policyLines.length - 1} lines, ${(policy.length / 1024).toFixed(0)} KiB; JSON: ${jsonLines.length - 1} lines, ${(json.length / 1024).toFixed(0)} KiB. ${ROUNDS} rounds (${PUSH_ROUNDS} for pushed diagnostics), medians; memory over ${EDITS.toLocaleString("en")} edits.`,
  );
  const diagnostics: Request = (part, client, uri, what) => part.request(client, "textDocument/diagnostic", { textDocument: { uri } }, what);
  const symbols: Request = (part, client, uri, what) => part.request(client, "textDocument/documentSymbol", { textDocument: { uri } }, what);
  // Budgets are several times a normal run's (on 2 busy CPUs: ~10 s per timed part, ~40 s for
  // Duty's 10,000 edits); together they stay under the hard stop.
  const both = async <T>(what: string, budgetMs: number, run: (part: Part, subject: Subject) => Promise<T>): Promise<[Result<T>, Result<T>]> => {
    process.stderr.write(`… ${what}\n`);
    const ours = await attempt(`Duty ${what}`, () => run(new Part(budgetMs), duty));
    const theirs = await attempt(`JSON ${what}`, () => run(new Part(budgetMs), yardstick));
    return [ours, theirs];
  };
  /**
   * A timed part in blocks, the two servers taking turns (Duty, JSON, Duty, …), each block on a
   * fresh server: the machine is shared, and a ratio is only fair when both met the same load.
   * A server that fails drops out; the other goes on. The result is each one's median.
   */
  const inTurns = async (what: string, budgetMs: number, rounds: number, run: (part: Part, subject: Subject, rounds: number) => Promise<number[]>): Promise<[Result<number>, Result<number>]> => {
    process.stderr.write(`… ${what}\n`);
    const subjects = [duty, yardstick];
    const parts = subjects.map(() => new Part(budgetMs));
    const samples: number[][] = subjects.map(() => []);
    const failed: (Error | undefined)[] = subjects.map(() => undefined);
    const blocks = Math.min(BLOCKS, rounds);
    for (let block = 0; block < blocks; block++) {
      const inBlock = Math.floor(rounds / blocks) + (block < rounds % blocks ? 1 : 0);
      for (const [i, subject] of subjects.entries()) {
        if (failed[i]) continue;
        const result = await attempt(`${subject.name} ${what}`, () => run(parts[i]!, subject, inBlock));
        if (result instanceof Error) failed[i] = result;
        else samples[i]!.push(...result);
      }
    }
    const [ours, theirs] = subjects.map((_, i) => failed[i] ?? median(samples[i]!));
    return [ours!, theirs!];
  };
  const atMostOne = (ratio: number) => ratio <= 1;

  const pulled = await inTurns("didChange → pulled diagnostics", 45_000, ROUNDS, (part, subject, rounds) => timeEdits(part, subject, root, diagnostics, rounds));
  row("didChange → pulled diagnostics (ms)", ...pulled, "≤ 1.0", atMostOne);
  const symbolTimes = await inTurns("didChange → documentSymbol", 45_000, ROUNDS, (part, subject, rounds) => timeEdits(part, subject, root, symbols, rounds, OUTLINE_CAPABILITIES));
  row("didChange → documentSymbol (ms)", ...symbolTimes, "≤ 1.0", atMostOne);
  const cold = await inTurns("cold start", 45_000, COLD_STARTS, (part, subject, rounds) => coldStart(part, subject, root, rounds));
  row("cold start → first diagnostics (ms)", ...cold, "≤ 1.0", atMostOne);

  const [pushDuty, pushJson] = await both("pushed diagnostics", 30_000, (part, subject) => pushLatency(part, subject, root));
  row(`didChange → pushed diagnostics (ms), debounce ${duty.debounceMs} ms vs ${yardstick.debounceMs} ms`, pushDuty, pushJson, "reported");
  const minus = (value: Result<number>, debounce: number) => (value instanceof Error ? value : value - debounce);
  row("… of which after the debounce (ms)", minus(pushDuty, duty.debounceMs), minus(pushJson, yardstick.debounceMs), "reported");

  const [memoryDuty, memoryJson] = await both(`memory over ${EDITS.toLocaleString("en")} edits`, 150_000, (part, subject) => heapAfterEdits(part, subject, root));
  const of = (memory: Result<Memory>, value: (memory: Memory) => number): Result<number> => (memory instanceof Error ? memory : value(memory));
  const mb = (bytes: number) => bytes / 1e6;
  row(`heap after 100 edits (MB)`, of(memoryDuty, (m) => mb(m.after100)), of(memoryJson, (m) => mb(m.after100)), "reported");
  row(`heap after ${EDITS.toLocaleString("en")} edits (MB)`, of(memoryDuty, (m) => mb(m.afterAll)), of(memoryJson, (m) => mb(m.afterAll)), "reported");
  // Growth is each server's own ratio; the target is Duty's, and the JSON server's is its yardstick.
  const growth = (m: Memory) => m.afterAll / m.after100;
  const dutyGrowth = of(memoryDuty, growth);
  const jsonGrowth = of(memoryJson, growth);
  rows.push(
    `| heap growth, ${EDITS.toLocaleString("en")} edits ÷ 100 edits | ${cell(dutyGrowth, 2)} | ${cell(jsonGrowth, 2)} | — | Duty ≤ 1.10 | ${dutyGrowth instanceof Error ? "incomplete" : dutyGrowth <= 1.1 ? "PASS" : "FAIL"} |`,
  );
  // Per MB of document, less the heap of the idle server (its code, the law library): what the
  // open document costs.
  const perMb = (m: Memory) => mb(m.afterAll - m.idle) / mb(m.documentBytes);
  row(`heap for the open document, per MB of its text (MB/MB, idle heap ${cell(of(memoryDuty, (m) => mb(m.idle)))} vs ${cell(of(memoryJson, (m) => mb(m.idle)))} MB subtracted)`, of(memoryDuty, perMb), of(memoryJson, perMb), "reported");

  printTable();
  console.log(`\nMachine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, Node ${process.version}, ${new Date().toISOString()}.`);
}

await main();
