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
import { fileURLToPath, pathToFileURL } from "node:url";
import { Diagnostics } from "./diagnostics.ts";
import { followDiskChanges } from "./disk-changes.ts";
import { FEATURES } from "./features.ts";
import { Session } from "./session.ts";
import { readSettings, SETTINGS_SECTION } from "./settings.ts";
import { VERSION } from "../cli/version.ts";
import { checked } from "./params.ts";

/**
 * The paths of the workspace folders a client sent (`{ uri }` each): `file:` URIs this machine
 * can open; the rest (other schemes, other hosts, entries that are not folders) left out.
 */
function folderPaths(folders: readonly unknown[]): string[] {
  const paths: string[] = [];
  for (const folder of folders) {
    const uri = (folder as { uri?: unknown } | null)?.uri;
    if (typeof uri !== "string" || !uri.startsWith("file:")) continue;
    try {
      paths.push(fileURLToPath(uri));
    } catch {
      // A file URI with a host (a network share) or a malformed one: not a folder here.
    }
  }
  return paths;
}

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
    session.setRoots(folderPaths(Array.isArray(params.workspaceFolders) ? params.workspaceFolders : [{ uri: params.rootUri }]));
    diagnostics.configure({
      push: params.capabilities.textDocument?.diagnostic === undefined,
      canRefresh: params.capabilities.workspace?.diagnostics?.refreshSupport === true,
      canRefreshLenses: params.capabilities.workspace?.codeLens?.refreshSupport === true,
    });
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    followsFolders = params.capabilities.workspace?.workspaceFolders === true;
    clientCapabilities = params.capabilities;
    for (const feature of FEATURES) feature.register({ connection, session, client: params.capabilities });
    return {
      capabilities: Object.assign(
        {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
          // No workspace diagnostics: they would be the open documents' again (files on disk are
          // `duty check`'s), and a client polls for them every few seconds.
          diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false },
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        },
        ...FEATURES.map((feature) => feature.capabilities(params.capabilities)),
      ),
      serverInfo: { name: "duty-language-server", version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    diskChanges = followDiskChanges(connection, session, clientCapabilities, () => diagnostics.changedEverything());
    if (followsFolders) connection.workspace.onDidChangeWorkspaceFolders(() => void followFolders());
    if (canPullConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch((error: unknown) => {
        connection.console.warn(`Duty: the editor would not report settings changes (${String(error)}).`);
      });
      // Documents opened before the settings arrived were reviewed without them.
      if (await refreshSettings()) diagnostics.changedEverything();
    }
  });

  /** The workspace folders after a change, as the client tells them; an answer that is none changes nothing. */
  async function followFolders(): Promise<void> {
    let answer: unknown;
    try {
      answer = await connection.workspace.getWorkspaceFolders();
    } catch (error) {
      connection.console.warn(`Duty: the editor did not tell its workspace folders (${String(error)}); keeping the ones it told before.`);
      return;
    }
    if (answer !== null && !Array.isArray(answer)) return;
    session.setRoots(folderPaths(answer ?? []));
    await refreshSettings();
    diagnostics.changedEverything();
  }

  let settingsAsked = 0;

  /**
   * The settings, asked for once without a folder and once per workspace folder (each folder of
   * a multi-root workspace may set its own); whether they differ from those in use.
   */
  async function refreshSettings(): Promise<boolean> {
    if (!canPullConfiguration) return false;
    const folders = session.folders;
    // Requests may overlap (a settings change and a folder change): only the latest answer counts.
    const asked = ++settingsAsked;
    try {
      const answer: unknown = await connection.workspace.getConfiguration([
        { section: SETTINGS_SECTION },
        ...folders.map((folder) => ({ section: SETTINGS_SECTION, scopeUri: pathToFileURL(folder).href })),
      ]);
      if (asked !== settingsAsked) return false;
      const settings: unknown[] = Array.isArray(answer) ? answer : [];
      // A client that answers fewer items than asked leaves those folders to the general settings.
      const perFolder = new Map(folders.flatMap((folder, index) => (index + 1 < settings.length ? [[folder, readSettings(settings[index + 1])] as const] : [])));
      return session.setOverrides(readSettings(settings[0]), perFolder);
    } catch (error) {
      connection.console.warn(`Duty: could not read settings (${String(error)}); using .duty.json only.`);
      return false;
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

  connection.languages.diagnostics.on(
    checked(["textDocument"], (params, token) => diagnostics.pull(params.textDocument.uri, params.previousResultId, token)),
  );

  documents.listen(connection);
  connection.listen();
  return { dispose: () => diskChanges?.dispose() };
}
