/**
 * Semantic tokens through the bundled server, decoded back from the protocol's relative encoding
 * to (line, character, length, type, modifiers) and shown with the text they cover.
 */
import assert from "node:assert/strict";
import type { SemanticTokens, SemanticTokensLegend } from "vscode-languageserver-protocol/node";
import { startClient, type TestClient } from "./client.ts";
import { crlf, ensureBuilt, TestWorkspace } from "./markers.ts";

const TIERS = `tier teller "Counter teller" { resources: warning_script }
`;

const POLICY = `import "tiers.duty"
// Warn first, then let the customer decide.
duty warn "Fraud warning" {
  holder: teller  kind: care
  threshold: 50000 CNY
  needs: warning_script
  basis: anti-telecom-fraud-law/30, 民法典第一千二百二十条
}
/* Customers of full
   capacity decide. */
exemption customer_decides { covers: warn  grounds: third_party }
case scammed { expect: teller exempt by customer_decides }
`;

const CHINESE = crlf(`责任 急救 「紧急手术」 {
  承担：teller  情境：紧急
  期限：30分钟
  依据：医师法 第二十七条
}
`);

interface Decoded {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: string;
  readonly modifiers: readonly string[];
}

/** The protocol's five integers per token, relative to the previous token, back to absolute tokens. */
function decode(tokens: SemanticTokens, legend: SemanticTokensLegend): Decoded[] {
  const decoded: Decoded[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, bits] = tokens.data.slice(i, i + 5) as [number, number, number, number, number];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => (bits & (1 << bit)) !== 0);
    decoded.push({ line, character, length, type: legend.tokenTypes[type]!, modifiers });
  }
  return decoded;
}

/** `line:character text type[.modifier…]`: where each token is, what it covers and what it is. */
function show(text: string, tokens: readonly Decoded[]): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  return tokens.map(
    (token) =>
      `${token.line}:${token.character} ${lines[token.line]!.slice(token.character, token.character + token.length)} ${[token.type, ...token.modifiers].join(".")}`,
  );
}

describe("LSP: semantic tokens", function () {
  let ws: TestWorkspace;
  let client: TestClient;
  let legend: SemanticTokensLegend;

  before(async () => {
    ensureBuilt();
    ws = new TestWorkspace({ "tiers.duty": TIERS, "warnings.duty": POLICY, "急救.duty": CHINESE });
    client = await startClient(ws.root);
    legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
  });

  after(async () => {
    await client.close();
    ws.remove();
  });

  const tokens = async (file: string, range?: object): Promise<Decoded[]> => {
    const uri = client.open(file, ws.text(file));
    const method = range ? "textDocument/semanticTokens/range" : "textDocument/semanticTokens/full";
    const decoded = decode((await client.connection.sendRequest(method, { textDocument: { uri }, ...(range ? { range } : {}) })) as SemanticTokens, legend);
    // Sorted and never overlapping: each token starts after the previous one ends (or on a later line).
    decoded.forEach((token, i) => {
      const previous = decoded[i - 1];
      assert.ok(token.length > 0);
      if (previous) assert.ok(token.line > previous.line || token.character >= previous.character + previous.length, `token ${i} overlaps`);
    });
    return decoded;
  };

  it("announces its legend", () => {
    assert.deepEqual(legend, {
      tokenTypes: ["keyword", "property", "enumMember", "class", "function", "event", "struct", "interface", "namespace", "string", "number", "comment", "variable"],
      tokenModifiers: ["declaration", "readonly"],
    });
  });

  it("classifies every word of a small policy, sorted, one line per token", async () => {
    assert.deepEqual(show(ws.text("warnings.duty"), await tokens("warnings.duty")), [
      `0:0 import keyword`,
      `0:7 "tiers.duty" string`,
      `1:0 // Warn first, then let the customer decide. comment`,
      `2:0 duty keyword`,
      `2:5 warn function.declaration`,
      `2:10 "Fraud warning" string`,
      `3:2 holder property`,
      `3:10 teller class`,
      `3:18 kind property`,
      `3:24 care enumMember.readonly`,
      `4:2 threshold property`,
      `4:13 50000 CNY number`,
      `5:2 needs property`,
      `5:9 warning_script variable`,
      `6:2 basis property`,
      `6:9 anti-telecom-fraud-law namespace`,
      `6:32 30 number`,
      `6:36 民法典 namespace`,
      `6:39 第一千二百二十条 number`,
      // A block comment over two lines is two tokens.
      `8:0 /* Customers of full comment`,
      `9:0    capacity decide. */ comment`,
      `10:0 exemption keyword`,
      `10:10 customer_decides event.declaration`,
      `10:29 covers property`,
      `10:37 warn function`,
      `10:43 grounds property`,
      `10:52 third_party enumMember.readonly`,
      `11:0 case keyword`,
      `11:5 scammed struct.declaration`,
      `11:15 expect property`,
      `11:23 teller class`,
      `11:30 exempt enumMember.readonly`,
      `11:37 by keyword`,
      `11:40 customer_decides event`,
    ]);
  });

  it("answers a range request with the tokens of that range", async () => {
    const range = { start: { line: 3, character: 0 }, end: { line: 5, character: 0 } };
    assert.deepEqual(show(ws.text("warnings.duty"), await tokens("warnings.duty", range)), [
      `3:2 holder property`,
      `3:10 teller class`,
      `3:18 kind property`,
      `3:24 care enumMember.readonly`,
      `4:2 threshold property`,
      `4:13 50000 CNY number`,
    ]);
  });

  it("counts UTF-16 units in a Chinese file with Windows line ends", async () => {
    assert.deepEqual(show(ws.text("急救.duty"), await tokens("急救.duty")), [
      `0:0 责任 keyword`,
      `0:3 急救 function.declaration`,
      `0:6 「紧急手术」 string`,
      `1:2 承担 property`,
      `1:5 teller class`,
      `1:13 情境 property`,
      `1:16 紧急 enumMember.readonly`,
      `2:2 期限 property`,
      `2:5 30分钟 number`,
      `3:2 依据 property`,
      `3:5 医师法 namespace`,
      `3:9 第二十七条 number`,
    ]);
  });
});
