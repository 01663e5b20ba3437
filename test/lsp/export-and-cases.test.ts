/** Export and cases in the editor, through the bundled server: `duty/export`, `duty/runCase`, case lenses. */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { CodeLens } from "vscode-languageserver-protocol/node";
import { startClient, type TestClient } from "./client.ts";

const POLICY = `tier branch { resources: staff }
duty report { holder: branch  kind: statutory  standard: "Filed within 1 day"  deadline: 1 day }
exemption outage { covers: report  grounds: force_majeure  basis: civil-code/180 }
tolerance slips { covers: report  when: "Honest slips"  correction: "Refile within 1 day"  correction_deadline: 1 day }
accountability { trigger: conduct "Not filed"  investigate: branch  determine: branch  evidence: log, statement  appeal: branch within 30 days }
case flood { breached: report  conditions: force_majeure  expect: branch exempt by outage }
case skipped { breached: report  expect: branch exempt }
`;

describe("export and cases in the editor (bundled server)", function () {
  this.timeout(30000);
  let root: string;
  let client: TestClient;

  before(async () => {
    execFileSync(process.execPath, ["esbuild.mjs"]);
    root = fs.mkdtempSync(path.join(os.tmpdir(), "duty-export-"));
    client = await startClient(root);
  });

  after(async () => {
    await client.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("shows each case's verdict above it, and runs it with its reasons", async () => {
    const uri = client.open("policy.duty", POLICY);
    const lenses = (await client.connection.sendRequest("textDocument/codeLens", { textDocument: { uri } })) as CodeLens[];
    const caseTitles = lenses.filter((lens) => lens.command?.command === "duty.runCase").map((lens) => lens.command!.title);
    assert.deepEqual(caseTitles, ["✓ Case holds: branch exempt by outage", "✗ Case fails: branch accountable"]);
    const run = (await client.connection.sendRequest("duty/runCase", { uri, name: "skipped" })) as { passed: boolean; failures: string[]; verdicts: { verdict: string; spelled: string; reasons: string[] }[] };
    assert.deepEqual([run.verdicts[0]!.verdict, run.verdicts[0]!.spelled], ["accountable", "accountable"]);
    assert.equal(run.passed, false);
    assert.deepEqual(run.failures, ["branch: expected exempt, got accountable"]);
    assert.deepEqual(run.verdicts[0]!.reasons, ["`report` was not performed.", "No exemption or tolerance applies: `branch` answers for the breach."]);
  });

  it("refuses to export a policy with errors (a failing case), and writes nothing", async () => {
    const uri = client.open("policy.duty", POLICY, 2);
    const target = path.join(root, "policy.rules.json");
    const result = (await client.connection.sendRequest("duty/export", { uri, target })) as { ok: boolean; errors: string[] };
    assert.equal(result.ok, false);
    assert.match(result.errors[0]!, /^7: case\/unexpected-verdict — /);
    assert.ok(!fs.existsSync(target));
  });

  it("exports a clean policy atomically where asked", async () => {
    const uri = client.open("policy.duty", POLICY.replace("expect: branch exempt }", "expect: branch accountable }"), 3);
    const target = path.join(root, "policy.rules.json");
    const result = (await client.connection.sendRequest("duty/export", { uri, target })) as { ok: boolean; written: string; json: string };
    assert.equal(result.ok, true);
    assert.equal(result.written, target);
    assert.equal(fs.readFileSync(target, "utf8"), result.json);
    const json = JSON.parse(result.json);
    assert.equal(json.format, "duty-rules");
    assert.deepEqual(json.exemptions[0].basis[0].id, "civil-code/180");
    assert.deepEqual(fs.readdirSync(root).filter((name) => name.endsWith(".tmp")), []);
  });

  it("refuses to export a policy whose imported register has errors, naming the register", async () => {
    fs.writeFileSync(path.join(root, "register.duty"), "tier branch { under: head_office  resources: staff }\n");
    const uri = client.open("importing.duty", `import "register"\nduty report { holder: branch  kind: statutory  standard: "Filed within 1 day"  deadline: 1 day }\n`);
    const result = (await client.connection.sendRequest("duty/export", { uri })) as { ok: boolean; errors: string[] };
    assert.equal(result.ok, false);
    assert.equal(result.errors.length, 1);
    assert.match(result.errors[0]!, /^register\.duty:1: name\/unknown — .*head_office/);
  });

  it("writes neither through a link out of the workspace nor over a policy, and says why", async () => {
    const uri = client.open("policy.duty", POLICY.replace("expect: branch exempt }", "expect: branch accountable }"), 4);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "duty-outside-"));
    const victim = path.join(outside, "victim.txt");
    fs.writeFileSync(victim, "keep me");
    const link = path.join(root, "planted.rules.json");
    fs.symlinkSync(victim, link);
    try {
      assert.deepEqual(await client.connection.sendRequest("duty/export", { uri, target: link }), { ok: false, errors: [], problem: "outside-workspace" });
      assert.equal(fs.readFileSync(victim, "utf8"), "keep me");
      const policy = path.join(root, "policy.duty");
      fs.writeFileSync(policy, "tier kept {}\n");
      assert.deepEqual(await client.connection.sendRequest("duty/export", { uri, target: policy }), { ok: false, errors: [], problem: "policy-file" });
      assert.equal(fs.readFileSync(policy, "utf8"), "tier kept {}\n");
      const nowhere = path.join(root, "no-such-folder", "policy.rules.json");
      assert.deepEqual(await client.connection.sendRequest("duty/export", { uri, target: nowhere }), { ok: false, errors: [], problem: "write-failed", detail: "no such folder" });
    } finally {
      fs.rmSync(link, { force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
