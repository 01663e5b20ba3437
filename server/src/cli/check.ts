/** `duty check`: review files and folders, print findings, exit by the fail level. */
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { LineIndex } from "../../../grammar/src/index.ts";
import { CORE_RULES } from "../analysis/core-rules.ts";
import { byPosition, reaches, type Finding } from "../analysis/finding.ts";
import { reviewFile } from "../analysis/review.ts";
import { Workspace } from "../analysis/workspace.ts";
import { DiskHost, displayPath, findPolicyFiles, UsageError, workspaceRootFor } from "./files.ts";
import type { Io, ParsedOptions } from "./main.ts";
import { formatJson, formatSarif, formatText } from "./report.ts";
import { VERSION } from "./version.ts";

const FORMATS = { text: formatText, json: formatJson, sarif: formatSarif } as const;
const LEVELS = new Set(["error", "warning", "info"]);

export function runCheck(options: ParsedOptions, io: Io): number {
  const format = options.values.format ?? "text";
  if (!(format in FORMATS)) throw new UsageError(`unknown format "${format}": use text, json or sarif`);
  const failLevel = options.values["fail-level"] ?? "error";
  if (!LEVELS.has(failLevel)) throw new UsageError(`unknown fail level "${failLevel}": use error, warning or info`);
  const inputs = options.positionals.length > 0 ? options.positionals : ["."];
  const files = findPolicyFiles(inputs, io.cwd);
  const root = options.values.root ? path.resolve(io.cwd, options.values.root) : workspaceRootFor(files, io.cwd);
  const host = new DiskHost(root);
  const workspace = new Workspace(host);

  const findings: Finding[] = [];
  const lines = new Map<string, LineIndex>();
  let unreadable = 0;
  for (const file of files) {
    const review = reviewFile(workspace, file);
    if (!review) {
      const error = host.errors.get(file);
      io.stderr(`duty: ${displayPath(file, io.cwd)}: ${error?.message ?? "cannot be read"}\n`);
      unreadable++;
      continue;
    }
    lines.set(review.file, review.model.document.lines);
    findings.push(...review.findings);
  }
  findings.sort(byPosition);
  const report = FORMATS[format as keyof typeof FORMATS];
  io.stdout(
    report({
      findings,
      lines,
      cwd: io.cwd,
      rules: CORE_RULES,
      version: VERSION,
      docsUrl: (rule) => docsUrl(rule),
      filesChecked: files.length - unreadable,
    }),
  );
  if (unreadable > 0) return 2;
  return findings.some((finding) => reaches(finding.severity, failLevel as Finding["severity"])) ? 1 : 0;
}

/** Docs pages ship with the package: `docs/rules/<family>/<name>.md`. */
export function docsUrl(rule: string): string {
  return pathToFileURL(path.join(packageRoot(), "docs", "rules", `${rule}.md`)).href;
}

declare const __dirname: string | undefined;

function packageRoot(): string {
  // Bundled: dist/cli.cjs, one folder below the package root. From source: server/src/cli.
  const here = typeof __dirname === "string" ? __dirname : fileURLToPath(new URL(".", import.meta.url));
  return path.basename(here) === "dist" ? path.dirname(here) : path.resolve(here, "..", "..", "..");
}
