/**
 * `duty export <file> [-o out.json]`: the policy compiled to rule JSON. A policy with errors is
 * not exported (its findings are printed, exit 1), and nothing partial is ever written.
 */
import * as path from "node:path";
import { reviewFile } from "../analysis/review.ts";
import { Workspace } from "../analysis/workspace.ts";
import { compilePolicy, serialize } from "../compile/export.ts";
import { DiskHost } from "../host/disk.ts";
import { writeFileAtomically } from "../host/write.ts";
import { displayPath, findPolicyFiles, UsageError, workspaceRootFor } from "./files.ts";
import type { Io, ParsedOptions } from "./main.ts";

export function runExport(options: ParsedOptions, io: Io): number {
  const [input, extra] = options.positionals;
  if (!input || extra) throw new UsageError('export takes one policy file, e.g. "duty export policy.duty -o policy.rules.json"');
  const [file] = findPolicyFiles([input], io.cwd);
  if (!file || !file.endsWith(".duty")) throw new UsageError(`not a policy file: ${input}`);
  const host = new DiskHost(workspaceRootFor([file], io.cwd));
  const workspace = new Workspace(host);
  const review = reviewFile(workspace, file);
  if (!review) {
    io.stderr(`duty: ${displayPath(file, io.cwd)}: ${host.errors.get(file)?.message ?? "cannot be read"}\n`);
    return 2;
  }
  const lines = review.model.document.lines;
  const errors = review.findings.filter((finding) => finding.severity === "error");
  if (errors.length > 0) {
    for (const finding of errors) {
      const start = lines.positionAt(finding.span.start);
      io.stderr(`${displayPath(file, io.cwd)}:${start.line + 1}:${start.character + 1}  error  ${finding.rule}  ${finding.message}\n`);
    }
    io.stderr(`duty: not exported: ${errors.length} ${errors.length === 1 ? "error" : "errors"} to fix first.\n`);
    return 1;
  }
  const json = serialize(compilePolicy(review.model, workspace.configuration(file).laws, review.findings));
  const output = options.values["output"];
  if (typeof output === "string") {
    const target = path.resolve(io.cwd, output);
    writeFileAtomically(target, json);
    io.stderr(`duty: wrote ${displayPath(target, io.cwd)}\n`);
  } else {
    io.stdout(json);
  }
  return 0;
}
