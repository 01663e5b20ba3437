/**
 * `duty` — the command line. Exit codes: 0 nothing reached the fail level, 1 something did,
 * 2 usage or input/output error. Never prints a stack trace for a drafter's mistake.
 */
import { parseArgs } from "node:util";
import { runCheck } from "./check.ts";
import { runCases } from "./cases.ts";
import { runExplain } from "./explain.ts";
import { runExport } from "./export.ts";
import { runFormat } from "./format.ts";
import { InputError } from "../host/disk.ts";
import { UsageError } from "./files.ts";
import { VERSION } from "./version.ts";
import { closest } from "../../../grammar/src/suggest.ts";

/** Each command's usage and options, as `duty <command> --help` shows them. */
const COMMAND_HELP: Readonly<Record<string, string>> = {
  check: `  check [paths…]   Review .duty files and folders (recursively; default: the current folder).
      --format text|json|sarif   Output format (default: text).
      --fail-level error|warning|info   Exit 1 when a finding reaches this level (default: error).
      --root <folder>   The workspace root imports must stay inside (default: the current folder).
      --verbose        Explain each finding: why it matters, what to write, the law behind it.
      --fix            Apply the quick fixes that choose nothing for you (corrections, placeholder clauses), list each, then report.
      --jobs <n>       Review with n worker threads (default: one per 2 MB of policies, at most one per core).
`,
  export: `  export <file>    Compile a policy to rule JSON (not exported while it has errors).
      -o, --output <file>   Write there (atomically) instead of to standard output ("-": standard output).
`,
  test: `  test [paths…]    Run the policies' cases: who answers, and whether that is what each case expects.
      --format text|junit   Output format (default: text); exit 1 when a case fails or a policy has syntax, name or import errors.
`,
  format: `  format [paths…]  Rewrite .duty files in the canonical layout, in their own script and punctuation.
      --check          Only list the files that would change (exit 1 if any).
`,
  explain: `  explain <rule-id>  What a rule flags, why, what to write instead, and the law that speaks to it.
      --lang en|zh-Hans|zh-Hant   The language of the explanation (default: the system's, from LANG; else en).
`,
};

const USAGE = `Usage: duty <command> [options]

Commands:
${Object.values(COMMAND_HELP).join("")}
Options:
  -h, --help       Show this help.
  -v, --version    Show the version.
`;

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** The environment, for the language `duty explain` speaks when not told (`LANG`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The exit code; a promise of it only when `check` shares many files among worker threads. */
export function main(argv: readonly string[], io: Io): number | Promise<number> {
  try {
    const code = dispatch(argv, io);
    return typeof code === "number" ? code : code.catch((error: unknown) => failure(error, io));
  } catch (error) {
    return failure(error, io);
  }
}

function failure(error: unknown, io: Io): number {
  if (error instanceof UsageError) {
    io.stderr(`duty: ${error.message}\n`);
    return 2;
  }
  if (error instanceof InputError) {
    io.stderr(`duty: ${error.file}: ${error.message}\n`);
    return 2;
  }
  const reason = error instanceof Error ? error.message : String(error);
  io.stderr(`duty: internal error: ${reason}\n`);
  return 2;
}

function dispatch(argv: readonly string[], io: Io): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(USAGE);
    return 2;
  }
  if (command === "-h" || command === "--help" || command === "help") {
    io.stdout(USAGE);
    return 0;
  }
  // Help asked for among the options (not after `--`, where a file may be called `-h`).
  const options = rest.includes("--") ? rest.slice(0, rest.indexOf("--")) : rest;
  if (options.includes("--help") || options.includes("-h")) {
    const help = COMMAND_HELP[command];
    if (help === undefined) throw unknownCommand(command);
    io.stdout(`Usage: duty ${command} [options]\n\n${help}`);
    return 0;
  }
  if (command === "-v" || command === "--version") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (command === "check") return runCheck(parseOptions("check", rest, CHECK_OPTIONS), io);
  if (command === "explain") return runExplain(parseOptions("explain", rest, EXPLAIN_OPTIONS), io);
  if (command === "format") return runFormat(parseOptions("format", rest, FORMAT_OPTIONS), io);
  if (command === "test") return runCases(parseOptions("test", rest, TEST_OPTIONS), io);
  if (command === "export") return runExport(parseOptions("export", rest, EXPORT_OPTIONS), io);
  throw unknownCommand(command);
}

function unknownCommand(command: string): UsageError {
  // There is no `fix` command: fixing is part of the check.
  if (command === "fix") return new UsageError('no command "fix": quick fixes are applied by "duty check --fix". Run "duty check --help".');
  const suggestion = closest(command, Object.keys(COMMAND_HELP));
  return new UsageError(`unknown command "${command}".${suggestion ? ` Did you mean "${suggestion}"?` : ""} Run "duty --help".`);
}

const CHECK_OPTIONS = {
  format: { type: "string" },
  "fail-level": { type: "string" },
  root: { type: "string" },
  verbose: { type: "boolean" },
  fix: { type: "boolean" },
  jobs: { type: "string" },
} as const;

const EXPLAIN_OPTIONS = { lang: { type: "string" } } as const;
const FORMAT_OPTIONS = { check: { type: "boolean" } } as const;
const TEST_OPTIONS = { format: { type: "string" } } as const;
const EXPORT_OPTIONS = { output: { type: "string", short: "o" } } as const;

type OptionSpec = Readonly<Record<string, { readonly type: "string" | "boolean"; readonly short?: string }>>;

export interface ParsedOptions {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: string[];
}

function parseOptions(command: string, args: readonly string[], options: OptionSpec): ParsedOptions {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as ParsedOptions["values"], positionals };
  } catch (error) {
    throw optionError(command, options, error);
  }
}

/**
 * Node's message for an unknown option names its own API; this one says what `duty` accepts.
 * Any other problem (a value missing, an ambiguous `-o -x`) keeps Node's words, which are right.
 */
function optionError(command: string, options: OptionSpec, error: unknown): UsageError {
  // On one line, as every usage error is (Node's may take three).
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " ");
  const name = (error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /Unknown option '([^']+)'/.exec(message)?.[1] : undefined;
  if (name === undefined) return new UsageError(`${message}${/[.!?]$/.test(message) ? "" : "."} Run "duty ${command} --help".`);
  const known = Object.keys(options).map((option) => `--${option}`);
  // `duty format` writes unless told --check: there is no --write to ask for it.
  const hint = command === "format" && name === "--write" ? " duty format writes the files by default; --check only lists them." : "";
  const suggestion = hint === "" ? closest(name, known) : undefined;
  const listed = known.length > 0 ? ` Its options: ${known.join(", ")}.` : "";
  return new UsageError(`"${command}" has no option "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ""}${hint}${listed}`);
}
