/**
 * A real LSP client for protocol-level tests: spawns the *bundled* server over stdio and speaks
 * JSON-RPC to it, as an editor would.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type RegistrationParams,
} from "vscode-languageserver-protocol/node";

export const SERVER = path.resolve("dist/server.cjs");

export interface TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly initializeResult: InitializeResult;
  /** Pushed diagnostics by URI, latest first. */
  readonly pushed: Map<string, PublishDiagnosticsParams[]>;
  /** What the server registered with `client/registerCapability`, in order. */
  readonly registrations: Registration[];
  readonly stderr: string[];
  open(file: string, text: string, version?: number): string;
  change(uri: string, text: string, version: number): void;
  close(): Promise<void>;
}

export const PULL_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    hover: { contentFormat: ["markdown", "plaintext"] },
    publishDiagnostics: { relatedInformation: true },
  },
  workspace: { configuration: false, workspaceFolders: false },
};

export const PUSH_CAPABILITIES: ClientCapabilities = {
  textDocument: { hover: { contentFormat: ["markdown", "plaintext"] }, publishDiagnostics: { relatedInformation: true } },
};

/**
 * `initialize`: fields to send in place of the usual ones (hostile tests); `settings`: the `duty`
 * section the client answers `workspace/configuration` with.
 */
export async function startClient(root: string, capabilities: ClientCapabilities = PULL_CAPABILITIES, server = SERVER, initialize: Record<string, unknown> = {}, settings: unknown = {}): Promise<TestClient> {
  const child = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  const stderr: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const pushed = new Map<string, PublishDiagnosticsParams[]>();
  connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    pushed.set(params.uri, [params, ...(pushed.get(params.uri) ?? [])]);
  });
  connection.onRequest("workspace/diagnostic/refresh", () => null);
  const registrations: Registration[] = [];
  connection.onRequest("client/registerCapability", (params: RegistrationParams) => {
    registrations.push(...params.registrations);
    return null;
  });
  connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => settings));
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  const initializeResult = (await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: path.basename(root) }],
    capabilities,
    ...initialize,
  })) as InitializeResult;
  await connection.sendNotification("initialized", {});
  return {
    connection,
    process: child,
    initializeResult,
    pushed,
    registrations,
    stderr,
    open(file, text, version = 1) {
      const uri = pathToFileURL(path.resolve(root, file)).href;
      void connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "duty", version, text } });
      return uri;
    },
    change(uri, text, version) {
      void connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    async close() {
      try {
        await connection.sendRequest("shutdown");
        await connection.sendNotification("exit");
      } catch {
        // the server may already be gone in hostile tests
      }
      connection.dispose();
      child.kill();
    },
  };
}
