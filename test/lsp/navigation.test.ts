/**
 * Go to definition, find references, document highlights and rename, through the bundled server,
 * on a bank's policies: a shared tier register (never opened: read from disk), an English policy,
 * a simplified-Chinese draft with Windows line ends, a traditional-Chinese report in a subfolder,
 * and files that must not be touched (a policy with its own `branch`, files under node_modules
 * and a dot-folder).
 *
 * Every occurrence of the shared tier `branch` is marked «branch»; of the duty `warn`, «warn».
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Definition, DocumentHighlight, Location, WorkspaceEdit } from "vscode-languageserver-protocol/node";
import { PULL_CAPABILITIES, startClient, type TestClient } from "./client.ts";
import { crlf, ensureBuilt, TestWorkspace } from "./markers.ts";

const TIERS = `// Shared tier register of Qinghe Commercial Bank (fictional).
tier regulator "Local office of the financial regulator" { resources: supervision_authority }

tier «branch» "Bank branch" {
  under: regulator
  resources: staff, counter_system, fraud_system
}

tier «teller» "Counter teller" {
  under: «branch»
  resources: counter_system, warning_script
}
`;

const WARNINGS = `// Fraud warnings at the counter.
import "shared/tiers.duty"

duty «warn» "Fraud warning before a large payout" {
  holder: teller   imposed_by: «branch»   kind: care
  action: "Read the fraud warning aloud before paying out"
  threshold: 50000 CNY
  standard: "Warning acknowledged in the counter system before the payout"
  needs: counter_system, warning_script
}

exemption customer_decides "The warned customer decides" {
  covers: «warn»   grounds: third_party
  when: "The warning was given and acknowledged, and the customer chose to withdraw"
}

case warned_but_scammed "Warned, and withdrew anyway" {
  performed: «warn»
  expect: teller exempt by customer_decides, «branch» not_breached
}
`;

const REGISTRATION = crlf(`// 大额取现实名登记（简体中文稿）。
导入 "shared/tiers.duty"

责任 «实名登记» 「大额取现实名登记」 {
  承担：teller  设定：«branch»  类型：法定责任
  内容：「核对取款人身份证件并登记」
  阈值：5万元
  标准：「登记信息在付款前录入柜面系统」
}
`);

const REPORTING = `導入 "../shared/tiers.duty"

責任 大額報告 「大額現金交易報告」 {
  承擔：«branch»  設定：regulator  類型：法定責任
  內容：「每日報告五萬元以上的現金交易」
  標準：「報告於五個工作日內被監測中心接收」
}
`;

/** Declares its own `branch` and imports nothing: none of its names are the shared tier. */
const UNRELATED = `tier branch "A branch of another bank" { resources: staff }

duty open_on_time { holder: branch  action: "Open the counter at nine" }
`;

/** Would refer to the shared `branch`, but node_modules and dot-folders are not part of the workspace. */
const SKIPPED = `import "../shared/tiers.duty"

duty vendored { holder: branch  action: "Nothing" }
`;

