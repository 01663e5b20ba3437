/**
 * `duty export <file> [-o out.json]`: the policy compiled to rule JSON. A policy with errors is
 * not exported (its findings are printed, exit 1), and nothing partial is ever written.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { reviewFile } from "../analysis/review.ts";
import { Workspace } from "../analysis/workspace.ts";
import { compilePolicy, exportErrors, serialize } from "../compile/export.ts";
import { DiskHost } from "../host/disk.ts";
import { NotWritten, overwritesPolicy, writeFileAtomically } from "../host/write.ts";
import { configProblemNotes, displayPath, findPolicyFiles, UsageError, workspaceRootFor } from "./files.ts";
import type { Io, ParsedOptions } from "./main.ts";

export function runExport(options: ParsedOptions, io: Io): number {
  const [input, extra] = options.positionals;
  if (!input || extra) throw new UsageError('export takes one policy file, e.g. "duty export policy.duty -o policy.rules.json"');
  if (fs.statSync(path.resolve(io.cwd, input), { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`export takes one policy file, not a folder: ${input}`);
  }
  // A file that is not a policy is refused there, as by every command.
  const [file] = findPolicyFiles([input], io.cwd);
  if (!file) throw new UsageError(`not a policy file (.duty): ${input}`);
  const output = options.values["output"];
  // `-o -` is standard output, as for most tools that write a file.
  const target = typeof output === "string" && output !== "-" ? path.resolve(io.cwd, output) : undefined;
  if (target !== undefined && overwritesPolicy(target, file)) {
    throw new UsageError(`refusing to write rule JSON over a policy file: ${output as string}; choose a .json file`);
  }
  const host = new DiskHost(workspaceRootFor([file], io.cwd));
  const workspace = new Workspace(host);
  const review = reviewFile(workspace, file);
  if (!review) {
    io.stderr(`duty: ${displayPath(file, io.cwd)}: ${host.errors.get(file)?.message ?? "cannot be read"}\n`);
    return 2;
  }
  configProblemNotes(io)(review.configProblems);
  const errors = exportErrors(workspace, review);
  if (errors.length > 0) {
    for (const finding of errors) {
      const start = workspace.document(finding.file)!.lines.positionAt(finding.span.start);
      io.stderr(`${displayPath(finding.file, io.cwd)}:${start.line + 1}:${start.character + 1}  error  ${finding.rule}  ${finding.message}\n`);
    }
    io.stderr(`duty: not exported: ${errors.length} ${errors.length === 1 ? "error" : "errors"} to fix first.\n`);
    return 1;
  }
  const json = serialize(compilePolicy(review.model, workspace.configuration(file).laws, review.findings));
  if (target === undefined) {
    io.stdout(json);
    return 0;
  }
  try {
    writeFileAtomically(target, json);
  } catch (error) {
    if (!(error instanceof NotWritten)) throw error;
    io.stderr(`duty: ${displayPath(target, io.cwd)}: ${error.message}\n`);
    return 2;
  }
  io.stderr(`duty: wrote ${displayPath(target, io.cwd)}\n`);
  return 0;
}
