/**
 * The yardstick of the command-line run (bench/cli.ts): the JSON parser of json-yardstick.ts
 * over JSON files read from disk, shared among worker threads as `duty check` shares policies.
 *
 *   node bench/json-files.ts <file listing the paths> <threads>
 */
import * as fs from "node:fs";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { parseJson } from "./json-yardstick.ts";

if (isMainThread) {
  const [list = "", threads = "1"] = process.argv.slice(2);
  const files = fs.readFileSync(list, "utf8").split("\n").filter((line) => line.length > 0);
  const count = Math.max(1, Number(threads));
  const size = Math.ceil(files.length / count);
  const shares = Array.from({ length: count }, (_, index) => files.slice(index * size, (index + 1) * size));
  const counts = await Promise.all(
    shares.map(
      (share) =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: share });
          worker.once("message", (tokens: number) => {
            resolve(tokens);
            void worker.terminate();
          });
          worker.once("error", reject);
        }),
    ),
  );
  process.stdout.write(`${counts.reduce((sum, count) => sum + count, 0)} tokens\n`);
} else {
  let tokens = 0;
  for (const file of workerData as string[]) tokens += parseJson(fs.readFileSync(file, "utf8")).tokens;
  parentPort!.postMessage(tokens);
}
