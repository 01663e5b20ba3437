/**
 * The `duty.rules` setting VS Code shows lists every review rule, with its summary in the
 * editor's language (written by scripts/build-settings-contribution.ts from the rule registry).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { outputs } from "../../scripts/build-settings-contribution.ts";
import { RULES } from "../../server/src/analysis/rules/registry.ts";

describe("the duty.rules setting", () => {
  it("is what the rule registry gives (run `node scripts/build-settings-contribution.ts` after changing a rule)", () => {
    for (const [file, text] of outputs()) assert.equal(readFileSync(file, "utf8"), text, `${file} is stale`);
  });

  it("offers each review rule, with its levels and summary, and no other id", () => {
    const manifest = JSON.parse(readFileSync("package.json", "utf8")) as { contributes: { configuration: { properties: Record<string, { properties: Record<string, { enum: string[]; markdownDescription: string }>; additionalProperties: boolean }> } } };
    const setting = manifest.contributes.configuration.properties["duty.rules"]!;
    assert.deepEqual(Object.keys(setting.properties), RULES.map((rule) => rule.meta.id));
    assert.equal(setting.additionalProperties, false);
    assert.deepEqual(setting.properties["tolerance/no-force-majeure"]!.enum, ["error", "warning", "info", "off"]);
    const zhTw = JSON.parse(readFileSync("package.nls.zh-tw.json", "utf8")) as Record<string, string>;
    assert.equal(zhTw[setting.properties["tolerance/no-force-majeure"]!.markdownDescription.slice(1, -1)], RULES.find((rule) => rule.meta.id === "tolerance/no-force-majeure")!.meta.summary["zh-Hant"]);
  });
});
