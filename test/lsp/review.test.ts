/**
 * The review in the editor, through the bundled server: pulled and pushed diagnostics,
 * dependents re-reviewed when an imported file changes, hover with the law, quick fixes applied,
 * and code lenses.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { CodeAction, CodeLens, Diagnostic, Hover, TextEdit } from "vscode-languageserver-protocol/node";
import { PUSH_CAPABILITIES, SERVER, startClient, type TestClient } from "./client.ts";

const TIERS = `tier hospital "City hospital" { resources: theatre, staff }
tier surgeon "Surgeon on duty" { under: hospital  resources: theatre }
`;

const POLICY = `import "tiers.duty"

duty emergency_surgery {
  holder: surgeon  imposed_by: hospital  kind: statutory  context: emergency
  action: "Operate on a patient in mortal danger"
  standard: "Surgery begun within 30 minutes of arrival, logged"
  requires: patient_signature
  needs: theatre
}

accountability {
  covers: emergency_surgery
  trigger: conduct "Surgery refused or delayed"
  investigate: hospital  determine: hospital
  evidence: theatre_log, witness_statements
  appeal: hospital within 30 days
  superior_answers: "When the hospital gave no theatre or staff"
}
`;

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split("\n");
  const offset = (line: number, character: number) => lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
  let result = text;
  for (const edit of [...edits].sort((a, b) => offset(b.range.start.line, b.range.start.character) - offset(a.range.start.line, a.range.start.character))) {
    result = result.slice(0, offset(edit.range.start.line, edit.range.start.character)) + edit.newText + result.slice(offset(edit.range.end.line, edit.range.end.character));
  }
  return result;
}

async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
  const report = (await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { items: Diagnostic[] };
  return report.items;
}

async function until<T>(read: () => T | undefined, what: string, timeout = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the review in the editor (bundled server)", function () {
  this.timeout(30000);
  let root: string;
  let client: TestClient;

  before(async () => {
    execFileSync(process.execPath, ["esbuild.mjs"]);
    assert.ok(fs.existsSync(SERVER));
    root = fs.mkdtempSync(path.join(os.tmpdir(), "duty-lsp-"));
    fs.writeFileSync(path.join(root, "tiers.duty"), TIERS);
    client = await startClient(root);
  });

  after(async () => {
    await client.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("pulls diagnostics with the rule id, its docs link, the range and the message", async () => {
    const uri = client.open("policy.duty", POLICY);
    const diagnostics = await pull(client, uri);
    const consent = diagnostics.find((d) => d.code === "tolerance/emergency-consent");
    assert.ok(consent, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.deepEqual(consent.range, { start: { line: 6, character: 12 }, end: { line: 6, character: 29 } });
    assert.equal(consent.severity, 1);
    assert.equal(consent.source, "duty");
    assert.match(consent.codeDescription!.href, /docs\/rules\/tolerance\/emergency-consent\.md$/);
    assert.match(String(consent.message), /emergency_surgery/);
    assert.match(String(consent.message), /Physicians Act/);
  });

  it("re-reviews a dependent when the imported file changes, without saving", async () => {
    const policy = client.open("policy.duty", POLICY, 2);
    assert.ok(!(await pull(client, policy)).some((d) => d.code === "liability/no-resources"));
    const tiers = client.open("tiers.duty", TIERS);
    client.change(tiers, TIERS.replace("resources: theatre }", "resources: staff }"), 2);
    const after = await pull(client, policy);
    const missing = after.find((d) => d.code === "liability/no-resources");
    assert.ok(missing, "the surgeon lost the theatre in tiers.duty");
    assert.deepEqual(missing.range.start, { line: 7, character: 9 });
    client.change(tiers, TIERS, 3);
    assert.ok(!(await pull(client, policy)).some((d) => d.code === "liability/no-resources"));
  });

  it("hovers a finding with why it matters and the article text of the law", async () => {
    const uri = client.open("policy.duty", POLICY, 4);
    const hover = (await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 6, character: 15 } })) as Hover;
    const markdown = (hover.contents as { value: string }).value;
    assert.match(markdown, /\*\*tolerance\/emergency-consent\*\*/);
    assert.match(markdown, /Physicians Act, art\. 27/);
    assert.match(markdown, /\*\*Why it matters\.\*\*/);
    assert.deepEqual(hover.range, { start: { line: 6, character: 12 }, end: { line: 6, character: 29 } });
  });

  it("hovers a Chinese citation with the statutory text in the document's script", async () => {
    const uri = client.open("cn.duty", `層級 醫院 { 資源：手術室 }\n責任 急救 { 承擔：醫院  類型：法定責任  依據：醫師法 第二十七條 }\n`);
    const hover = (await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 1, character: 33 } })) as Hover;
    const markdown = (hover.contents as { value: string }).value;
    assert.match(markdown, /《醫師法》第二十七條/);
    assert.match(markdown, /對需要緊急救治的患者，醫師應當採取緊急措施進行診治，不得拒絕急救處置。/);
  });

  it("offers a quick fix that removes the finding once applied", async () => {
    const uri = client.open("policy.duty", POLICY, 5);
    const diagnostics = await pull(client, uri);
    const consent = diagnostics.find((d) => d.code === "tolerance/emergency-consent")!;
    const actions = (await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: consent.range,
      context: { diagnostics: [consent] },
    })) as CodeAction[];
    const fix = actions.find((action) => action.isPreferred && /emergency exception/.test(action.title));
    assert.ok(fix, actions.map((a) => a.title).join(" | "));
    const fixed = applyEdits(POLICY, fix.edit!.changes![uri]!);
    assert.match(fixed, /exemption emergency_treatment \{\n  covers: emergency_surgery\n  grounds: emergency\n/);
    client.change(uri, fixed, 6);
    assert.ok(!(await pull(client, uri)).some((d) => d.code === "tolerance/emergency-consent"));
  });

  it("offers the fixes of the finding under the cursor first, and each action once", async () => {
    const text = `层级 医院 { 资源：手术室 }\n责任 手术 { 承担：医院  类型：注意义务  内容：「一律及时手术」  标准：「记录」 }\n`;
    const uri = client.open("adjacent.duty", text, 1);
    await pull(client, uri);
    const offset = text.indexOf("及时");
    const position = { line: 1, character: offset - text.indexOf("\n") - 1 };
    const actions = (await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: position, end: position },
      context: { diagnostics: [] },
    })) as CodeAction[];
    assert.match(String(actions[0]?.diagnostics?.[0]?.message), /“及时”/);
    const titles = actions.map((action) => action.title);
    assert.equal(new Set(titles).size, titles.length, titles.join(" | "));
  });

  it("shows who is accountable above each duty", async () => {
    const uri = client.open("policy.duty", POLICY, 7);
    const lenses = (await client.connection.sendRequest("textDocument/codeLens", { textDocument: { uri } })) as CodeLens[];
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0]!.command!.title, "Accountable: surgeon · hospital shares management responsibility · no exemption or tolerance");
    assert.deepEqual(lenses[0]!.range.start, { line: 2, character: 5 });
  });
});

describe("pushed diagnostics for clients without pull (Neovim 0.7)", function () {
  this.timeout(30000);

  it("publishes after an edit, with the document version", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "duty-push-"));
    const client = await startClient(root, PUSH_CAPABILITIES);
    try {
      const uri = client.open("p.duty", `tier t { resources: x }\nduty d { holder: t }\n`);
      const first = await until(() => client.pushed.get(uri)?.[0], "first publish");
      assert.ok(first.diagnostics.some((d) => d.code === "boundary/no-kind"));
      client.change(uri, `tier t { resources: x }\nduty d { holder: t  kind: care  standard: "Logged" }\n`, 2);
      const second = await until(() => client.pushed.get(uri)?.find((p) => p.version === 2), "publish for version 2");
      assert.ok(!second.diagnostics.some((d) => d.code === "boundary/no-kind"));
    } finally {
      await client.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
