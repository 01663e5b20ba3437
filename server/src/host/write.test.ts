import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
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

  it("says in words what no folder or too long a name means, and never replaces a pipe", function () {
    fs.writeFileSync(path.join(top, "afile"), "x");
    assert.throws(() => writeFileAtomically(path.join(top, "afile", "out.json"), "x"), (error: unknown) => error instanceof NotWritten && error.message === "cannot write: a part of the path is not a folder");
    assert.throws(() => writeFileAtomically(path.join(top, `${"a".repeat(300)}.json`), "x"), (error: unknown) => error instanceof NotWritten && error.message === "cannot write: the name is too long");
    if (process.platform === "win32") return;
    const pipe = path.join(top, "feed.json");
    execFileSync("mkfifo", [pipe]);
    assert.throws(() => writeFileAtomically(pipe, "x"), (error: unknown) => error instanceof NotWritten && error.message === "it is not a regular file (a pipe, a socket or a device); not written");
    assert.ok(!fs.statSync(pipe).isFile(), "the pipe is still a pipe");
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
