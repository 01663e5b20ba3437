/**
 * The shape of a policy in the editor, through the bundled server: the outline, workspace-wide
 * symbol search (in Chinese too), folding, and selection ranges that grow from a word to the
 * whole document.
 */
import assert from "node:assert/strict";
import {
  SymbolKind,
  type DocumentSymbol,
  type FoldingRange,
  type Range,
  type SelectionRange,
  type SymbolInformation,
} from "vscode-languageserver-protocol/node";
import { PULL_CAPABILITIES, startClient, type TestClient } from "./client.ts";
import { crlf, ensureBuilt, TestWorkspace, textAt } from "./markers.ts";

const TIERS = `tier head_office "Head office" { resources: budget, fraud_system }
tier branch "Branch" { under: head_office  resources: staff }
tier teller "Counter teller" { under: branch  resources: warning_script }
tier review_committee "Review committee" { under: head_office  resources: appeal_secretariat }
`;

/** The selection test's ranges around `places: counter` are marked «…». */
const WARNINGS = `// Fraud warnings on large cash withdrawals.
// Qinghe Commercial Bank (fictional), retail banking.
import "shared/tiers.duty"
import "shared/tiers.duty"

policy "Fraud warnings on large cash withdrawals" {
  issuer: head_office
  effective: 2026-03-01
}

«duty warn_large_withdrawal "Fraud warning before a large cash payout" «{
  holder: teller   imposed_by: branch   kind: care
  action: "Read the fraud-warning script aloud before paying out 50,000 CNY or more"
  threshold: 50000 CNY
  «scope «{
    «places: «counter»»
    periods: business_hours
  }»»
}»»

/*
 * The customer decides once warned.
 */
exemption customer_decides "The warned customer decides" { covers: warn_large_withdrawal  grounds: third_party }

accountability {
  covers: warn_large_withdrawal
  appeal: review_committee within 30 days
}
`;

const EMERGENCY = `层级 医院 「市第一人民医院」 { 资源：手术室，麻醉团队 }
层级 主刀医师 「急诊及外科主刀医师」 { 上级：医院  资源：手术室 }

责任 紧急救治 「生命垂危患者的紧急手术」 {
  承担：主刀医师  设定：医院  类型：法定责任  情境：紧急
  内容：「对生命垂危、需要紧急手术的患者组织抢救」
  标准：「自确认手术指征至切皮不超过30分钟」
}

免责 紧急免签 「无法取得意见时经批准手术」 { 适用：紧急救治  事由：紧急情况 }

容错 抢救判断 「紧急情况下的临床判断」 { 适用：紧急救治  情境：紧急 }
`;

/** Traditional script: 緊急 is not the simplified 紧急, so it does not match that query. */
const SURGERY = crlf(`層級 醫院 「市立醫院」 { 資源：手術室 }

責任 緊急手術 「危重患者的緊急手術」 {
  承擔：醫院  類型：法定責任  情境：緊急
  內容：「對生命垂危的患者實施急救手術」
}
`);

const SYMBOL_KIND_NAMES = new Map<number, string>(Object.entries(SymbolKind).map(([name, value]) => [value as number, name]));

const show = (range: Range): string => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

/** The outline as an indented text: kind, name, detail, range and selection range. */
function outlineText(symbols: readonly DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((symbol) => [
    `${"  ".repeat(depth)}${SYMBOL_KIND_NAMES.get(symbol.kind)} ${symbol.name}${symbol.detail ? ` — ${symbol.detail}` : ""}  ${show(symbol.range)} ${show(symbol.selectionRange)}`,
    ...outlineText(symbol.children ?? [], depth + 1),
  ]);
}

