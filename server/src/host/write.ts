/** Writing a drafter's file: atomically (a temporary file renamed over it), never half-written. */
import * as fs from "node:fs";
import * as path from "node:path";
import { isInside } from "../analysis/imports.ts";
import { realPathOf } from "./disk.ts";

/** A file not written: `reason` in a few words (`read-only`), the message a sentence for the drafter. */
export class NotWritten extends Error {
  readonly reason: string;

  constructor(message: string, reason: string) {
    super(message);
    this.reason = reason;
  }
}

/** A write refused because the file is a link to somewhere outside the workspace. */
export class OutsideWorkspace extends NotWritten {}

/** Why the system refused a write, in words rather than an error code. */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  ENOENT: "no such folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "it is a folder",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many links in the path",
  EBUSY: "the file is busy",
  ETXTBSY: "the file is busy",
  EIO: "the device reported an error",
};

/** A system error as NotWritten when its cause has words in REASONS; anything else as it was. */
function asNotWritten(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === undefined ? undefined : REASONS[code];
  return reason === undefined ? error : new NotWritten(`cannot write: ${reason}`, reason);
}

/**
 * Writes `file`, through a symbolic link to the file it points to. With `root`, a link that
 * points outside that folder is refused (`OutsideWorkspace`): a workspace must not be able to
 * make `duty format` or `--fix` rewrite a file elsewhere through a link it holds.
 */
export function writeFileAtomically(file: string, text: string, root?: string): void {
  let target: string;
  let existing: fs.Stats | undefined;
  try {
    target = linkTarget(file);
    existing = fs.statSync(target, { throwIfNoEntry: false });
  } catch (error) {
    throw asNotWritten(error);
  }
  // The root with its own links resolved (a workspace opened through a link, macOS's /tmp), as the target is.
  if (root !== undefined && target !== file && !isInside(realPathOf(root) ?? root, target)) {
    throw new OutsideWorkspace(`it links to ${target}, outside the workspace; not written`, "a link out of the workspace");
  }
  if (existing?.isDirectory()) throw new NotWritten(`${REASONS["EISDIR"]!}; not written`, REASONS["EISDIR"]!);
  // A rename would put a regular file where a pipe or a device was.
  if (existing !== undefined && !existing.isFile()) throw new NotWritten("it is not a regular file (a pipe, a socket or a device); not written", "not a regular file");
  // A rename replaces a file whatever its own permissions say: a drafter who made an approved
  // policy read-only (for everyone, or for this user) must not find it rewritten.
  if (existing !== undefined && ((existing.mode & 0o222) === 0 || !canWrite(target))) throw new NotWritten("it is read-only; not written", "read-only");
  // Short, so that a long file name does not become too long a temporary one.
  const temporary = path.join(path.dirname(target), `.duty-${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(temporary, text, { encoding: "utf8", mode: existing?.mode ?? 0o644 });
    fs.renameSync(temporary, target);
  } catch (error) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // The first error is the one to report.
    }
    throw asNotWritten(error);
  }
}

function canWrite(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file a symbolic link points to, so that the rename replaces the file and the link stays a
 * link (as editors write through links); the path itself when it is no link or the link is broken.
 */
export function linkTarget(file: string): string {
  if (!fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) return file;
  return realPathOf(file) ?? file;
}

/**
 * Whether writing `target` would replace a policy: a `.duty` file by its name or through a link
 * (writes go through links), or `policy` itself under another name. Rule JSON written there would
 * lose the drafter's work.
 */
export function overwritesPolicy(target: string, policy?: string): boolean {
  if (target.endsWith(".duty") || linkTarget(target).endsWith(".duty")) return true;
  if (policy === undefined) return false;
  const first = fs.statSync(target, { throwIfNoEntry: false });
  const second = fs.statSync(policy, { throwIfNoEntry: false });
  return first !== undefined && second !== undefined && first.dev === second.dev && first.ino === second.ino;
}
