/**
 * Every rule page's examples do what the page says: each example under "Avoid" gets the rule's
 * finding, and none under "Prefer" does. A drafter copies these examples; an "Avoid" that Duty
 * passes in silence, or a "Prefer" it flags, teaches the wrong thing.
 *
 * How a page's examples are read: a fenced block is one example, reviewed alone as `main.duty`,
 * unless its first line names a file (`// counter.duty`, as the import pages write): the named
 * blocks of a section are then the files of one workspace, each reviewed. A `json` block is the
 * workspace's `.duty.json`, beside a small policy it applies to; the law files it lists hold the
 * minimal law file of docs/laws.md (so that example is checked too).
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { CATALOGUE } from "../../server/src/analysis/catalogue.ts";
import type { Finding } from "../../server/src/analysis/finding.ts";
import { reviewFile } from "../../server/src/analysis/review.ts";
import { Workspace } from "../../server/src/analysis/workspace.ts";
import { MemoryHost, ROOT } from "../helpers/review.ts";

interface CodeBlock {
  readonly language: string;
  readonly text: string;
}

/** One example: the files of a workspace, the ones to review, by name relative to the root. */
interface Example {
  readonly label: string;
  readonly files: Readonly<Record<string, string>>;
  readonly reviewed: readonly string[];
}

/** The policy a configuration example is applied to. */
const CONFIGURED_POLICY = "tier branch { resources: staff }\n";

/** docs/laws.md's minimal law file: the one JSON block there with a `formatVersion`. */
function minimalLawFile(): string {
  const page = fs.readFileSync(path.resolve("docs", "laws.md"), "utf8");
  const file = codeBlocks(page).find((block) => block.language === "json" && block.text.includes('"formatVersion"'));
  assert.ok(file, "docs/laws.md shows a minimal law file");
  return file.text;
}

/** A configuration example, with the law files it lists. */
function configurationExample(label: string, text: string): Example {
  const files: Record<string, string> = { ".duty.json": text, "main.duty": CONFIGURED_POLICY };
  let laws: unknown;
  try {
    laws = (JSON.parse(text) as { laws?: unknown }).laws;
  } catch {
    // Not JSON at all: what the page may be showing.
  }
  if (Array.isArray(laws)) for (const file of laws) if (typeof file === "string") files[file] = minimalLawFile();
  return { label, files, reviewed: ["main.duty"] };
}

function sectionOf(page: string, title: string): string {
  const start = page.search(new RegExp(`^## ${title}$`, "m"));
  if (start < 0) return "";
  const rest = page.slice(start).replace(/^.*\n/, "");
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

function codeBlocks(section: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  for (const match of section.matchAll(/^```([a-z]*)\n([\s\S]*?)^```$/gm)) blocks.push({ language: match[1]!, text: match[2]! });
  return blocks;
}

/** `// counter.duty — imports nothing` names `counter.duty`. */
function fileNamed(block: CodeBlock): string | undefined {
  return /^\/\/ ([\w./-]+\.duty)\b/.exec(block.text)?.[1];
}

export function examplesOf(section: string): Example[] {
  const examples: Example[] = [];
  const named: Record<string, string> = {};
  codeBlocks(section).forEach((block, index) => {
    const label = `example ${index + 1}`;
    const name = fileNamed(block);
    if (name) named[name] = block.text;
    else if (block.language === "json") examples.push(configurationExample(label, block.text));
    else examples.push({ label, files: { "main.duty": block.text }, reviewed: ["main.duty"] });
  });
  const names = Object.keys(named);
  if (names.length > 0) examples.push({ label: `the files ${names.join(", ")}`, files: named, reviewed: names });
  return examples;
}

/** Every finding of every reviewed file, configuration problems included. */
function findingsOf(example: Example): Finding[] {
  const workspace = new Workspace(new MemoryHost(example.files));
  const findings: Finding[] = [];
  for (const name of example.reviewed) {
    const review = reviewFile(workspace, path.join(ROOT, name));
    assert.ok(review, `${name} could be read`);
    findings.push(...review.findings, ...review.configProblems);
  }
  return findings;
}

/**
 * What an example leaves out (the tiers a duty names, the clause it builds on) is allowed; what
 * it writes must be valid Duty, or a drafter copies a mistake.
 */
function syntaxProblems(findings: readonly Finding[]): string[] {
  return findings.filter((finding) => finding.rule.startsWith("syntax/")).map((finding) => `${finding.rule}: ${finding.message}`);
}

function rulesIn(findings: readonly Finding[]): string {
  return [...new Set(findings.map((finding) => finding.rule))].join(", ") || "none";
}

describe("the rule pages' examples", () => {
  for (const entry of CATALOGUE) {
    const page = fs.readFileSync(path.resolve("docs", "rules", `${entry.id}.md`), "utf8");
    const avoid = examplesOf(sectionOf(page, "Avoid"));
    const prefer = examplesOf(sectionOf(page, "Prefer"));
    const isSyntax = entry.id.startsWith("syntax/");

    it(`${entry.id}: each "Avoid" example gets the finding, no "Prefer" example does`, () => {
      // The limits (a file too large, nesting too deep) are described, not shown.
      if (entry.id !== "syntax/too-large" && entry.id !== "syntax/too-deep") assert.ok(avoid.length > 0, "the page shows what to avoid");
      assert.ok(prefer.length > 0, "the page shows what to write instead");
      for (const example of avoid) {
        const findings = findingsOf(example);
        assert.ok(findings.some((finding) => finding.rule === entry.id), `Avoid, ${example.label}: expected ${entry.id}, got ${rulesIn(findings)}`);
        if (!isSyntax) assert.deepEqual(syntaxProblems(findings), [], `Avoid, ${example.label}: valid Duty`);
      }
      for (const example of prefer) {
        const findings = findingsOf(example);
        assert.ok(!findings.some((finding) => finding.rule === entry.id), `Prefer, ${example.label}: ${entry.id} reported`);
        if (!isSyntax) assert.deepEqual(syntaxProblems(findings), [], `Prefer, ${example.label}: valid Duty`);
      }
    });
  }
});

/** The guides: their Duty examples, and what they say of them. */
const GUIDES = ["README.md", "docs/language.md", "docs/formatting.md"];
/** An example that opens with this claim must get no finding at all. */
const CLEAN_CLAIM = /should find nothing|不应发现问题|不應發現問題/;

describe("the guides' Duty examples", () => {
  for (const guide of GUIDES) {
    const blocks = codeBlocks(fs.readFileSync(path.resolve(guide), "utf8")).filter((block) => block.language === "duty");

    it(`${guide}: every \`duty\` example is valid Duty, and one said to be clean is`, () => {
      assert.ok(blocks.length > 0, "the guide shows Duty");
      for (const [index, block] of blocks.entries()) {
        const findings = findingsOf({ label: `example ${index + 1}`, files: { "main.duty": block.text }, reviewed: ["main.duty"] });
        assert.deepEqual(syntaxProblems(findings), [], `example ${index + 1}: valid Duty`);
        const firstLine = block.text.split("\n", 1)[0]!;
        if (CLEAN_CLAIM.test(firstLine)) assert.deepEqual(findings.map((finding) => `${finding.rule}: ${finding.message}`), [], `example ${index + 1} (${firstLine})`);
      }
    });
  }
});
