/**
 * Long runs of the protocol fuzzer (test/fuzz/protocol.ts): sessions of both kinds of client,
 * each seeded, one after another; prints each failure with its seed, and a summary.
 *
 *   node test/fuzz/protocol-run.ts --sessions 200 --steps 1000 --seed 1
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { fuzzProtocol, type ClientKind } from "./protocol.ts";

const { values } = parseArgs({ options: { sessions: { type: "string", default: "20" }, steps: { type: "string", default: "1000" }, seed: { type: "string", default: "1" } } });
const sessions = Number(values.sessions);
const steps = Number(values.steps);
const firstSeed = Number(values.seed);
const started = Date.now();
const answers = new Map<string, number>();
let requests = 0;
let compared = 0;
let failed = 0;
for (let index = 0; index < sessions; index++) {
  const seed = firstSeed + index;
  const kind: ClientKind = (["pull", "push", "folders"] as const)[index % 3]!;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "duty-protocol-run-"));
  try {
    const result = await fuzzProtocol({ seed, steps, kind, root });
    requests += result.requests;
    compared += result.compared;
    for (const [answer, count] of result.answers) answers.set(answer, (answers.get(answer) ?? 0) + count);
    if (result.problems.length > 0) {
      failed++;
      console.log(`FAIL seed ${seed} (${kind} client, ${steps} steps):\n  ${result.problems.join("\n  ")}`);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  if ((index + 1) % 10 === 0) console.log(`${index + 1} sessions, ${requests} requests, ${failed} failed, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
console.log(`${sessions} sessions of ${steps} steps (seeds ${firstSeed}–${firstSeed + sessions - 1}): ${requests} requests, ${compared} documents compared with a fresh server at the end, ${failed} failed sessions, ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`answers: ${[...answers].map(([answer, count]) => `${answer} ${count}`).join(", ")}`);
process.exitCode = failed > 0 ? 1 : 0;
