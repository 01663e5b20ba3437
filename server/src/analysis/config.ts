/**
 * Configuration as data: a `.duty.json` found up the directory tree from a policy (never above
 * the workspace root) sets rule levels and options, the message language, and extra law files.
 * A malformed file is a finding in that file, never a crash; its settings are then ignored.
 */
import * as path from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import type { Diagnostic, Locale, Localized, Severity } from "../../../grammar/src/index.ts";
import { localize, localized as m } from "../../../grammar/src/locale.ts";
import configSchema from "../../schemas/duty-config.schema.json" with { type: "json" };
import { closest } from "../../../grammar/src/suggest.ts";
import { catalogueEntry } from "./catalogue.ts";
import { RULES, ruleById } from "./rules/registry.ts";
import { isInside, type WorkspaceHost } from "./imports.ts";
import { LawLibrary, validateLawFile, formatLawFileError } from "./laws/law-library.ts";

export const CONFIG_FILE_NAME = ".duty.json";

/**
 * Problems of a configuration or law file. They belong to no one document, so they are worded
 * in the language the workspace asks for — the editor's `locale` setting, else the file's — and in
 * English when it asks for none. What the JSON parser or the schema says is quoted as it is.
 */
const CONFIG_MESSAGES = {
  unreadable: m("{file} cannot be read as UTF-8 text; its settings are ignored.", "{file} 无法作为 UTF-8 文本读取，其中的设置被忽略。", "{file} 無法作為 UTF-8 文字讀取，其中的設定被忽略。"),
  notJson: m("{file} is not valid JSON: {error}. Its settings are ignored.", "{file} 不是有效的 JSON：{error}。其中的设置被忽略。", "{file} 不是有效的 JSON：{error}。其中的設定被忽略。"),
  schema: m("{file}: {error}. Its settings are ignored.", "{file}：{error}。其中的设置被忽略。", "{file}：{error}。其中的設定被忽略。"),
  languageFinding: m(
    "{file}: \"{id}\" is a finding of the language itself, not a review rule: it cannot be configured, and this setting does nothing.",
    "{file}：“{id}”是语言本身的检查项，不是审查规则，不能配置，此设置不起作用。",
    "{file}：「{id}」是語言本身的檢查項，不是審查規則，不能設定，此設定不起作用。",
  ),
  unknownRule: m(
    "{file}: there is no rule \"{id}\"{suggestion}; this setting does nothing. The rules are listed in docs/rules/README.md.",
    "{file}：没有名为“{id}”的规则{suggestion}，此设置不起作用。规则列表见 docs/rules/README.md。",
    "{file}：沒有名為「{id}」的規則{suggestion}，此設定不起作用。規則列表見 docs/rules/README.md。",
  ),
  didYouMean: m(" (did you mean \"{id}\"?)", "（是否应为“{id}”？）", "（是否應為「{id}」？）"),
  lawOutside: m("The law file \"{file}\"{named} lies outside the workspace and is ignored.", "法律文件“{file}”{named}位于工作区之外，已被忽略。", "法律檔案「{file}」{named}位於工作區之外，已被忽略。"),
  lawUnreadable: m("The law file \"{file}\"{named} cannot be read.", "无法读取法律文件“{file}”{named}。", "無法讀取法律檔案「{file}」{named}。"),
  namedInSetting: m(" named in the editor setting duty.extraLawFiles", "（在编辑器设置 duty.extraLawFiles 中指定）", "（在編輯器設定 duty.extraLawFiles 中指定）"),
  lawNotJson: m("This law file is not valid JSON: {error}", "此法律文件不是有效的 JSON：{error}", "此法律檔案不是有效的 JSON：{error}"),
  lawInvalid: m("Invalid law file: {error}", "法律文件无效：{error}", "法律檔案無效：{error}"),
} satisfies Record<string, Localized>;

/** The `locale` a config text sets, read even when the JSON around it is broken. */
function localeSetIn(text: string): Locale | undefined {
  return /"locale"\s*:\s*"(en|zh-Hans|zh-Hant)"/.exec(text)?.[1] as Locale | undefined;
}

export type Level = Severity | "off";

export interface RuleSettings {
  readonly level?: Level;
  readonly options: Readonly<Record<string, unknown>>;
}

