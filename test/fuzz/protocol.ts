/**
 * A fuzzing LSP client: a seeded session of everything a client may do to the language server —
 * open, edit (ranges past the end included), close and reopen documents; every request the server
 * offers, at any position, sometimes with nonsense for parameters, sometimes cancelled; file
 * events, settings changes, files written and deleted on disk; and, asked by the server, answers
 * that are errors or nonsense. Then it checks what a drafter relies on:
 *
 * - the server is still running and logged no unhandled rejection;
 * - every request was answered, never with an internal error (a handler that threw: nonsense
 *   parameters get InvalidParams), and a well-formed one with ranges inside the document as the
 *   client had it (protocol-results.ts);
 * - what the server says of each open document at the end is what a fresh server says of the
 *   same texts and the same disk (no state left behind by the session).
 *
 * Used by test/lsp/protocol-fuzz.test.ts (a short session per kind of client) and by
 * `node test/fuzz/protocol-run.ts` (long runs, recorded in docs/robustness.md).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { TextDocument } from "vscode-languageserver-textdocument";
import { CancellationTokenSource, ResponseError, type ClientCapabilities, type Diagnostic, type PublishDiagnosticsParams } from "vscode-languageserver-protocol/node";
import { PULL_CAPABILITIES, PUSH_CAPABILITIES, startClient, type TestClient } from "../lsp/client.ts";
import { configFiles, mutationCorpus } from "./corpus.ts";
import { generatePolicy } from "./generate-policy.ts";
import { decodings, mutatePolicy, randomBytes } from "./mutate.ts";
import { checkAnswer } from "./protocol-results.ts";
import { Rng } from "./rng.ts";

/**
 * VS Code-like (pull diagnostics, file watchers, refresh); Neovim 0.7-like (push, nothing else);
 * VS Code-like with settings asked of the client and workspace folders added and removed.
 */
export type ClientKind = "pull" | "push" | "folders";

export interface ProtocolFuzzOptions {
  readonly seed: number;
  readonly steps: number;
  readonly kind: ClientKind;
  /** An empty folder: the session's workspace. */
  readonly root: string;
  /** How long a request may go unanswered. */
  readonly answerWithinMs?: number;
}

export interface ProtocolFuzzResult {
  readonly requests: number;
  /** Open documents whose diagnostics were compared with a fresh server's at the end. */
  readonly compared: number;
  /** Answers by kind: `result`, or the error code. */
  readonly answers: ReadonlyMap<string, number>;
  /** What went wrong; empty when the session passed. */
  readonly problems: readonly string[];
}

/** What a VS Code-like client says of its workspace: it watches files for the server and takes refresh requests. */
const WATCHING_WORKSPACE = { ...PULL_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } };

