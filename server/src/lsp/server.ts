/**
 * The connection wiring: capabilities, document lifecycle and one handler per feature. Each
 * feature lives in its own file and only translates core results into protocol types.
 */
import {
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Disposable,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { fileURLToPath } from "node:url";
import { Diagnostics } from "./diagnostics.ts";
import { followDiskChanges } from "./disk-changes.ts";
import { FEATURES } from "./features.ts";
import { Session } from "./session.ts";
import { readSettings, SETTINGS_SECTION } from "./settings.ts";
import { VERSION } from "../cli/version.ts";

/** Wires the server to the connection; disposing it stops its background work (at shutdown). */
export function startServer(connection: Connection): Disposable {
  const session = new Session();
  const documents = new TextDocuments(TextDocument);
  const diagnostics = new Diagnostics(connection, session);
  let canPullConfiguration = false;
  let followsFolders = false;
  let clientCapabilities: InitializeParams["capabilities"] = {};
  let diskChanges: Disposable | undefined;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    session.setRoots(folders.filter((uri) => uri.startsWith("file:")).map((uri) => fileURLToPath(uri)));
    diagnostics.configure({
      push: params.capabilities.textDocument?.diagnostic === undefined,
      canRefresh: params.capabilities.workspace?.diagnostics?.refreshSupport === true,
    });
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    followsFolders = params.capabilities.workspace?.workspaceFolders === true;
    clientCapabilities = params.capabilities;
    for (const feature of FEATURES) feature.register({ connection, session, client: params.capabilities });
    return {
      capabilities: Object.assign(
        {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
          diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: true },
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        },
        ...FEATURES.map((feature) => feature.capabilities(params.capabilities)),
      ),
      serverInfo: { name: "duty-language-server", version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    diskChanges = followDiskChanges(connection, session, clientCapabilities, () => diagnostics.changedEverything());
    if (followsFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async () => {
        const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
        session.setRoots(folders.filter((folder) => folder.uri.startsWith("file:")).map((folder) => fileURLToPath(folder.uri)));
        diagnostics.changedEverything();
      });
    }
    if (canPullConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch((error: unknown) => {
        connection.console.warn(`Duty: the editor would not report settings changes (${String(error)}).`);
      });
      await refreshSettings();
    }
  });

  async function refreshSettings(): Promise<void> {
    if (!canPullConfiguration) return;
    try {
      const raw: unknown = await connection.workspace.getConfiguration(SETTINGS_SECTION);
      session.setOverrides(readSettings(raw));
    } catch (error) {
      connection.console.warn(`Duty: could not read settings (${String(error)}); using .duty.json only.`);
    }
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (canPullConfiguration) await refreshSettings();
    else session.setOverrides(readSettings((change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION]));
    diagnostics.changedEverything();
  });

  connection.onDidChangeWatchedFiles((change) => {
    for (const event of change.changes) session.didChangeOnDisk(event.uri);
    diagnostics.changedEverything();
  });

  documents.onDidOpen(({ document }) => {
    session.didOpen(document);
    diagnostics.changed(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    session.didChange(document);
    diagnostics.changed(document.uri);
  });
  documents.onDidClose(({ document }) => {
    session.didClose(document.uri);
    diagnostics.closed(document.uri);
    diagnostics.changed(document.uri);
  });

  connection.languages.diagnostics.on((params, token) =>
    diagnostics.pull(params.textDocument.uri, params.previousResultId, token),
  );
  connection.languages.diagnostics.onWorkspace((_params, token) => diagnostics.pullWorkspace(token));

  documents.listen(connection);
  connection.listen();
  return { dispose: () => diskChanges?.dispose() };
}