export interface Configuration {
  /** The config file the settings came from, if any. */
  readonly file?: string;
  readonly locale?: Locale;
  readonly rules: ReadonlyMap<string, RuleSettings>;
  readonly laws: LawLibrary;
  /** Problems in the config file or the law files it names, located in those files. */
  readonly problems: readonly (Diagnostic & { readonly file: string })[];
}

/** Settings that come from elsewhere (VS Code settings), applied over the file's. */
export interface ConfigOverrides {
  readonly locale?: Locale;
  readonly rules?: Readonly<Record<string, Level | { level?: Level; [option: string]: unknown }>>;
  readonly extraVagueTerms?: readonly string[];
  /** Extra law files, relative to the workspace root. */
  readonly lawFiles?: readonly string[];
}

type Ajv = { compile(schema: object): ValidateFunction };
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as new (options: object) => Ajv;
let validate: ValidateFunction | undefined;

function validator(): ValidateFunction {
  validate ??= new Ajv2020({ allErrors: true, strict: false }).compile(configSchema);
  return validate;
}

export const DEFAULT_CONFIGURATION: Configuration = { rules: new Map(), laws: LawLibrary.builtIn(), problems: [] };

/** Finds and reads configuration; caches by file text so an unchanged config costs nothing. */
export class ConfigResolver {
  private readonly host: WorkspaceHost;
  private readonly cache = new Map<
    string,
    { readonly text: string; readonly lawFiles: readonly string[]; readonly lawTexts: readonly (string | undefined)[]; readonly configuration: Configuration }
  >();
  private readonly overrides: ConfigOverrides;
  private readonly overridden = new WeakMap<Configuration, Configuration>();
  /**
   * The config file that applies in each folder, until the disk changes (diskChanged): finding
   * it walks up the folders, and the configuration is asked for on every look at a document —
   * several times per file in a review, a tenth of the allocation of a check's review.
   */
  private readonly foundIn = new Map<string, string | undefined>();

  constructor(host: WorkspaceHost, overrides: ConfigOverrides = {}) {
    this.host = host;
    this.overrides = overrides;
  }

  /** The configuration that applies to a policy file. */
  forFile(policyFile: string): Configuration {
    const configFile = this.find(path.dirname(policyFile));
    if (!configFile) {
      if (!this.overrides.lawFiles?.length) return this.withOverrides(DEFAULT_CONFIGURATION);
      return this.cachedOrRead(this.host.root, "", () => {
        const problems: (Diagnostic & { file: string })[] = [];
        return this.withOverrides({ rules: new Map(), laws: this.loadLaws([], problems, this.overrides.locale ?? "en"), problems });
      });
    }
    const text = this.host.readText(configFile);
    if (text === undefined) {
      // There, but not readable as UTF-8 text (binary, another encoding, a folder).
      const message = localize(CONFIG_MESSAGES.unreadable, this.overrides.locale ?? "en", { file: CONFIG_FILE_NAME });
      const problem = { rule: "config/invalid", severity: "error" as const, span: { start: 0, end: 0 }, file: configFile, message };
      return this.withOverrides({ file: configFile, rules: new Map(), laws: LawLibrary.builtIn(), problems: [problem] });
    }
    return this.cachedOrRead(configFile, text, () => this.withOverrides(this.read(configFile, text)));
  }

  /**
   * Reuses the configuration while the config text and every law file it names are unchanged
   * (compared as texts: the host gives the same string while a file is unchanged, and the
   * configuration is asked for on every look at a document).
   */
  private cachedOrRead(configFile: string, text: string, read: () => Configuration): Configuration {
    const cached = this.cache.get(configFile);
    if (cached && cached.text === text && cached.lawFiles.every((file, i) => this.host.readText(file) === cached.lawTexts[i])) {
      return cached.configuration;
    }
    const lawFiles = [...this.lawFilesOf(configFile, text), ...this.overrideLawFiles()];
    const lawTexts = lawFiles.map((file) => this.host.readText(file));
    const configuration = read();
    this.cache.set(configFile, { text, lawFiles, lawTexts, configuration });
    return configuration;
  }

  private overrideLawFiles(): string[] {
    return (this.overrides.lawFiles ?? []).map((file) => path.resolve(this.host.root, file));
  }

