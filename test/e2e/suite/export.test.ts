/**
 * Exporting compiled rules from VS Code: the command as a menu calls it (with the policy's Uri)
 * writes the rule JSON where asked, and a link planted beside a policy cannot make it write a
 * file outside the workspace.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { activateExtension, sampleUri } from "../helpers.ts";

const POLICY = "bank-withdrawal-warnings.duty";

describe("exporting compiled rules in VS Code", function () {
  this.timeout(60000);

  before(async () => {
    await activateExtension();
  });

  it("exports the policy a menu names (a Uri), even when another editor is active", async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sampleUri("shared/banking-tiers.duty")));
    const target = path.join(sampleUri(".").fsPath, "warnings.rules.json");
    const written = await vscode.commands.executeCommand<string | undefined>("duty.exportCompiledRules", sampleUri(POLICY), target);
    assert.equal(written, target);
    const json = JSON.parse(fs.readFileSync(target, "utf8")) as { format: string; duties: { name: string }[] };
    assert.equal(json.format, "duty-rules");
    assert.ok(json.duties.some((duty) => duty.name === "warn_large_withdrawal"), "the warnings policy's duty is exported");
    fs.rmSync(target);
  });

  it("does not write through a link beside the policy that points outside the workspace", async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "duty-outside-"));
    const victim = path.join(outside, "victim.txt");
    fs.writeFileSync(victim, "keep me");
    const link = path.join(sampleUri(".").fsPath, "planted.rules.json");
    fs.symlinkSync(victim, link);
    try {
      const written = await vscode.commands.executeCommand<string | undefined>("duty.exportCompiledRules", sampleUri(POLICY), link);
      assert.equal(written, undefined);
      assert.equal(fs.readFileSync(victim, "utf8"), "keep me");
    } finally {
      fs.rmSync(link, { force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
