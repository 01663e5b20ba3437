/**
 * Writes the review rules into the `duty.rules` setting VS Code shows, from the rule registry, so
 * that the settings editor completes a rule id with its summary and underlines one that names no
 * rule (the server would ignore it in silence):
 *
 *   package.json               contributes.configuration › duty.rules: one property per rule
 *   package.nls*.json          `rule.<id>`: each rule's summary in English, 简体 and 繁體
 *
 *   node scripts/build-settings-contribution.ts          write the files
 *   node scripts/build-settings-contribution.ts --check  exit 1 if any is not what the registry gives
 *
 * Only the review rules: the language's own findings (syntax, names, imports) cannot be configured.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Locale } from "../grammar/src/index.ts";
import { RULES } from "../server/src/analysis/rules/registry.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LEVELS = ["error", "warning", "info", "off"];
/** Each nls file and the language its texts are in. */
const NLS_FILES: readonly (readonly [string, Locale])[] = [
  ["package.nls.json", "en"],
  ["package.nls.zh-cn.json", "zh-Hans"],
  ["package.nls.zh-tw.json", "zh-Hant"],
];

type Json = Record<string, unknown>;

function render(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The files as the registry gives them: path → text. */
export function outputs(read: (file: string) => string = (file) => readFileSync(path.join(ROOT, file), "utf8")): Map<string, string> {
  const files = new Map<string, string>();
  const manifest = JSON.parse(read("package.json")) as { contributes: { configuration: { properties: Record<string, Json> } } };
  const setting = manifest.contributes.configuration.properties["duty.rules"];
  if (!setting) throw new Error("package.json has no duty.rules setting");
  const properties: Record<string, Json> = {};
  for (const rule of RULES) properties[rule.meta.id] = { type: "string", enum: LEVELS, markdownDescription: `%rule.${rule.meta.id}%` };
  setting["properties"] = properties;
  setting["additionalProperties"] = false;
  delete setting["propertyNames"];
  files.set("package.json", render(manifest));
  for (const [file, locale] of NLS_FILES) {
    const texts = JSON.parse(read(file)) as Record<string, string>;
    for (const key of Object.keys(texts)) if (key.startsWith("rule.")) delete texts[key];
    for (const rule of RULES) texts[`rule.${rule.meta.id}`] = rule.meta.summary[locale];
    files.set(file, render(texts));
  }
  return files;
}

function run(argv: readonly string[]): number {
  const check = argv.includes("--check");
  let stale = 0;
  for (const [file, text] of outputs()) {
    const current = readFileSync(path.join(ROOT, file), "utf8");
    if (current === text) continue;
    if (check) {
      process.stderr.write(`${file} is stale: run \`node scripts/build-settings-contribution.ts\`\n`);
      stale++;
    } else writeFileSync(path.join(ROOT, file), text);
  }
  return stale > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = run(process.argv.slice(2));
