/** The extension's commands: export compiled rules, run a case, show a rule's documentation, restart the server. */
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

const RULE_ID = /^[a-z]+\/[a-z-]+$/;

/** The answers of the server's Duty requests (server/src/lsp/export.ts and cases.ts). */
type ExportResult =
  | { ok: true; json: string; written?: string }
  | { ok: false; errors: string[]; problem?: "unreadable" | "policy-file" | "outside-workspace" | "write-failed"; detail?: string };
interface RunCaseResult {
  name: string;
  passed: boolean;
  verdicts: { tier: string; duty: string; verdict: string; spelled?: string; by?: string; correction?: string; reasons: string[]; laws: string[] }[];
  failures: string[];
}

/**
 * `output` is the Duty log (the client's and the server's messages, with time and level);
 * `reports` is plain text for what a drafter reads through: a case's verdicts, a policy's errors.
 */
export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, output: vscode.OutputChannel, reports: vscode.OutputChannel): void {
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
    vscode.commands.registerCommand("duty.exportCompiledRules", (uri?: unknown, target?: unknown) => exportCompiledRules(client(), output, reports, uri, target)),
    vscode.commands.registerCommand("duty.runCase", (uri?: unknown, name?: unknown) => runCase(client(), reports, uri, name)),
  );
}

/**
 * Exports the active policy (or `uri`: a string from a test or a lens, a Uri from a menu) next to
 * it, or where the drafter picks; asks before overwriting. The server writes a file on disk
 * atomically; a policy that is not a file on disk (untitled, or in a virtual workspace) is
 * exported to where the drafter picks, through VS Code's file system. `target` (a path) skips the
 * questions, for tests.
 */
async function exportCompiledRules(current: LanguageClient | undefined, output: vscode.OutputChannel, reports: vscode.OutputChannel, uri: unknown, target: unknown): Promise<string | undefined> {
  const document = await policyDocument(uri);
  if (!current || !document) {
    void vscode.window.showWarningMessage(vscode.l10n.t("Open a Duty policy (.duty) to export it."));
    return undefined;
  }
  const onDisk = document.uri.scheme === "file";
  let destination: vscode.Uri | undefined = typeof target === "string" ? vscode.Uri.file(target) : undefined;
  if (!destination) {
    const beside = onDisk ? vscode.Uri.file(document.uri.fsPath.replace(/\.duty$/, "") + ".rules.json") : undefined;
    // An untitled or virtual policy has no folder of its own: suggest the workspace's.
    const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const suggested = `${path.basename(document.uri.path, ".duty") || "policy"}.rules.json`;
    destination = beside ? await besideOrChosen(beside) : await chosen(folder ? vscode.Uri.joinPath(folder, suggested) : vscode.Uri.file(path.join(os.homedir(), suggested)));
    if (!destination) return undefined;
  }
  const writtenByServer = destination.scheme === "file";
  let result: ExportResult;
  try {
    result = await current.sendRequest<ExportResult>("duty/export", { uri: document.uri.toString(), ...(writtenByServer ? { target: destination.fsPath } : {}) });
  } catch (error) {
    output.appendLine(String(error));
    void vscode.window.showErrorMessage(vscode.l10n.t("Not exported: the Duty language server did not answer. See the Duty output."));
    return undefined;
  }
  if (!result.ok) {
    if (result.problem) {
      void vscode.window.showErrorMessage(exportProblem(result.problem, destination, result.detail));
      return undefined;
    }
    // Listed in the reports: an error may lie in a file the policy imports, which no editor shows.
    reports.appendLine(vscode.l10n.t("Not exported: the policy has errors."));
    for (const error of result.errors) reports.appendLine(`  ${error}`);
    reports.show(true);
    void vscode.window.showErrorMessage(vscode.l10n.t("Not exported: the policy has {0} error(s), listed in the Duty Reports output.", result.errors.length));
    return undefined;
  }
  if (!writtenByServer) {
    try {
      await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(result.json));
    } catch (error) {
      void vscode.window.showErrorMessage(exportProblem("write-failed", destination, error instanceof vscode.FileSystemError ? error.code : String(error)));
      return undefined;
    }
  }
  const written = result.written ?? destination.fsPath;
  void vscode.window.showInformationMessage(vscode.l10n.t("Compiled rules written to {0}.", writtenByServer ? written : destination.toString()));
  return written;
}

/** The policy to export: the one named (a string or a Uri), or the active editor's when it is Duty. */
async function policyDocument(uri: unknown): Promise<vscode.TextDocument | undefined> {
  const named = typeof uri === "string" ? vscode.Uri.parse(uri) : uri instanceof vscode.Uri ? uri : undefined;
  const document = named ? await vscode.workspace.openTextDocument(named).then((opened) => opened, () => undefined) : vscode.window.activeTextEditor?.document;
  return document?.languageId === "duty" ? document : undefined;
}

async function besideOrChosen(beside: vscode.Uri): Promise<vscode.Uri | undefined> {
  const besideItem = vscode.l10n.t("Next to the policy ({0})", path.basename(beside.fsPath));
  const chooseItem = vscode.l10n.t("Choose where…");
  const choice = await vscode.window.showQuickPick([besideItem, chooseItem], { placeHolder: vscode.l10n.t("Where should the compiled rules go?") });
  if (!choice) return undefined;
  if (choice === chooseItem) return chosen(beside);
  if (await exists(beside)) {
    const overwrite = vscode.l10n.t("Overwrite");
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t("{0} already exists. Overwrite it?", path.basename(beside.fsPath)), { modal: true }, overwrite);
    if (answer !== overwrite) return undefined;
  }
  return beside;
}

async function chosen(suggested: vscode.Uri): Promise<vscode.Uri | undefined> {
  return vscode.window.showSaveDialog({ defaultUri: suggested, filters: { JSON: ["json"] } });
}

function exportProblem(problem: NonNullable<Extract<ExportResult, { ok: false }>["problem"]>, destination: vscode.Uri, detail: string | undefined): string {
  const name = path.basename(destination.path);
  switch (problem) {
    case "unreadable":
      return vscode.l10n.t("Not exported: the policy cannot be read.");
    case "policy-file":
      return vscode.l10n.t("Not exported: {0} is a policy file; choose a .json file.", name);
    case "outside-workspace":
      return vscode.l10n.t("Not exported: {0} is a link to a file outside the workspace; nothing was written.", name);
    case "write-failed":
      return vscode.l10n.t("Not exported: {0} cannot be written ({1}).", name, detail ?? "?");
  }
}

async function runCase(current: LanguageClient | undefined, output: vscode.OutputChannel, uri: unknown, name: unknown): Promise<RunCaseResult | undefined> {
  if (!current || typeof uri !== "string" || typeof name !== "string") return undefined;
  let result: RunCaseResult | null;
  try {
    result = await current.sendRequest<RunCaseResult | null>("duty/runCase", { uri, name });
  } catch (error) {
    output.appendLine(`${name}: ${String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t("The case {0} could not be run: the Duty language server did not answer.", name));
    return undefined;
  }
  if (!result) return undefined;
  output.appendLine(`${result.passed ? "✓" : "✗"} ${result.name}`);
  for (const verdict of result.verdicts) {
    output.appendLine(`  ${verdict.tier} — ${verdict.spelled ?? verdict.verdict}${verdict.by ? ` (${verdict.by})` : ""} [${verdict.duty}]`);
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
