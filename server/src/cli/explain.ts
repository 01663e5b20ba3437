/** `duty explain <rule-id>`: what a rule flags, why, what to write instead, and the law. */
import { LOCALES, type Locale } from "../../../grammar/src/index.ts";
import { CATALOGUE } from "../analysis/catalogue.ts";
import { explainRule } from "../analysis/explain.ts";
import { LawLibrary } from "../analysis/laws/law-library.ts";
import { provisionHeading } from "../analysis/laws/provision.ts";
import { docsPath } from "../host/docs.ts";
import { UsageError } from "./files.ts";
import type { Io, ParsedOptions } from "./main.ts";
import { closest } from "../../../grammar/src/suggest.ts";

export function runExplain(options: ParsedOptions, io: Io): number {
  const [rule, extra] = options.positionals;
  if (!rule || extra) throw new UsageError('explain takes one rule id, e.g. "duty explain tolerance/emergency-consent"');
  const lang = options.values["lang"] ?? "en";
  if (typeof lang !== "string" || !(LOCALES as readonly string[]).includes(lang)) throw new UsageError(`unknown language "${String(lang)}": use en, zh-Hans or zh-Hant`);
  const explanation = explainRule(rule, LawLibrary.builtIn(), lang as Locale);
  if (!explanation) {
    const suggestion = closest(rule, CATALOGUE.map((entry) => entry.id));
    throw new UsageError(`no rule "${rule}".${suggestion ? ` Did you mean "${suggestion}"?` : ""} Rules are listed in docs/rules/README.md.`);
  }
  const entry = CATALOGUE.find((candidate) => candidate.id === rule)!;
  const out = [`${rule} (${entry.severity})`, "", explanation.summary];
  if (explanation.why) out.push("", explanation.why);
  if (explanation.instead) out.push("", explanation.instead);
  for (const { provision } of explanation.laws) {
    out.push("", provisionHeading(provision, lang as Locale));
    if (provision.otherPart) out.push(`  ${provision.otherPart}`);
    out.push(...provision.text.split("\n").map((line) => `  ${line}`));
  }
  out.push("", `Docs: ${docsPath(rule)}`);
  io.stdout(`${out.join("\n")}\n`);
  return 0;
}
