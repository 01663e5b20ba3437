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
 *   - memory: the server's heap after 10,000 edits against after 100.
 * Target: Duty's time ≤ the JSON server's (ratio ≤ 1.0) on the first three. A benchmark, not a
 * test: prints PASS/FAIL and exits 0.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { PULL_CAPABILITIES, PUSH_CAPABILITIES, SERVER, startClient, type TestClient } from "../test/lsp/client.ts";

const JSON_SERVER = path.resolve("node_modules/vscode-langservers-extracted/lib/json-language-server/node/jsonServerMain.js");
const ROUNDS = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 30;
const LINES = 5000;

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
  /** A one-character edit somewhere in the middle, different each time. */
  readonly edit: (version: number) => { line: number; character: number; text: string };
}

async function open(subject: Subject, root: string, capabilities = PULL_CAPABILITIES): Promise<{ client: TestClient; uri: string }> {
  const client = await startClient(root, capabilities, subject.server);
  const uri = pathToFileURL(path.join(root, subject.file)).href;
  await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: subject.languageId, version: 1, text: subject.text } });
  return { client, uri };
}

async function change(client: TestClient, uri: string, subject: Subject, version: number): Promise<void> {
  const { line, character, text } = subject.edit(version);
  await client.connection.sendNotification("textDocument/didChange", {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text }],
  });
}

async function timeEdits(subject: Subject, root: string, request: (client: TestClient, uri: string) => Promise<unknown>): Promise<number> {
  const { client, uri } = await open(subject, root);
  await request(client, uri);
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS + 3; round++) {
    const start = performance.now();
    await change(client, uri, subject, round + 2);
    await request(client, uri);
    if (round >= 3) samples.push(performance.now() - start);
  }
  await client.close();
  return median(samples);
}

async function coldStart(subject: Subject, root: string): Promise<number> {
  const samples: number[] = [];
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    const { client, uri } = await open(subject, root);
    await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
    samples.push(performance.now() - start);
    await client.close();
  }
  return median(samples);
}

async function pushLatency(subject: Subject, root: string): Promise<number> {
  const { client, uri } = await open(subject, root, PUSH_CAPABILITIES);
  const samples: number[] = [];
  for (let round = 0; round < 8; round++) {
    const version = round + 2;
    const start = performance.now();
    await change(client, uri, subject, version);
    for (;;) {
      const latest = client.pushed.get(uri)?.[0];
      // The JSON server sends no version; its first publish after the edit counts.
      if (latest && (latest.version === version || (latest.version === undefined && (client.pushed.get(uri)?.length ?? 0) > round + 1))) break;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    samples.push(performance.now() - start);
  }
  await client.close();
  return median(samples);
}

/** Duty's heap after `edits` edits (the server exposes `duty/heap` for this benchmark). */
async function heapAfterEdits(subject: Subject, root: string): Promise<{ after100: number; after10000: number }> {
  const { client, uri } = await open(subject, root);
  const heap = async () => ((await client.connection.sendRequest("duty/heap")) as { heapUsed: number }).heapUsed;
  let after100 = 0;
  for (let version = 2; version <= 10_001; version++) {
    await change(client, uri, subject, version);
    if (version % 50 === 0) await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
    if (version === 101) after100 = await heap();
  }
  await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
  const after10000 = await heap();
  await client.close();
  return { after100, after10000 };
}

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "duty-bench-lsp-"));
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
    edit: (version) => ({ line: middlePolicyLine, character: 20, text: String.fromCharCode(97 + (version % 26)) }),
  };
  const yardstick: Subject = {
    name: "JSON",
    server: JSON_SERVER,
    file: "document.json",
    languageId: "json",
    text: json,
    edit: (version) => ({ line: middleJsonLine, character: 20, text: String.fromCharCode(97 + (version % 26)) }),
  };
  console.log(`Duty: ${policyLines.length - 1} lines, ${(policy.length / 1024).toFixed(0)} KiB; JSON: ${jsonLines.length - 1} lines, ${(json.length / 1024).toFixed(0)} KiB. ${ROUNDS} rounds, medians.`);
  const diagnostics = (client: TestClient, uri: string) => client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
  const symbols = (client: TestClient, uri: string) => client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
  const rows: [string, number, number][] = [];
  const step = (what: string) => process.stderr.write(`… ${what}\n`);
  step("didChange → pulled diagnostics");
  rows.push(["didChange → pulled diagnostics (ms)", await timeEdits(duty, root, diagnostics), await timeEdits(yardstick, root, diagnostics)]);
  step("didChange → documentSymbol");
  rows.push(["didChange → documentSymbol (ms)", await timeEdits(duty, root, symbols), await timeEdits(yardstick, root, symbols)]);
  step("cold start");
  rows.push(["cold start → first diagnostics (ms)", await coldStart(duty, root), await coldStart(yardstick, root)]);
  console.log("\n| metric | Duty | JSON server | ratio | target | result |\n|---|---|---|---|---|---|");
  for (const [metric, ours, theirs] of rows) {
    const ratio = ours / theirs;
    console.log(`| ${metric} | ${ours.toFixed(1)} | ${theirs.toFixed(1)} | ${ratio.toFixed(2)} | ≤ 1.0 | ${ratio <= 1 ? "PASS" : "FAIL"} |`);
  }
  step("pushed diagnostics");
  const pushDuty = await pushLatency(duty, root);
  const pushJson = await pushLatency(yardstick, root);
  console.log(`| didChange → pushed diagnostics (ms), debounce 150 ms vs 500 ms | ${pushDuty.toFixed(1)} | ${pushJson.toFixed(1)} | ${(pushDuty / pushJson).toFixed(2)} | reported | — |`);
  step("memory over 10,000 edits");
  const memory = await heapAfterEdits(duty, root);
  const growth = memory.after10000 / memory.after100;
  console.log(`| heap after 10,000 edits vs after 100 (MB) | ${(memory.after10000 / 1e6).toFixed(1)} vs ${(memory.after100 / 1e6).toFixed(1)} | — | ${growth.toFixed(2)} | ≤ 1.10 | ${growth <= 1.1 ? "PASS" : "FAIL"} |`);
  console.log(`\nMachine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, Node ${process.version}, ${new Date().toISOString()}.`);
  fs.rmSync(root, { recursive: true, force: true });
}

await main();
