/** The extension's commands: export compiled rules, run a case, show a rule's documentation, restart the server. */
import * as path from "node:path";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

const RULE_ID = /^[a-z]+\/[a-z-]+$/;

/** The answers of the server's Duty requests (server/src/lsp/export.ts and cases.ts). */
type ExportResult = { ok: true; json: string; written?: string } | { ok: false; errors: string[] };
interface RunCaseResult {
  name: string;
  passed: boolean;
  verdicts: { tier: string; duty: string; verdict: string; by?: string; correction?: string; reasons: string[]; laws: string[] }[];
  failures: string[];
}

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
    vscode.commands.registerCommand("duty.exportCompiledRules", (uri?: unknown, target?: unknown) => exportCompiledRules(client(), output, uri, target)),
    vscode.commands.registerCommand("duty.runCase", (uri?: unknown, name?: unknown) => runCase(client(), output, uri, name)),
  );
}

/**
 * Exports the active policy (or `uri`) next to it, or where the drafter picks; asks before
 * overwriting. The server writes the file atomically. `target` (a path) skips the questions, for tests.
 */
async function exportCompiledRules(current: LanguageClient | undefined, output: vscode.OutputChannel, uri: unknown, target: unknown): Promise<string | undefined> {
  const document = typeof uri === "string" ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri;
  if (!current || !document || !document.fsPath.endsWith(".duty")) {
    void vscode.window.showWarningMessage(vscode.l10n.t("Open a Duty policy (.duty) to export it."));
    return undefined;
  }
  let destination = typeof target === "string" ? target : undefined;
  if (!destination) {
    const beside = document.fsPath.replace(/\.duty$/, ".rules.json");
    const besideItem = vscode.l10n.t("Next to the policy ({0})", path.basename(beside));
    const chooseItem = vscode.l10n.t("Choose where…");
    const choice = await vscode.window.showQuickPick([besideItem, chooseItem], { placeHolder: vscode.l10n.t("Where should the compiled rules go?") });
    if (!choice) return undefined;
    if (choice === chooseItem) {
      const picked = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(beside), filters: { JSON: ["json"] } });
      if (!picked) return undefined;
      destination = picked.fsPath;
    } else {
      destination = beside;
      if (await exists(vscode.Uri.file(beside))) {
        const overwrite = vscode.l10n.t("Overwrite");
        const answer = await vscode.window.showWarningMessage(vscode.l10n.t("{0} already exists. Overwrite it?", path.basename(beside)), { modal: true }, overwrite);
        if (answer !== overwrite) return undefined;
      }
    }
  }
  const result = await current.sendRequest<ExportResult>("duty/export", { uri: document.toString(), target: destination });
  if (!result.ok) {
    output.appendLine(vscode.l10n.t("Not exported: the policy has errors."));
    for (const error of result.errors) output.appendLine(`  ${error}`);
    void vscode.window.showErrorMessage(vscode.l10n.t("Not exported: the policy has {0} error(s). See the Problems panel.", result.errors.length));
    return undefined;
  }
  void vscode.window.showInformationMessage(vscode.l10n.t("Compiled rules written to {0}.", result.written ?? destination));
  return result.written;
}

async function runCase(current: LanguageClient | undefined, output: vscode.OutputChannel, uri: unknown, name: unknown): Promise<RunCaseResult | undefined> {
  if (!current || typeof uri !== "string" || typeof name !== "string") return undefined;
  const result = await current.sendRequest<RunCaseResult | null>("duty/runCase", { uri, name });
  if (!result) return undefined;
  output.appendLine(`${result.passed ? "✓" : "✗"} ${result.name}`);
  for (const verdict of result.verdicts) {
    output.appendLine(`  ${verdict.tier} — ${verdict.verdict}${verdict.by ? ` (${verdict.by})` : ""} [${verdict.duty}]`);
    for (const reason of verdict.reasons) output.appendLine(`    · ${reason}`);
    if (verdict.correction) output.appendLine(`    → ${verdict.correction}`);
    if (verdict.laws.length > 0) output.appendLine(`    ${verdict.laws.join(", ")}`);
  }
  for (const failure of result.failures) output.appendLine(`  ✗ ${failure}`);
  output.show(true);
  return result;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
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
