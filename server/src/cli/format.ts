/**
 * `duty format [paths…] [--check]`: rewrites policy files in the canonical layout (atomically,
 * keeping a byte order mark and the line endings), or with `--check` lists the files that would
 * change. Exit codes: 0 all formatted, 1 (`--check`) some would change, 2 a file could not be
 * read, has syntax errors or could not be written (reported on one line each and left untouched).
 */
import { formatBlockers, formatDocument } from "../analysis/format/index.ts";
import { Workspace } from "../analysis/workspace.ts";
import { DiskHost } from "../host/disk.ts";
import { NotWritten, writeFileAtomically } from "../host/write.ts";
import { displayPath, findPolicyFiles, outsideLinkNote, workspaceRootFor } from "./files.ts";
import type { Io, ParsedOptions } from "./main.ts";

export function runFormat(options: ParsedOptions, io: Io): number {
  const check = options.values["check"] === true;
  const inputs = options.positionals.length > 0 ? options.positionals : ["."];
  const files = findPolicyFiles(inputs, io.cwd, outsideLinkNote(io.cwd, io.stderr));
  const host = new DiskHost(workspaceRootFor(files, io.cwd));
  const workspace = new Workspace(host);
  let failed = 0;
  let changed = 0;
  for (const file of files) {
    const shown = displayPath(file, io.cwd);
    const document = workspace.document(file);
    if (!document) {
      io.stderr(`duty: ${shown}: ${host.errors.get(file)?.message ?? "cannot be read"}\n`);
      failed++;
      continue;
    }
    const formatted = formatDocument(document);
    if (formatted === undefined) {
      const [first] = formatBlockers(document);
      const where = first ? document.lines.positionAt(first.span.start) : { line: 0, character: 0 };
      const reason = first ? `${first.message} (${first.rule})` : "its layout could not be kept safely";
      io.stderr(`duty: ${shown}:${where.line + 1}:${where.character + 1}: not formatted: ${reason}\n`);
      failed++;
      continue;
    }
    if (formatted === document.text) continue;
    changed++;
    if (check) {
      io.stdout(`${shown}\n`);
      continue;
    }
    try {
      writeFileAtomically(file, host.hadByteOrderMark(file) ? `\uFEFF${formatted}` : formatted, host.root);
    } catch (error) {
      // One file that cannot be written (read-only, a full disk) is reported; the others are formatted.
      if (!(error instanceof NotWritten)) throw error;
      io.stderr(`duty: ${shown}: ${error.message}\n`);
      failed++;
      continue;
    }
    host.forget(file);
    io.stdout(`formatted ${shown}\n`);
  }
  if (failed > 0) return 2;
  return check && changed > 0 ? 1 : 0;
}
