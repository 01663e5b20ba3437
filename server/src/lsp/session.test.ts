import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { Session } from "./session.ts";

describe("Session.changedOnDisk (for clients that report no file events)", () => {
  let root: string;
  let session: Session;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "duty-session-"));
    session = new Session();
    session.setRoots([root]);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const write = (name: string, text: string): string => {
    const file = path.join(root, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it("reports nothing while the disk is as the server read it", () => {
    const file = write("tiers.duty", "tier desk {}\n");
    assert.equal(session.textOf(file), "tier desk {}\n");
    assert.equal(session.existsOnDisk(path.join(root, ".duty.json")), false);
    assert.deepEqual(session.changedOnDisk(), []);
  });

  it("reports a file read from disk that was rewritten, and reads the new text once told", () => {
    const file = write("tiers.duty", "tier desk {}\n");
    session.textOf(file);
    write("tiers.duty", "tier desk { resources: staff }\n");
    assert.deepEqual(session.changedOnDisk(), [file]);
    assert.equal(session.textOf(file), "tier desk {}\n", "the text stays as read until the change is taken in");
    session.didChangeOnDisk(pathToFileURL(file).href);
    assert.equal(session.textOf(file), "tier desk { resources: staff }\n");
    assert.deepEqual(session.changedOnDisk(), []);
  });

  it("reports a file that appeared where the server found none, and one that went", () => {
    const config = path.join(root, ".duty.json");
    assert.equal(session.existsOnDisk(config), false);
    const gone = write("gone.duty", "tier desk {}\n");
    session.textOf(gone);
    write(".duty.json", "{}\n");
    fs.rmSync(gone);
    assert.deepEqual(session.changedOnDisk().sort(), [config, gone].sort());
  });

  it("reports a file that could not be read (not UTF-8) once it has been saved again", () => {
    const file = path.join(root, "latin1.duty");
    fs.writeFileSync(file, Buffer.from([0x74, 0x69, 0x65, 0x72, 0x20, 0xe9, 0x0a]));
    assert.equal(session.textOf(file), undefined);
    assert.deepEqual(session.changedOnDisk(), []);
    write("latin1.duty", "tier clerk {}\n");
    assert.deepEqual(session.changedOnDisk(), [file]);
  });
});
