/** The extension's commands: show a rule's documentation, restart the server. */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

const RULE_ID = /^[a-z]+\/[a-z-]+$/;

export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, output: vscode.OutputChannel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand("duty.restartServer", async () => {
      const current = client();
      if (!current) return;
      output.appendLine(vscode.l10n.t("Restarting the Duty language server."));
      await current.restart();
    }),
    vscode.commands.registerCommand("duty.showRuleDocumentation", async (rule?: unknown) => {
      const id = typeof rule === "string" && RULE_ID.test(rule) ? rule : await pickRule(context);
      if (!id) return;
      const page = vscode.Uri.joinPath(context.extensionUri, "docs", "rules", ...`${id}.md`.split("/"));
      await vscode.commands.executeCommand("markdown.showPreview", page);
    }),
  );
}

/** Rule ids from the docs shipped with the extension (docs/rules/<family>/<name>.md). */
async function pickRule(context: vscode.ExtensionContext): Promise<string | undefined> {
  const rulesFolder = vscode.Uri.joinPath(context.extensionUri, "docs", "rules");
  const ids: string[] = [];
  for (const [family, type] of await vscode.workspace.fs.readDirectory(rulesFolder)) {
    if (type !== vscode.FileType.Directory) continue;
    for (const [file] of await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(rulesFolder, family))) {
      if (file.endsWith(".md")) ids.push(`${family}/${file.slice(0, -3)}`);
    }
  }
  return vscode.window.showQuickPick(ids.sort(), { placeHolder: vscode.l10n.t("Which rule?") });
}
