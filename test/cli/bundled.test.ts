/**
 * The bundled command, `node bin/duty.cjs …`, out of process: exit codes, the same output as the
 * in-process run, and the re-exec with the package's own Node when started by Node < 22.
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { bundled, cleanUp, duty, onlyRules, PACKAGE_ROOT, workspace } from "./helpers.ts";

const BUNDLE = path.join(PACKAGE_ROOT, "dist", "cli.cjs");

/** The newest modification time of the sources the bundle is built from. */
function newestSource(): number {
  let newest = 0;
  const visit = (entry: string) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) visit(path.join(entry, name));
    else if (/\.(ts|json|mjs)$/.test(entry)) newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of ["grammar/src", "server/src", "server/schemas", "esbuild.mjs", "package.json"]) {
    const full = path.join(PACKAGE_ROOT, source);
    if (fs.existsSync(full)) visit(full);
  }
  return newest;
}

/** A Node older than 22 on this machine (the system one, typically), if any. */
function oldNode(): string | undefined {
  const candidates = new Set(["/usr/local/bin/node", "/usr/bin/node"]);
  try {
    for (const line of execFileSync("which", ["-a", "node"], { encoding: "utf8" }).split("\n")) if (line.trim()) candidates.add(line.trim());
  } catch {
    // no `which`: the fixed candidates only
  }
  for (const candidate of candidates) {
    if (!fs.existsSync(candidate)) continue;
    const result = spawnSync(candidate, ["--version"], { encoding: "utf8" });
    const major = Number(/^v(\d+)\./.exec(result.stdout ?? "")?.[1]);
    if (major > 0 && major < 22) return candidate;
  }
  return undefined;
}

const POLICY = `// Qinghe Commercial Bank (fictional): fraud warnings on large cash withdrawals.
tier branch "Bank branch" { resources: staff, fraud_system }
tier teller "Counter teller" { under: branch  resources: counter_system, fraud_system }

duty warn_large_withdrawal "Fraud warning on large withdrawals" {
  holder: tellr   imposed_by: branch
  action: "Show the standard fraud warning before paying out cash"
  standard: "Warning shown and acknowledged in the counter system"
}
`;
const CLEAN = POLICY.replace("holder: tellr", "holder: teller").replace("imposed_by: branch", "imposed_by: branch  kind: care");

