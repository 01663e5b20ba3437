/**
 * The Duty extension for VS Code: starts the bundled language server over stdio, restarts it if it
 * dies (saying so; open documents live in the editor and lose nothing), and registers commands.
 * It runs no code from the workspace: settings are data passed to the server.
 */
import * as path from "node:path";
import * as vscode from "vscode";
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";
import { registerCommands } from "./commands.ts";

/** More crashes than this within RESTART_WINDOW_MS means something is wrong: stop restarting. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

let client: LanguageClient | undefined;

class RestartingErrorHandler implements ErrorHandler {
  private readonly crashes: number[] = [];
  private readonly output: vscode.OutputChannel;

  constructor(output: vscode.OutputChannel) {
    this.output = output;
  }

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0]! > RESTART_WINDOW_MS) this.crashes.shift();
    if (this.crashes.length > MAX_RESTARTS) {
      const message = vscode.l10n.t("The Duty language server stopped {0} times in a few minutes and will not be restarted. Your documents are unaffected; see the Duty output for details, then run “Duty: Restart Server”.", this.crashes.length);
      void vscode.window.showErrorMessage(message);
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    const message = vscode.l10n.t("The Duty language server stopped and is being restarted. Your documents are unaffected.");
    this.output.appendLine(message);
    void vscode.window.showWarningMessage(message);
    return { action: CloseAction.Restart, handled: true };
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("Duty", { log: true });
  // Case reports and export errors are read as text: a log channel would stamp every line with a
  // time and a level, and hide them all below its log level.
  const reports = vscode.window.createOutputChannel("Duty Reports");
  const serverModule = context.asAbsolutePath(path.join("dist", "server.cjs"));
  const serverOptions: ServerOptions = {
    // stdio rather than Node IPC: over a stream the server writes the outline from JSON it keeps
    // per clause (server/src/lsp/encoded-json.ts), where IPC would serialise it whole again.
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ["--nolazy", "--inspect=127.0.0.1:6009"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "duty" },
      { scheme: "untitled", language: "duty" },
      { scheme: "vscode-vfs", language: "duty" },
    ],
    outputChannel: output,
    errorHandler: new RestartingErrorHandler(output),
    middleware: {
      // VS Code has the extension's own clause snippets (snippets/duty.code-snippets); the server's
      // are for editors without them. Showing both would list every clause twice.
      provideCompletionItem: async (document, position, context, token, next) => {
        const result = await next(document, position, context, token);
        const items = Array.isArray(result) ? result : result?.items;
        const kept = items?.filter((item) => item.kind !== vscode.CompletionItemKind.Snippet) ?? [];
        return Array.isArray(result) || !result ? kept : new vscode.CompletionList(kept, result.isIncomplete);
      },
    },
    // The server asks for the file watchers it needs (server/src/lsp/disk-changes.ts), as it
    // does of every editor that lets it.
    synchronize: { configurationSection: "duty" },
  };
  client = new LanguageClient("duty", "Duty", serverOptions, clientOptions);
  context.subscriptions.push(output, reports);
  registerCommands(context, () => client, output, reports);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
