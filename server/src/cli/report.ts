/** The three output formats of `duty check`: text for people, JSON and SARIF for machines. */
import { createHash } from "node:crypto";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Severity } from "../../../grammar/src/index.ts";
import type { RuleDescription } from "../analysis/core-rules.ts";
import { climbsOut } from "../analysis/imports.ts";
import { displayPath } from "./files.ts";
import type { Row } from "./review-files.ts";

export interface ReportInput {
  /** Sorted. */
  readonly rows: readonly Row[];
  readonly cwd: string;
  readonly rules: readonly RuleDescription[];
  readonly version: string;
  /**
   * A rule's docs page as a URL. SARIF gives it as the rule's `helpUri` only when it is a web
   * address: a `file:` URL names a path on the machine that ran the check, of no use to the
   * code-scanning server the report is uploaded to (the page itself is the rule's help).
   */
  readonly docsUrl?: (rule: string) => string;
  /** A rule's docs page (Markdown), shipped with the package: SARIF viewers show it as the rule's help. */
  readonly docsPage?: (rule: string) => string | undefined;
  readonly filesChecked: number;
  /** Files that could not be read (the run fails): SARIF reports them as the run's notifications. */
  readonly unreadable?: readonly { readonly file: string; readonly message: string }[];
}

/** Rows come file by file: each file's shown path is worked out once, not once per finding. */
const shownPaths = new WeakMap<ReportInput, Map<string, string>>();

function shownPath(input: ReportInput, file: string): string {
  let paths = shownPaths.get(input);
  if (!paths) shownPaths.set(input, (paths = new Map()));
  let shown = paths.get(file);
  if (shown === undefined) paths.set(file, (shown = displayPath(file, input.cwd)));
  return shown;
}

export function formatText(input: ReportInput): string {
  const lines = input.rows.flatMap((row) => {
    const { start } = row.range;
    const line = `${shownPath(input, row.file)}:${start.line + 1}:${start.character + 1}  ${row.severity}  ${row.rule}  ${row.message}`;
    return [line, ...(row.details ?? []).map((detail) => `    ${detail}`)];
  });
  const count = (severity: Severity) => input.rows.filter((row) => row.severity === severity).length;
  const files = input.filesChecked === 1 ? "1 file" : `${input.filesChecked} files`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  lines.push(`${files} checked: ${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "note")}.`);
  return `${lines.join("\n")}\n`;
}

export function formatJson(input: ReportInput): string {
  const rows = input.rows.map((row) => ({
    file: shownPath(input, row.file),
    rule: row.rule,
    severity: row.severity,
    message: row.message,
    range: row.range,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/**
 * A file as a SARIF artifact location: a URI reference relative to SRCROOT (the current folder),
 * each path segment percent-encoded so that `#`, `?` or `%` in a name stay part of it; a file
 * outside the current folder as an absolute `file:` URI.
 */
function artifactLocation(input: ReportInput, file: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(input.cwd, file);
  if (relative === "" || climbsOut(relative)) return { uri: pathToFileURL(file).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: "SRCROOT" };
}

const SARIF_LEVEL = { error: "error", warning: "warning", info: "note" } as const;

/** A rule's `helpUri`: its docs page, if that is on the web (see ReportInput.docsUrl). */
function helpUri(input: ReportInput, rule: string): { helpUri?: string } {
  const url = input.docsUrl?.(rule);
  return url !== undefined && /^https?:\/\//i.test(url) ? { helpUri: url } : {};
}

/**
 * A finding's identity across runs, for code scanning to match an alert with the last run's when
 * lines move: the rule, the file and the message (which names the clause and quotes the text),
 * and which of the identical ones it is.
 */
function fingerprints(input: ReportInput): string[] {
  const seen = new Map<string, number>();
  return input.rows.map((row) => {
    const key = `${row.rule}\u0000${shownPath(input, row.file)}\u0000${row.message}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash("sha256").update(`${key}\u0000${occurrence}`).digest("hex").slice(0, 32);
  });
}

export function formatSarif(input: ReportInput): string {
  const ruleIndex = new Map(input.rules.map((rule, index) => [rule.id, index]));
  const prints = fingerprints(input);
  const results = input.rows.map((row, rowIndex) => {
    const { start, end } = row.range;
    const index = ruleIndex.get(row.rule);
    return {
      ruleId: row.rule,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: SARIF_LEVEL[row.severity],
      message: { text: row.message },
      partialFingerprints: { "dutyFinding/v1": prints[rowIndex]! },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(input, row.file),
            region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
          },
        },
      ],
    };
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "duty",
            version: input.version,
            rules: input.rules.map((rule) => {
              const page = input.docsPage?.(rule.id);
              return {
                id: rule.id,
                shortDescription: { text: rule.summary.en },
                fullDescription: { text: rule.summary.en },
                help: page ? { text: rule.summary.en, markdown: page } : { text: rule.summary.en },
                ...helpUri(input, rule.id),
                defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
              };
            }),
          },
        },
        invocations: [
          {
            executionSuccessful: (input.unreadable ?? []).length === 0,
            toolExecutionNotifications: (input.unreadable ?? []).map(({ file, message }) => ({
              level: "error",
              message: { text: `${shownPath(input, file)}: ${message}` },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(input, file) } }],
            })),
          },
        ],
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(input.cwd + path.sep).href } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