  /** Files appeared on disk or went (the workspace's diskChanged): config files are looked for again. */
  diskChanged(): void {
    this.foundIn.clear();
  }

  private find(folder: string): string | undefined {
    if (this.foundIn.has(folder)) return this.foundIn.get(folder);
    const found = this.findOnDisk(folder);
    this.foundIn.set(folder, found);
    return found;
  }

  private findOnDisk(folder: string): string | undefined {
    let current = folder;
    while (isInside(this.host.root, current)) {
      const candidate = path.join(current, CONFIG_FILE_NAME);
      if (this.host.readText(candidate) !== undefined || this.host.exists?.(candidate)) return candidate;
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
    return undefined;
  }

  private lawFilesOf(configFile: string, text: string): string[] {
    if (text === "") return [];
    try {
      const json = JSON.parse(text) as { laws?: unknown };
      return Array.isArray(json.laws) ? json.laws.filter((l): l is string => typeof l === "string").map((l) => path.resolve(path.dirname(configFile), l)) : [];
    } catch {
      return [];
    }
  }

  private read(file: string, text: string): Configuration {
    const problems: (Diagnostic & { file: string })[] = [];
    // The editor's setting over the file's, as for the documents' own messages.
    const locale = this.overrides.locale ?? localeSetIn(text) ?? "en";
    const problem = (message: Localized, args: Record<string, string>, at = 0, length = 0): void => {
      problems.push({ rule: "config/invalid", severity: "error", span: { start: at, end: at + length }, message: localize(message, locale, { file: CONFIG_FILE_NAME, ...args }), file });
    };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const position = /position (\d+)/.exec(String(error))?.[1];
      problem(CONFIG_MESSAGES.notJson, { error: (error as Error).message }, position ? Number(position) : 0);
      return { file, rules: new Map(), laws: LawLibrary.builtIn(), problems };
    }
    if (!validator()(json)) {
      for (const error of mostSpecific(validator().errors ?? [])) problem(CONFIG_MESSAGES.schema, { error: describe(error) });
      return { file, rules: new Map(), laws: LawLibrary.builtIn(), problems };
    }
    const config = json as { locale?: Locale; rules?: Record<string, Level | Record<string, unknown>>; laws?: string[] };
    // A misspelt rule id is valid JSON and a valid pattern, and its setting would silently do
    // nothing; so would a setting for a finding of the language itself (syntax, names, imports).
    for (const id of Object.keys(config.rules ?? {})) {
      if (ruleById(id)) continue;
      // The id as written, quotes included, is what the editor underlines.
      const written = JSON.stringify(id);
      const found = text.indexOf(written);
      const [at, length] = found >= 0 ? [found, written.length] : [0, 0];
      if (catalogueEntry(id)) {
        problem(CONFIG_MESSAGES.languageFinding, { id }, at, length);
        continue;
      }
      const suggestion = closest(id, RULES.map((rule) => rule.meta.id));
      problem(CONFIG_MESSAGES.unknownRule, { id, suggestion: suggestion ? localize(CONFIG_MESSAGES.didYouMean, locale, { id: suggestion }) : "" }, at, length);
    }
    const lawFiles = (config.laws ?? []).map((lawFile) => ({ file: path.resolve(path.dirname(file), lawFile), shown: lawFile }));
    const laws = this.loadLaws(lawFiles, problems, locale, file);
    return { file, ...(config.locale ? { locale: config.locale } : {}), rules: readRules(config.rules ?? {}), laws, problems };
  }

