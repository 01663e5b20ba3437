import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Session } from "./session.ts";

describe("Session.changedOnDisk (for clients that report no file events)", () => {
  let root: string;
  let session: Session;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "duty-session-"));
    session = new Session();
    session.setRoots([root]);
    session.lookAtDiskItself();
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const write = (name: string, text: string): string => {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };

  it("reports nothing while the disk is as the server read it", async () => {
    const file = write("tiers.duty", "tier desk {}\n");
    assert.equal(session.textOf(file), "tier desk {}\n");
    assert.equal(session.existsOnDisk(path.join(root, ".duty.json")), false);
    assert.deepEqual(await session.changedOnDisk(), []);
  });

  it("reports a file read from disk that was rewritten, and reads the new text once told", async () => {
    const file = write("tiers.duty", "tier desk {}\n");
    session.textOf(file);
    write("tiers.duty", "tier desk { resources: staff }\n");
    assert.deepEqual(await session.changedOnDisk(), [file]);
    assert.equal(session.textOf(file), "tier desk {}\n", "the text stays as read until the change is taken in");
    session.changedOnDiskAt(file);
    assert.equal(session.textOf(file), "tier desk { resources: staff }\n");
    assert.deepEqual(await session.changedOnDisk(), []);
  });

  it("reports a file saved by renaming a new file over it, even with the same size and times", async () => {
    const file = write("tiers.duty", "tier desk {}\n");
    const { mtime } = fs.statSync(file);
    session.textOf(file);
    const fresh = write("tiers.duty.tmp", "tier dusk {}\n");
    fs.utimesSync(fresh, mtime, mtime);
    fs.renameSync(fresh, file);
    assert.deepEqual(await session.changedOnDisk(), [file]);
  });

  it("reports a file that appeared where the server found none, and one that went", async () => {
    const config = path.join(root, ".duty.json");
    assert.equal(session.existsOnDisk(config), false);
    const gone = write("gone.duty", "tier desk {}\n");
    session.textOf(gone);
    write(".duty.json", "{}\n");
    fs.rmSync(gone);
    assert.deepEqual((await session.changedOnDisk()).sort(), [config, gone].sort());
  });

  it("reports a file that could not be read (not UTF-8) once it has been saved again", async () => {
    const file = path.join(root, "latin1.duty");
    fs.writeFileSync(file, Buffer.from([0x74, 0x69, 0x65, 0x72, 0x20, 0xe9, 0x0a]));
    assert.equal(session.textOf(file), undefined);
    assert.deepEqual(await session.changedOnDisk(), []);
    write("latin1.duty", "tier clerk {}\n");
    assert.deepEqual(await session.changedOnDisk(), [file]);
  });

  it("scans the workspace again once a policy appears in a folder it scanned", async () => {
    write("a/one.duty", "tier desk {}\n");
    assert.deepEqual(session.workspaceFiles(), [path.join(root, "a/one.duty")]);
    write("a/two.duty", "tier clerk {}\n");
    assert.deepEqual(session.workspaceFiles(), [path.join(root, "a/one.duty")], "the scan is kept until a look at the disk");
    assert.deepEqual(await session.changedOnDisk(), [], "no file the server read changed");
    assert.deepEqual(session.workspaceFiles(), [path.join(root, "a/one.duty"), path.join(root, "a/two.duty")]);
  });

  it("looks at nothing for a client that reports file events", async () => {
    const watched = new Session();
    watched.setRoots([root]);
    const file = write("tiers.duty", "tier desk {}\n");
    watched.textOf(file);
    write("tiers.duty", "tier desk { resources: staff }\n");
    assert.deepEqual(await watched.changedOnDisk(), []);
  });
});
