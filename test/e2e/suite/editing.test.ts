/**
 * Writing in a real VS Code: completion of field keys and names, formatting a messy policy, and a
 * rename that reaches every file that sees the name. A feature the server does not announce is
 * skipped, saying so; one it announces must work.
 */
import assert from "node:assert/strict";
import * as vscode from "vscode";
import { activateExtension, createFile, diagnosticsUntil, openSample, rangeOf, requireCapability, ruleOf, sampleUri, sleep } from "../helpers.ts";
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
    assert.match(warnings.getText(), /holder: counter_clerk$/m);
    assert.doesNotMatch(warnings.getText(), /(holder|expect):\s*teller\b/);
    // The renamed workspace reviews as before: nothing in the well-drafted policy, the same
    // findings in the draft.
    await sleep(1500);
    assert.deepEqual(vscode.languages.getDiagnostics(warnings.uri).map(ruleOf), []);
    const after = (await diagnosticsUntil(registration.uri, (ds) => ds.length > 0, "the review of the registration draft")).map(ruleOf).sort();
    assert.deepEqual(after, before);
  });

  it("outlines a policy, and the outline follows typing above and inside its clauses", async function () {
    await requireCapability(this, "documentSymbolProvider", "the outline");
    const text = `tier ward "Ward" { resources: staff }\n\nduty rescue "Emergency rescue" {\n  holder: ward\n  kind: care\n  basis: 医师法 第二十七条\n}\n`;
    const document = await createFile("drafts/outline.duty", text);
    const outline = async (uri: vscode.Uri): Promise<unknown[]> => {
      const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>("vscode.executeDocumentSymbolProvider", uri)) ?? [];
      const plain = (symbol: vscode.DocumentSymbol): unknown => ({ name: symbol.name, detail: symbol.detail, range: rangeOf(symbol.range), selection: rangeOf(symbol.selectionRange), children: symbol.children.map(plain) });
      return symbols.map(plain);
    };
    const first = (await outline(document.uri)) as { name: string; selection: number[]; children: { name: string }[] }[];
    assert.deepEqual(first.map((symbol) => symbol.name), ["ward", "rescue"]);
    assert.deepEqual(first[1]!.selection, [2, 5, 2, 11]);
    assert.deepEqual(first[1]!.children.map((child) => child.name), ["holder", "kind", "basis"]);
    // Two lines above everything, then a letter inside the duty: its symbol moves down and changes.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), "// draft\n\n");
    edit.insert(document.uri, new vscode.Position(2, 28), "s");
    assert.ok(await vscode.workspace.applyEdit(edit));
    const typed = (await outline(document.uri)) as { detail: string; selection: number[] }[];
    assert.deepEqual(typed[1]!.selection, [4, 5, 4, 11]);
    const fresh = await createFile("drafts/outline-fresh.duty", document.getText());
    assert.deepEqual(typed, await outline(fresh.uri), "the outline after typing is the outline of the same text opened fresh");
    await document.save();
  });
});
