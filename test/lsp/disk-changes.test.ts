/**
 * Changes on disk reach the review whatever the client (server/src/lsp/disk-changes.ts): a client
 * that lets the server register file watchers is asked to watch, and one that cannot be asked
 * (Neovim before 0.10 and the like) is served by the server looking at the disk itself.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { ErrorCodes, ResponseError } from "vscode-languageserver-protocol/node";
import { PULL_CAPABILITIES, SERVER, startClient, type TestClient } from "./client.ts";

/** Asks again until `done` holds for the answer, or fails after `seconds`. */
async function until<T>(ask: () => Promise<T>, done: (answer: T) => boolean, seconds: number): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const answer = await ask();
    if (done(answer) || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("changes on disk", function () {
  this.timeout(60000);
  let root: string;
  let client: TestClient;

  before(() => {
    if (!fs.existsSync(SERVER)) execFileSync(process.execPath, ["esbuild.mjs"]);
  });

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "duty-disk-"));
    fs.writeFileSync(path.join(root, "tiers.duty"), "tier desk { resources: staff }\n");
  });

  afterEach(async () => {
    await client.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const rules = async (uri: string): Promise<string[]> => {
    const report = (await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { items: { code?: string | number }[] };
    return report.items.map((item) => String(item.code));
  };

  describe("with a client that cannot be asked to watch files", () => {
    it("an imported file and a `.duty.json` changed on disk apply without any file event", async () => {
      client = await startClient(root, PULL_CAPABILITIES);
      assert.deepEqual(client.registrations, [], "nothing to register with this client");
      const uri = client.open("cash.duty", `import "tiers.duty"\nduty count_cash { holder: counter  action: "Count the cash every day as appropriate" }\n`);
      const before = await rules(uri);
      assert.ok(before.includes("name/unknown"), `\`counter\` is not a tier yet: ${before.join(", ")}`);

      // The register the policy imports is edited outside the editor.
      fs.writeFileSync(path.join(root, "tiers.duty"), "tier desk { resources: staff }\ntier counter { resources: staff }\n");
      const resolved = await until(() => rules(uri), (found) => !found.includes("name/unknown"), 10);
      assert.ok(!resolved.includes("name/unknown"), `\`counter\` resolves once the server has seen the new register: ${resolved.join(", ")}`);

      // A configuration file appears beside it and turns a rule off.
      const silenced = resolved.find((rule) => rule.startsWith("boundary/"));
      assert.ok(silenced, `a boundary finding to silence among ${resolved.join(", ")}`);
      fs.writeFileSync(path.join(root, ".duty.json"), `${JSON.stringify({ rules: { [silenced]: "off" } })}\n`);
      const configured = await until(() => rules(uri), (found) => !found.includes(silenced), 10);
      assert.ok(!configured.includes(silenced), `${silenced} is off: ${configured.join(", ")}`);

      // And it applies no more once deleted.
      fs.rmSync(path.join(root, ".duty.json"));
      const restored = await until(() => rules(uri), (found) => found.includes(silenced), 10);
      assert.deepEqual(restored, resolved);
    });
  });

  describe("documents opened and closed that are not on disk", () => {
    it("resolve an import while open, and no longer once closed", async () => {
      client = await startClient(root, PULL_CAPABILITIES);
      const uri = client.open("cash.duty", `import "drafts/new.duty"\nduty count_cash { holder: counter  action: "Count the cash" }\n`);
      assert.ok((await rules(uri)).includes("import/not-found"));
      // A new policy, written in the editor and not saved yet.
      const draft = client.open("drafts/new.duty", "tier counter { resources: staff }\n");
      const open = await rules(uri);
      assert.ok(!open.includes("import/not-found") && !open.includes("name/unknown"), open.join(", "));
      await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: draft } });
      assert.ok((await rules(uri)).includes("import/not-found"), "closed without saving: there is nothing to import");
    });
  });

  describe("asking a pull client to pull again", () => {
    const WATCHING = { ...PULL_CAPABILITIES, workspace: { ...PULL_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true } } };

    it("is left out with a client that did not say it takes the request", async () => {
      client = await startClient(root, WATCHING);
      let refreshes = 0;
      client.connection.onRequest("workspace/diagnostic/refresh", () => {
        refreshes++;
        return null;
      });
      const uri = client.open("cash.duty", `import "tiers.duty"\nduty count_cash { holder: desk  action: "Count the cash" }\n`);
      await rules(uri);
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(path.join(root, "tiers.duty")).href, type: 2 }] });
      await rules(uri);
      assert.equal(refreshes, 0);
    });

    it("survives a client that says it takes the request and then refuses it", async () => {
      client = await startClient(root, { ...WATCHING, workspace: { ...WATCHING.workspace, diagnostics: { refreshSupport: true } } });
      let refused = 0;
      client.connection.onRequest("workspace/diagnostic/refresh", () => {
        refused++;
        return new ResponseError(ErrorCodes.MethodNotFound, "no refresh here");
      });
      const uri = client.open("cash.duty", `import "tiers.duty"\nduty count_cash { holder: counter  action: "Count the cash" }\n`);
      assert.ok((await rules(uri)).includes("name/unknown"));
      const tiers = path.join(root, "tiers.duty");
      fs.writeFileSync(tiers, "tier counter { resources: staff }\n");
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(tiers).href, type: 2 }] });
      await until(async () => refused, (count) => count > 0, 5);
      assert.equal(refused, 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal(client.process.exitCode, null, `the server is still running; its log: ${client.stderr.join("")}`);
      assert.ok(!(await rules(uri)).includes("name/unknown"));
    });
  });

  describe("with a client that lets the server register file watchers", () => {
    it("asks it to watch policies, config files and JSON law files, and applies what it reports", async () => {
      client = await startClient(root, { ...PULL_CAPABILITIES, workspace: { ...PULL_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true } } });
      const uri = client.open("cash.duty", `import "tiers.duty"\nduty count_cash { holder: counter  action: "Count the cash" }\n`);
      assert.ok((await rules(uri)).includes("name/unknown"));
      const watchers = client.registrations.filter((registration) => registration.method === "workspace/didChangeWatchedFiles");
      assert.deepEqual(
        watchers.map((registration) => registration.registerOptions),
        [{ watchers: [{ globPattern: "**/*.duty" }, { globPattern: "**/.duty.json" }, { globPattern: "**/*.json" }] }],
      );
      const tiers = path.join(root, "tiers.duty");
      fs.writeFileSync(tiers, "tier counter { resources: staff }\n");
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(tiers).href, type: 2 }] });
      assert.ok(!(await rules(uri)).includes("name/unknown"));
    });
  });
});
