/**
 * Reads a `.cpuprofile` (from `node --cpu-prof`) and prints the functions with the most self
 * time, with their file and line, and the share of time per source file.
 *
 *   node bench/top.ts /tmp/duty-prof/CPU.*.cpuprofile [count]
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, countText = "30"] = process.argv.slice(2);
if (!file) throw new Error("usage: node bench/top.ts <file.cpuprofile> [count]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const shortUrl = (url: string): string => url.replace(/^file:\/\//, "").replace(/^.*\/(node_modules\/)/, "$1").replace(/^.*\/work\/main\//, "");
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
for (const [id, time] of self) {
  const frame = byId.get(id)!.callFrame;
  const where = frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : "(native)";
  const key = `${frame.functionName || "(anonymous)"}  ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + time);
  const fileKey = frame.url ? shortUrl(frame.url) : frame.functionName || "(native)";
  byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + time);
}
const pct = (time: number): string => `${((100 * time) / total).toFixed(1).padStart(5)}%`;
console.log(`total ${(total / 1000).toFixed(0)} ms\n\nself time by function:`);
for (const [key, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(countText))) console.log(`${pct(time)}  ${key}`);
// Inclusive time: a function's self time plus everything it called (recursive calls counted once).
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const keyOf = (id: number): string => {
  const frame = byId.get(id)!.callFrame;
  return `${frame.functionName || "(anonymous)"}  ${frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : "(native)"}`;
};
const inclusive = new Map<string, number>();
for (const [id, time] of self) {
  const seen = new Set<string>();
  for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
    const key = keyOf(current);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + time);
  }
}
console.log("\ninclusive time (project code):");
for (const [key, time] of [...inclusive].filter(([key]) => /(grammar|server|bench)\//.test(key)).sort((a, b) => b[1] - a[1]).slice(0, Number(countText))) {
  console.log(`${pct(time)}  ${key}`);
}
console.log("\nself time by file:");
for (const [key, time] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${pct(time)}  ${key}`);
