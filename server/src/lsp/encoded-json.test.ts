import assert from "node:assert/strict";
import type { Message } from "vscode-languageserver/node";
import { ENCODED_JSON, EncodedJson, encodeMessage } from "./encoded-json.ts";

/** What vscode-jsonrpc's own encoder writes for the message. */
function plain(message: unknown): string {
  return JSON.stringify(message);
}

const SYMBOL = {
  name: "duty_1",
  detail: "民法典 第一千一百九十八条 “引号” \\ \" \n\t\u2028 😀",
  kind: 12,
  range: { start: { line: 3, character: 0 }, end: { line: 9, character: 1 } },
  selectionRange: { start: { line: 3, character: 5 }, end: { line: 3, character: 11 } },
  children: [{ name: "holder", kind: 8, range: { start: { line: 4, character: 2 }, end: { line: 4, character: 17 } }, selectionRange: { start: { line: 4, character: 2 }, end: { line: 4, character: 8 } } }],
};

describe("encoded JSON answers", () => {
  it("writes a response whose result is a list of encoded values as the same bytes as JSON.stringify", () => {
    const values = [SYMBOL, { ...SYMBOL, name: "tier_0", children: [] }, { name: "x", kind: 1 }];
    for (const id of [7, "request-☃", 0]) {
      const message = { jsonrpc: "2.0", id, result: values.map((value) => new EncodedJson(value)) };
      const bytes = encodeMessage(message as Message);
      assert.equal(bytes.toString("utf8"), plain({ jsonrpc: "2.0", id, result: values }));
      assert.deepEqual(JSON.parse(bytes.toString("utf8")).result, values);
    }
  });

  it("writes every other message as JSON.stringify does", () => {
    const encoded = new EncodedJson(SYMBOL);
    const messages: unknown[] = [
      { jsonrpc: "2.0", id: 1, result: [] },
      { jsonrpc: "2.0", id: 2, result: null },
      { jsonrpc: "2.0", id: 3, result: [SYMBOL] },
      // A list that mixes encoded and plain values goes through toJSON.
      { jsonrpc: "2.0", id: 4, result: [encoded, SYMBOL] },
      { jsonrpc: "2.0", id: 5, result: { items: [encoded] } },
      { jsonrpc: "2.0", id: 6, error: { code: -32601, message: "Unhandled method" } },
      { jsonrpc: "2.0", method: "textDocument/publishDiagnostics", params: { uri: "file:///a.duty", diagnostics: [] } },
      { jsonrpc: "2.0", id: 8, method: "workspace/configuration", params: { items: [{ section: "duty" }] } },
    ];
    for (const message of messages) {
      const expected = plain(JSON.parse(JSON.stringify(message)));
      assert.equal(encodeMessage(message as Message).toString("utf8"), expected);
    }
  });

  it("keeps a value's bytes once written, so an unchanged clause is not serialised again", () => {
    const encoded = new EncodedJson(SYMBOL);
    assert.equal(encoded.utf8, encoded.utf8);
    assert.equal(encoded.utf8.toString("utf8"), JSON.stringify(SYMBOL));
    assert.deepEqual(encoded.toJSON(), SYMBOL);
  });

  it("is the connection's encoder: UTF-8 as above, ASCII through JSON.stringify", async () => {
    const message = { jsonrpc: "2.0", id: 1, result: [new EncodedJson(SYMBOL)] } as Message;
    const utf8 = Buffer.from(await ENCODED_JSON.encode(message, { charset: "utf-8" }));
    assert.equal(utf8.toString("utf8"), plain({ jsonrpc: "2.0", id: 1, result: [SYMBOL] }));
    const ascii = Buffer.from(await ENCODED_JSON.encode({ jsonrpc: "2.0", id: 2, result: [new EncodedJson({ name: "a" })] } as Message, { charset: "ascii" }));
    assert.equal(ascii.toString("ascii"), plain({ jsonrpc: "2.0", id: 2, result: [{ name: "a" }] }));
  });
});
