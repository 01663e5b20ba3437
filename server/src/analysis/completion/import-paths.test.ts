import assert from "node:assert/strict";
import * as path from "node:path";
import { importPathCompletions } from "./import-paths.ts";

const ROOT = path.join(path.sep, "ws");
const FILES = ["policies/a.duty", "policies/b.duty", "shared/tiers.duty", "shared/notes.txt"].map((file) => path.join(ROOT, ...file.split("/")));
const A = FILES[0]!;

describe("completion of an import's path", () => {
  it("offers the other policies, nearest first, relative to the importing file", () => {
    const text = `import "`;
    const entries = importPathCompletions(text, text.length, A, () => FILES)!;
    assert.deepEqual(entries.map((entry) => entry.label), ["b.duty", "../shared/tiers.duty"]);
    assert.deepEqual(entries[0]!.span, { start: text.length, end: text.length });
  });

  it("narrows by what is typed, in any quote and spelling of the keyword, and replaces it", () => {
    const text = `tier t { resources: x }\n導入 「../sh`;
    const [entry, more] = importPathCompletions(text, text.length, A, () => FILES)!;
    assert.equal(more, undefined);
    assert.equal(entry!.insertText, "../shared/tiers.duty");
    assert.deepEqual(entry!.span, { start: text.length - 5, end: text.length });
    assert.equal(importPathCompletions(`IMPORT 'b`, 9, A, () => FILES)!.length, 1);
  });

  it("writes ./ paths when the drafter starts with ./", () => {
    const text = `import "./`;
    assert.deepEqual(importPathCompletions(text, text.length, A, () => FILES)!.map((entry) => entry.insertText), ["./b.duty", "../shared/tiers.duty"]);
  });

  it("is nothing outside an import's path", () => {
    for (const text of [`duty d { action: "`, `import "a.duty" `, `// import "`, `/* import "`, `/*\nimport "`, `duty d { action: "check every import “`, `tier t {`]) {
      assert.equal(importPathCompletions(text, text.length, A, () => FILES), undefined, text);
    }
  });
});