/** The capabilities of each kind of client (see ClientKind). */
const CAPABILITIES: Record<ClientKind, ClientCapabilities> = {
  pull: {
    ...PULL_CAPABILITIES,
    textDocument: { ...PULL_CAPABILITIES.textDocument, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
    workspace: WATCHING_WORKSPACE,
  },
  push: PUSH_CAPABILITIES,
  folders: { ...PULL_CAPABILITIES, workspace: { ...WATCHING_WORKSPACE, configuration: true, workspaceFolders: true } },
};

/** The workspace folders a `folders` client adds and removes: the root and folders inside it. */
const FOLDERS = ["", "shared", "deep", "deep/er"];

/**
 * What a handler that threw is answered with. Other errors are answers the server chose (a
 * rename to a name that is not one, a request overtaken by an edit or cancelled).
 */
const INTERNAL_ERROR = -32603;

const DOCUMENTS = ["a.duty", "b.duty", "shared/tiers.duty", "deep/er/c.duty"];
const NONSENSE: readonly unknown[] = [null, {}, [], 0, -1, "x", { textDocument: null }, { textDocument: { uri: 42 } }, { textDocument: { uri: "file:///nowhere.duty" }, position: { line: -5, character: "a" } }, { uri: "::::", name: null }];

class Session {
  readonly rng: Rng;
  readonly client: TestClient;
  readonly root: string;
  /** The client's copy of each open document, updated as the server's is (same library, same clamping). */
  readonly open = new Map<string, TextDocument>();
  readonly pending: Promise<void>[] = [];
  readonly answers = new Map<string, number>();
  readonly problems: string[] = [];
  readonly touched = new Set<string>();
  /** The latest diagnostics pulled for each document: what a client sends back with a code action request. */
  readonly diagnostics = new Map<string, Diagnostic[]>();
  requests = 0;
  private readonly answerWithinMs: number;

  constructor(rng: Rng, client: TestClient, root: string, answerWithinMs: number) {
    this.rng = rng;
    this.client = client;
    this.root = root;
    this.answerWithinMs = answerWithinMs;
  }

  uriOf(name: string): string {
    return pathToFileURL(path.join(this.root, name)).href;
  }

  text(): string {
    const rng = this.rng;
    const seed = rng.fork();
    return rng.weighted<() => string>([
      [5, () => generatePolicy(seed).text],
      [4, () => mutatePolicy(seed, mutationCorpus()).text],
      [1, () => decodings(randomBytes(seed))[rng.pick(["utf8", "latin1", "utf16"] as const)]],
    ])();
  }

  position(document: TextDocument | undefined): { line: number; character: number } {
    const rng = this.rng;
    const lines = document?.lineCount ?? 1;
    return rng.weighted([
      [8, () => ({ line: rng.int(lines), character: rng.int(120) })],
      [1, () => ({ line: lines + rng.int(5), character: rng.int(10) })],
      [1, () => ({ line: rng.int(lines), character: 1e9 })],
    ])();
  }

  /**
   * Sends a request; its answer is awaited with the others at the end of the burst. `document`:
   * the client's copy of the document the request is about, as it is when sent.
   */
  request(method: string, params: unknown, wellFormed: boolean, document?: TextDocument): void {
    this.requests++;
    const source = this.rng.chance(0.05) ? new CancellationTokenSource() : undefined;
    const sent = source ? this.client.connection.sendRequest(method, params, source.token) : this.client.connection.sendRequest(method, params);
    if (source) setTimeout(() => source.cancel(), this.rng.int(3));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), this.answerWithinMs)));
    this.pending.push(
      Promise.race([
        sent.then(
          (result: unknown) => {
            if (method === "textDocument/diagnostic") this.diagnostics.set((params as { textDocument: { uri: string } }).textDocument.uri, (result as { items?: Diagnostic[] }).items ?? []);
            // Pulled diagnostics wait for queued edits; other answers are about the text as sent.
            if (wellFormed && method !== "textDocument/diagnostic") {
              for (const problem of checkAnswer(method, result, document)) this.problems.push(`${method} ${JSON.stringify(params).slice(0, 200)}: ${problem}`);
            }
            return "result";
          },
          (error: unknown) => (error instanceof ResponseError ? `error ${error.code}` : `failed ${String(error)}`),
        ),
        late,
      ]).then((answer) => {
        clearTimeout(timer);
        this.answers.set(answer, (this.answers.get(answer) ?? 0) + 1);
        if (answer === "late") this.problems.push(`${method} was not answered within ${this.answerWithinMs} ms`);
        else if (answer.startsWith("failed")) this.problems.push(`${method}: ${answer}`);
        // Nonsense parameters get InvalidParams (lsp/params.ts); an internal error is a handler that threw.
        else if (answer === `error ${INTERNAL_ERROR}`) this.problems.push(`${method} ${JSON.stringify(params).slice(0, 300)} → an internal error (a handler threw)`);
      }),
    );
  }

  async settle(): Promise<void> {
    await Promise.all(this.pending.splice(0));
  }

  openDocument(): void {
    const name = this.rng.pick(DOCUMENTS);
    const uri = this.uriOf(name);
    if (this.open.has(uri)) return;
    const text = this.text();
    this.open.set(uri, TextDocument.create(uri, "duty", 1, text));
    void this.client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "duty", version: 1, text } });
  }

  edit(): void {
    const rng = this.rng;
    const [uri, document] = rng.pick([...this.open]);
    const start = this.position(document);
    const end = rng.chance(0.5) ? start : this.position(document);
    const [from, to] = start.line < end.line || (start.line === end.line && start.character <= end.character) ? [start, end] : [end, start];
    const insert = rng.weighted<() => string>([
      [6, () => rng.pick(["x", " ", "\n", "}", "{", '"', "duty ", "：", "，", "责任 ", "holder: t ", "\r\n", "😀", "/*", "//"])],
      [2, () => ""],
      [2, () => this.text().slice(0, rng.int(400))],
    ])();
    const change = rng.chance(0.1) ? { text: this.text() } : { range: { start: from, end: to }, text: insert };
    const version = document.version + 1;
    const updated = TextDocument.update(document, [change], version);
    this.open.set(uri, updated);
    void this.client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [change] });
  }

  close(): void {
    const [uri] = this.rng.pick([...this.open]);
    this.open.delete(uri);
    void this.client.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  }

  /** Writes or deletes a file on disk: a policy, a config file, a law file. */
  disk(): void {
    const rng = this.rng;
    const seed = rng.fork();
    const choice = rng.int(3);
    if (choice === 0) {
      for (const [name, text] of Object.entries(configFiles(seed))) this.write(name, text);
    } else if (choice === 1) {
      this.write(rng.pick(DOCUMENTS), this.text());
    } else {
      const name = rng.pick([".duty.json", ...DOCUMENTS]);
      this.touched.add(name);
      fs.rmSync(path.join(this.root, name), { force: true });
      this.event(name, 3);
    }
  }

  private write(name: string, text: string): void {
    const file = path.join(this.root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    this.touched.add(name);
    this.event(name, 2);
  }

  /** The file event a watching client sends (a client that cannot watch sends none). */
  event(name: string, type: number): void {
    if (this.client.registrations.length > 0 && this.rng.chance(0.9)) {
      void this.client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: this.uriOf(name), type }] });
    }
  }

  requestSomething(): void {
    const rng = this.rng;
    const open = [...this.open];
    const [uri, document] = open.length > 0 && rng.chance(0.9) ? rng.pick(open) : [this.uriOf("never-opened.duty"), undefined];
    const textDocument = { uri };
    const position = this.position(document);
    const range = { start: position, end: this.position(document) };
    const requests: [string, unknown][] = [
      ["textDocument/hover", { textDocument, position }],
      ["textDocument/completion", { textDocument, position }],
      ["textDocument/definition", { textDocument, position }],
      ["textDocument/references", { textDocument, position, context: { includeDeclaration: rng.chance(0.5) } }],
      ["textDocument/prepareRename", { textDocument, position }],
      ["textDocument/rename", { textDocument, position, newName: rng.pick(["desk", "新名字", "", "a b", "duty", "x".repeat(300)]) }],
      ["textDocument/documentHighlight", { textDocument, position }],
      ["textDocument/documentSymbol", { textDocument }],
      ["textDocument/foldingRange", { textDocument }],
      ["textDocument/selectionRange", { textDocument, positions: [position, this.position(document)] }],
      ["textDocument/semanticTokens/full", { textDocument }],
      ["textDocument/formatting", { textDocument, options: { tabSize: 2, insertSpaces: true } }],
      ["textDocument/rangeFormatting", { textDocument, range, options: { tabSize: 4, insertSpaces: rng.chance(0.5) } }],
      ["textDocument/signatureHelp", { textDocument, position }],
      ["textDocument/codeAction", { textDocument, range, context: { diagnostics: this.diagnosticsFor(uri) } }],
      ["textDocument/codeLens", { textDocument }],
      ["textDocument/diagnostic", { textDocument }],
      ["workspace/diagnostic", { previousResultIds: [] }],
      ["workspace/symbol", { query: rng.pick(["", "d", "责任", "zz"]) }],
      ["duty/export", { uri }],
      ["duty/runCase", { uri, name: rng.pick(["case", "", "x"]) }],
    ];
    if (rng.chance(0.1)) {
      const [method] = rng.pick(requests);
      this.request(method, rng.pick(NONSENSE), false);
    } else {
      const [method, params] = rng.pick(requests);
      // A position past the end is well formed (the protocol clamps it), a huge one too. The
      // answer is checked against the text as sent (TextDocument.update changes a document in place).
      const asSent = document && TextDocument.create(document.uri, document.languageId, document.version, document.getText());
      this.request(method, params, true, asSent);
    }
  }

  /** Diagnostics the client has for a document (pulled, or pushed), some of them: perhaps stale, as a client's may be. */
  diagnosticsFor(uri: string): Diagnostic[] {
    const known = this.diagnostics.get(uri) ?? this.client.pushed.get(uri)?.[0]?.diagnostics ?? [];
    return known.length === 0 ? [] : this.rng.some(known, 0, 3);
  }

  /** The client's workspace folders (relative to the root); the server asks for them after a change. */
  folders = [""];

  changeFolders(): void {
    const rng = this.rng;
    const folder = rng.pick(FOLDERS);
    const removing = this.folders.includes(folder) && this.folders.length > 1;
    this.folders = removing ? this.folders.filter((each) => each !== folder) : [...new Set([...this.folders, folder])];
    const entry = [{ uri: this.uriOf(folder), name: folder || "root" }];
    void this.client.connection.sendNotification("workspace/didChangeWorkspaceFolders", { event: removing ? { added: [], removed: entry } : { added: entry, removed: [] } });
  }

  notifySomething(): void {
    const rng = this.rng;
    const [method, params] = rng.pick<[string, unknown]>([
      ["workspace/didChangeConfiguration", { settings: { duty: rng.pick([{}, { locale: "zh-Hant" }, { rules: { "boundary/vague-term": "off" } }, { rules: 5 }, null]) } }],
      ["workspace/didChangeWatchedFiles", { changes: [{ uri: rng.pick([this.uriOf("a.duty"), "untitled:x", "file:///", "%%"]), type: rng.range(1, 3) }] }],
      ["$/cancelRequest", { id: rng.int(1000) }],
      ["$/setTrace", { value: rng.pick(["off", "verbose", 3]) }],
      ["textDocument/didSave", { textDocument: { uri: this.uriOf("a.duty") } }],
      ["duty/unknownNotification", { x: 1 }],
      ["textDocument/didChange", rng.pick(NONSENSE)],
      ["textDocument/didOpen", rng.pick(NONSENSE)],
    ]);
    void this.client.connection.sendNotification(method, params);
  }
}

