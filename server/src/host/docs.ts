/** Where the package's own files are, once installed: the rule docs pages ship with it. */
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** A rule's docs page: `docs/rules/<family>/<name>.md` in the package. */
export function docsPath(rule: string): string {
  return path.join(packageRoot(), "docs", "rules", `${rule}.md`);
}

/**
 * A rule's docs page as a `file:` URL, for the editor on this machine (hover, a diagnostic's link).
 * Not for reports read elsewhere: SARIF embeds the page instead (`docsPage`).
 */
export function docsUrl(rule: string): string {
  return pathToFileURL(docsPath(rule)).href;
}

/** A rule's docs page, as Markdown; undefined when the package lacks it. */
export function docsPage(rule: string): string | undefined {
  try {
    return fs.readFileSync(docsPath(rule), "utf8");
  } catch {
    return undefined;
  }
}

declare const __dirname: string | undefined;

export function packageRoot(): string {
  // Bundled: dist/*.cjs, one folder below the package root. From source: server/src/host.
  const here = typeof __dirname === "string" ? __dirname : fileURLToPath(new URL(".", import.meta.url));
  return path.basename(here) === "dist" ? path.dirname(here) : path.resolve(here, "..", "..", "..");
}
