/** The process entry of `duty`: wires the CLI to the real streams and exit code. */
import { main } from "./main.ts";

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
