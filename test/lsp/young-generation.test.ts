/**
 * The language server keeps V8's young generation small while a long policy is edited, and lets
 * it grow while it reads the whole workspace (server/src/lsp/young-generation.ts). Read through
 * `duty/heap`, which reports the young generation's size as it was before its full collection.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SERVER, startClient, type TestClient } from "./client.ts";

const MB = 2 ** 20;

/** A long clean policy: `count` tiers and their duties (~110 bytes a clause). */
function longPolicy(count: number, prefix: string): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(`tier ${prefix}_tier_${i} { resources: budget_${i}, staff_${i} }`);
    lines.push(`duty ${prefix}_duty_${i} { holder: ${prefix}_tier_${i}  kind: care  action: "Check the register of case ${i}"  standard: "Logged each day"  needs: budget_${i} }`);
  }
  return `${lines.join("\n")}\n`;
}

async function youngGeneration(client: TestClient): Promise<number> {
  const answer = (await client.connection.sendRequest("duty/heap")) as { youngGeneration: number };
  return answer.youngGeneration;
}

describe("the language server's young generation", function () {
  this.timeout(120000);
  let root: string;
  let client: TestClient;
  /** Its size once the server has started (8 MB with Node 24); left to itself V8 grows it to 32–64 MB here. */
  let atStart: number;
  let afterEdits: number;

  before(async () => {
    if (!fs.existsSync(SERVER)) execFileSync(process.execPath, ["esbuild.mjs"]);
    root = fs.mkdtempSync(path.join(os.tmpdir(), "duty-young-"));
    client = await startClient(root);
    atStart = await youngGeneration(client);
  });

  after(async () => {
    await client.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("stays small while a long policy is opened and edited", async () => {
    const text = longPolicy(2000, "open");
    const uri = client.open("long.duty", text);
    const first = (await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { items: { code?: unknown }[] };
    assert.ok(first.items.length <= 2, "the generated policy has only file-wide findings (no accountability clause, no force majeure)");
    const where = text.indexOf("Check the register of case 1000");
    for (let version = 2; version <= 21; version++) {
      const edited = `${text.slice(0, where)}Check ${"again ".repeat(version)}${text.slice(where + 5)}`;
      client.change(uri, edited, version);
      await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
    }
    afterEdits = await youngGeneration(client);
    assert.ok(atStart > 0 && atStart <= 16 * MB, `young generation at start ${(atStart / MB).toFixed(1)} MB`);
    assert.ok(afterEdits <= atStart, `young generation ${(afterEdits / MB).toFixed(1)} MB after the edits, ${(atStart / MB).toFixed(1)} MB at start`);
  });

  it("grows while workspace symbols read every policy of the workspace, and answers", async () => {
    for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(root, `part-${i}.duty`), longPolicy(400, `p${i}`));
    const symbols = (await client.connection.sendRequest("workspace/symbol", { query: "p29_duty_399" })) as { name: string }[];
    assert.ok(symbols.some((symbol) => symbol.name === "p29_duty_399"), "the last file's last duty is found");
    const size = await youngGeneration(client);
    assert.ok(size > afterEdits, `young generation ${(size / MB).toFixed(1)} MB after reading ~2.6 MB of policies, ${(afterEdits / MB).toFixed(1)} MB before`);
  });
});
