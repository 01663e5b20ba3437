// Bundles the editor test suite that runs inside VS Code's extension host:
//   test/e2e/index.ts          → out/e2e/index.cjs           (extensionTestsPath: exports run())
//   test/e2e/suite/*.test.ts   → out/e2e/suite/*.test.cjs    (loaded by mocha, one file each)
// `vscode` is provided by the extension host; mocha is imported from node_modules at run time.
import * as esbuild from "esbuild";
import { readdirSync, rmSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = path.join(root, "out", "e2e");

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: "inline",
  logLevel: "warning",
  external: ["vscode", "mocha"],
};

export async function buildSuite() {
  rmSync(out, { recursive: true, force: true });
  const suite = readdirSync(path.join(root, "test", "e2e", "suite")).filter((name) => name.endsWith(".test.ts"));
  await Promise.all([
    esbuild.build({ ...common, entryPoints: [path.join(root, "test", "e2e", "index.ts")], outfile: path.join(out, "index.cjs") }),
    ...suite.map((name) =>
      esbuild.build({ ...common, entryPoints: [path.join(root, "test", "e2e", "suite", name)], outfile: path.join(out, "suite", name.replace(/\.ts$/, ".cjs")) }),
    ),
  ]);
  return path.join(out, "index.cjs");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(path.relative(root, await buildSuite()));
}
