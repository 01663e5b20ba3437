/**
 * `duty format` in-process (and once through the bundled command), in temp folders: rewriting,
 * `--check` and its exit codes, the byte order mark and CRLF kept, files with syntax errors
 * reported on one line each and left untouched.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { bundled, cleanUp, duty, PACKAGE_ROOT, workspace } from "./helpers.ts";

const MESSY = `// 紧急手术（虚构）。
层级 医院 「市第一人民医院」 { 资源：手术室，培训 }
责任 紧急救治 {   承担：医院  类型：法定责任；  情境：紧急 }
`;

const FORMATTED = `// 紧急手术（虚构）。
层级 医院 「市第一人民医院」 {
  资源：手术室，培训
}

责任 紧急救治 {
  承担：医院
  类型：法定责任
  情境：紧急
}
`;

const ENGLISH = 'tier branch "Bank branch" {\n  resources: staff, fraud_system\n}\n';
const BROKEN = "tier branch { resources: staff @ fraud }\n";
const BOM = "\uFEFF";

afterEach(cleanUp);

function read(folder: string, name: string): string {
  return fs.readFileSync(path.join(folder, name), "utf8");
}

describe("duty format", () => {
  it("rewrites the files that need it, lists them, and leaves formatted ones alone", () => {
    const folder = workspace({ "a.duty": MESSY, "sub/b.duty": ENGLISH });
    const before = fs.statSync(path.join(folder, "sub/b.duty")).mtimeMs;
    const run = duty(folder, "format");
    assert.deepEqual(run, { code: 0, stdout: "formatted a.duty\n", stderr: "" });
    assert.equal(read(folder, "a.duty"), FORMATTED);
    assert.equal(read(folder, "sub/b.duty"), ENGLISH);
    assert.equal(fs.statSync(path.join(folder, "sub/b.duty")).mtimeMs, before, "an unchanged file is not rewritten");
    assert.deepEqual(fs.readdirSync(folder).sort(), ["a.duty", "sub"], "no temporary file is left behind");
    assert.deepEqual(duty(folder, "format", "--check"), { code: 0, stdout: "", stderr: "" });
  });

  it("--check lists the files that would change, exits 1, and writes nothing", () => {
    const folder = workspace({ "a.duty": MESSY, "b.duty": ENGLISH, "c.duty": MESSY.replace(/\n/g, "\r\n") });
    assert.deepEqual(duty(folder, "format", "--check"), { code: 1, stdout: "a.duty\nc.duty\n", stderr: "" });
    assert.equal(read(folder, "a.duty"), MESSY);
    assert.deepEqual(duty(folder, "format", "--check", "b.duty"), { code: 0, stdout: "", stderr: "" });
  });

  it("writes through a symbolic link: the target is formatted and the link stays a link", () => {
    const folder = workspace({ "policies/real.duty": MESSY });
    fs.symlinkSync(path.join("policies", "real.duty"), path.join(folder, "link.duty"));
    assert.deepEqual(duty(folder, "format", "link.duty"), { code: 0, stdout: "formatted link.duty\n", stderr: "" });
    assert.ok(fs.lstatSync(path.join(folder, "link.duty")).isSymbolicLink());
    assert.equal(read(folder, "policies/real.duty"), FORMATTED);
    assert.deepEqual(fs.readdirSync(path.join(folder, "policies")), ["real.duty"], "no temporary file is left behind");
  });

  it("refuses to write through a link to a file outside the workspace, and leaves both alone", () => {
    const outside = workspace({ "elsewhere.duty": MESSY });
    const folder = workspace({ "a.duty": ENGLISH });
    fs.symlinkSync(path.join(outside, "elsewhere.duty"), path.join(folder, "link.duty"));
    // Named (a folder's scan does not follow links to files).
    const run = duty(folder, "format", "link.duty", "a.duty");
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^duty: link\.duty: it links to .*elsewhere\.duty, outside the workspace; not written\n$/);
    assert.equal(read(outside, "elsewhere.duty"), MESSY);
    assert.ok(fs.lstatSync(path.join(folder, "link.duty")).isSymbolicLink());
  });

  it("keeps a byte order mark and CRLF line endings", () => {
    const folder = workspace({ "bom.duty": BOM + MESSY, "crlf.duty": MESSY.replace(/\n/g, "\r\n"), "both.duty": BOM + MESSY.replace(/\n/g, "\r\n") });
    assert.equal(duty(folder, "format").code, 0);
    assert.equal(read(folder, "bom.duty"), BOM + FORMATTED);
    assert.equal(read(folder, "crlf.duty"), FORMATTED.replace(/\n/g, "\r\n"));
    assert.equal(read(folder, "both.duty"), BOM + FORMATTED.replace(/\n/g, "\r\n"));
    assert.deepEqual(duty(folder, "format", "--check"), { code: 0, stdout: "", stderr: "" });
  });

  it("reports a file with syntax errors on one line, leaves it as it is, formats the others and exits 2", () => {
    const folder = workspace({ "a.duty": MESSY, "broken.duty": BROKEN });
    const run = duty(folder, "format");
    assert.equal(run.code, 2);
    assert.equal(run.stdout, "formatted a.duty\n");
    assert.match(run.stderr, /^duty: broken\.duty:1:32: not formatted: .*\(syntax\/unexpected-character\)\n$/);
    assert.equal(read(folder, "broken.duty"), BROKEN);
    assert.equal(read(folder, "a.duty"), FORMATTED);
    const check = duty(folder, "format", "--check");
    assert.equal(check.code, 2, "a file that cannot be formatted outweighs --check");
    assert.equal(check.stdout, "");
    assert.equal(check.stderr.split("\n").length, 2, "one line");
  });

  it("exits 2 with one line for a missing path, a binary file and an unknown option", () => {
    const folder = workspace({ "scan.duty": new Uint8Array([0x00, 0x01, 0x02]) });
    assert.deepEqual(duty(folder, "format", "nope.duty"), { code: 2, stdout: "", stderr: "duty: no such file or folder: nope.duty\n" });
    assert.deepEqual(duty(folder, "format"), { code: 2, stdout: "", stderr: "duty: scan.duty: is a binary file, not a policy (it contains NUL bytes)\n" });
    const unknown = duty(folder, "format", "--fix");
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^duty: [^\n]*--fix[^\n]*\n$/);
  });

  it("leaves a read-only file as it is, formats the others, and exits 2", () => {
    const folder = workspace({ "a/locked.duty": MESSY, "b/open.duty": MESSY });
    fs.chmodSync(path.join(folder, "a", "locked.duty"), 0o444);
    const run = duty(folder, "format");
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "duty: a/locked.duty: it is read-only; not written\n");
    assert.equal(run.stdout, "formatted b/open.duty\n");
    assert.equal(fs.readFileSync(path.join(folder, "a", "locked.duty"), "utf8"), MESSY);
    assert.equal(fs.readFileSync(path.join(folder, "b", "open.duty"), "utf8"), FORMATTED);
  });

  it("is listed in the help", () => {
    assert.match(duty(workspace(), "--help").stdout, /^ {2}format \[paths…\] .*\n {6}--check /m);
  });

  it("works the same through the bundled command", function () {
    this.timeout(60_000);
    const bundle = path.join(PACKAGE_ROOT, "dist", "cli.cjs");
    const source = path.join(PACKAGE_ROOT, "server", "src", "cli", "format.ts");
    if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < fs.statSync(source).mtimeMs) {
      execFileSync(process.execPath, [path.join(PACKAGE_ROOT, "esbuild.mjs")], { cwd: PACKAGE_ROOT, stdio: "pipe" });
    }
    const folder = workspace({ "a.duty": BOM + MESSY.replace(/\n/g, "\r\n") });
    assert.deepEqual(bundled(folder, ["format", "--check"]), { code: 1, stdout: "a.duty\n", stderr: "" });
    assert.deepEqual(bundled(folder, ["format"]), { code: 0, stdout: "formatted a.duty\n", stderr: "" });
    assert.equal(read(folder, "a.duty"), BOM + FORMATTED.replace(/\n/g, "\r\n"));
  });
});