describe("LSP: definition, references, highlights and rename", function () {
  let ws: TestWorkspace;
  let client: TestClient;
  let warnings: string;

  before(async () => {
    ensureBuilt();
    ws = new TestWorkspace({
      "shared/tiers.duty": TIERS,
      "warnings.duty": WARNINGS,
      "登记.duty": REGISTRATION,
      "branches/reporting.duty": REPORTING,
      "unrelated.duty": UNRELATED,
      "node_modules/vendor/vendored.duty": SKIPPED,
      ".drafts/old.duty": SKIPPED,
    });
    client = await startClient(ws.root, {
      ...PULL_CAPABILITIES,
      textDocument: { ...PULL_CAPABILITIES.textDocument, rename: { prepareSupport: true } },
    });
    warnings = client.open("warnings.duty", ws.text("warnings.duty"));
  });

  after(async () => {
    await client.close();
    ws.remove();
  });

  const request = <T>(method: string, params: object): Promise<T> => client.connection.sendRequest(method, params) as Promise<T>;

  describe("definition", () => {
    it("goes from a reference to the declaring name in the imported file", async () => {
      const definition = await request<Definition>("textDocument/definition", {
        textDocument: { uri: warnings },
        position: ws.cursor("warnings.duty", "holder: tel‸ler"),
      });
      assert.deepEqual(definition, { uri: ws.uri("shared/tiers.duty"), range: ws.marks("shared/tiers.duty", "teller")[0] });
    });

    it("goes from a reference to a clause in the same file", async () => {
      const definition = await request<Definition>("textDocument/definition", {
        textDocument: { uri: warnings },
        position: ws.cursor("warnings.duty", "performed: ‸warn"),
      });
      assert.deepEqual(definition, { uri: warnings, range: ws.marks("warnings.duty", "warn")[0] });
    });

    it("goes from an import path to the imported file", async () => {
      const definition = await request<Definition>("textDocument/definition", {
        textDocument: { uri: warnings },
        position: ws.cursor("warnings.duty", `import "shared/tie‸rs.duty"`),
      });
      assert.deepEqual(definition, { uri: ws.uri("shared/tiers.duty"), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    });

    it("works in a Chinese file with Windows line ends", async () => {
      const uri = client.open("登记.duty", ws.text("登记.duty"));
      const definition = await request<Definition>("textDocument/definition", {
        textDocument: { uri },
        position: ws.cursor("登记.duty", "设定：bra‸nch"),
      });
      assert.deepEqual(definition, { uri: ws.uri("shared/tiers.duty"), range: ws.marks("shared/tiers.duty", "branch")[0] });
    });

    it("finds nothing on a free label or a field key", async () => {
      for (const snippet of ["needs: counter_sys‸tem", "thresh‸old: 50000 CNY"]) {
        const definition = await request<Definition | null>("textDocument/definition", {
          textDocument: { uri: warnings },
          position: ws.cursor("warnings.duty", snippet),
        });
        assert.equal(definition, null, snippet);
      }
    });
  });

  describe("references", () => {
    it("finds every use across the workspace, in open files and on disk, with the declaration", async () => {
      const references = await request<Location[]>("textDocument/references", {
        textDocument: { uri: warnings },
        position: ws.cursor("warnings.duty", "imposed_by: ‸branch"),
        context: { includeDeclaration: true },
      });
      assert.deepEqual(references, ws.locations("branch"));
      assert.equal(references.length, 6);
    });

    it("leaves the declaration out when asked to", async () => {
      const references = await request<Location[]>("textDocument/references", {
        textDocument: { uri: warnings },
        position: ws.cursor("warnings.duty", "bra‸nch not_breached"),
        context: { includeDeclaration: false },
      });
      const declaration = { uri: ws.uri("shared/tiers.duty"), range: ws.marks("shared/tiers.duty", "branch")[0] };
      assert.deepEqual(references, ws.locations("branch").filter((location) => JSON.stringify(location) !== JSON.stringify(declaration)));
    });

    it("finds the uses of a duty declared in the file itself", async () => {
      const references = await request<Location[]>("textDocument/references", {
        textDocument: { uri: warnings },
        position: ws.cursor("warnings.duty", `duty w‸arn "Fraud warning`),
        context: { includeDeclaration: true },
      });
      assert.deepEqual(references, ws.locations("warn"));
    });
  });

  describe("document highlights", () => {
    it("marks the declaration as written and each reference as read", async () => {
      const highlights = await request<DocumentHighlight[]>("textDocument/documentHighlight", {
        textDocument: { uri: warnings },
        position: ws.cursor("warnings.duty", "covers: wa‸rn"),
      });
      const [declaration, ...uses] = ws.marks("warnings.duty", "warn");
      assert.deepEqual(highlights, [{ range: declaration, kind: 3 }, ...uses.map((range) => ({ range, kind: 2 }))]);
    });

    it("shows only this document's references of an imported name", async () => {
      const highlights = await request<DocumentHighlight[]>("textDocument/documentHighlight", {
        textDocument: { uri: warnings },
        position: ws.cursor("warnings.duty", "imposed_by: branch‸"),
      });
      assert.deepEqual(highlights, ws.marks("warnings.duty", "branch").map((range) => ({ range, kind: 2 })));
    });
  });

  describe("rename", () => {
    const rename = (file: string, snippet: string, newName: string): Promise<WorkspaceEdit> =>
      request<WorkspaceEdit>("textDocument/rename", { textDocument: { uri: ws.uri(file) }, position: ws.cursor(file, snippet), newName });

    it("prepares on a name, with the name as placeholder", async () => {
      const prepared = await request("textDocument/prepareRename", {
        textDocument: { uri: warnings },
        position: ws.cursor("warnings.duty", "imposed_by: bran‸ch"),
      });
      assert.deepEqual(prepared, { range: ws.marks("warnings.duty", "branch")[0], placeholder: "branch" });
    });

    it("refuses to prepare on a field value that is not a name", async () => {
      await assert.rejects(
        request("textDocument/prepareRename", { textDocument: { uri: warnings }, position: ws.cursor("warnings.duty", "kind: ca‸re") }),
        {
          code: -32803,
          message:
            "Only the name of a tier, duty, exemption, tolerance or case can be renamed: put the cursor on one, where it is declared or where it is used.",
        },
      );
    });

    it("renames the declaration and every reference, in every file that sees it", async () => {
      const edit = await rename("warnings.duty", "imposed_by: ‸branch", "bank_branch");
      const expected: Record<string, { range: unknown; newText: string }[]> = {};
      for (const { uri, range } of ws.locations("branch")) (expected[uri] ??= []).push({ range, newText: "bank_branch" });
      assert.deepEqual(edit, { changes: expected });
      assert.deepEqual(Object.keys(edit.changes!).sort(), [
        ws.uri("branches/reporting.duty"),
        ws.uri("shared/tiers.duty"),
        ws.uri("warnings.duty"),
        ws.uri("登记.duty"),
      ].sort());
    });

    it("renames from a Chinese file with Windows line ends", async () => {
      const edit = await rename("登记.duty", "责任 实名‸登记", "取款实名登记");
      assert.deepEqual(edit, { changes: { [ws.uri("登记.duty")]: [{ range: ws.marks("登记.duty", "实名登记")[0], newText: "取款实名登记" }] } });
    });

    it("refuses a name that starts with a digit", async () => {
      await assert.rejects(rename("warnings.duty", "imposed_by: ‸branch", "1bad"), {
        code: -32803,
        message: "`1bad` cannot be a name: a name starts with a letter or `_`, not a digit. Try `bad_1`.",
      });
    });

    it("refuses a name with a character names cannot hold", async () => {
      await assert.rejects(rename("warnings.duty", "imposed_by: ‸branch", "main branch"), {
        code: -32803,
        message: "`main branch` cannot be a name: it contains a space. A name is made of letters (Chinese characters included), digits, `_` and `-`.",
      });
      await assert.rejects(rename("warnings.duty", "imposed_by: ‸branch", "-branch"), {
        code: -32803,
        message: "`-branch` cannot be a name: a name starts with a letter or `_`, not “-”.",
      });
    });

    it("refuses a keyword, in any script, in the document's language", async () => {
      await assert.rejects(rename("warnings.duty", "imposed_by: ‸branch", "Policy"), {
        code: -32803,
        message: "`Policy` is a keyword of the language and cannot be a name. A longer word that begins with it, such as `Policy_1`, can.",
      });
      await assert.rejects(rename("登记.duty", "设定：‸branch", "免责"), {
        code: -32803,
        message: "“免责”是语言的关键字，不能作为名称。以它开头的更长的词可以，例如“免责条款”。",
      });
    });

    it("refuses a word Duty reads as part of a citation", async () => {
      await assert.rejects(rename("warnings.duty", "imposed_by: ‸branch", "article"), {
        code: -32803,
        message: "`article` cannot be a name: Duty reads it as part of a law citation or a number, not as a name.",
      });
    });

    it("refuses a name already taken in the import closure", async () => {
      await assert.rejects(rename("warnings.duty", "imposed_by: ‸branch", "teller"), {
        code: -32803,
        message:
          "`teller` is already the name of a tier in `shared/tiers.duty`. Two clauses with one name would make every reference to it ambiguous: choose another name.",
      });
    });

    it("refuses a name taken in a file that imports the declaring one", async () => {
      // Renaming in the (unopened) register: `warn` is free there, but warnings.duty sees both.
      await assert.rejects(rename("shared/tiers.duty", "tier ‸regulator", "warn"), {
        code: -32803,
        message:
          "`warn` is already the name of a duty in `../warnings.duty`. Two clauses with one name would make every reference to it ambiguous: choose another name.",
      });
    });

    it("allows a name that another, unrelated file declares", async () => {
      // unrelated.duty has its own `open_on_time`, but cannot see the shared register.
      const edit = await rename("shared/tiers.duty", "tier ‸regulator", "open_on_time");
      assert.deepEqual(Object.keys(edit.changes!).sort(), [ws.uri("branches/reporting.duty"), ws.uri("shared/tiers.duty")].sort());
    });
  });

  describe("files created on disk", () => {
    it("are searched once the file watcher reports them", async () => {
      const position = ws.cursor("warnings.duty", "imposed_by: ‸branch");
      const find = (): Promise<Location[]> =>
        request<Location[]>("textDocument/references", { textDocument: { uri: warnings }, position, context: { includeDeclaration: false } });
      assert.equal((await find()).length, 5);
      fs.writeFileSync(path.join(ws.root, "late.duty"), `import "shared/tiers.duty"\nduty count_cash { holder: branch  action: "Count the cash" }\n`);
      const late = pathToFileURL(path.join(ws.root, "late.duty")).href;
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: late, type: 1 }] });
      const references = await find();
      assert.deepEqual(
        references.filter((location) => location.uri === late),
        [{ uri: late, range: { start: { line: 1, character: 26 }, end: { line: 1, character: 32 } } }],
      );
      assert.equal(references.length, 6);
    });

    it("a `.duty.json` applies once the file watcher reports it, and stops applying once it is deleted", async () => {
      const rules = async (): Promise<string[]> => {
        const report = await request<{ items: { code?: string | number }[] }>("textDocument/diagnostic", { textDocument: { uri: warnings } });
        return report.items.map((item) => String(item.code));
      };
      const before = await rules();
      const silenced = before.find((rule) => rule.includes("/") && !rule.startsWith("syntax/") && !rule.startsWith("name/"));
      assert.ok(silenced, `a review finding to silence among ${before.join(", ")}`);
      const config = path.join(ws.root, ".duty.json");
      const configUri = pathToFileURL(config).href;
      // Asked for before the file exists: the server must not go on believing it absent.
      fs.writeFileSync(config, `${JSON.stringify({ rules: { [silenced]: "off" } })}\n`);
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: configUri, type: 1 }] });
      assert.ok(!(await rules()).includes(silenced), `${silenced} is off`);
      fs.rmSync(config);
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: configUri, type: 3 }] });
      assert.deepEqual(await rules(), before);
    });

    it("a workspace law file edited on disk applies once the file watcher reports it", async () => {
      const folder = path.join(ws.root, "handbook");
      fs.mkdirSync(path.join(folder, "laws"), { recursive: true });
      const lawFile = path.join(folder, "laws", "acme.json");
      const law = (articles: number[]) =>
        `${JSON.stringify({
          formatVersion: 1,
          jurisdiction: "ACME internal",
          laws: [{ id: "acme-handbook", kind: "internal-rule", names: { en: "ACME Staff Handbook" }, articles: articles.map((number) => ({ number, gist: { en: `Section ${number}` }, verified: true })) }],
        })}\n`;
      fs.writeFileSync(lawFile, law([1]));
      fs.writeFileSync(path.join(folder, ".duty.json"), `${JSON.stringify({ laws: ["laws/acme.json"] })}\n`);
      const policy = client.open("handbook/refusal.duty", `duty refuse_unsafe { holder: nurse  action: "Refuse an unsafe order"  basis: acme-handbook/3 }\n`);
      const cites = async (): Promise<string[]> => {
        const report = await request<{ items: { code?: string | number }[] }>("textDocument/diagnostic", { textDocument: { uri: policy } });
        return report.items.map((item) => String(item.code)).filter((rule) => rule.startsWith("cite/"));
      };
      assert.deepEqual(await cites(), ["cite/unknown"], "article 3 is not in the handbook yet");
      fs.writeFileSync(lawFile, law([1, 3]));
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(lawFile).href, type: 2 }] });
      assert.deepEqual(await cites(), []);
    });

    it("an imported file that appears on disk resolves once the file watcher reports it", async () => {
      const importing = client.open("importing.duty", `import "appears-later.duty"\nduty check_later { holder: later_desk  action: "Check" }\n`);
      const rules = async (): Promise<string[]> => {
        const report = await request<{ items: { code?: string | number }[] }>("textDocument/diagnostic", { textDocument: { uri: importing } });
        return report.items.map((item) => String(item.code));
      };
      assert.ok((await rules()).includes("import/not-found"));
      const later = path.join(ws.root, "appears-later.duty");
      fs.writeFileSync(later, "tier later_desk { resources: staff }\n");
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(later).href, type: 1 }] });
      const after = await rules();
      assert.ok(!after.includes("import/not-found") && !after.includes("name/unknown"), after.join(", "));
    });
  });
});