/** The diagnostics a server gives for each of `documents`, as comparable strings. */
async function diagnosticsOf(client: TestClient, kind: ClientKind, documents: ReadonlyMap<string, TextDocument>): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const show = (items: readonly Diagnostic[]): string[] =>
    items.map((d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`).sort();
  for (const [uri, document] of documents) {
    if (kind !== "push") {
      const report = (await client.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { items: Diagnostic[] };
      found.set(uri, show(report.items));
      continue;
    }
    // Pushed: wait for the report of the final version.
    const deadline = Date.now() + 10000;
    let latest: PublishDiagnosticsParams | undefined;
    while (Date.now() < deadline) {
      latest = client.pushed.get(uri)?.[0];
      if (latest?.version === document.version) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    found.set(uri, latest?.version === document.version ? show(latest.diagnostics) : [`no diagnostics pushed for version ${document.version}`]);
  }
  return found;
}

export async function fuzzProtocol(options: ProtocolFuzzOptions): Promise<ProtocolFuzzResult> {
  const { seed, steps, kind, root } = options;
  const rng = new Rng(seed);
  fs.mkdirSync(path.join(root, "shared"), { recursive: true });
  fs.writeFileSync(path.join(root, "shared/tiers.duty"), generatePolicy(rng.fork()).text);
  const client = await startClient(root, CAPABILITIES[kind]);
  const session = new Session(rng, client, root, options.answerWithinMs ?? 30000);
  // What the server asks of the client gets, at random, an answer, an error or nonsense; at the
  // end, the answer a fresh server would get (its folders, no settings).
  let ending = false;
  for (const method of ["workspace/diagnostic/refresh", "client/registerCapability", "workspace/applyEdit", "window/workDoneProgress/create"]) {
    client.connection.onRequest(method, () => rng.pick<unknown>([null, [{}], new ResponseError(-32601, "refused"), { nonsense: true }]));
  }
  client.connection.onRequest("workspace/configuration", () =>
    ending
      ? [{}]
      : rng.pick<unknown>([null, [{}], [null], [{ locale: "zh-Hant" }], [{ rules: { "boundary/vague-term": "off" } }], [{ rules: 5, locale: 7 }], new ResponseError(-32601, "refused"), { nonsense: true }]),
  );
  client.connection.onRequest("workspace/workspaceFolders", () =>
    ending || rng.chance(0.8)
      ? session.folders.map((folder) => ({ uri: session.uriOf(folder), name: folder || "root" }))
      : rng.pick<unknown>([null, [], new ResponseError(-32601, "refused"), [{ uri: 42 }], [{ uri: "untitled:x", name: "x" }]]),
  );
  try {
    for (let step = 0; step < steps; step++) {
      const action = rng.weighted<string>([
        [session.open.size < 3 ? 6 : 1, "open"],
        [session.open.size > 0 ? 30 : 0, "edit"],
        [session.open.size > 0 ? 2 : 0, "close"],
        [25, "request"],
        [3, "notify"],
        [2, "disk"],
        [4, "settle"],
        [kind === "folders" ? 2 : 0, "folders"],
      ]);
      if (action === "open") session.openDocument();
      else if (action === "edit") session.edit();
      else if (action === "close") session.close();
      else if (action === "request") session.requestSomething();
      else if (action === "notify") session.notifySomething();
      else if (action === "disk") session.disk();
      else if (action === "folders") session.changeFolders();
      else await session.settle();
      if (client.process.exitCode !== null) break;
    }
    await session.settle();
    if (client.process.exitCode !== null) {
      session.problems.push(`the server exited (code ${client.process.exitCode}); its log: ${client.stderr.join("").slice(-2000)}`);
      return { requests: session.requests, compared: 0, answers: session.answers, problems: session.problems };
    }
    // The end state: settings back to none, every file touched on disk reported; then the same
    // answers as a fresh server's for the same texts.
    ending = true;
    if (kind === "folders") {
      // The root alone again, as the fresh server has it.
      session.folders = [""];
      await client.connection.sendNotification("workspace/didChangeWorkspaceFolders", { event: { added: [{ uri: session.uriOf(""), name: "root" }], removed: [] } });
    }
    await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    // A client that is asked for folders and settings answers after the server asked: the pull
    // below could come first, so the server is given a moment.
    if (kind === "folders") await new Promise((resolve) => setTimeout(resolve, 300));
    for (const name of session.touched) await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: session.uriOf(name), type: 2 }] });
    // A session that happened to close everything still ends with something to compare.
    if (session.open.size === 0) {
      session.openDocument();
      await session.settle();
    }
    const fuzzed = await diagnosticsOf(client, kind, session.open);
    const fresh = await startClient(root, PULL_CAPABILITIES);
    let expectedCount = 0;
    try {
      for (const [uri, document] of session.open) fresh.open(path.relative(root, new URL(uri).pathname), document.getText(), document.version);
      const expected = await diagnosticsOf(fresh, "pull", session.open);
      expectedCount = expected.size;
      for (const [uri, items] of expected) {
        const got = fuzzed.get(uri) ?? [];
        if (JSON.stringify(got) !== JSON.stringify(items)) {
          session.problems.push(`${path.relative(root, new URL(uri).pathname)}: the session's server says\n  ${got.join("\n  ")}\nbut a fresh server says\n  ${items.join("\n  ")}`);
        }
      }
    } finally {
      await fresh.close();
    }
    const log = client.stderr.join("");
    if (/unhandled rejection/.test(log)) session.problems.push(`the server logged an unhandled rejection: ${log.slice(log.indexOf("unhandled rejection") - 40, log.indexOf("unhandled rejection") + 400)}`);
    return { requests: session.requests, compared: expectedCount, answers: session.answers, problems: session.problems };
  } finally {
    await client.close();
  }
}
