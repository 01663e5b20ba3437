/**
 * A seeded session of everything a client may do (test/fuzz/protocol.ts), once as a pull client
 * that watches files (VS Code-like), once as a push client that cannot (Neovim 0.7-like) and once
 * as a pull client whose workspace folders come and go: the
 * server answers every request, never with a handler's crash, stays up, and ends saying of each
 * open document what a fresh server says. Longer runs: `node test/fuzz/protocol-run.ts`.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fuzzProtocol, type ClientKind } from "../fuzz/protocol.ts";
import { SERVER } from "./client.ts";

describe("a client that does anything, in any order", function () {
  this.timeout(120000);

  before(() => {
    if (!fs.existsSync(SERVER)) execFileSync(process.execPath, ["esbuild.mjs"]);
  });

  for (const [kind, seed] of [["pull", 20261127], ["push", 20261128], ["folders", 20261129]] as [ClientKind, number][]) {
    it(`leaves the server answering, and agreeing with a fresh one (${kind} client, seed ${seed})`, async () => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), `duty-protocol-${kind}-`));
      try {
        const result = await fuzzProtocol({ seed, steps: 400, kind, root });
        assert.deepEqual(result.problems, [], `answers: ${JSON.stringify([...result.answers])}`);
        assert.ok(result.requests > 50, `a session of some size (${result.requests} requests)`);
        assert.ok(result.compared > 0, "open documents at the end, compared with a fresh server's review");
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    });
  }
});
