/**
 * The editor's settings, through the bundled server: they apply to the documents already open
 * when they first arrive, and a change of them asks the client for fresh findings and lenses; the
 * problems of a `.duty.json` show on that file.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { ClientCapabilities, DocumentDiagnosticReport } from "vscode-languageserver-protocol/node";
import { pathToFileURL } from "node:url";
import { PULL_CAPABILITIES, SERVER, startClient, type TestClient } from "./client.ts";

const VAGUE = `tier branch { resources: staff }
duty report { holder: branch  kind: care  action: "Report in a timely manner"  standard: "Report filed in the log" }
`;

/** A client like VS Code: settings pulled, diagnostics and code lenses refreshed on request. */
const EDITOR: ClientCapabilities = {
  ...PULL_CAPABILITIES,
  workspace: { configuration: true, workspaceFolders: false, diagnostics: { refreshSupport: true }, codeLens: { refreshSupport: true } },
};

async function rulesFound(client: TestClient, uri: string): Promise<string[]> {
  const report = (await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as DocumentDiagnosticReport & { items?: { code?: string }[] };
  return (report.items ?? []).map((item) => String(item.code));
}

/** Resolves when the server sends `method` to the client. */
function requested(client: TestClient, method: string): Promise<void> {
  return new Promise((resolve) => {
    client.connection.onRequest(method, () => {
      resolve();
      return null;
    });
  });
}

describe("settings in the editor (bundled server)", function () {
  this.timeout(30000);
  let root: string;

  before(() => {
    execFileSync(process.execPath, ["esbuild.mjs"]);
    root = fs.mkdtempSync(path.join(os.tmpdir(), "duty-settings-"));
  });

  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("applies the first settings to a document opened before they arrived, and asks the client to pull again", async () => {
    const client = await startClient(root, EDITOR, SERVER, {}, { rules: { "boundary/vague-term": "off" } });
    try {
      const refreshed = requested(client, "workspace/diagnostic/refresh");
      const uri = client.open("policy.duty", VAGUE);
      await refreshed;
      assert.ok(!(await rulesFound(client, uri)).includes("boundary/vague-term"));
    } finally {
      await client.close();
    }
  });

  it("asks for the code lenses again when the settings change", async () => {
    const client = await startClient(root, EDITOR, SERVER);
    try {
      const uri = client.open("policy.duty", VAGUE);
      assert.ok((await rulesFound(client, uri)).includes("boundary/vague-term"));
      const lensesRefreshed = requested(client, "workspace/codeLens/refresh");
      client.connection.onRequest("workspace/configuration", () => [{ rules: { "boundary/vague-term": "off" } }]);
      await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
      await lensesRefreshed;
      assert.ok(!(await rulesFound(client, uri)).includes("boundary/vague-term"));
    } finally {
      await client.close();
    }
  });

  it("asks for the lenses again when an imported file is edited (a case's verdict may change)", async () => {
    const client = await startClient(root, EDITOR, SERVER);
    try {
      const register = client.open("register.duty", "tier branch { resources: staff }\n");
      const policy = client.open("importing.duty", `import "register"\n${VAGUE.split("\n")[1]}\n`);
      await rulesFound(client, policy);
      const lensesRefreshed = requested(client, "workspace/codeLens/refresh");
      client.change(register, "tier branch { resources: staff, budget }\n", 2);
      await lensesRefreshed;
    } finally {
      await client.close();
    }
  });

  it("keeps the latest settings when two answers cross (the earlier one arriving last)", async () => {
    const client = await startClient(root, EDITOR, SERVER);
    try {
      const uri = client.open("policy.duty", VAGUE);
      await rulesFound(client, uri);
      let asked = 0;
      client.connection.onRequest("workspace/configuration", async (params: { items: unknown[] }) => {
        asked++;
        // The first question is answered late, with what the settings were before.
        if (asked === 1) await new Promise((resolve) => setTimeout(resolve, 400));
        return params.items.map(() => (asked === 1 ? { rules: { "boundary/vague-term": "off" } } : {}));
      });
      const settled = requested(client, "workspace/diagnostic/refresh");
      await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
      await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
      await new Promise((resolve) => setTimeout(resolve, 700));
      await settled;
      assert.ok((await rulesFound(client, uri)).includes("boundary/vague-term"), "the later answer (no settings) holds");
    } finally {
      await client.close();
    }
  });

  it("offers no workspace diagnostics (they would repeat the open documents' on every poll)", async () => {
    const client = await startClient(root, EDITOR, SERVER);
    try {
      const provider = client.initializeResult.capabilities.diagnosticProvider as { workspaceDiagnostics: boolean };
      assert.equal(provider.workspaceDiagnostics, false);
    } finally {
      await client.close();
    }
  });

  it("applies each folder's own settings in a multi-root workspace", async () => {
    const strict = fs.mkdtempSync(path.join(os.tmpdir(), "duty-strict-"));
    const relaxed = fs.mkdtempSync(path.join(os.tmpdir(), "duty-relaxed-"));
    const folders = [strict, relaxed].map((folder) => ({ uri: pathToFileURL(folder).href, name: path.basename(folder) }));
    const client = await startClient(strict, EDITOR, SERVER, { workspaceFolders: folders });
    try {
      // The relaxed folder turns the rule off; the strict one and the window keep the default.
      client.connection.onRequest("workspace/configuration", (params: { items: { scopeUri?: string }[] }) =>
        params.items.map((item) => (item.scopeUri === folders[1]!.uri ? { rules: { "boundary/vague-term": "off" } } : {})),
      );
      await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
      const inStrict = client.open(path.join(strict, "policy.duty"), VAGUE);
      const inRelaxed = client.open(path.join(relaxed, "policy.duty"), VAGUE);
      assert.ok((await rulesFound(client, inStrict)).includes("boundary/vague-term"));
      assert.ok(!(await rulesFound(client, inRelaxed)).includes("boundary/vague-term"));
    } finally {
      await client.close();
      fs.rmSync(strict, { recursive: true, force: true });
      fs.rmSync(relaxed, { recursive: true, force: true });
    }
  });

  it("says, as a message, that a law file named in the settings cannot be read (there is no file to show it on)", async () => {
    const client = await startClient(root, EDITOR, SERVER, {}, { extraLawFiles: ["missing-laws.json"] });
    try {
      const told = new Promise<string>((resolve) => client.connection.onNotification("window/showMessage", (params: { message: string }) => resolve(params.message)));
      const settingsApplied = requested(client, "workspace/diagnostic/refresh");
      const uri = client.open("policy.duty", VAGUE);
      await settingsApplied;
      await rulesFound(client, uri);
      assert.equal(await told, 'Duty: The law file "missing-laws.json" named in the editor setting duty.extraLawFiles cannot be read.');
      assert.equal(client.pushed.get(pathToFileURL(path.join(root, "missing-laws.json")).href), undefined);
    } finally {
      await client.close();
    }
  });

  it("shows a .duty.json's problems on that file, and clears them once it is mended", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "duty-config-"));
    const config = path.join(folder, ".duty.json");
    fs.writeFileSync(config, '{ "rules": { "process/no-apeal": "off" } }\n');
    const client = await startClient(folder, EDITOR, SERVER);
    try {
      const configUri = pathToFileURL(config).href;
      const uri = client.open("policy.duty", VAGUE);
      await rulesFound(client, uri);
      const shown = await until(() => client.pushed.get(configUri)?.[0]);
      assert.deepEqual(shown.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start]), [["config/invalid", { line: 0, character: 13 }]]);
      assert.match(String(shown.diagnostics[0]!.message), /process\/no-appeal/);
      fs.writeFileSync(config, '{ "rules": { "process/no-appeal": "off" } }\n');
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: configUri, type: 2 }] });
      await rulesFound(client, uri);
      const cleared = await until(() => (client.pushed.get(configUri)?.[0]?.diagnostics.length === 0 ? true : undefined));
      assert.equal(cleared, true);
    } finally {
      await client.close();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

/** The value once `probe` gives one (within a few seconds). */
async function until<T>(probe: () => T | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("timed out");
}
