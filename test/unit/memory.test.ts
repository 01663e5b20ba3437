/**
 * What the language core remembers across documents (field names, article references, law
 * names, citations, the clauses a reparse keeps) must not keep the documents alive: in the
 * language server every keystroke makes a new version of the text, and a remembered slice of one
 * version kept all of it.
 */
import assert from "node:assert/strict";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { generatePolicy } from "../fuzz/generate-policy.ts";
import { reviewFile } from "../../server/src/analysis/review.ts";
import { Workspace } from "../../server/src/analysis/workspace.ts";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function heapAfterCollection(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

describe("memory: typing does not keep old versions of a document", function () {
  this.timeout(120_000);

  it("a long law id, a long field name and an article reference typed letter by letter, each version reviewed", () => {
    let body = "";
    for (let seed = 1; body.length < 200_000; seed++) body += `${generatePolicy(0xa11ce + seed).text}\n`;
    // Names outside the Latin-1 range make the text two bytes a character, as Chinese policies are.
    const typed = "\nduty typed { holder: 承担人  basis: a-very-long-unknown-law-identifier/27  a-long-field-name-being-typed: x  basis: 民法典 第一千二百零一条第一款（二） }\n";
    const file = "/virtual/policy.duty";
    let text = body;
    const host = { root: "/virtual", readText: (path: string) => (path === file ? text : undefined), exists: (path: string) => path === file, realPath: (path: string) => path };
    const workspace = new Workspace(host);
    const versions = (from: number, to: number): void => {
      for (let i = from; i < to; i++) {
        text = body + typed.slice(0, i);
        reviewFile(workspace, file);
      }
    };
    versions(1, 40);
    const before = heapAfterCollection();
    versions(40, typed.length + 1);
    const grown = heapAfterCollection() - before;
    const keystrokes = typed.length + 1 - 40;
    const perVersion = text.length * 2;
    // Keeping every version would take keystrokes × 400 KB (~45 MB here).
    assert.ok(grown < 10 * perVersion, `the heap grew by ${(grown / 1e6).toFixed(1)} MB over ${keystrokes} keystrokes (one version is ${(perVersion / 1e6).toFixed(1)} MB)`);
  });

  it("a letter typed in each of a hundred clauses, each version reviewed", () => {
    // Two bytes a character (承担人), as Chinese policies are; ~1,200 clauses.
    const clause = (i: number): string =>
      `duty d${i} "Duty ${i}" {\n  holder: t\n  kind: care\n  action: "Check the register and record the result, case ${i}"\n  standard: "Entry in the register within two working days, countersigned by 承担人"\n}\n`;
    const file = "/virtual/policy.duty";
    let text = `tier t { resources: staff }\n${Array.from({ length: 1200 }, (_, i) => clause(i)).join("")}`;
    const host = { root: "/virtual", readText: (path: string) => (path === file ? text : undefined), exists: (path: string) => path === file, realPath: (path: string) => path };
    const workspace = new Workspace(host);
    reviewFile(workspace, file);
    // Inside the action of a clause every twelfth, from the last up: no edit moves one still to come.
    const places: number[] = [];
    for (let at = text.lastIndexOf('action: "'); at !== -1 && places.length < 100; at = text.lastIndexOf('action: "', at - 1)) {
      if (places.length === 0 || places[places.length - 1]! - at > 12 * clause(0).length) places.push(at + 12);
    }
    assert.equal(places.length, 100);
    const before = heapAfterCollection();
    for (const at of places) {
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      reviewFile(workspace, file);
    }
    const grown = heapAfterCollection() - before;
    const perVersion = text.length * 2;
    // A version kept for each clause typed in would be 100 × ~500 KB.
    assert.ok(grown < 10 * perVersion, `the heap grew by ${(grown / 1e6).toFixed(1)} MB over edits in 100 clauses (one version is ${(perVersion / 1e6).toFixed(1)} MB)`);
  });
});
