/**
 * A hostile client: malformed JSON-RPC, unknown methods, requests for documents never opened,
 * positions past the end, a thousand rapid edits, cancellations and a 50 MB document. The server
 * answers or errors as the protocol says, and stays up.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { CancellationTokenSource, ErrorCodes, ResponseError, type Diagnostic } from "vscode-languageserver-protocol/node";
import { PULL_CAPABILITIES, SERVER, startClient, type TestClient } from "./client.ts";

const POLICY = `tier t { resources: x }\nduty d { holder: t  kind: care  standard: "Logged" }\n`;

async function alive(client: TestClient): Promise<void> {
  const uri = client.open(`alive-${Date.now()}.duty`, POLICY);
  const report = (await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { items: Diagnostic[] };
  assert.ok(Array.isArray(report.items), "the server still answers");
  assert.equal(client.process.exitCode, null, "the server process is still running");
}

describe("a hostile client", function () {
  this.timeout(60000);
  let root: string;
  let client: TestClient;

  before(async () => {
    if (!fs.existsSync(SERVER)) execFileSync(process.execPath, ["esbuild.mjs"]);
    root = fs.mkdtempSync(path.join(os.tmpdir(), "duty-hostile-"));
    client = await startClient(root);
  });

  after(async () => {
    await client.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("survives a message that is not JSON", async () => {
    const body = "{this is not json";
    client.process.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await alive(client);
  });

  it("answers an unknown request with MethodNotFound and ignores an unknown notification", async () => {
    await assert.rejects(client.connection.sendRequest("duty/doesNotExist", {}), (error: { code?: number }) => error.code === -32601);
    await client.connection.sendNotification("duty/alsoUnknown", { x: 1 });
    await alive(client);
  });

  it("answers malformed parameters with InvalidParams saying what is wrong, never an internal error", async () => {
    const invalid = (message: string) => (error: { code?: number; message?: string }) => error.code === -32602 && error.message === message;
    await assert.rejects(client.connection.sendRequest("textDocument/hover", { textDocument: null, position: { line: 0, character: 0 } }), invalid("textDocument.uri must be a string"));
    await assert.rejects(client.connection.sendRequest("textDocument/definition", { textDocument: { uri: "file:///x.duty" }, position: { line: -5, character: "a" } }), invalid("position must have a line and a character, both whole numbers from 0"));
    await assert.rejects(client.connection.sendRequest("textDocument/rename", { textDocument: { uri: "file:///x.duty" }, position: { line: 0, character: 0 } }), invalid("newName must be a string"));
    await assert.rejects(client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri: 42 } }), invalid("textDocument.uri must be a string"));
    await assert.rejects(client.connection.sendRequest("completionItem/resolve", null), (error: { code?: number }) => error.code === -32602);
    await alive(client);
  });

  it("answers requests about a document it never saw", async () => {
    const uri = pathToFileURL(path.join(root, "never-opened.duty")).href;
    const position = { line: 3, character: 7 };
    assert.equal(await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position }), null);
    assert.deepEqual(await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }), []);
    const report = (await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { items: unknown[] };
    assert.deepEqual(report.items, []);
    await alive(client);
  });

  it("answers positions past the end of the document and of a line", async () => {
    const uri = client.open("short.duty", POLICY);
    for (const position of [{ line: 999, character: 0 }, { line: 0, character: 9999 }, { line: -1, character: -5 }]) {
      await client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position }).catch(() => undefined);
      await client.connection.sendRequest("textDocument/codeLens", { textDocument: { uri } });
    }
    await alive(client);
  });

  it("keeps up with a thousand rapid edits and reports on the last one", async () => {
    const uri = client.open("rapid.duty", POLICY);
    for (let version = 2; version <= 1001; version++) {
      const kind = version === 1001 ? "" : "  kind: care";
      client.change(uri, `tier t { resources: x }\nduty d { holder: t${kind}  standard: "Logged ${version}" }\n`, version);
    }
    const report = (await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { items: Diagnostic[] };
    assert.ok(report.items.some((d) => d.code === "boundary/no-kind"), "the last version has no kind");
    assert.ok(!report.items.some((d) => String(d.message).includes("1000")), "nothing from an older version");
  });

  it("answers a cancelled request with a cancellation error, or its result", async () => {
    const uri = client.open("cancel.duty", POLICY);
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } }, source.token);
    source.cancel();
    await pending.then(
      (report) => assert.ok(report),
      (error: { code?: number }) => assert.ok(error.code === -32800 || error.code === -32802, `code ${error.code}`),
    );
    await alive(client);
  });

  it("refuses a 50 MB document with one clear finding and stays up", async () => {
    const line = 'duty d { holder: t  action: "' + "x".repeat(200) + '" }\n';
    const huge = line.repeat(Math.ceil((50 * 1024 * 1024) / line.length));
    const uri = client.open("huge.duty", huge);
    const report = (await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { items: Diagnostic[] };
    assert.deepEqual(report.items.map((d) => d.code), ["syntax/too-large"]);
    assert.match(String(report.items[0]!.message), /over the 16 MB limit/);
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    await alive(client);
  });

  it("keeps working when it cannot make out the workspace folders, at the start or after a change", async () => {
    const odd = await startClient(root, { ...PULL_CAPABILITIES, workspace: { workspaceFolders: true } }, SERVER, {
      workspaceFolders: [null, { uri: 42 }, { uri: "file://fileserver/share/policies" }, { uri: "untitled:folder" }, { uri: pathToFileURL(root).href, name: "root" }],
    });
    try {
      const answers: unknown[] = [new ResponseError(ErrorCodes.MethodNotFound, "no folders here"), [{ uri: 42 }, null, { uri: "file://fileserver/share" }], { not: "a list" }, null];
      let asked = 0;
      odd.connection.onRequest("workspace/workspaceFolders", () => answers[asked++] ?? [{ uri: pathToFileURL(root).href, name: "root" }]);
      for (let i = 0; i < answers.length; i++) {
        await odd.connection.sendNotification("workspace/didChangeWorkspaceFolders", { event: { added: [], removed: [] } });
        for (let waited = 0; asked <= i; waited += 20) {
          assert.ok(waited < 5000, `the server asks for the folders after change ${i + 1}`);
          await sleep(20);
        }
      }
      await alive(odd);
      assert.doesNotMatch(odd.stderr.join(""), /unhandled rejection/);
    } finally {
      await odd.close();
    }
  });

  it("stops when its client closes the connection, with or without a shutdown", async () => {
    for (const shutdown of [false, true]) {
      const gone = await startClient(root);
      const exited = new Promise<number | null>((resolve) => gone.process.on("exit", (code) => resolve(code)));
      if (shutdown) await gone.connection.sendRequest("shutdown");
      gone.process.stdin!.end();
      const code = await Promise.race([exited, sleep(10_000, "still running")]);
      gone.connection.dispose();
      gone.process.kill();
      assert.equal(code, shutdown ? 0 : 1, shutdown ? "a clean stop after shutdown" : "the exit code of an unexpected end");
    }
  });

  it("writes its compile cache on its first start, even when it is then stopped by a signal", async () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), "duty-compile-cache-"));
    const previous = process.env["NODE_COMPILE_CACHE"];
    process.env["NODE_COMPILE_CACHE"] = cache;
    let started: TestClient | undefined;
    try {
      started = await startClient(root);
      const written = (): number =>
        fs.readdirSync(cache, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
      for (let waited = 0; written() < 100_000 && waited < 10_000; waited += 100) await sleep(100);
      started.process.kill("SIGKILL");
      assert.ok(written() >= 100_000, `the bundle's compiled code in the cache (${written()} bytes written)`);
    } finally {
      if (previous === undefined) delete process.env["NODE_COMPILE_CACHE"];
      else process.env["NODE_COMPILE_CACHE"] = previous;
      started?.process.kill("SIGKILL");
      started?.connection.dispose();
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });
});
