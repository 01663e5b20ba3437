import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { NotWritten, OutsideWorkspace, writeFileAtomically } from "./write.ts";

describe("writing a drafter's file", () => {
  let top: string;

  beforeEach(() => {
    top = fs.mkdtempSync(path.join(os.tmpdir(), "duty-write-"));
  });

  afterEach(() => {
    fs.rmSync(top, { recursive: true, force: true });
  });

  it("writes through a link to a file inside the workspace, when a folder above the workspace is a link (macOS's /tmp)", () => {
    const real = path.join(top, "real", "ws");
    fs.mkdirSync(path.join(real, "build"), { recursive: true });
    fs.writeFileSync(path.join(real, "build", "out.json"), "old");
    fs.symlinkSync(path.join(top, "real"), path.join(top, "alias"));
    const workspace = path.join(top, "alias", "ws");
    fs.symlinkSync(path.join("build", "out.json"), path.join(real, "policy.rules.json"));
    writeFileAtomically(path.join(workspace, "policy.rules.json"), "new", workspace);
    assert.equal(fs.readFileSync(path.join(real, "build", "out.json"), "utf8"), "new");
    assert.ok(fs.lstatSync(path.join(real, "policy.rules.json")).isSymbolicLink(), "the link stays a link");
  });

  it("refuses a link to a file outside the workspace, and leaves that file alone", () => {
    const workspace = path.join(top, "ws");
    fs.mkdirSync(workspace);
    fs.writeFileSync(path.join(top, "victim.txt"), "keep me");
    fs.symlinkSync(path.join(top, "victim.txt"), path.join(workspace, "planted.json"));
    assert.throws(() => writeFileAtomically(path.join(workspace, "planted.json"), "rules", workspace), OutsideWorkspace);
    assert.equal(fs.readFileSync(path.join(top, "victim.txt"), "utf8"), "keep me");
    assert.deepEqual(fs.readdirSync(workspace), ["planted.json"], "no temporary file is left");
  });

  it("refuses a read-only file, even for a user the system would let replace it", () => {
    const file = path.join(top, "approved.duty");
    fs.writeFileSync(file, "approved");
    fs.chmodSync(file, 0o444);
    assert.throws(() => writeFileAtomically(file, "changed"), (error: unknown) => error instanceof NotWritten && error.message === "it is read-only; not written");
    assert.equal(fs.readFileSync(file, "utf8"), "approved");
    assert.deepEqual(fs.readdirSync(top), ["approved.duty"], "no temporary file is left");
  });

  it("says in words why a write failed, and leaves nothing behind", () => {
    assert.throws(() => writeFileAtomically(path.join(top, "missing", "out.json"), "x"), (error: unknown) => error instanceof NotWritten && error.message === "cannot write: no such folder");
    fs.mkdirSync(path.join(top, "folder.json"));
    assert.throws(() => writeFileAtomically(path.join(top, "folder.json"), "x"), (error: unknown) => error instanceof NotWritten && error.message === "it is a folder; not written");
  });

  it("keeps a file's permissions", () => {
    const file = path.join(top, "policy.duty");
    fs.writeFileSync(file, "old");
    fs.chmodSync(file, 0o640);
    writeFileAtomically(file, "new");
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.equal(fs.readFileSync(file, "utf8"), "new");
  });
});
