/** `duty export`: rule JSON on stdout or in a file, never over a policy, never partial. */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { cleanUp, duty, workspace } from "./helpers.ts";

const POLICY = `tier branch { resources: staff }
duty check_id { holder: branch  kind: care  action: "Check the customer's ID"  standard: "ID number logged" }
`;

describe("duty export", () => {
  after(cleanUp);

  it("prints the rule JSON, or writes it to -o", () => {
    const folder = workspace({ "p.duty": POLICY });
    const printed = duty(folder, "export", "p.duty");
    assert.equal(printed.code, 0);
    assert.equal(JSON.parse(printed.stdout).format, "duty-rules");
    assert.deepEqual(duty(folder, "export", "p.duty", "-o", "p.rules.json"), { code: 0, stdout: "", stderr: "duty: wrote p.rules.json\n" });
    assert.equal(fs.readFileSync(path.join(folder, "p.rules.json"), "utf8"), printed.stdout);
  });

  it("refuses to write over the policy itself or any other policy", () => {
    const folder = workspace({ "p.duty": POLICY, "other.duty": POLICY });
    for (const output of ["p.duty", "./p.duty", "other.duty", "new.duty"]) {
      const run = duty(folder, "export", "p.duty", "-o", output);
      assert.equal(run.code, 2, output);
      assert.match(run.stderr, /^duty: refusing to write rule JSON over a policy file: .*; choose a \.json file\n$/);
    }
    // Nor through a link whose name does not say it is a policy.
    fs.symlinkSync("other.duty", path.join(folder, "out.json"));
    assert.equal(duty(folder, "export", "p.duty", "-o", "out.json").code, 2);
    assert.equal(fs.readFileSync(path.join(folder, "p.duty"), "utf8"), POLICY);
    assert.equal(fs.readFileSync(path.join(folder, "other.duty"), "utf8"), POLICY);
    assert.equal(fs.existsSync(path.join(folder, "new.duty")), false);
  });

  it("refuses a folder rather than exporting one of its policies", () => {
    const folder = workspace({ "policies/a.duty": POLICY, "policies/b.duty": "duty broken {" });
    const run = duty(folder, "export", "policies");
    assert.deepEqual(run, { code: 2, stdout: "", stderr: "duty: export takes one policy file, not a folder: policies\n" });
  });

  it("refuses a file that is not a policy, as every command does", () => {
    const folder = workspace({ "notes.txt": "tier t { resources: x }\n" });
    assert.deepEqual(duty(folder, "export", "notes.txt"), { code: 2, stdout: "", stderr: "duty: not a policy file (.duty): notes.txt\n" });
  });

  it("leaves a read-only rule JSON file as it is", () => {
    const folder = workspace({ "p.duty": POLICY, "p.json": "{}" });
    fs.chmodSync(path.join(folder, "p.json"), 0o444);
    assert.deepEqual(duty(folder, "export", "p.duty", "-o", "p.json"), { code: 2, stdout: "", stderr: "duty: p.json: it is read-only; not written\n" });
    assert.equal(fs.readFileSync(path.join(folder, "p.json"), "utf8"), "{}");
  });

  it("writes to standard output for -o -", () => {
    const folder = workspace({ "p.duty": POLICY });
    const run = duty(folder, "export", "p.duty", "-o", "-");
    assert.equal(run.code, 0);
    assert.equal(run.stdout, duty(folder, "export", "p.duty").stdout);
    assert.deepEqual(fs.readdirSync(folder), ["p.duty"]);
  });

  it("says that a broken configuration was set aside, and exports", () => {
    const folder = workspace({ ".duty.json": "{ not json", "p.duty": POLICY });
    const run = duty(folder, "export", "p.duty");
    assert.equal(run.code, 0);
    assert.match(run.stderr, /^duty: \.duty\.json is not valid JSON: .*Its settings are ignored\. \(config\/invalid\)\n$/);
  });

  it("says plainly when the output cannot be written", () => {
    const folder = workspace({ "p.duty": POLICY });
    assert.deepEqual(duty(folder, "export", "p.duty", "-o", "missing/p.json"), { code: 2, stdout: "", stderr: "duty: missing/p.json: cannot write: no such folder\n" });
    assert.deepEqual(fs.readdirSync(folder).sort(), ["p.duty"]);
  });

  it("writes nothing for a policy with errors", () => {
    const folder = workspace({ "p.duty": `duty d { holder: nobody }\n` });
    const run = duty(folder, "export", "p.duty", "-o", "p.json");
    assert.equal(run.code, 1);
    assert.match(run.stderr, /name\/unknown[\s\S]*duty: not exported: 1 error to fix first\.\n$/);
    assert.equal(fs.existsSync(path.join(folder, "p.json")), false);
  });

  it("writes nothing when a file the policy imports has errors, and names that file", () => {
    const folder = workspace({ "shared/tiers.duty": "tier branch { under: head_office  resources: staff }\n", "p.duty": `import "shared/tiers"\nduty check_id { holder: branch  kind: care  action: "Check the ID"  standard: "ID number logged" }\n` });
    const run = duty(folder, "export", "p.duty");
    assert.equal(run.code, 1);
    assert.equal(run.stdout, "");
    assert.match(run.stderr, /^shared\/tiers\.duty:1:22  error  name\/unknown  .*head_office[\s\S]*duty: not exported: 1 error to fix first\.\n$/);
  });

  it("does not hold against a policy what an imported register's rules say of the register alone", () => {
    // Alone, the register's emergency duty needs a signature with no emergency exemption: an
    // error there. The policy that imports it adds the exemption, and is clean.
    const folder = workspace({
      "register.duty": 'tier hospital { resources: staff }\nduty surgery { holder: hospital  kind: statutory  context: emergency  action: "Operate"  requires: "Patient signature"  standard: "Surgery logged" }\n',
      "policy.duty": 'import "register"\nexemption urgent { covers: surgery  grounds: emergency  when: "No one could sign in time"  basis: physicians-act/27 }\n',
    });
    assert.equal(duty(folder, "check", "register.duty").code, 1);
    const run = duty(folder, "export", "policy.duty");
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).duties[0].name, "surgery");
  });
});
