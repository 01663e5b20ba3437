/**
 * `duty check`: review files and folders, print findings, exit by the fail level. A large set of
 * files is shared among worker threads, one per core.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { CATALOGUE } from "../analysis/catalogue.ts";
import { reaches } from "../analysis/finding.ts";
import { Workspace } from "../analysis/workspace.ts";
import { DiskHost } from "../host/disk.ts";
import { docsPage, docsUrl } from "../host/docs.ts";
import { displayPath, findPolicyFiles, outsideLinkNote, UsageError, workspaceRootFor } from "./files.ts";
import { fixFiles, type FixRun } from "./fix.ts";
import type { Io, ParsedOptions } from "./main.ts";
import { formatJson, formatSarif, formatText } from "./report.ts";
import { byRow, mergeReviews, reviewFiles, type ReviewedFiles, type ReviewRequest } from "./review-files.ts";
import { VERSION } from "./version.ts";

const FORMATS = { text: formatText, json: formatJson, sarif: formatSarif } as const;
const LEVELS = new Set(["error", "warning", "info"]);
/**
 * Policy text per worker thread, unless --jobs says how many: a worker costs ~0.3 s to start (it
 * loads the bundle and warms up), which a share smaller than this does not win back — 240 files
 * of 5 KB took 0.93 s on one thread and 1.28 s on two; 19 MB, 1.23× faster on two (bench:cli).
 */
const BYTES_PER_WORKER = 2_000_000;

function stringValue(options: ParsedOptions, key: string): string | undefined {
  const value = options.values[key];
  return typeof value === "string" ? value : undefined;
}

/** A number, or a promise of one when the files are shared among worker threads. */
export function runCheck(options: ParsedOptions, io: Io): number | Promise<number> {
  const format = stringValue(options, "format") ?? "text";
  if (!(format in FORMATS)) throw new UsageError(`unknown format "${format}": use text, json or sarif`);
  const failLevel = stringValue(options, "fail-level") ?? "error";
  if (!LEVELS.has(failLevel)) throw new UsageError(`unknown fail level "${failLevel}": use error, warning or info`);
  const inputs = options.positionals.length > 0 ? options.positionals : ["."];
  const files = findPolicyFiles(inputs, io.cwd, outsideLinkNote(io.cwd, io.stderr));
  const rootOption = stringValue(options, "root");
  const root = rootOption ? path.resolve(io.cwd, rootOption) : workspaceRootFor(files, io.cwd);
  // A mistyped --root would silently ignore every .duty.json and flag every import: refuse it.
  const rootStat = rootOption ? fs.statSync(root, { throwIfNoEntry: false }) : undefined;
  if (rootOption && !rootStat) throw new UsageError(`no such folder for --root: ${rootOption}`);
  if (rootOption && !rootStat!.isDirectory()) throw new UsageError(`--root names a file, not a folder: ${rootOption}`);
  const verbose = options.values["verbose"] === true && format === "text";
  // The explanations are prose for a reader: the machine formats carry the rule's docs page instead.
  if (options.values["verbose"] === true && format !== "text") io.stderr(`duty: --verbose explains findings in the text format only; the ${format} report is written without it\n`);
  const request: ReviewRequest = { files, root, verbose };

  const finish = (reviewed: ReviewedFiles): number => {
    const code = report(reviewed, format, failLevel, io);
    // The finding's own advice is an editor's (copy the file in); from the command line the
    // usual cause is where duty was started.
    if (reviewed.rows.some((row) => row.rule === "import/outside-workspace")) {
      io.stderr(`duty: some imports lie outside the workspace root, ${path.relative(io.cwd, root) === "" ? "." : displayPath(root, io.cwd)}: run duty from the folder that holds the policies and what they import, or name that folder with --root.\n`);
    }
    return code;
  };
  if (options.values["fix"] === true) {
    const host = new DiskHost(root);
    const workspace = new Workspace(host);
    const run = fixFiles(files, workspace, host);
    reportFixes(run, io);
    const code = finish(reviewFiles(request, workspace));
    return run.notWritten.size > 0 ? 2 : code;
  }
  // Never more workers than files: a worker with nothing to review would only cost its start.
  const asked = stringValue(options, "jobs") !== undefined ? jobsOf(options) : Math.min(jobsOf(options), Math.floor(totalBytes(files) / BYTES_PER_WORKER));
  const workers = Math.min(asked, files.length);
  return workers < 2 ? finish(reviewFiles(request)) : reviewInParallel(request, workers).then(finish);
}

