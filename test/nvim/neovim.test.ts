/**
 * A second, independent LSP client: Neovim (Debian's 0.7) starts the bundled server over stdio,
 * receives pushed diagnostics and a hover, and the diagnostics pushed again once a `.duty.json`
 * written on disk turns a rule off. `.ci/run` installs Neovim and sets DUTY_REQUIRE_NVIM=1,
 * so there the test cannot be skipped.
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const NVIM = ["/usr/bin/nvim", "/usr/local/bin/nvim"].find((candidate) => fs.existsSync(candidate));

const POLICY = `层级 医院 「市人民医院」 { 资源：手术室，值班医师 }
责任 急诊手术 {
  承担：医院  类型：法定责任  情境：紧急
  内容：「对生命垂危患者实施急救手术」
  标准：「到院30分钟内开始手术」
  前提：患者签字
  依据：医师法 第二十七条
}
`;

describe("Neovim as a second LSP client", function () {
  this.timeout(60000);

  it("receives diagnostics and a hover from the bundled server, and follows a config file written on disk", function () {
    if (!NVIM) {
      if (process.env["DUTY_REQUIRE_NVIM"] === "1") assert.fail("Neovim is required here (apt-get install neovim)");
      this.skip();
    }
    execFileSync(process.execPath, ["esbuild.mjs"]);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "duty-nvim-"));
    try {
      const file = path.join(folder, "急诊.duty");
      const output = path.join(folder, "result.json");
      fs.writeFileSync(file, POLICY);
      const run = spawnSync(NVIM!, ["--headless", "--clean", "-u", "NONE", "-c", `luafile ${path.resolve("test/nvim/check.lua")}`, file], {
        env: {
          ...process.env,
          DUTY_NODE: process.execPath,
          DUTY_SERVER: path.resolve("dist/server.cjs"),
          DUTY_OUTPUT: output,
          DUTY_HOVER_LINE: "6",
          DUTY_HOVER_COL: "14", // a byte column (Neovim counts bytes): inside 医师法
          DUTY_SILENCE_RULE: "tolerance/emergency-consent",
          XDG_STATE_HOME: folder,
          XDG_DATA_HOME: folder,
          XDG_CACHE_HOME: folder,
        },
        timeout: 45000,
        encoding: "utf8",
      });
      assert.ok(fs.existsSync(output), `Neovim wrote no result: ${run.stderr} ${run.stdout}`);
      const result = JSON.parse(fs.readFileSync(output, "utf8")) as {
        diagnostics: { code: string; line: number; col: number; message: string }[];
        hover: string;
        silenced_after_ms: number | null;
        after_config: string[];
      };
      const consent = result.diagnostics.find((d) => d.code === "tolerance/emergency-consent");
      assert.ok(consent, JSON.stringify(result.diagnostics));
      assert.equal(consent.line, 5);
      assert.match(consent.message, /医师法》第二十七条/);
      assert.match(result.hover, /《医师法》第二十七条/);
      assert.match(result.hover, /不得拒绝急救处置/);
      // Neovim 0.7 reports no file events: the server saw the new `.duty.json` by itself.
      assert.equal(typeof result.silenced_after_ms, "number", `the finding stayed after the config file turned it off: ${JSON.stringify(result.after_config)}`);
      assert.ok(!result.after_config.includes("tolerance/emergency-consent"));
      assert.ok(result.after_config.includes("tolerance/no-force-majeure"), `the other findings stay: ${JSON.stringify(result.after_config)}`);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
