/**
 * Reparsing after an edit (grammar/src/incremental.ts) must give exactly what a full parse of
 * the new text gives: the same syntax tree, declarations, diagnostics (rule, span, message,
 * data), comments and locale. Edits of every kind — a letter typed in a string, a brace or quote
 * added or removed, a comment opened, a clause pasted or cut, a keyword typed — on samples,
 * generated policies (three scripts) and mutated texts, one at a time and in chains where each
 * reparse starts from the previous reparse.
 */
import assert from "node:assert/strict";
import { parseDocument, reparseDocument } from "../../grammar/src/index.ts";
import { reparse } from "../../grammar/src/incremental.ts";
import { mutationCorpus } from "./corpus.ts";
import { generatePolicy } from "./generate-policy.ts";
import { MUTATIONS } from "./mutate.ts";
import { Rng } from "./rng.ts";
import { documentSnapshot as observable } from "./snapshot.ts";

const SNIPPETS = [
  "a", "x", " ", "\n", "{", "}", "｛", "｝", '"', "“", "「", "/*", "*/", "//", ":", "：", ";", ",", "、",
  "duty", "责任", "責任", "tier", "免责", "import", "导入", 'import "x.duty"', "holder: ", "holder: bank", "basis: civil-code/180",
  "duty d {\n  holder: bank\n}\n", "tolerance t { covers: d }\n", "第二十七条", "30 days", "5万元", "\uD83D", "é",
];

/** One random edit: insert, delete or replace a few characters or a whole line or clause. */
function edit(rng: Rng, text: string): string {
  const at = rng.int(text.length + 1);
  const roll = rng.float();
  if (roll < 0.45) return text.slice(0, at) + rng.pick(SNIPPETS) + text.slice(at);
  if (roll < 0.7) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + rng.int(8)));
  if (roll < 0.85) {
    const end = Math.min(text.length, at + rng.int(200));
    return text.slice(0, at) + rng.pick(SNIPPETS) + text.slice(end);
  }
  // Paste a copy of another part of the text (a clause or part of one).
  const from = rng.int(text.length + 1);
  return text.slice(0, at) + text.slice(from, Math.min(text.length, from + rng.int(400))) + text.slice(at);
}

function bases(): string[] {
  return [...mutationCorpus(), ...Array.from({ length: 12 }, (_, i) => generatePolicy(0xbead + i).text)];
}

describe("fuzz: reparsing after an edit equals a full parse", function () {
  this.timeout(120_000);

  it("single edits of samples and generated policies (and the reparse is taken, not only the fallback)", () => {
    const texts = bases();
    const rng = new Rng(20261127);
    let reused = 0;
    const runs = 1500;
    for (let run = 0; run < runs; run++) {
      const before = texts[rng.int(texts.length)]!;
      const after = edit(rng, before);
      const previous = parseDocument(before);
      const incremental = reparse(previous, after);
      if (incremental === undefined) continue;
      reused++;
      assert.equal(observable(incremental), observable(parseDocument(after)), `run ${run}: ${JSON.stringify(after.slice(0, 200))}`);
    }
    // Most random edits land in one clause of a clean policy: the reparse must apply to them.
    assert.ok(reused > runs * 0.3, `the reparse applied to only ${reused} of ${runs} edits`);
  });

  it("chains of edits, each reparsed from the last reparse", () => {
    const texts = bases();
    const rng = new Rng(7);
    for (let chain = 0; chain < 60; chain++) {
      let text = texts[rng.int(texts.length)]!;
      let document = parseDocument(text);
      for (let step = 0; step < 12; step++) {
        text = edit(rng, text);
        document = reparseDocument(document, text);
        assert.equal(observable(document), observable(parseDocument(text)), `chain ${chain} step ${step}`);
      }
    }
  });

  it("mutated texts (broken braces, strings, comments, keywords) edited again", () => {
    const corpus = mutationCorpus();
    const names = Object.keys(MUTATIONS);
    const rng = new Rng(99);
    for (let run = 0; run < 400; run++) {
      let before = corpus[rng.int(corpus.length)]!;
      for (let step = 0; step < 1 + rng.int(3); step++) before = MUTATIONS[rng.pick(names)]!(new Rng(rng.u32()), before, corpus);
      const after = edit(rng, before);
      const document = reparseDocument(parseDocument(before), after);
      assert.equal(observable(document), observable(parseDocument(after)), `run ${run}`);
    }
  });

  it("an edit near the top moves the clauses after it into the new document, without a copy", () => {
    const base = generatePolicy(0xc0ffee).text;
    const previous = parseDocument(base);
    const firstClause = previous.tree.blocks[0]!;
    const at = firstClause.span.start + firstClause.keyword.text.length + 1;
    const text = `${base.slice(0, at)}x${base.slice(at)}`;
    const keptBlocks = previous.tree.blocks.slice(1);
    const keptDeclarations = previous.file.declarations.slice(1);
    const starts = keptBlocks.map((block) => block.span.start);
    const document = reparse(previous, text);
    assert.ok(document, "the reparse applies");
    assert.equal(observable(document), observable(parseDocument(text)));
    // The same objects, one character further on.
    assert.ok(keptBlocks.length > 5);
    keptBlocks.forEach((block, i) => {
      assert.equal(document.tree.blocks[i + 1], block);
      assert.equal(document.file.declarations[i + 1], keptDeclarations[i]);
      assert.equal(block.span.start, starts[i]! + 1);
    });
  });

  it("a document the reparse cannot take is left as it was", () => {
    const base = generatePolicy(0xabc).text;
    const previous = parseDocument(base);
    const before = observable(previous);
    // An unterminated comment at the top reaches every clause: only a full parse is exact.
    assert.equal(reparse(previous, `/* ${base}`), undefined);
    assert.equal(observable(previous), before);
  });

  it("typing a clause letter by letter at the end of a policy reuses everything before it", () => {
    const base = generatePolicy(0xfeed).text;
    const typed = '\nduty late "Added" {\n  holder: bank\n  action: "Check"\n}\n';
    let document = parseDocument(base);
    let reusedAll = 0;
    for (let i = 1; i <= typed.length; i++) {
      const text = base + typed.slice(0, i);
      const next = reparse(document, text);
      if (next) reusedAll++;
      document = next ?? parseDocument(text);
      assert.equal(observable(document), observable(parseDocument(text)), `after ${JSON.stringify(typed.slice(0, i))}`);
    }
    assert.ok(reusedAll > typed.length * 0.9, `reparsed ${reusedAll} of ${typed.length} keystrokes`);
  });
});