  /** The built-in library plus the given law files and the editor's extra ones; problems are collected. */
  private loadLaws(files: readonly { file: string; shown: string }[], problems: (Diagnostic & { file: string })[], locale: Locale, configFile?: string): LawLibrary {
    const problem = (message: Localized, args: Record<string, string>, inFile: string): void => {
      problems.push({ rule: "config/invalid", severity: "error", span: { start: 0, end: 0 }, message: localize(message, locale, args), file: inFile });
    };
    // The editor's extra law files are named in a setting, not in `.duty.json`: their problems
    // say so, and lie in the law file (an editor shows one that cannot be read as a message).
    const all = [
      ...files.map((entry) => ({ ...entry, named: "" })),
      ...(this.overrides.lawFiles ?? []).map((shown) => ({ file: path.resolve(this.host.root, shown), shown, named: localize(CONFIG_MESSAGES.namedInSetting, locale) })),
    ];
    let laws = LawLibrary.builtIn();
    for (const { file: lawFile, shown, named } of all) {
      const reportIn = named ? lawFile : (configFile ?? lawFile);
      if (!isInside(this.host.root, lawFile)) {
        problem(CONFIG_MESSAGES.lawOutside, { file: shown, named }, reportIn);
        continue;
      }
      const lawText = this.host.readText(lawFile);
      if (lawText === undefined) {
        problem(CONFIG_MESSAGES.lawUnreadable, { file: shown, named }, reportIn);
        continue;
      }
      let lawJson: unknown;
      try {
        lawJson = JSON.parse(lawText);
      } catch (error) {
        problem(CONFIG_MESSAGES.lawNotJson, { error: (error as Error).message }, lawFile);
        continue;
      }
      const validation = validateLawFile(lawJson, laws);
      if (validation.ok) laws = laws.withExtra(validation.laws);
      else for (const error of validation.errors) problem(CONFIG_MESSAGES.lawInvalid, { error: formatLawFileError(error) }, lawFile);
    }
    return laws;
  }

  /**
   * The configuration with the editor's settings over it, merged once per configuration: it is
   * asked for on every look at a document.
   */
  private withOverrides(configuration: Configuration): Configuration {
    const { locale, rules, extraVagueTerms } = this.overrides;
    if (!locale && !rules && !extraVagueTerms?.length) return configuration;
    let overridden = this.overridden.get(configuration);
    if (!overridden) this.overridden.set(configuration, (overridden = this.override(configuration)));
    return overridden;
  }

  private override(configuration: Configuration): Configuration {
    const { locale, rules, extraVagueTerms } = this.overrides;
    const merged = new Map(configuration.rules);
    for (const [id, settings] of readRules(rules ?? [])) {
      const before = merged.get(id);
      merged.set(id, { level: settings.level ?? before?.level, options: { ...before?.options, ...settings.options } });
    }
    if (extraVagueTerms?.length) {
      const before = merged.get("boundary/vague-term");
      const terms = [...((before?.options["extraTerms"] as string[] | undefined) ?? []), ...extraVagueTerms];
      merged.set("boundary/vague-term", { ...(before?.level ? { level: before.level } : {}), options: { ...before?.options, extraTerms: terms } });
    }
    return { ...configuration, ...(locale ? { locale } : {}), rules: merged };
  }
}

function readRules(rules: Readonly<Record<string, Level | Record<string, unknown>>> | readonly never[]): Map<string, RuleSettings> {
  const settings = new Map<string, RuleSettings>();
  for (const [id, value] of Object.entries(rules)) {
    if (typeof value === "string") settings.set(id, { level: value as Level, options: {} });
    else {
      const { level, ...options } = value as { level?: Level };
      settings.set(id, { ...(level ? { level } : {}), options });
    }
  }
  return settings;
}

/**
 * Ajv reports a value that fits no branch of a `oneOf` once for the `oneOf` and once per branch;
 * the branches' errors at the same place only repeat it, less clearly.
 */
function mostSpecific(errors: readonly ErrorObject[]): ErrorObject[] {
  const oneOfPaths = new Set(errors.filter((error) => error.keyword === "oneOf").map((error) => error.instancePath));
  return errors.filter((error) => error.keyword === "oneOf" || !oneOfPaths.has(error.instancePath));
}

function describe(error: ErrorObject): string {
  // JSON Pointer segments, decoded (`boundary~1vague-term` is the rule `boundary/vague-term`).
  const segments = error.instancePath.split("/").slice(1).map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
  const where = segments.length > 0 ? segments.map((segment) => (segment.includes("/") ? `"${segment}"` : segment)).join(" › ") : "the file";
  if (error.keyword === "oneOf" && segments[0] === "rules") return `${where} must be a level (error, warning, info, off) or an object with a "level" and the rule's options`;
  if (error.keyword === "additionalProperties") return `${where} has an unknown setting "${String((error.params as { additionalProperty?: string }).additionalProperty)}"`;
  if (error.keyword === "enum") return `${where} must be one of ${((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).join(", ")}`;
  return `${where} ${error.message ?? "is invalid"}`;
}
