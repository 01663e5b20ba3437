/** `duty explain`, `--help` and `--version`, in-process through `main(argv, io)`. */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../server/src/cli/main.ts";
import { VERSION } from "../../server/src/cli/version.ts";
import { cleanUp, duty, PACKAGE_ROOT, workspace } from "./helpers.ts";

afterEach(cleanUp);

describe("duty explain", () => {
  it("explains boundary/no-kind in English: summary, why, instead, docs page", () => {
    const run = duty(workspace(), "explain", "boundary/no-kind");
    assert.equal(run.code, 0);
    assert.equal(run.stderr, "");
    const blocks = run.stdout.split("\n\n");
    assert.equal(blocks[0], "boundary/no-kind (warning)");
    assert.equal(blocks[1], "A duty that does not say whether it is statutory liability or a duty of care.");
    assert.match(blocks[2]!, /^Statutory liability and a duty of care are answered for differently\./);
    assert.match(blocks[3]!, /^Add `kind: statutory` when a law imposes the duty/);
    const docs = path.join(PACKAGE_ROOT, "docs", "rules", "boundary", "no-kind.md");
    assert.equal(blocks.at(-1), `Docs: ${docs}\n`);
    assert.ok(fs.existsSync(docs), "the docs page it names exists");
  });

  it("explains in 简体 with --lang zh-Hans, and in 繁體 with --lang zh-Hant", () => {
    const hans = duty(workspace(), "explain", "boundary/no-kind", "--lang", "zh-Hans");
    assert.equal(hans.code, 0);
    const blocks = hans.stdout.split("\n\n");
    assert.equal(blocks[0], "boundary/no-kind (警告)");
    assert.match(blocks.at(-1)!, /^说明文档：.*no-kind\.md\n$/);
    assert.equal(blocks[1], "责任未写明属于法定责任还是注意义务。");
    assert.match(blocks[2]!, /^法定责任与注意义务的担责方式不同/);
    assert.match(blocks[3]!, /^由法律设定的写“类型：法定责任”/);

    const hant = duty(workspace(), "explain", "--lang", "zh-Hant", "boundary/no-kind");
    assert.equal(hant.code, 0);
    assert.equal(hant.stdout.split("\n\n")[1], "責任未寫明屬於法定責任還是注意義務。");
    assert.match(hant.stdout, /\n說明文件：.*no-kind\.md\n$/);
  });

  it("understands region tags, and speaks the system's language when not told (LANG)", () => {
    assert.equal(duty(workspace(), "explain", "boundary/no-kind", "--lang", "zh-TW").stdout.split("\n\n")[1], "責任未寫明屬於法定責任還是注意義務。");
    assert.equal(duty(workspace(), "explain", "boundary/no-kind", "--lang", "zh_CN").stdout.split("\n\n")[1], "责任未写明属于法定责任还是注意义务。");
    const run = (env: Record<string, string>): string => {
      let stdout = "";
      main(["explain", "boundary/no-kind"], { stdout: (text) => void (stdout += text), stderr: () => undefined, cwd: workspace(), env });
      return stdout.split("\n\n")[1]!;
    };
    assert.equal(run({ LANG: "zh_TW.UTF-8" }), "責任未寫明屬於法定責任還是注意義務。");
    assert.equal(run({ LANG: "zh_CN.UTF-8" }), "责任未写明属于法定责任还是注意义务。");
    assert.equal(run({ LANG: "C.UTF-8" }), "A duty that does not say whether it is statutory liability or a duty of care.");
  });

  it("explains a finding of the language core too", () => {
    const run = duty(workspace(), "explain", "import/outside-workspace");
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^import\/outside-workspace \(error\)\n\nAn import of a file outside the workspace\.\n/);
  });

  it("an unknown rule id: exit 2, one line, with a did-you-mean", () => {
    const run = duty(workspace(), "explain", "boundary/no-knd");
    assert.equal(run.code, 2);
    assert.equal(run.stdout, "");
    assert.match(run.stderr, /^duty: no rule "boundary\/no-knd"\. Did you mean "boundary\/no-kind"\?[^\n]*\n$/);
  });

  it("an id like no rule at all: exit 2, no suggestion", () => {
    const run = duty(workspace(), "explain", "fairness/everything");
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^duty: no rule "fairness\/everything"\.[^\n]*\n$/);
    assert.doesNotMatch(run.stderr, /Did you mean/);
  });

  it("exit 2 for no rule id, two rule ids, or an unknown language", () => {
    for (const argv of [["explain"], ["explain", "boundary/no-kind", "name/unknown"], ["explain", "boundary/no-kind", "--lang", "fr"], ["explain", "boundary/no-kind", "--format", "json"]]) {
      const run = duty(workspace(), ...argv);
      assert.equal(run.code, 2, argv.join(" "));
      assert.match(run.stderr, /^duty: [^\n]+\n$/, argv.join(" "));
      assert.equal(run.stdout, "", argv.join(" "));
    }
  });
});

describe("duty --help and --version", () => {
  it("--help, -h and help print the usage, exit 0", () => {
    for (const flag of ["--help", "-h", "help"]) {
      const run = duty(workspace(), flag);
      assert.equal(run.code, 0, flag);
      assert.equal(run.stderr, "", flag);
      assert.match(run.stdout, /^Usage: duty <command> \[options\]\n/, flag);
      for (const word of ["check [paths…]", "--format text|json|sarif", "--fail-level error|warning|info", "--root", "--verbose", "explain <rule-id>", "--lang en|zh-Hans|zh-Hant"]) {
        assert.ok(run.stdout.includes(word), `${flag}: mentions ${word}`);
      }
    }
  });

  it("no command at all prints the usage on stderr and exits 2", () => {
    const run = duty(workspace());
    assert.equal(run.code, 2);
    assert.equal(run.stdout, "");
    assert.match(run.stderr, /Usage: duty <command>/);
  });

  it("a command's --help prints the usage, exit 0", () => {
    const run = duty(workspace(), "check", "--help");
    assert.equal(run.code, 0);
    assert.match(run.stdout, /check \[paths…\]/);
  });

  it("--version and -v print the version, exit 0", () => {
    for (const flag of ["--version", "-v"]) {
      const run = duty(workspace(), flag);
      assert.deepEqual(run, { code: 0, stdout: `${VERSION}\n`, stderr: "" }, flag);
    }
    assert.match(VERSION, /^\d+\.\d+\.\d+/);
  });
});
