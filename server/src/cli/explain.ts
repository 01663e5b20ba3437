/** `duty explain <rule-id>`: what a rule flags, why, what to write instead, and the law. */
import type { Locale, Localized } from "../../../grammar/src/index.ts";
import { localize, localized as m } from "../../../grammar/src/locale.ts";
import { CATALOGUE } from "../analysis/catalogue.ts";
import { explainRule } from "../analysis/explain.ts";
import { LawLibrary } from "../analysis/laws/law-library.ts";
import { provisionHeading } from "../analysis/laws/provision.ts";
import { docsPath } from "../host/docs.ts";
import { UsageError } from "./files.ts";
import type { Io, ParsedOptions } from "./main.ts";
import { closest } from "../../../grammar/src/suggest.ts";

/** The labels around the explanation, in its language. */
const LABELS = {
  docs: m("Docs: {path}", "说明文档：{path}", "說明文件：{path}"),
  error: m("error", "错误", "錯誤"),
  warning: m("warning", "警告", "警告"),
  info: m("info", "提示", "提示"),
} satisfies Record<string, Localized>;

/** `--lang` as written, with the usual region tags (`zh-CN`, `zh_TW`) understood. */
function localeOf(written: string): Locale | undefined {
  const tag = written.replaceAll("_", "-").toLowerCase();
  if (tag === "en" || tag.startsWith("en-")) return "en";
  if (tag === "zh-hant" || tag.startsWith("zh-hant-") || ["zh-tw", "zh-hk", "zh-mo"].includes(tag)) return "zh-Hant";
  if (tag === "zh-hans" || tag.startsWith("zh-hans-") || ["zh-cn", "zh-sg", "zh"].includes(tag)) return "zh-Hans";
  return undefined;
}

/** Without `--lang`: the language the system's locale settings ask for (`LANG=zh_TW.UTF-8`), else English. */
function systemLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  const setting = env["LC_ALL"] || env["LC_MESSAGES"] || env["LANG"] || "";
  return localeOf(setting.split(".")[0] ?? "") ?? (setting.toLowerCase().startsWith("zh") ? "zh-Hans" : "en");
}

export function runExplain(options: ParsedOptions, io: Io): number {
  const [rule, extra] = options.positionals;
  if (!rule || extra) throw new UsageError('explain takes one rule id, e.g. "duty explain tolerance/emergency-consent"');
  const written = options.values["lang"];
  const lang = typeof written === "string" ? localeOf(written) : systemLocale(io.env ?? {});
  if (lang === undefined) throw new UsageError(`unknown language "${String(written)}": use en, zh-Hans or zh-Hant`);
  const explanation = explainRule(rule, LawLibrary.builtIn(), lang);
  if (!explanation) {
    const suggestion = closest(rule, CATALOGUE.map((entry) => entry.id));
    throw new UsageError(`no rule "${rule}".${suggestion ? ` Did you mean "${suggestion}"?` : ""} Rules are listed in docs/rules/README.md.`);
  }
  const entry = CATALOGUE.find((candidate) => candidate.id === rule)!;
  const out = [`${rule} (${localize(LABELS[entry.severity], lang)})`, "", explanation.summary];
  if (explanation.why) out.push("", explanation.why);
  if (explanation.instead) out.push("", explanation.instead);
  for (const { provision } of explanation.laws) {
    out.push("", provisionHeading(provision, lang));
    if (provision.otherPart) out.push(`  ${provision.otherPart}`);
    out.push(...provision.text.split("\n").map((line) => `  ${line}`));
  }
  out.push("", localize(LABELS.docs, lang, { path: docsPath(rule) }));
  io.stdout(`${out.join("\n")}\n`);
  return 0;
}
