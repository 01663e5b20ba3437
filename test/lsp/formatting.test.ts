/**
 * Formatting through the bundled server, as an editor asks for it: the whole document and a
 * range, in a messy 简体 policy with full-width punctuation; line-by-line edits that, applied,
 * give the formatted text; the file's own indentation before the editor's; nothing for a
 * document with syntax errors.
 */
import assert from "node:assert/strict";
import type { Range, TextEdit } from "vscode-languageserver-protocol/node";
import { PULL_CAPABILITIES, startClient, type TestClient } from "./client.ts";
import { crlf, ensureBuilt, offsetAt, positionAt, TestWorkspace } from "./markers.ts";
import { FORMATTED, MESSY } from "../helpers/formatting-fixture.ts";

/** Applies LSP edits (all relative to the original text) from the last to the first. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits.map((edit) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText }));
  spans.sort((a, b) => b.start - a.start);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i]!.end <= spans[i - 1]!.start, "edits overlap");
  let result = text;
  for (const span of spans) result = result.slice(0, span.start) + span.newText + result.slice(span.end);
  return result;
}

const SPACES = { tabSize: 2, insertSpaces: true };

describe("LSP: formatting", function () {
  let ws: TestWorkspace;
  let client: TestClient;

  before(async () => {
    ensureBuilt();
    ws = new TestWorkspace({ "messy.duty": MESSY });
    client = await startClient(ws.root, PULL_CAPABILITIES);
  });

  after(async () => {
    await client.close();
    ws.remove();
  });

  const format = (uri: string, options = SPACES): Promise<TextEdit[]> =>
    client.connection.sendRequest("textDocument/formatting", { textDocument: { uri }, options }) as Promise<TextEdit[]>;
  const formatRange = (uri: string, range: Range, options = SPACES): Promise<TextEdit[]> =>
    client.connection.sendRequest("textDocument/rangeFormatting", { textDocument: { uri }, range, options }) as Promise<TextEdit[]>;

  it("announces document and range formatting", () => {
    assert.equal(client.initializeResult.capabilities.documentFormattingProvider, true);
    assert.equal(client.initializeResult.capabilities.documentRangeFormattingProvider, true);
  });

  it("formats a messy 简体 document with edits that leave unchanged lines alone", async () => {
    const uri = client.open("messy.duty", MESSY);
    const edits = await format(uri);
    assert.equal(applyEdits(MESSY, edits), FORMATTED);
    // The first line, the comment and the lines already in place are not touched.
    for (const line of [0, 8, 11, 12]) {
      assert.ok(!edits.some((edit) => edit.range.start.line <= line && edit.range.end.line > line), `line ${line} was edited`);
    }
    // Formatting the result again changes nothing.
    client.change(uri, FORMATTED, 2);
    assert.deepEqual(await format(uri), []);
  });

  it("keeps CRLF line endings", async () => {
    const uri = client.open("crlf.duty", crlf(MESSY));
    assert.equal(applyEdits(crlf(MESSY), await format(uri)), crlf(FORMATTED));
  });

  it("uses the editor's indentation only for a file that has none of its own", async () => {
    const flat = "层级 甲 { 资源：预算  上级：乙 }\n层级 乙 { 资源：培训 }\n";
    const uri = client.open("flat.duty", flat);
    assert.equal(applyEdits(flat, await format(uri, { tabSize: 4, insertSpaces: false })), "层级 甲 {\n\t资源：预算\n\t上级：乙\n}\n\n层级 乙 {\n\t资源：培训\n}\n");
    // MESSY indents by four spaces: the editor's two do not change that.
    const own = client.open("own.duty", MESSY);
    assert.equal(applyEdits(MESSY, await format(own, { tabSize: 2, insertSpaces: true })), FORMATTED);
  });

  it("range formatting touches only the clause in the range", async () => {
    const uri = client.open("range.duty", MESSY);
    const at = MESSY.indexOf("上级：市卫健委；");
    const edits = await formatRange(uri, { start: positionAt(MESSY, at), end: positionAt(MESSY, at + 3) });
    const expected = MESSY.replace(
      "层级 医院   「市第一人民医院」{上级：市卫健委；资源：手术室，培训   }   // 医院\n",
      "层级 医院 「市第一人民医院」 {\n    上级：市卫健委\n    资源：手术室，培训\n} // 医院\n",
    );
    assert.equal(applyEdits(MESSY, edits), expected);
    for (const edit of edits) assert.equal(edit.range.start.line, 2, "only the clause's lines are edited");
  });

  it("returns no edits for a document with syntax errors", async () => {
    const broken = `${MESSY}\n追责 { 适用：紧急救治 @ }\n`;
    const uri = client.open("broken.duty", broken);
    assert.deepEqual(await format(uri), []);
    assert.deepEqual(await formatRange(uri, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }), []);
  });
});
