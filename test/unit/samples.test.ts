/**
 * The samples are the product's promise: `duty check samples/` finds exactly the defects each
 * sample was written with (listed in its `// Defects:` header, with their lines) and nothing on
 * the well-drafted ones; and each is written in the formatter's layout, as a drafter's would be
 * after `duty format`.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { formatText } from "../../server/src/analysis/format/index.ts";
import { reviewFile } from "../../server/src/analysis/review.ts";
import { Workspace } from "../../server/src/analysis/workspace.ts";
import { DiskHost } from "../../server/src/host/disk.ts";

const SAMPLES = path.resolve("samples");

interface Expected {
  readonly rule: string;
  /** 1-based lines named in the header; empty when the header names none. */
  readonly lines: readonly number[];
}

/** Splits `a (x, y), b, c (z)` on the commas outside parentheses. */
function entries(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of list) {
    if (char === "(") depth++;
    if (char === ")") depth--;
    if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

function expectedDefects(text: string): Expected[] | "clean" | undefined {
  if (/^\/\/ Well drafted: the review should find nothing\./m.test(text)) return "clean";
  const header = /^\/\/ Defects: (.*)$/m.exec(text)?.[1];
  if (!header) return undefined;
  return entries(header).map((entry) => {
    const rule = /^([a-z]+\/[a-z-]+)/.exec(entry)?.[1] ?? entry;
    const lines: number[] = [];
    for (const mention of entry.matchAll(/lines? ([0-9]+(?:\s*(?:[-–]|,)\s*[0-9]+)*)/g)) {
      for (const part of (mention[1] ?? "").split(",")) {
        const [from, to] = part.split(/[-–]/).map((n) => Number(n.trim()));
        for (let line = from!; line <= (to ?? from!); line++) lines.push(line);
      }
    }
    return { rule, lines };
  });
}

const files = fs.readdirSync(SAMPLES).filter((name) => name.endsWith(".duty")).sort();

describe("samples", () => {
  const workspace = new Workspace(new DiskHost(SAMPLES));

  it("there are at least six policies, in English, 简体 and 繁體", () => {
    assert.ok(files.length >= 6);
    const locales = new Set(files.map((name) => workspace.document(path.join(SAMPLES, name))!.locale));
    assert.deepEqual([...locales].sort(), ["en", "zh-Hans", "zh-Hant"]);
  });

  for (const name of files) {
    it(`${name}: the review finds what it was written with`, () => {
      const file = path.join(SAMPLES, name);
      const text = fs.readFileSync(file, "utf8");
      const expected = expectedDefects(text);
      assert.ok(expected, `${name} needs a "// Defects:" or "// Well drafted" header`);
      assert.equal(formatText(text), text, `${name} is in the formatter's layout (run \`duty format samples\`)`);
      const review = reviewFile(workspace, file)!;
      const found = review.findings.map((finding) => ({ rule: finding.rule, line: review.model.document.lines.positionAt(finding.span.start).line + 1, message: finding.message }));
      if (expected === "clean") {
        assert.deepEqual(found, [], `${name} is well drafted`);
        return;
      }
      assert.deepEqual([...new Set(found.map((f) => f.rule))].sort(), [...new Set(expected.map((e) => e.rule))].sort(), `${name}: rules found`);
      for (const { rule, lines } of expected) {
        for (const line of lines) {
          assert.ok(found.some((f) => f.rule === rule && f.line === line), `${name}: ${rule} on line ${line}; found ${JSON.stringify(found.filter((f) => f.rule === rule).map((f) => f.line))}`);
        }
      }
    });
  }
});
