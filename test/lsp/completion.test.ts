/**
 * Completion, resolve and field help through the bundled server, as an editor asks for them.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { ClientCapabilities, CompletionItem, CompletionList, MarkupContent, SignatureHelp, TextEdit } from "vscode-languageserver-protocol/node";
import { PULL_CAPABILITIES, SERVER, startClient, type TestClient } from "./client.ts";

const CAPABILITIES: ClientCapabilities = {
  ...PULL_CAPABILITIES,
  textDocument: {
    ...PULL_CAPABILITIES.textDocument,
    completion: { completionItem: { snippetSupport: true, documentationFormat: ["markdown", "plaintext"] } },
    signatureHelp: { signatureInformation: { documentationFormat: ["markdown"], parameterInformation: { labelOffsetSupport: true } } },
  },
};

const TIERS = `tier hospital "City hospital" { resources: theatre, staff }
tier surgeon "Surgeon on duty" { under: hospital  resources: theatre }
`;

/** The text without its `‸` and the LSP position of the cursor. */
function cursor(marked: string): { text: string; position: { line: number; character: number } } {
  const offset = marked.indexOf("‸");
  const before = marked.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { text: before + marked.slice(offset + 1), position: { line, character: offset - (before.lastIndexOf("\n") + 1) } };
}

async function complete(client: TestClient, file: string, marked: string, version = 1): Promise<CompletionItem[]> {
  const { text, position } = cursor(marked);
  const uri = client.open(file, text, version);
  const result = (await client.connection.sendRequest("textDocument/completion", { textDocument: { uri }, position })) as CompletionList | null;
  assert.ok(result, "a completion list");
  return result.items;
}

function find(items: readonly CompletionItem[], label: string): CompletionItem {
  const found = items.find((item) => item.label === label);
  assert.ok(found, `${label} among ${items.map((item) => item.label).join(", ")}`);
  return found;
}

