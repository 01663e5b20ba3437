/**
 * The extension speaks the editor's language: every message the client shows has a translation
 * in both Chinese bundles, and every `%key%` of package.json has a text in all three nls files.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";

const BUNDLES = ["l10n/bundle.l10n.zh-cn.json", "l10n/bundle.l10n.zh-tw.json"];
const NLS = ["package.nls.json", "package.nls.zh-cn.json", "package.nls.zh-tw.json"];

function json(file: string): Record<string, string> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
}

/** The first argument of every `vscode.l10n.t("…")` in the client's sources. */
function clientMessages(): string[] {
  const messages = new Set<string>();
  for (const file of readdirSync("client/src").filter((name) => name.endsWith(".ts"))) {
    const source = readFileSync(path.join("client/src", file), "utf8");
    for (const match of source.matchAll(/l10n\.t\(\s*("(?:[^"\\]|\\.)*")/g)) messages.add(JSON.parse(match[1]!) as string);
  }
  return [...messages].sort();
}

describe("the extension's translations", () => {
  it("has every client message in both Chinese bundles, and nothing else", () => {
    const messages = clientMessages();
    assert.ok(messages.length > 10, "the client's messages were found");
    for (const bundle of BUNDLES) assert.deepEqual(Object.keys(json(bundle)).sort(), messages, bundle);
  });

  it("keeps each message's placeholders in its translations", () => {
    for (const bundle of BUNDLES) {
      for (const [message, translation] of Object.entries(json(bundle))) {
        assert.deepEqual(translation.match(/\{\d\}/g)?.sort() ?? [], message.match(/\{\d\}/g)?.sort() ?? [], `${bundle}: ${message}`);
      }
    }
  });

  it("has a text for every %key% of package.json in all three nls files", () => {
    const keys = [...readFileSync("package.json", "utf8").matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!);
    const english = Object.keys(json(NLS[0]!)).sort();
    for (const file of NLS) {
      const texts = json(file);
      assert.deepEqual(Object.keys(texts).sort(), english, `${file} has the same keys as package.nls.json`);
      for (const key of keys) assert.ok(texts[key], `${file}: ${key}`);
    }
  });
});
