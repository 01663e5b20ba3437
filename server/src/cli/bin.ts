/** The process entry of `duty`: wires the CLI to the real streams and exit code. */
import { main } from "./main.ts";

// A reader that stops early (`duty check | head`) closes the pipe: the rest of the report has
// nowhere to go, which is no error of the drafter's and must not end in a stack trace. The run
// finishes and its exit code stands; only the output is cut short.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

const code = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
});
if (typeof code === "number") process.exitCode = code;
else void code.then((exit) => (process.exitCode = exit));
