/**
 * Writing in a real VS Code: completion of field keys and names, formatting a messy policy, and a
 * rename that reaches every file that sees the name. A feature the server does not announce is
 * skipped, saying so; one it announces must work.
 */
import assert from "node:assert/strict";
import * as vscode from "vscode";
import { activateExtension, createFile, diagnosticsUntil, openSample, requireCapability, ruleOf, sampleUri, sleep } from "../helpers.ts";
import { FORMATTED, MESSY } from "../../helpers/formatting-fixture.ts";

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === "string" ? item.label : item.label.label;
}

describe("writing Duty in VS Code", function () {
  this.timeout(60000);

  before(async () => {
    await activateExtension();
  });

  it("completes the field keys of a duty, and the imported tiers after `holder:`", async function () {
    await requireCapability(this, "completionProvider", "completion");
    const document = await createFile("drafts/completion.duty", `import "../shared/banking-tiers.duty"\n\nduty d {\n  \n}\n\nduty e {\n  holder: \n}\n`);
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", document.uri, new vscode.Position(3, 2));
    const fields = keys.items.filter((item) => item.kind === vscode.CompletionItemKind.Field).map(labelOf);
    for (const key of ["holder", "imposed_by", "kind", "action", "standard", "basis"]) assert.ok(fields.includes(key), `${key} among ${fields.join(", ")}`);
    const tiers = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", document.uri, new vscode.Position(7, 10));
    const names = tiers.items.filter((item) => item.kind === vscode.CompletionItemKind.Class).map(labelOf);
    for (const tier of ["teller", "branch", "head_office"]) assert.ok(names.includes(tier), `${tier} among ${names.join(", ")}`);
  });

  it("formats a messy 简体 policy, and formatting again changes nothing", async function () {
    await requireCapability(this, "documentFormattingProvider", "formatting");
    const document = await createFile("drafts/messy.duty", MESSY);
    const options: vscode.FormattingOptions = { tabSize: 4, insertSpaces: true };
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>("vscode.executeFormatDocumentProvider", document.uri, options);
    assert.ok(edits && edits.length > 0, "edits for a messy document");
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.getText(), FORMATTED);
    const again = (await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>("vscode.executeFormatDocumentProvider", document.uri, options)) ?? [];
    assert.deepEqual(again, []);
    await document.save();
  });

  it("renames a tier in every file that sees it: the register and both policies that import it", async function () {
    await requireCapability(this, "renameProvider", "rename");
    const warnings = await openSample("bank-withdrawal-warnings.duty");
    const registration = await openSample("bank-withdrawal-registration.duty");
    const before = (await diagnosticsUntil(registration.uri, (ds) => ds.length > 0, "the review of the registration draft")).map(ruleOf).sort();
    const line = warnings.getText().split("\n").findIndex((text) => /holder: teller\b/.test(text));
    assert.ok(line >= 0);
    const position = new vscode.Position(line, warnings.lineAt(line).text.indexOf("teller") + 2);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>("vscode.executeDocumentRenameProvider", warnings.uri, position, "counter_clerk");
    const files = edit.entries().map(([uri]) => vscode.workspace.asRelativePath(uri, false)).sort();
    assert.deepEqual(files, ["bank-withdrawal-registration.duty", "bank-withdrawal-warnings.duty", "shared/banking-tiers.duty"]);
    for (const [, edits] of edit.entries()) for (const e of edits) assert.equal(e.newText, "counter_clerk");
    assert.ok(await vscode.workspace.applyEdit(edit));
    // Save every edited file. VS Code itself saves those that no editor showed (the register),
    // as a refactoring (files.refactoring.autoSave): whichever comes first, wait until none is dirty.
    for (const [uri] of edit.entries()) {
      const document = await vscode.workspace.openTextDocument(uri);
      if (document.isDirty) await document.save();
      const started = Date.now();
      while (document.isDirty) {
        assert.ok(Date.now() - started < 10000, `${vscode.workspace.asRelativePath(uri)} still unsaved after 10 s`);
        await sleep(100);
      }
    }
    const tiers = new TextDecoder().decode(await vscode.workspace.fs.readFile(sampleUri("shared/banking-tiers.duty")));
    assert.match(tiers, /^tier counter_clerk "Counter teller" \{/m);
    assert.doesNotMatch(tiers, /^tier teller\b/m);
    assert.match(warnings.getText(), /holder: counter_clerk /);
    assert.doesNotMatch(warnings.getText(), /(holder|expect):\s*teller\b/);
    // The renamed workspace reviews as before: nothing in the well-drafted policy, the same
    // findings in the draft.
    await sleep(1500);
    assert.deepEqual(vscode.languages.getDiagnostics(warnings.uri).map(ruleOf), []);
    const after = (await diagnosticsUntil(registration.uri, (ds) => ds.length > 0, "the review of the registration draft")).map(ruleOf).sort();
    assert.deepEqual(after, before);
  });
});