describe("completion in the editor (bundled server)", function () {
  this.timeout(30000);
  let root: string;
  let client: TestClient;

  before(async () => {
    execFileSync(process.execPath, ["esbuild.mjs"]);
    assert.ok(fs.existsSync(SERVER));
    root = fs.mkdtempSync(path.join(os.tmpdir(), "duty-completion-"));
    fs.writeFileSync(path.join(root, "tiers.duty"), TIERS);
    client = await startClient(root, CAPABILITIES);
  });

  after(async () => {
    await client.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("offers the workspace's other policies inside an import's path, as the importing file names them", async () => {
    fs.mkdirSync(path.join(root, "shared"), { recursive: true });
    fs.writeFileSync(path.join(root, "shared", "registers.duty"), TIERS.replace(/hospital/g, "clinic"));
    fs.mkdirSync(path.join(root, "policies"), { recursive: true });
    const file = path.join(root, "policies", "consent.duty");
    const items = await complete(client, file, `import "‸`);
    assert.deepEqual(items.map((item) => item.label).sort(), ["../shared/registers.duty", "../tiers.duty"]);
    const chinese = await complete(client, path.join(root, "policies", "urgent.duty"), `导入 「../sh‸`, 1);
    assert.deepEqual(chinese.map((item) => item.label), ["../shared/registers.duty"]);
    assert.deepEqual((chinese[0]!.textEdit as TextEdit).range, { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } });
  });

  it("opens no list of keywords when `/` begins a comment, but offers law ids after `civil-code/`", async () => {
    const ask = async (file: string, marked: string): Promise<CompletionItem[]> => {
      const { text, position } = cursor(marked);
      const uri = client.open(path.join(root, file), text, 1);
      const result = (await client.connection.sendRequest("textDocument/completion", { textDocument: { uri }, position, context: { triggerKind: 2, triggerCharacter: "/" } })) as CompletionList | null;
      return result?.items ?? [];
    };
    assert.deepEqual(await ask("comment.duty", `${TIERS}/‸`), []);
    assert.deepEqual(await ask("field.duty", `${TIERS}duty d { holder: hospital/‸ }`), []);
    const laws = await ask("law.duty", `${TIERS}duty d { holder: surgeon  basis: civil-code/‸ }`);
    // The citations, for the editor to narrow by what is typed; nothing else.
    assert.ok(laws.some((item) => item.label === "civil-code/180"), laws.map((item) => item.label).join(", "));
    assert.ok(laws.every((item) => item.kind === 18 /* Reference */), "only citations");
  });

  it("announces completion with trigger characters, resolve and signature help", () => {
    const capabilities = client.initializeResult.capabilities;
    assert.ok(capabilities.completionProvider?.triggerCharacters?.includes(":"));
    assert.ok(capabilities.completionProvider?.triggerCharacters?.includes("："));
    assert.equal(capabilities.completionProvider?.resolveProvider, true);
    assert.deepEqual(capabilities.signatureHelpProvider?.triggerCharacters, [":", "："]);
  });

  it("offers the imported tiers after `holder:` and resolves their summary", async () => {
    const items = await complete(client, "policy.duty", `import "tiers.duty"\n\nduty operate {\n  holder: ‸\n}\n`);
    assert.deepEqual(items.map((item) => item.label), ["hospital", "surgeon"]);
    const surgeon = find(items, "surgeon");
    assert.equal(surgeon.kind, 7 /* Class */);
    assert.equal(surgeon.detail, "Surgeon on duty");
    assert.deepEqual((surgeon.textEdit as TextEdit).range, { start: { line: 3, character: 10 }, end: { line: 3, character: 10 } });
    const resolved = (await client.connection.sendRequest("completionItem/resolve", surgeon)) as CompletionItem;
    const documentation = resolved.documentation as MarkupContent;
    assert.equal(documentation.kind, "markdown");
    assert.match(documentation.value, /theatre/);
    assert.match(documentation.value, /tiers\.duty/);
  });

  it("offers law citations after 依据： in the document's script", async () => {
    const items = await complete(client, "cn.duty", `层级 医院 { 资源：手术室 }\n责任 急救 { 承担：医院  依据：医师‸ }\n`);
    const article = find(items, "医师法 第二十七条");
    assert.equal(article.kind, 18 /* Reference */);
    assert.equal(article.detail, "医师法");
    assert.deepEqual((article.textEdit as TextEdit).range, { start: { line: 1, character: 18 }, end: { line: 1, character: 20 } });
    assert.equal((article.textEdit as TextEdit).newText, "医师法 第二十七条");
    assert.match((article.documentation as MarkupContent).value, /《医师法》第二十七条/);
    assert.equal(items[items.length - 1]!.detail, "未核实");
  });

  it("inserts a whole clause as a snippet, in the file's script", async () => {
    const items = await complete(client, "hant.duty", `層級 學校 { 資源：教職工 }\n責‸\n`);
    const duty = find(items, "責任 {…}");
    assert.equal(duty.kind, 15 /* Snippet */);
    assert.equal(duty.insertTextFormat, 2 /* Snippet */);
    const edit = duty.textEdit as TextEdit;
    assert.deepEqual(edit.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } });
    assert.match(edit.newText, /^責任 \$\{1:名稱\} 「\$\{2:標題\}」 \{\n {2}承擔：\$\{3:層級名稱\}\n/);
    assert.match(edit.newText, /\n {2}類型：\$\{5\|注意義務,法定責任\|\}\n/);
  });

  it("shows the field's expected shape after `holder:`", async () => {
    const { text, position } = cursor(`import "tiers.duty"\nduty operate { holder:‸ }\n`);
    const uri = client.open("help.duty", text);
    const help = (await client.connection.sendRequest("textDocument/signatureHelp", {
      textDocument: { uri },
      position,
      context: { triggerKind: 2, triggerCharacter: ":", isRetrigger: false },
    })) as SignatureHelp;
    assert.equal(help.signatures.length, 1);
    const signature = help.signatures[0]!;
    assert.equal(signature.label, "holder: <tier>");
    assert.deepEqual(signature.parameters?.[0]?.label, [8, 14]);
    assert.match((signature.documentation as MarkupContent).value, /The tier that holds the duty/);
    const none = await client.connection.sendRequest("textDocument/signatureHelp", { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.equal(none, null);
  });

  it("answers with nothing inside a string, at the end of an unterminated one and past the end", async () => {
    const inString = await complete(client, "broken.duty", `duty d { action: "Warn the ‸`);
    assert.deepEqual(inString, []);
    const uri = client.open("empty.duty", "");
    const past = (await client.connection.sendRequest("textDocument/completion", { textDocument: { uri }, position: { line: 9, character: 99 } })) as CompletionList;
    assert.ok(past.items.some((item) => item.label === "tier"));
  });

  it("inserts plain text for an editor without snippets", async () => {
    const plain = await startClient(root);
    try {
      const { text, position } = cursor("‸");
      const uri = plain.open("plain.duty", text);
      const list = (await plain.connection.sendRequest("textDocument/completion", { textDocument: { uri }, position })) as CompletionList;
      const tier = find(list.items, "tier {…}");
      assert.equal(tier.insertTextFormat, 1 /* PlainText */);
      assert.equal((tier.textEdit as TextEdit).newText, 'tier name "Title" {\n  under: tier_name\n  resources: budget, staff\n}');
    } finally {
      await plain.close();
    }
  });
});