describe("the bundled command (node bin/duty.cjs)", function () {
  this.timeout(60_000);

  before(function () {
    // Build when the bundle is missing, or older than the sources (a stale bundle is not the code under test).
    if (fs.existsSync(BUNDLE) && fs.statSync(BUNDLE).mtimeMs >= newestSource()) return;
    execFileSync(process.execPath, [path.join(PACKAGE_ROOT, "esbuild.mjs")], { cwd: PACKAGE_ROOT, stdio: "pipe" });
    assert.ok(fs.existsSync(BUNDLE));
  });

  afterEach(cleanUp);

  it("exits 0 for a clean policy", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": CLEAN });
    assert.deepEqual(bundled(folder, ["check"]), { code: 0, stdout: "1 file checked: 0 errors, 0 warnings, 0 notes.\n", stderr: "" });
  });

  it("exits 1 for an error", () => {
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": POLICY });
    const run = bundled(folder, ["check", "policy.duty"]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^policy\.duty:6:11 {2}error {2}name\/unknown {2}No tier named `tellr`/m);
  });

  it("exits 2 with one line for a usage error, a missing path and a binary file", () => {
    const folder = workspace({ "scan.duty": new Uint8Array([0x00, 0x01, 0x02]) });
    assert.deepEqual(bundled(folder, ["check", "nope.duty"]), { code: 2, stdout: "", stderr: "duty: no such file or folder: nope.duty\n" });
    assert.deepEqual(bundled(folder, ["lint"]), { code: 2, stdout: "", stderr: 'duty: unknown command "lint". Run "duty --help".\n' });
    const binary = bundled(folder, ["check"]);
    assert.equal(binary.code, 2);
    assert.equal(binary.stderr, "duty: scan.duty: is a binary file, not a policy (it contains NUL bytes)\n");
  });

  it("prints exactly what the in-process run prints", () => {
    const folder = workspace({
      ".duty.json": onlyRules(),
      "bank/policy.duty": POLICY,
      "bank/kindless.duty": CLEAN.replace("  kind: care", "").replace(/warn_large/g, "warn_big"),
      "柜面/提示.duty": "层级 柜员 { 资源：反诈系统 }\n责任 提示 { 承担：柜元  内容：「提示风险」 }\n",
      "imports.duty": 'import "../outside.duty"\n',
    });
    for (const argv of [["check", "--format", "json"], ["check"], ["check", "--verbose"]]) {
      const inProcess = duty(folder, ...argv);
      const spawned = bundled(folder, argv);
      assert.equal(spawned.stdout, inProcess.stdout, argv.join(" "));
      assert.equal(spawned.stderr, inProcess.stderr, argv.join(" "));
      assert.equal(spawned.code, inProcess.code, argv.join(" "));
    }
  });

  it("shares a large set among worker threads with the same output as one thread (--jobs)", () => {
    // 90 files, shared among the workers --jobs asks for. Half of them import a shared register.
    const files: Record<string, string> = { ".duty.json": onlyRules(), "shared/tiers.duty": "tier branch { resources: staff }\ntier teller { under: branch  resources: training }\n" };
    for (let i = 0; i < 90; i++) {
      const policy = i % 2 === 0 ? POLICY : CLEAN;
      files[`org${i % 7}/policy${i}.duty`] = i % 3 === 0 ? `import "../shared/tiers.duty"\n${policy.replace(/tier (branch|teller)[^\n]*\n/g, "")}` : policy;
    }
    const folder = workspace(files);
    const parallel = bundled(folder, ["check", "--format", "json"]);
    const single = bundled(folder, ["check", "--format", "json", "--jobs", "1"]);
    const two = bundled(folder, ["check", "--format", "json", "--jobs", "2"]);
    assert.equal(single.code, 1);
    assert.equal(single.stderr, "");
    assert.ok((JSON.parse(single.stdout) as unknown[]).length >= 45, "the broken policies' findings");
    assert.deepEqual(parallel, single);
    assert.deepEqual(two, single);
    assert.deepEqual(bundled(folder, ["check", "--jobs", "0"]), { code: 2, stdout: "", stderr: 'duty: --jobs needs a positive whole number, not "0"\n' });
  });

  it("stops quietly when its reader closes the pipe early (`duty check | head -1`)", () => {
    const files: Record<string, string> = { ".duty.json": onlyRules() };
    for (let i = 0; i < 60; i++) files[`p${i}.duty`] = POLICY;
    const folder = workspace(files);
    // `head -1` reads one line and closes the pipe; the shell reports duty's own exit code.
    const result = spawnSync("sh", ["-c", `"${process.execPath}" "${path.join(PACKAGE_ROOT, "bin", "duty.cjs")}" check --jobs 1 | head -1 >/dev/null; echo "exit $?"`], { cwd: folder, encoding: "utf8", timeout: 20_000 });
    assert.doesNotMatch(result.stderr, /EPIPE|Unhandled|\n\s+at /, result.stderr);
    assert.match(result.stdout, /^exit 0\n$/);
  });

  it("--version prints the package's version", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string };
    assert.deepEqual(bundled(workspace(), ["--version"]), { code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("still works when started by Node < 22, by re-running itself with the package's Node", function () {
    const node = oldNode();
    if (!node) this.skip();
    const folder = workspace({ ".duty.json": onlyRules(), "policy.duty": POLICY });
    const run = bundled(folder, ["check", "--format", "json"], node);
    assert.equal(run.stderr, "");
    assert.equal(run.code, 1);
    assert.equal(run.stdout, duty(folder, "check", "--format", "json").stdout);
    assert.equal(bundled(folder, ["check", "missing.duty"], node).code, 2);
    const clean = workspace({ ".duty.json": onlyRules(), "policy.duty": CLEAN });
    assert.deepEqual(bundled(clean, ["check"], node), { code: 0, stdout: "1 file checked: 0 errors, 0 warnings, 0 notes.\n", stderr: "" });
  });
});
