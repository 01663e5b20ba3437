/**
 * Helpers for the suite that runs inside a real VS Code extension host (code-server here,
 * desktop VS Code through @vscode/test-electron): the workspace is a fresh copy of samples/.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as path from "node:path";
import * as vscode from "vscode";

export const EXTENSION_ID = "duty-lang.duty";

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the suite runs with a copy of samples/ open as the workspace folder");
  return folder.uri;
}

export function sampleUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split("/"));
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  await extension.activate();
  return extension;
}

/** Opens a file of the workspace in an editor (diagnostics are pulled for open documents). */
export async function openSample(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(sampleUri(relative));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** Writes a file into the workspace and opens it. */
export async function createFile(relative: string, text: string): Promise<vscode.TextDocument> {
  const uri = sampleUri(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** Puts a document's text back as it was, and saves it. */
export async function restore(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
  assert.equal(document.getText(), text);
  await document.save();
}

/** The rule id of a finding: the server sends it as code with a link to the rule's page. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === "object" ? String(code.value) : String(code);
}

export function rangeOf(range: vscode.Range): [number, number, number, number] {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until `accept` holds for the document's diagnostics, and returns them. */
export async function diagnosticsUntil(uri: vscode.Uri, accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean, what: string, timeout = 20000): Promise<vscode.Diagnostic[]> {
  const started = Date.now();
  for (;;) {
    const diagnostics = vscode.languages.getDiagnostics(uri);
    if (accept(diagnostics)) return diagnostics;
    if (Date.now() - started > timeout) {
      assert.fail(`timed out after ${timeout} ms waiting for ${what}; diagnostics now: ${JSON.stringify(diagnostics.map((d) => [ruleOf(d), rangeOf(d.range)]))}`);
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, 250);
      const listener = vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((changed) => changed.toString() === uri.toString())) done();
      });
      function done() {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      }
    });
  }
}

/** Waits for the document's first review (the server reviews on open). */
export function reviewed(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic[]> {
  return diagnosticsUntil(uri, (diagnostics) => diagnostics.some((d) => ruleOf(d) === rule), `a ${rule} finding in ${path.basename(uri.path)}`);
}

/** The markdown of every hover at a position. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === "string" ? content : "value" in content ? content.value : ""))
    .join("\n---\n");
}

let capabilities: Promise<Record<string, unknown>> | undefined;

/**
 * What the bundled language server announces, asked directly over stdio: lets the suite tell a
 * feature the server does not offer yet (skipped, saying so) from one that is broken (failed).
 */
export function serverCapabilities(): Promise<Record<string, unknown>> {
  capabilities ??= new Promise((resolve, reject) => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    if (!extension) return reject(new Error(`${EXTENSION_ID} is not loaded`));
    const server = path.join(extension.extensionPath, "dist", "server.cjs");
    // In desktop VS Code, process.execPath is Electron: ELECTRON_RUN_AS_NODE makes it a Node.
    const child = spawn(process.execPath, [server, "--stdio"], { env: { ...process.env, ELECTRON_RUN_AS_NODE: "1" }, stdio: ["pipe", "pipe", "ignore"] });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error("the language server did not answer `initialize` within 10 s"));
    }, 10000);
    let buffer = Buffer.alloc(0);
    child.stdout.on("data", (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
        if (buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as { id?: number; result?: { capabilities: Record<string, unknown> } };
        buffer = buffer.subarray(headerEnd + 4 + length);
        if (message.id === 1 && message.result) {
          clearTimeout(timer);
          send({ jsonrpc: "2.0", id: 2, method: "shutdown" });
          send({ jsonrpc: "2.0", method: "exit" });
          setTimeout(() => child.kill(), 1000).unref();
          resolve(message.result.capabilities);
        }
      }
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    function send(message: object) {
      const body = Buffer.from(JSON.stringify(message));
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    }
    send({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: {
        processId: process.pid,
        rootUri: workspaceRoot().toString(),
        capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } }, rename: { prepareSupport: true } } },
      },
    });
  });
  return capabilities;
}

/** Skips the current test, saying why, when the server does not announce `capability`. */
export async function requireCapability(context: Mocha.Context, capability: string, feature: string): Promise<void> {
  const announced = await serverCapabilities();
  if (!announced[capability]) {
    console.log(`    (skipped: the language server does not offer ${feature} yet — no ${capability} in its capabilities)`);
    context.skip();
  }
}