/** Every fix applied, where and what; the files left as they were, and why. */
function reportFixes(run: FixRun, io: Io): void {
  for (const fix of run.applied) io.stderr(`duty: fixed ${displayPath(fix.file, io.cwd)}:${fix.line}:${fix.character}  ${fix.rule}  ${fix.title}\n`);
  for (const [file, rule] of run.withSyntaxErrors) io.stderr(`duty: ${displayPath(file, io.cwd)}: has syntax errors (${rule}); no fix applied until they are corrected\n`);
  for (const [file, reason] of run.notWritten) io.stderr(`duty: ${displayPath(file, io.cwd)}: ${reason}\n`);
  const count = run.applied.length;
  if (count === 0) {
    const left = run.notWritten.size + run.withSyntaxErrors.size > 0;
    io.stderr(`duty: ${left ? "no fix applied" : "no fix to apply unattended"}. Fixes that would choose a number, a tier or a resource, or replace your wording, are offered in the editor only.\n`);
    return;
  }
  // Only fixes that choose nothing for the drafter are applied; their blanks stay findings (boundary/placeholder).
  io.stderr(`duty: applied ${count} ${count === 1 ? "fix" : "fixes"}; fill in the placeholders they left in brackets (boundary/placeholder). Fixes that would choose a number, a tier or a resource, or replace your wording, are offered in the editor only.\n`);
}

function totalBytes(files: readonly string[]): number {
  let total = 0;
  for (const file of files) total += fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  return total;
}

/** `--jobs n` (a positive whole number), else one worker per core. */
function jobsOf(options: ParsedOptions): number {
  const jobs = stringValue(options, "jobs");
  if (jobs === undefined) return os.availableParallelism();
  if (!/^[1-9][0-9]*$/.test(jobs)) throw new UsageError(`--jobs needs a positive whole number, not "${jobs}"`);
  return Number(jobs);
}

function report(reviewed: ReviewedFiles, format: string, failLevel: string, io: Io): number {
  for (const { file, message } of reviewed.unreadable) io.stderr(`duty: ${displayPath(file, io.cwd)}: ${message}\n`);
  const rows = [...reviewed.rows].sort(byRow);
  io.stdout(FORMATS[format as keyof typeof FORMATS]({ rows, cwd: io.cwd, rules: CATALOGUE, version: VERSION, docsUrl, docsPage, filesChecked: reviewed.filesChecked, unreadable: reviewed.unreadable }));
  if (reviewed.unreadable.length > 0) return 2;
  return rows.some((row) => reaches(row.severity, failLevel as (typeof row)["severity"])) ? 1 : 0;
}

declare const __dirname: string | undefined;

/**
 * Each worker's young generation. A check keeps much of what it allocates (the documents of the
 * share), and V8's default nursery here is several times larger: on 1,000 generated files
 * (bench/cli.ts) this size took the peak memory from ~850 to ~680 MB and the time down by ~5 %;
 * twice or four times it measured as the default did.
 */
const WORKER_YOUNG_GENERATION_MB = 48;

/** Shares the files among `workers` threads (one per core) and merges what they found. */
async function reviewInParallel(request: ReviewRequest, workers: number): Promise<ReviewedFiles> {
  // Bundled, the worker is dist/check-worker.cjs beside this bundle; from source, the .ts module.
  const script = typeof __dirname === "string" ? path.join(__dirname, "check-worker.cjs") : new URL("./check-worker.ts", import.meta.url);
  // Contiguous shares: a folder's policies go to one worker, which then reads their shared
  // register once (the files are in path order; the report is sorted again when merged).
  const size = Math.ceil(request.files.length / workers);
  const shares = Array.from({ length: workers }, (_, index) => request.files.slice(index * size, (index + 1) * size));
  const parts = await Promise.all(
    shares.map(
      (files) =>
        new Promise<ReviewedFiles>((resolve, reject) => {
          const worker = new Worker(script, { workerData: { ...request, files }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
          worker.once("message", (result: ReviewedFiles) => {
            resolve(result);
            void worker.terminate();
          });
          worker.once("error", reject);
        }),
    ),
  );
  return mergeReviews(parts);
}
