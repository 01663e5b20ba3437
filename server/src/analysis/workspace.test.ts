/**
 * The workspace's document cache: parsed once while the text is the same, reparsed after an edit
 * (reusing the untouched clauses), and — when bounded, as `duty check` bounds it — the least
 * recently used documents dropped and parsed again when an import needs them, with the same review.
 */
import assert from "node:assert/strict";
import * as path from "node:path";
import { MemoryHost, ROOT } from "../../../test/helpers/review.ts";
import { reviewFile } from "./review.ts";
import { Workspace } from "./workspace.ts";

const TIERS = "tier branch { resources: staff }\ntier teller { under: branch  resources: training }\n";
const policy = (n: number): string =>
  `import "shared/tiers.duty"\nduty d${n} { holder: teller  imposed_by: branch  kind: care  action: "Check item ${n}"  standard: "Within 2 days" }\n`;

function files(count: number): Record<string, string> {
  const all: Record<string, string> = { "shared/tiers.duty": TIERS };
  for (let n = 0; n < count; n++) all[`p${String(n).padStart(2, "0")}.duty`] = policy(n);
  return all;
}

const at = (name: string): string => path.resolve(ROOT, name);

describe("workspace: the document cache", () => {
  it("parses a text once, and again only when it changed", () => {
    const host = new MemoryHost(files(1));
    const workspace = new Workspace(host);
    const first = workspace.document(at("p00.duty"));
    assert.equal(workspace.document(at("p00.duty")), first);
    host.files.set(at("p00.duty"), policy(0).replace("Check item", "Check the item"));
    const second = workspace.document(at("p00.duty"));
    assert.notEqual(second, first);
    assert.equal(second?.file.duties[0]?.action?.text, "Check the item 0");
  });

  it("bounded, drops the least recently used documents and reviews the same as unbounded", () => {
    const all = files(30);
    const bounded = new Workspace(new MemoryHost(all), {}, { cacheCharacters: 400 });
    const unbounded = new Workspace(new MemoryHost(all));
    const findings = (workspace: Workspace, name: string): string =>
      JSON.stringify(reviewFile(workspace, at(name))?.findings.map((finding) => [finding.rule, finding.span, finding.message]));
    const firstDocument = bounded.document(at("p00.duty"));
    for (let n = 0; n < 30; n++) {
      const name = `p${String(n).padStart(2, "0")}.duty`;
      assert.equal(findings(bounded, name), findings(unbounded, name), name);
    }
    // The register, used by every review, and the last policy are still there (the same
    // document); the first policy was dropped and is parsed again (a new, equal document).
    const register = bounded.document(at("shared/tiers.duty"));
    assert.equal(bounded.document(at("shared/tiers.duty")), register);
    const last = bounded.document(at("p29.duty"));
    assert.equal(bounded.document(at("p29.duty")), last);
    const again = bounded.document(at("p00.duty"));
    assert.notEqual(again, firstDocument);
    assert.equal(JSON.stringify(again?.tree), JSON.stringify(firstDocument?.tree));
    const firstUnbounded = unbounded.document(at("p00.duty"));
    assert.equal(unbounded.document(at("p00.duty")), firstUnbounded, "unbounded keeps everything");
  });
});

describe("workspace: config files", () => {
  it("finds a config file that appears once the disk change is reported", () => {
    const host = new MemoryHost(files(1));
    const workspace = new Workspace(host);
    const rules = (): string[] => (reviewFile(workspace, at("p00.duty"))?.findings ?? []).map((finding) => finding.rule);
    assert.ok(rules().includes("process/no-appeal"), "no config yet: the rule is on");
    host.files.set(at(".duty.json"), `${JSON.stringify({ rules: { "process/no-appeal": "off" } })}\n`);
    // The folders' config files are remembered until the disk changes (the language server's
    // file watcher reports it; the command line reads a disk that does not change under it).
    assert.ok(rules().includes("process/no-appeal"), "not looked for again yet");
    workspace.diskChanged();
    assert.ok(!rules().includes("process/no-appeal"), "the new config file turns the rule off");
  });
});
