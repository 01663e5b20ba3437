/**
 * The review in a real VS Code: the extension activates on .duty files, the server's findings
 * arrive as diagnostics with rule ids and exact ranges, hovers cite the law, code lenses say who
 * is accountable, a quick fix applied makes its finding go, and a config file written on disk
 * applies.
 */
import assert from "node:assert/strict";
import * as vscode from "vscode";
import { activateExtension, diagnosticsUntil, EXTENSION_ID, hoverText, openSample, rangeOf, restore, reviewed, ruleOf, sampleUri, sleep } from "../helpers.ts";

const CONSENT = "emergency-surgery-consent.duty";
const WARNINGS = "bank-withdrawal-warnings.duty";

describe("the Duty extension in VS Code", function () {
  this.timeout(60000);

  before(async () => {
    await activateExtension();
  });

  it("gives .duty files the language id `duty`", async () => {
    const document = await openSample(CONSENT);
    assert.equal(document.languageId, "duty");
    const tiers = await vscode.workspace.openTextDocument(sampleUri("shared/banking-tiers.duty"));
    assert.equal(tiers.languageId, "duty");
    assert.ok((await vscode.languages.getLanguages()).includes("duty"));
  });

  it("contributes the TextMate grammar, the language configuration and the snippets", async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributes = (extension.packageJSON as { contributes: Record<string, { id?: string; language?: string; scopeName?: string; path?: string; configuration?: string }[]> }).contributes;
    const grammar = contributes.grammars!.find((g) => g.language === "duty");
    assert.ok(grammar, "a grammar for the language duty");
    assert.equal(grammar.scopeName, "source.duty");
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, grammar.path!)))) as { scopeName: string; patterns: unknown[]; repository?: object };
    assert.equal(json.scopeName, "source.duty");
    assert.ok(json.patterns.length > 0, "the grammar has patterns");
    const language = contributes.languages!.find((l) => l.id === "duty")!;
    const configuration = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, language.configuration!)))) as { comments?: { lineComment?: string } };
    assert.equal(configuration.comments?.lineComment, "//");
    const snippets = contributes.snippets!.find((s) => s.language === "duty")!;
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, snippets.path!));
  });

  it("reviews the emergency-surgery sample: every finding with its rule id, severity and exact range", async () => {
    const document = await openSample(CONSENT);
    const diagnostics = await reviewed(document.uri, "tolerance/emergency-consent");
    assert.deepEqual(diagnostics.map(ruleOf).sort(), [
      "boundary/vague-term",
      "cite/repealed",
      "liability/one-way",
      "liability/one-way",
      "process/no-appeal",
      "tolerance/emergency-consent",
      "tolerance/missing",
      "tolerance/no-force-majeure",
      "tolerance/uncovered-risk",
    ]);
    const consent = diagnostics.find((d) => ruleOf(d) === "tolerance/emergency-consent")!;
    assert.deepEqual(rangeOf(consent.range), [47, 5, 47, 9]);
    assert.equal(document.getText(consent.range), "患者簽字");
    assert.equal(consent.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(consent.source, "duty");
    assert.match(String((consent.code as { target: vscode.Uri }).target), /docs\/rules\/tolerance\/emergency-consent\.md$/);
    assert.match(consent.message, /《醫師法》第二十七條/);
    const repealed = diagnostics.find((d) => ruleOf(d) === "cite/repealed")!;
    assert.deepEqual(rangeOf(repealed.range), [53, 5, 53, 16]);
    assert.equal(document.getText(repealed.range), "執業醫師法 第二十四條");
    const vague = diagnostics.find((d) => ruleOf(d) === "boundary/vague-term")!;
    assert.equal(document.getText(vague.range), "一律");
    assert.equal(vague.severity, vscode.DiagnosticSeverity.Warning);
  });

  it("finds nothing in the well-drafted bank sample, with its imported tier register", async () => {
    const document = await openSample(WARNINGS);
    // Code lenses come from the server once it has the document: then its review is done too.
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", document.uri, 100);
    assert.ok(lenses.length > 0, "the server has the document");
    await sleep(1500);
    assert.deepEqual(vscode.languages.getDiagnostics(document.uri).map((d) => `${ruleOf(d)} ${d.message}`), []);
  });

  it("hovers a finding with the rule, why it matters and the statutory text, in the document's script", async () => {
    const document = await openSample(CONSENT);
    await reviewed(document.uri, "tolerance/emergency-consent");
    const markdown = await hoverText(document.uri, new vscode.Position(47, 6));
    assert.match(markdown, /\*\*tolerance\/emergency-consent\*\*/);
    assert.match(markdown, /《醫師法》第二十七條/);
    assert.match(markdown, /不得拒絕急救處置/);
  });

  it("hovers a repealed citation with the law that replaced it", async () => {
    const document = await openSample(CONSENT);
    const markdown = await hoverText(document.uri, new vscode.Position(53, 8));
    assert.match(markdown, /cite\/repealed/);
    assert.match(markdown, /《醫師法》/);
  });

  it("shows who is accountable above each duty", async () => {
    const document = await openSample(CONSENT);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", document.uri, 100);
    const onDuties = lenses.filter((lens) => lens.range.start.line === 40 || lens.range.start.line === 56);
    assert.deepEqual(
      onDuties.map((lens) => [lens.range.start.line, lens.range.start.character, lens.command?.title]),
      [
        [40, 3, "擔責：外科醫師 · 上級不擔責 · 無免責或容錯"],
        [56, 3, "擔責：外科醫師 · 上級不擔責 · 無免責或容錯"],
      ],
    );
  });

  it("follows a `.duty.json` written and deleted on disk (the server asks VS Code to watch it)", async () => {
    const document = await openSample(CONSENT);
    await reviewed(document.uri, "boundary/vague-term");
    const config = sampleUri(".duty.json");
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(`${JSON.stringify({ rules: { "boundary/vague-term": "off" } })}\n`));
    try {
      const silenced = await diagnosticsUntil(document.uri, (ds) => ds.length > 0 && !ds.some((d) => ruleOf(d) === "boundary/vague-term"), "boundary/vague-term to be off");
      assert.ok(silenced.some((d) => ruleOf(d) === "tolerance/emergency-consent"), "the other findings stay");
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await reviewed(document.uri, "boundary/vague-term");
  });

  it("applies the quick fix for no-signature-no-surgery, and the finding goes", async () => {
    const document = await openSample(CONSENT);
    const diagnostics = await reviewed(document.uri, "tolerance/emergency-consent");
    const consent = diagnostics.find((d) => ruleOf(d) === "tolerance/emergency-consent")!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", document.uri, consent.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => /緊急情況例外/.test(action.title));
    assert.ok(fix, `an emergency exception among: ${actions.map((a) => a.title).join(" | ")}`);
    assert.equal(fix.isPreferred, true, "the emergency exception is the preferred fix");
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    const original = document.getText();
    assert.ok(fix.edit, "the fix carries its edit");
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(document.getText(), /免責 緊急救治/);
      const after = await diagnosticsUntil(document.uri, (ds) => ds.length > 0 && !ds.some((d) => ruleOf(d) === "tolerance/emergency-consent"), "the emergency-consent finding to go");
      assert.ok(after.some((d) => ruleOf(d) === "cite/repealed"), "the other findings stay");
    } finally {
      await restore(document, original);
    }
    await reviewed(document.uri, "tolerance/emergency-consent");
  });
});
