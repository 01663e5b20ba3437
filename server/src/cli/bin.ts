/** The process entry of `duty`: wires the CLI to the real streams and exit code. */
import { main } from "./main.ts";

const code = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
if (typeof code === "number") process.exitCode = code;
else void code.then((exit) => (process.exitCode = exit));
