/**
 * The yardstick runs in a worker thread: the same process and machine, but its own V8 isolate,
 * so that the JSON parser and Duty's parser do not share Chevrotain's compiled engine code (in one
 * isolate the engine's inline caches would see two grammars, and each parser's speed would depend
 * on the other having run). The main thread waits while the worker runs: they never compete.
 */
import { parentPort, workerData } from "node:worker_threads";
import { parseAllJson } from "./workloads.ts";

const documents = (workerData as { documents: string[] }).documents;

function threadCpu(): number {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / 1000;
}

parentPort!.on("message", () => {
  const cpu = threadCpu();
  const start = performance.now();
  const checksum = parseAllJson(documents);
  const wall = performance.now() - start;
  parentPort!.postMessage({ wall, cpu: threadCpu() - cpu, checksum });
});
