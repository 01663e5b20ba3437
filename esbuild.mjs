// Bundles the command line (and, as they land, the language server and the VS Code client)
// into self-contained CommonJS files under dist/. Run by `npm install` (prepare) and `npm run build`.
import * as esbuild from "esbuild";
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const watch = process.argv.includes("--watch");

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: true,
  minifyWhitespace: true,
  legalComments: "none",
  logLevel: "warning",
  // `import.meta.url` has no meaning in CommonJS: the code uses __dirname when bundled.
  define: { DUTY_VERSION: JSON.stringify(pkg.version), "import.meta.url": "undefined" },
};

const entries = [
  { entryPoints: ["server/src/cli/bin.ts"], outfile: "dist/cli.cjs" },
  { entryPoints: ["server/src/cli/check-worker.ts"], outfile: "dist/check-worker.cjs" },
  { entryPoints: ["server/src/lsp/main.ts"], outfile: "dist/server-main.cjs" },
  // The entry point editors start: the compile cache first, then the server above.
  { entryPoints: ["server/src/lsp/launch.cjs"], outfile: "dist/server.cjs", external: ["./server-main.cjs"], sourcemap: false },
  // The VS Code API is provided by the extension host at run time.
  { entryPoints: ["client/src/extension.ts"], outfile: "dist/client.cjs", external: ["vscode"] },
];

if (watch) {
  for (const entry of entries) await (await esbuild.context({ ...common, ...entry })).watch();
} else {
  await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));
}