describe("LSP: outline, workspace symbols, folding and selection ranges", function () {
  let ws: TestWorkspace;
  let client: TestClient;
  let warnings: string;

  before(async () => {
    ensureBuilt();
    ws = new TestWorkspace({
      "shared/tiers.duty": TIERS,
      "warnings.duty": WARNINGS,
      "医院/紧急手术.duty": EMERGENCY,
      "醫院/緊急手術.duty": SURGERY,
    });
    client = await startClient(ws.root, {
      ...PULL_CAPABILITIES,
      textDocument: { ...PULL_CAPABILITIES.textDocument, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
    });
    warnings = client.open("warnings.duty", ws.text("warnings.duty"));
  });

  after(async () => {
    await client.close();
    ws.remove();
  });

  const request = <T>(method: string, params: object): Promise<T> => client.connection.sendRequest(method, params) as Promise<T>;

  it("outlines each clause with its title, fields beneath it and sub-blocks nested", async () => {
    const symbols = await request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: warnings } });
    assert.deepEqual(outlineText(symbols), [
      "Module Fraud warnings on large cash withdrawals — policy  5:0-8:1 5:0-5:6",
      "  Field issuer — head_office  6:2-6:21 6:2-6:8",
      "  Field effective — 2026-03-01  7:2-7:23 7:2-7:11",
      "Function warn_large_withdrawal — Fraud warning before a large cash payout  10:0-18:1 10:5-10:26",
      "  Field holder — teller  11:2-11:16 11:2-11:8",
      "  Field imposed_by — branch  11:19-11:37 11:19-11:29",
      "  Field kind — care  11:40-11:50 11:40-11:44",
      "  Field action — \"Read the fraud-warning script aloud before paying out 50,000 CNY or more\"  12:2-12:84 12:2-12:8",
      "  Field threshold — 50000 CNY  13:2-13:22 13:2-13:11",
      "  Object scope  14:2-17:3 14:2-14:7",
      "    Field places — counter  15:4-15:19 15:4-15:10",
      "    Field periods — business_hours  16:4-16:27 16:4-16:11",
      "Event customer_decides — The warned customer decides  23:0-23:112 23:10-23:26",
      "  Field covers — warn_large_withdrawal  23:59-23:88 23:59-23:65",
      "  Field grounds — third_party  23:90-23:110 23:90-23:97",
      "Interface accountability — warn_large_withdrawal  25:0-28:1 25:0-25:14",
      "  Field covers — warn_large_withdrawal  26:2-26:31 26:2-26:8",
      "  Field appeal — review_committee within 30 days  27:2-27:41 27:2-27:8",
    ]);
  });

  it("keeps the outline exact while the drafter types above, before and inside clauses", async () => {
    // Each text is typed into one document (reparsed, its clauses moved) and opened fresh in
    // another (parsed whole): the outlines must be the same, line for line.
    const base = ws.text("warnings.duty");
    const exemption = base.indexOf("exemption ");
    const action = base.indexOf("Read the fraud");
    const edits = [
      base.replace("// ", "// A new first line\n// "), // every clause a line lower
      base.slice(0, exemption) + "   " + base.slice(exemption), // one clause further right
      base.slice(0, action) + "Always " + base.slice(action), // inside a clause: the rest moves by 7
      base.slice(0, action) + "Always\n" + base.slice(action), // … and a line lower
      base,
    ];
    const typed = client.open("typed.duty", base);
    await request("textDocument/documentSymbol", { textDocument: { uri: typed } });
    for (const [step, text] of edits.entries()) {
      client.change(typed, text, step + 2);
      const fresh = client.open(`fresh-${step}.duty`, text);
      const [afterTyping, whole] = await Promise.all([
        request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: typed } }),
        request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: fresh } }),
      ]);
      assert.deepEqual(outlineText(afterTyping), outlineText(whole), `after edit ${step + 1}`);
    }
  });

  it("outlines a Chinese policy with Windows line ends", async () => {
    const symbols = await request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: ws.uri("醫院/緊急手術.duty") } });
    assert.deepEqual(outlineText(symbols), [
      "Class 醫院 — 市立醫院  0:0-0:23 0:3-0:5",
      "  Field 資源 — 手術室  0:15-0:21 0:15-0:17",
      "Function 緊急手術 — 危重患者的緊急手術  2:0-5:1 2:3-2:7",
      "  Field 承擔 — 醫院  3:2-3:7 3:2-3:4",
      "  Field 類型 — 法定責任  3:9-3:16 3:9-3:11",
      "  Field 情境 — 緊急  3:18-3:23 3:18-3:20",
      "  Field 內容 — 「對生命垂危的患者實施急救手術」  4:2-4:21 4:2-4:4",
    ]);
  });

  it("finds named clauses across the workspace by a Chinese query, in names and titles", async () => {
    const symbols = await request<SymbolInformation[]>("workspace/symbol", { query: "紧急" });
    const file = "医院/紧急手术.duty";
    const at = (snippet: string): Range => {
      const start = ws.cursor(file, snippet);
      const name = snippet.replace("‸", "").split(" ")[0]!;
      return { start, end: { line: start.line, character: start.character + name.length } };
    };
    assert.deepEqual(symbols, [
      { name: "紧急救治", kind: SymbolKind.Function, location: { uri: ws.uri(file), range: at("‸紧急救治 「生命垂危") }, containerName: "生命垂危患者的紧急手术" },
      { name: "紧急免签", kind: SymbolKind.Event, location: { uri: ws.uri(file), range: at("‸紧急免签 「") }, containerName: "无法取得意见时经批准手术" },
      // Found by its title.
      { name: "抢救判断", kind: SymbolKind.Struct, location: { uri: ws.uri(file), range: at("‸抢救判断 「") }, containerName: "紧急情况下的临床判断" },
    ]);
  });

  it("matches an English query whatever its case", async () => {
    const symbols = await request<SymbolInformation[]>("workspace/symbol", { query: "COMMITTEE" });
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.location.uri, show(symbol.location.range)]),
      [["review_committee", ws.uri("shared/tiers.duty"), "3:5-3:21"]],
    );
  });

  it("folds clause bodies, sub-blocks, comment runs, block comments and imports", async () => {
    const folds = await request<FoldingRange[]>("textDocument/foldingRange", { textDocument: { uri: warnings } });
    assert.deepEqual(folds, [
      { startLine: 0, endLine: 1, kind: "comment" }, // the two // lines
      { startLine: 2, endLine: 3, kind: "imports" },
      { startLine: 5, endLine: 7 }, // policy { … }
      { startLine: 10, endLine: 17 }, // duty { … }
      { startLine: 14, endLine: 16 }, // scope { … }
      { startLine: 20, endLine: 22, kind: "comment" }, // /* … */
      { startLine: 25, endLine: 27 }, // accountability { … }
    ]);
  });

  it("folds a Chinese file with Windows line ends", async () => {
    const folds = await request<FoldingRange[]>("textDocument/foldingRange", { textDocument: { uri: ws.uri("醫院/緊急手術.duty") } });
    assert.deepEqual(folds, [{ startLine: 2, endLine: 4 }]);
  });

  it("grows a selection from a word to the value, field, sub-block, clause body, clause and document", async () => {
    const [selection] = await request<SelectionRange[]>("textDocument/selectionRange", {
      textDocument: { uri: warnings },
      positions: [ws.cursor("warnings.duty", "places: cou‸nter")],
    });
    const chain: Range[] = [];
    for (let step: SelectionRange | undefined = selection; step; step = step.parent) chain.push(step.range);
    // The six ranges marked «…» around `counter`, innermost first, then the whole document.
    const marks = ws.marks("warnings.duty", "counter").concat(
      ws.marks("warnings.duty", "places: counter"),
      ws.marks("warnings.duty", "{\n    places: counter\n    periods: business_hours\n  }"),
      ws.marks("warnings.duty", "scope {\n    places: counter\n    periods: business_hours\n  }"),
    );
    const text = ws.text("warnings.duty");
    const duty = text.slice(text.indexOf("duty warn_large_withdrawal"), text.indexOf("}\n\n/*") + 1);
    const body = duty.slice(duty.indexOf("{"));
    const whole = { start: { line: 0, character: 0 }, end: { line: text.split("\n").length - 1, character: 0 } };
    assert.deepEqual(chain, [...marks, ...ws.marks("warnings.duty", body), ...ws.marks("warnings.duty", duty), whole]);
    assert.equal(chain.length, 7);
  });

  it("steps through the words of a value and the text inside quotes", async () => {
    const [inValue, inText] = await request<SelectionRange[]>("textDocument/selectionRange", {
      textDocument: { uri: warnings },
      positions: [ws.cursor("warnings.duty", "within 3‸0 days"), ws.cursor("warnings.duty", "Read the fraud-warning scr‸ipt")],
    });
    const text = ws.text("warnings.duty");
    const texts = (selection: SelectionRange | undefined, steps: number): string[] => {
      const found: string[] = [];
      for (let step = selection; step && found.length < steps; step = step.parent) found.push(textAt(text, step.range));
      return found;
    };
    assert.deepEqual(texts(inValue, 3), ["30 days", "review_committee within 30 days", "appeal: review_committee within 30 days"]);
    assert.deepEqual(texts(inText, 3), [
      "Read the fraud-warning script aloud before paying out 50,000 CNY or more",
      `"Read the fraud-warning script aloud before paying out 50,000 CNY or more"`,
      `action: "Read the fraud-warning script aloud before paying out 50,000 CNY or more"`,
    ]);
  });
});
