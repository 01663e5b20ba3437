/**
 * A deterministic generator of realistic policy sets for the benchmark.
 *
 * A set is made of organisations ("groups"), each in one field of administration and one
 * script (English, 简体 or 繁體): a shared tier register (`gNN-domain/shared/tiers.duty`) and
 * several policy files of 5–50 KB that import it — and sometimes an earlier policy of the
 * group, whose duties they refine. Every clause kind appears, with quantities, scopes, law
 * citations (`医师法 第二十七条`, `civil-code/180`), comments, and the occasional vague term or
 * misspelt field a real draft has. The same seed always gives the same bytes.
 *
 * Each file is also rendered as JSON of the same content (objects with string and number
 * fields, arrays, booleans and nulls), for the Chevrotain JSON yardstick.
 */
import { readFileSync } from "node:fs";
import { Converter } from "opencc-js/cn2t";
import { formatChineseNumeral } from "../grammar/src/chinese-numerals.ts";
import type { Locale } from "../grammar/src/locale.ts";
import {
  BLOCK_KEYWORDS,
  CASE_CONDITIONS,
  CONTEXTS,
  DUTY_KINDS,
  EXEMPTION_GROUNDS,
  FIELDS,
  IMPORT_KEYWORD,
  TRIGGER_BASES,
  VERDICTS,
  spell,
  type BlockKind,
  type EnumValueSpec,
  type FieldSpec,
} from "../grammar/src/vocabulary.ts";
import {
  COMMENTS,
  CORRECTIONS,
  DESCRIPTIONS,
  DOMAINS,
  EXEMPTION_WHEN,
  LIMITS,
  SUPERIOR_ANSWERS,
  TOLERANCE_WHEN,
  TRIGGERS,
  VAGUE,
  type Domain,
  type Name,
  type Phrase,
} from "./corpus.ts";

export interface GeneratedFile {
  /** Path relative to the workspace root, `/`-separated. */
  readonly path: string;
  readonly text: string;
  /** The same content as a JSON document. */
  readonly json: string;
  readonly bytes: number;
  readonly locale: Locale;
}

export interface PolicySet {
  readonly files: readonly GeneratedFile[];
  readonly bytes: number;
  readonly chars: number;
  readonly locales: Readonly<Record<Locale, number>>;
}

// ---------------------------------------------------------------- randomness

/** mulberry32: small, fast, and the same everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** `count` distinct items (fewer if there are not enough). */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
}

// ---------------------------------------------------------------- language

const toTraditional = Converter({ from: "cn", to: "tw" });
const hantCache = new Map<string, string>();

function hant(text: string): string {
  const cached = hantCache.get(text);
  if (cached !== undefined) return cached;
  const converted: string = toTraditional(text);
  hantCache.set(text, converted);
  return converted;
}

function say(phrase: Phrase, locale: Locale, n?: number): string {
  const text = locale === "en" ? phrase.en : locale === "zh-Hans" ? phrase.zh : hant(phrase.zh);
  return n === undefined ? text : text.replace("{n}", String(n));
}

function nameIn(name: Name, locale: Locale, ascii: boolean): string {
  if (locale === "en" || ascii) return name.en;
  return locale === "zh-Hans" ? name.zh : hant(name.zh);
}

interface Law {
  readonly id: string;
  readonly en: string;
  readonly hans: string;
  readonly hant: string;
}

const LAWS: ReadonlyMap<string, Law> = (() => {
  const file = new URL("../server/laws/prc.json", import.meta.url);
  const data = JSON.parse(readFileSync(file, "utf8")) as { laws: { id: string; aliases: string[] }[] };
  const han = /[\u4e00-\u9fff]/;
  return new Map(
    data.laws.map((law) => {
      const hans = law.aliases.find((alias) => han.test(alias)) ?? law.id;
      const en = law.aliases.find((alias) => !han.test(alias)) ?? law.id;
      return [law.id, { id: law.id, en, hans, hant: hant(hans) }];
    }),
  );
})();

// ---------------------------------------------------------------- clause model

type Item =
  | { readonly t: "name"; readonly v: string }
  | { readonly t: "text"; readonly v: string }
  | { readonly t: "qty"; readonly amount: number; readonly unit: string; readonly shown: string }
  | { readonly t: "date"; readonly iso: string; readonly shown: string }
  | { readonly t: "cite"; readonly law: string; readonly article: number; readonly shown: string }
  | { readonly t: "enum"; readonly v: string; readonly shown: string }
  | { readonly t: "word"; readonly shown: string }
  | { readonly t: "seq"; readonly parts: readonly Item[] };

interface FieldOut {
  readonly key: string;
  /** The key as written (localized, sometimes misspelt). */
  readonly shown: string;
  readonly items?: readonly Item[];
  readonly list?: boolean;
  readonly block?: readonly FieldOut[];
  /** Written on the same line as the previous field. */
  readonly sameLine?: boolean;
}

interface ClauseOut {
  readonly kind: BlockKind;
  readonly name?: string;
  readonly title?: string;
  readonly fields: FieldOut[];
  readonly comment?: string;
}

// ---------------------------------------------------------------- file writer

class Writer {
  readonly locale: Locale;
  readonly dice: Dice;
  readonly lines: string[] = [];
  readonly clauses: ClauseOut[] = [];
  private size = 0;
  /** Each drafter has a habit: corner brackets or curly quotes, full-width or ASCII colons. */
  private readonly curlyQuotes: boolean;
  private readonly asciiColons: boolean;

  constructor(locale: Locale, dice: Dice) {
    this.locale = locale;
    this.dice = dice;
    this.curlyQuotes = locale === "zh-Hans" && dice.chance(0.3);
    this.asciiColons = locale !== "en" && dice.chance(0.1);
  }

  get bytes(): number {
    return this.size;
  }

  line(text: string): void {
    this.lines.push(text);
    this.size += Buffer.byteLength(text, "utf8") + 1;
  }

  keyword(kind: BlockKind): string {
    return spell(BLOCK_KEYWORDS[kind], this.locale);
  }

  quote(text: string): string {
    if (this.locale === "en") return `"${text}"`;
    if (this.curlyQuotes) return `“${text}”`;
    return `「${text}」`;
  }

  get colon(): string {
    return this.locale === "en" || this.asciiColons ? ": " : "：";
  }

  get comma(): string {
    return this.locale === "en" ? ", " : this.dice.chance(0.1) ? "、" : "，";
  }

  comment(text: string): void {
    if (this.dice.chance(0.15)) this.line(`/* ${text} */`);
    else this.line(`// ${text}`);
  }

  renderItem(item: Item): string {
    switch (item.t) {
      case "name": return item.v;
      case "text": return this.quote(item.v);
      case "seq": return item.parts.map((part) => this.renderItem(part)).join(" ");
      default: return item.shown;
    }
  }

  renderField(field: FieldOut, nested = false): string {
    if (field.block) {
      const inner = field.block.map((f) => this.renderField(f, true)).join("  ");
      return `${field.shown} { ${inner} }`;
    }
    const values = (field.items ?? []).map((item) => this.renderItem(item)).join(this.comma);
    return `${field.shown}${this.colon}${values}${!nested && this.dice.chance(0.02) ? (this.locale === "en" ? ";" : "；") : ""}`;
  }

  clause(clause: ClauseOut): void {
    this.clauses.push(clause);
    if (clause.comment) this.comment(clause.comment);
    const header = [this.keyword(clause.kind), clause.name, clause.title === undefined ? undefined : this.quote(clause.title)]
      .filter((part) => part !== undefined)
      .join(" ");
    const rendered: string[] = [];
    for (const field of clause.fields) {
      const text = this.renderField(field);
      if (field.sameLine && rendered.length > 0) rendered[rendered.length - 1] += `${this.locale === "en" ? "   " : "  "}${text}`;
      else rendered.push(text);
    }
    if (rendered.length <= 2 && rendered.join("").length < 60 && this.dice.chance(0.7)) {
      this.line(`${header} { ${rendered.join("  ")} }`);
    } else {
      this.line(`${header} {`);
      for (const text of rendered) this.line(`  ${text}`);
      this.line("}");
    }
    this.line("");
  }
}

// ---------------------------------------------------------------- JSON rendering

function itemJson(item: Item): unknown {
  switch (item.t) {
    case "name": case "text": return item.v;
    case "qty": return { amount: item.amount, unit: item.unit };
    case "date": return item.iso;
    case "cite": return { law: item.law, article: item.article, verified: item.article > 0 };
    case "enum": return item.shown;
    case "word": return item.shown;
    case "seq": return item.parts.map(itemJson);
  }
}

/** Keys as the drafter wrote them, so that the JSON carries the same words as the policy. */
function fieldsJson(fields: readonly FieldOut[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.block) out[field.shown] = fieldsJson(field.block);
    else {
      const values = (field.items ?? []).map(itemJson);
      out[field.shown] = field.list ? values : (values[0] ?? null);
    }
  }
  return out;
}

function clauseJson(clause: ClauseOut, locale: Locale): Record<string, unknown> {
  return {
    kind: spell(BLOCK_KEYWORDS[clause.kind], locale),
    name: clause.name ?? null,
    title: clause.title ?? null,
    named: clause.name !== undefined,
    ...fieldsJson(clause.fields),
  };
}

// ---------------------------------------------------------------- field helpers

function fieldSpec(kind: BlockKind, key: string): FieldSpec {
  const spec = FIELDS[kind].find((f) => f.key === key);
  if (!spec) throw new Error(`no field ${kind}.${key}`);
  return spec;
}

function subFieldSpec(kind: BlockKind, key: string, sub: string): FieldSpec {
  const spec = fieldSpec(kind, key).fields?.find((f) => f.key === sub);
  if (!spec) throw new Error(`no field ${kind}.${key}.${sub}`);
  return spec;
}

const TYPO_RATE = 0.002;

function typo(word: string, dice: Dice): string {
  const chars = [...word];
  if (chars.length < 3) return `${word}${word.at(-1)}`;
  const at = dice.int(1, chars.length - 1);
  chars.splice(at, 1);
  return chars.join("");
}

class Fields {
  readonly out: FieldOut[] = [];
  private readonly kind: BlockKind;
  private readonly w: Writer;

  constructor(kind: BlockKind, writer: Writer) {
    this.kind = kind;
    this.w = writer;
  }

  private key(spec: FieldSpec): string {
    const shown = spell(spec.spelling, this.w.locale);
    return this.w.dice.chance(TYPO_RATE) ? typo(shown, this.w.dice) : shown;
  }

  add(key: string, items: readonly Item[], options: { list?: boolean; sameLine?: boolean } = {}): void {
    if (items.length === 0) return;
    const spec = fieldSpec(this.kind, key);
    this.out.push({ key, shown: this.key(spec), items, ...options });
  }

  scope(key: string, places: readonly string[], periods: readonly string[]): void {
    const block: FieldOut[] = [];
    const placesSpec = subFieldSpec(this.kind, key, "places");
    const periodsSpec = subFieldSpec(this.kind, key, "periods");
    if (places.length > 0) block.push({ key: "places", shown: spell(placesSpec.spelling, this.w.locale), items: places.map(name), list: true });
    if (periods.length > 0) block.push({ key: "periods", shown: spell(periodsSpec.spelling, this.w.locale), items: periods.map(name), list: true });
    if (block.length > 0) this.out.push({ key, shown: this.key(fieldSpec(this.kind, key)), block });
  }
}

const name = (v: string): Item => ({ t: "name", v });
const text = (v: string): Item => ({ t: "text", v });

function enumItem(values: readonly EnumValueSpec[], value: string, locale: Locale): Item {
  const spec = values.find((v) => v.value === value);
  if (!spec) throw new Error(`no value ${value}`);
  return { t: "enum", v: value, shown: spell(spec.spelling, locale) };
}

// ---------------------------------------------------------------- quantities, dates, citations

function money(dice: Dice, locale: Locale): Item {
  const tenThousands = dice.pick([1, 2, 3, 5, 5, 10, 20, 50]);
  const amount = tenThousands * 10_000;
  if (locale === "en") return { t: "qty", amount, unit: "CNY", shown: `${amount} ${dice.chance(0.8) ? "CNY" : "yuan"}` };
  return dice.chance(0.6)
    ? { t: "qty", amount: tenThousands, unit: "万元", shown: `${tenThousands}${locale === "zh-Hans" ? "万元" : "萬元"}` }
    : { t: "qty", amount, unit: "元", shown: `${amount}元` };
}

function duration(dice: Dice, locale: Locale): Item {
  const [amount, unit] = dice.pick([
    [5, "working days"], [10, "working days"], [20, "working days"], [24, "hours"], [48, "hours"], [2, "hours"],
    [15, "minutes"], [30, "minutes"], [7, "days"], [15, "days"], [30, "days"], [60, "days"], [3, "months"],
  ] as const);
  const zh: Record<string, [string, string]> = {
    "working days": ["个工作日", "個工作日"], hours: ["小时", "小時"], minutes: ["分钟", "分鐘"], days: ["日", "日"], months: ["个月", "個月"],
  };
  const shown = locale === "en" ? `${amount} ${unit}` : `${amount}${zh[unit]![locale === "zh-Hans" ? 0 : 1]}`;
  return { t: "qty", amount, unit, shown };
}

function date(dice: Dice, locale: Locale): Item {
  const year = dice.int(2024, 2027);
  const month = dice.int(1, 12);
  const day = dice.pick([1, 1, 1, 15, dice.int(1, 28)]);
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { t: "date", iso, shown: locale === "en" ? iso : `${year}年${month}月${day}日` };
}

function citation(dice: Dice, locale: Locale, lawId: string, article: number): Item {
  const law = LAWS.get(lawId);
  if (!law) throw new Error(`unknown law ${lawId}`);
  let shown: string;
  if (locale === "en") {
    const style = dice.float();
    shown = style < 0.6 ? `${lawId}/${article}` : style < 0.85 ? `${law.en} art. ${article}` : `${law.en} Article ${article}`;
  } else {
    const lawName = locale === "zh-Hans" ? law.hans : law.hant;
    const unit = locale === "zh-Hans" ? "条" : "條";
    const numeral = dice.chance(0.9) ? formatChineseNumeral(article) : String(article);
    const paragraph = dice.chance(0.15) ? `第${formatChineseNumeral(dice.int(1, 3))}款` : "";
    const item = paragraph === "" && dice.chance(0.1) ? `（${formatChineseNumeral(dice.int(1, 5))}）` : "";
    const gap = dice.chance(0.85) ? " " : "";
    shown = `${lawName}${gap}第${numeral}${unit}${paragraph}${item}`;
  }
  return { t: "cite", law: lawId, article, shown };
}

// ---------------------------------------------------------------- organisations

interface Tier {
  readonly name: string;
  readonly title: string;
  readonly under?: Tier;
  readonly depth: number;
  readonly resources: readonly string[];
  readonly places: readonly string[];
  readonly periods: readonly string[];
}

interface DutyInfo {
  readonly name: string;
  readonly holder: Tier;
  readonly file: string;
}

interface Group {
  readonly index: number;
  readonly dir: string;
  readonly domain: Domain;
  readonly locale: Locale;
  /** Tier names written as ASCII codes even in a Chinese policy (shared registers often are). */
  readonly asciiTiers: boolean;
  readonly tiers: Tier[];
  readonly used: Set<string>;
  readonly dutiesByFile: Map<string, DutyInfo[]>;
  /** Files that declare their own tiers (no register import): never imported by others. */
  readonly selfContained: Set<string>;
}

const REGIONS: readonly Name[] = [
  { en: "north", zh: "北区" }, { en: "south", zh: "南区" }, { en: "east", zh: "东区" }, { en: "west", zh: "西区" },
  { en: "central", zh: "中心" }, { en: "coastal", zh: "沿海" }, { en: "hill", zh: "山区" }, { en: "river", zh: "沿江" },
];

function uniqueName(group: Group, base: string): string {
  let candidate = base;
  for (let n = 2; group.used.has(candidate); n++) candidate = group.locale === "en" || /^[a-z_]+$/.test(base) ? `${base}_${n}` : `${base}${n}`;
  group.used.add(candidate);
  return candidate;
}

function buildTiers(group: Group, dice: Dice): void {
  const { domain, locale, asciiTiers } = group;
  const local = (n: Name) => nameIn(n, locale, false);
  const resources = domain.resources.map(local);
  const places = domain.places.map(local);
  const periods = domain.periods.map(local);
  for (const [depth, seed] of domain.tiers.entries()) {
    const parent = depth === 0 ? undefined : group.tiers[seed.under ?? depth - 1];
    const tier: Tier = {
      name: uniqueName(group, nameIn(seed, locale, asciiTiers)),
      title: say(seed.title, locale),
      ...(parent ? { under: parent } : {}),
      depth,
      resources: dice.some(resources, dice.int(3, 5)),
      places: depth === 0 ? [] : dice.some(places, dice.int(1, places.length)),
      periods: depth === 0 ? [] : dice.some(periods, dice.int(1, periods.length)),
    };
    group.tiers.push(tier);
  }
  // Regional units of the two lowest tiers: `branch_north` under `head_office`, `teller_north` under it.
  const [upper, lower] = group.tiers.slice(-2) as [Tier, Tier];
  for (const region of dice.some(REGIONS, dice.int(3, 8))) {
    let parentUnit = upper.under;
    for (const base of [upper, lower]) {
      const seed = domain.tiers[base.depth]!;
      const regional = asciiTiers || locale === "en" ? `${seed.en}_${region.en}` : `${nameIn(region, locale, false)}${nameIn(seed, locale, false)}`;
      const unit: Tier = {
        name: uniqueName(group, regional),
        title: `${say(seed.title, locale)}${locale === "en" ? ` (${region.en})` : `（${nameIn(region, locale, false)}）`}`,
        ...(parentUnit ? { under: parentUnit } : {}),
        depth: base.depth,
        resources: dice.some(resources, dice.int(2, 5)),
        places: dice.some(places, dice.int(1, places.length)),
        periods: dice.some(periods, dice.int(1, periods.length)),
      };
      group.tiers.push(unit);
      parentUnit = unit;
    }
  }
}

/** A short title from a phrase: the first words, or the first clause of a Chinese sentence. */
function short(phrase: string, locale: Locale): string {
  if (locale === "en") return phrase.split(" ").slice(0, 6).join(" ").replace(/[,;]$/, "");
  return phrase.split(/[，；]/)[0]!.slice(0, 18);
}

function tierClause(tier: Tier, w: Writer, withDescription: boolean): ClauseOut {
  const f = new Fields("tier", w);
  if (tier.under) f.add("under", [name(tier.under.name)]);
  f.add("resources", tier.resources.map(name), { list: true, sameLine: w.dice.chance(0.3) });
  if (tier.places.length > 0 && w.dice.chance(0.8)) f.scope("domain", tier.places, tier.periods);
  if (withDescription) f.add("description", [text(say(w.dice.pick(DESCRIPTIONS), w.locale))]);
  return { kind: "tier", name: tier.name, ...(w.dice.chance(0.9) ? { title: tier.title } : {}), fields: f.out };
}

// ---------------------------------------------------------------- policy files

function policyClause(group: Group, w: Writer): ClauseOut {
  const { domain, locale } = group;
  const dice = w.dice;
  const f = new Fields("policy", w);
  const issuer = group.tiers[dice.int(0, Math.min(2, group.tiers.length - 1))]!;
  f.add("issuer", [name(issuer.name)]);
  const org = say(domain.organisation, locale);
  f.add("jurisdiction", [text(locale === "en" ? `All units of ${org}` : `${org}${locale === "zh-Hans" ? "辖内各单位" : "轄內各單位"}`)]);
  f.add("effective", [date(dice, locale)]);
  if (dice.chance(0.6)) f.add("version", [text(`${dice.int(1, 4)}.${dice.int(0, 9)}`)]);
  if (dice.chance(0.7)) {
    const laws = dice.some(domain.laws, dice.int(1, 2));
    f.add("basis", laws.map(([id, article]) => citation(dice, locale, id, article)), { list: true });
  }
  const subject = say({ en: dice.pick(domain.subjects).en.replace(/_/g, " "), zh: dice.pick(domain.subjects).zh }, locale);
  const title = locale === "en" ? `Rules on ${subject} (${dice.pick(["draft", "revised", "trial"])})` : `${subject}${locale === "zh-Hans" ? "管理办法" : "管理辦法"}`;
  return { kind: "policy", title, fields: f.out };
}

function dutyClause(group: Group, w: Writer, file: string, tiers: readonly Tier[], refinable: readonly DutyInfo[]): [ClauseOut, DutyInfo] {
  const { domain, locale } = group;
  const dice = w.dice;
  const verb = dice.pick(domain.verbs);
  const subject = dice.pick(domain.subjects);
  const dutyName = uniqueName(group, locale === "en" ? `${verb.en}_${subject.en}` : `${nameIn(subject, locale, false)}${nameIn(verb, locale, false)}`);
  const holders = tiers.filter((t) => t.under);
  const holder = dice.pick(holders);
  const f = new Fields("duty", w);
  f.add("holder", [name(holder.name)]);
  f.add("imposed_by", [name(holder.under!.name)], { sameLine: true });
  const kind = dice.chance(0.9) ? dice.pick(["statutory", "care", "care"]) : undefined;
  if (kind) f.add("kind", [enumItem(DUTY_KINDS, kind, locale)], { sameLine: true });
  const context = dice.pick(["routine", "routine", "routine", "emergency", "reform_pilot", "livelihood"]);
  if (dice.chance(0.85)) f.add("context", [enumItem(CONTEXTS, context, locale)], { sameLine: true });
  const refines = refinable.length > 0 && dice.chance(0.2) ? dice.pick(refinable) : undefined;
  if (refines) f.add("refines", [name(refines.name)]);
  const n = dice.pick([2, 5, 10, 15, 20, 24, 30, 50]) * (domain.money ? 1000 : 1);
  let action = say(dice.pick(domain.actions), locale, n);
  if (dice.chance(0.08)) action += locale === "en" ? `, and ${say(dice.pick(VAGUE), locale)}` : `，${say(dice.pick(VAGUE), locale)}`;
  f.add("action", [text(action)]);
  if (domain.money && dice.chance(0.5)) f.add("threshold", [money(dice, locale)]);
  if (dice.chance(0.6)) f.add("deadline", [duration(dice, locale)]);
  if (dice.chance(0.93)) f.add("standard", [text(say(dice.pick(domain.standards), locale, dice.pick([15, 30, 90])))]);
  const needs = dice.some(holder.resources, dice.int(1, 3));
  if (dice.chance(0.85)) f.add("needs", needs.map(name), { list: true });
  if (dice.chance(0.15)) f.add("requires", dice.some(domain.requires, dice.int(1, 2)).map((r) => name(nameIn(r, locale, false))), { list: true });
  if (dice.chance(0.5) && holder.places.length > 0) f.scope("scope", dice.some(holder.places, dice.int(1, 2)), dice.some(holder.periods, 1));
  if (dice.chance(0.7)) {
    const laws = dice.some(domain.laws, dice.int(1, 2));
    f.add("basis", laws.map(([id, article]) => citation(dice, locale, id, article)), { list: true });
  }
  const title = `${say(verb, locale)} ${say({ en: subject.en.replace(/_/g, " "), zh: subject.zh }, locale)}`.replace(/^(\S)/, (c) => c.toUpperCase());
  const comment = refines ? say(COMMENTS[1]!, locale) : dice.chance(0.1) ? say(dice.pick(COMMENTS), locale) : undefined;
  const clause: ClauseOut = {
    kind: "duty",
    name: dutyName,
    ...(dice.chance(0.85) ? { title: locale === "en" ? title : title.replace(" ", "") } : {}),
    fields: f.out,
    ...(comment ? { comment } : {}),
  };
  return [clause, { name: dutyName, holder, file }];
}

function exemptionClause(group: Group, w: Writer, duties: readonly DutyInfo[]): [ClauseOut, string] {
  const { locale } = group;
  const dice = w.dice;
  const ground = dice.pick(["force_majeure", "force_majeure", "emergency", "third_party", "fulfilled", "outside_scope"]);
  const label: Record<string, Name> = {
    force_majeure: { en: "disaster_outage", zh: "自然灾害" }, emergency: { en: "emergency_override", zh: "紧急例外" },
    third_party: { en: "customer_decides", zh: "自主决定" }, fulfilled: { en: "procedure_followed", zh: "已尽职责" },
    outside_scope: { en: "outside_domain", zh: "范围外" },
  };
  const clauseName = uniqueName(group, nameIn(label[ground]!, locale, false));
  const f = new Fields("exemption", w);
  f.add("covers", dice.some(duties, dice.int(1, 4)).map((d) => name(d.name)), { list: true });
  f.add("grounds", [enumItem(EXEMPTION_GROUNDS, ground, locale)], { sameLine: true });
  f.add("when", [text(say(dice.pick(EXEMPTION_WHEN[ground]!), locale, dice.pick([2, 5, 10, 24])))]);
  if (ground === "emergency") f.add("approval", [name(dice.pick(group.tiers.slice(0, 3)).name)]);
  if (dice.chance(0.5)) f.add("basis", [citation(dice, locale, "civil-code", ground === "force_majeure" ? 180 : dice.pick([182, 184, 1198]))], { list: true });
  return [{ kind: "exemption", name: clauseName, ...(dice.chance(0.7) ? { title: short(say(EXEMPTION_WHEN[ground]![0]!, locale, 5), locale) } : {}), fields: f.out }, clauseName];
}

function toleranceClause(group: Group, w: Writer, duties: readonly DutyInfo[]): [ClauseOut, string] {
  const { locale } = group;
  const dice = w.dice;
  const clauseName = uniqueName(group, locale === "en" ? "honest_error" : nameIn({ en: "", zh: "善意差错" }, locale, false));
  const f = new Fields("tolerance", w);
  f.add("covers", dice.some(duties, dice.int(1, 3)).map((d) => name(d.name)), { list: true });
  f.add("contexts", dice.some(["routine", "emergency", "reform_pilot", "livelihood"], dice.int(1, 2)).map((c) => enumItem(CONTEXTS, c, locale)), { list: true, sameLine: true });
  f.add("when", [text(say(dice.pick(TOLERANCE_WHEN), locale))]);
  f.add("limits", [text(say(dice.pick(LIMITS), locale))]);
  f.add("correction", [text(say(dice.pick(CORRECTIONS), locale, dice.pick([10, 20, 50])))]);
  if (dice.chance(0.8)) f.add("correction_deadline", [duration(dice, locale)]);
  if (dice.chance(0.3)) f.add("basis", [citation(dice, locale, dice.pick(["ccp-accountability-regulations", "public-officials-sanctions-law"]), dice.pick([17, 12]))], { list: true });
  return [{ kind: "tolerance", name: clauseName, ...(dice.chance(0.7) ? { title: short(say(dice.pick(TOLERANCE_WHEN), locale), locale) } : {}), fields: f.out }, clauseName];
}

function accountabilityClause(group: Group, w: Writer, duties: readonly DutyInfo[]): ClauseOut {
  const { locale, domain } = group;
  const dice = w.dice;
  const f = new Fields("accountability", w);
  f.add("covers", dice.some(duties, dice.int(1, Math.min(5, duties.length))).map((d) => name(d.name)), { list: true });
  const basis = dice.chance(0.85) ? "conduct" : "outcome";
  f.add("trigger", [{ t: "seq", parts: [enumItem(TRIGGER_BASES, basis, locale), text(say(dice.pick(TRIGGERS[basis]), locale))] }]);
  const top = group.tiers.slice(0, 3);
  if (dice.chance(0.9)) f.add("investigate", [name(dice.pick(top).name)]);
  if (dice.chance(0.95)) f.add("determine", [name(dice.pick(top).name)], { sameLine: dice.chance(0.3) });
  f.add("evidence", dice.some(domain.evidence, dice.int(1, 4)).map((e) => name(nameIn(e, locale, false))), { list: true });
  if (dice.chance(0.85)) {
    const days = dice.pick([15, 30, 30, 60]);
    const within: Item = locale === "en"
      ? { t: "seq", parts: [{ t: "word", shown: "within" }, { t: "qty", amount: days, unit: "days", shown: `${days} days` }] }
      : { t: "seq", parts: [{ t: "qty", amount: days, unit: "日", shown: `${days}日` }, { t: "word", shown: locale === "zh-Hans" ? "内" : "內" }] };
    f.add("appeal", [{ t: "seq", parts: [name(top[0]!.name), within] }]);
  }
  if (dice.chance(0.7)) f.add("superior_answers", [text(say(SUPERIOR_ANSWERS[0]!, locale))]);
  if (dice.chance(0.3)) f.add("basis", [citation(dice, locale, "ccp-accountability-regulations", dice.pick([17, 21]))], { list: true });
  return { kind: "accountability", fields: f.out };
}

function caseClause(group: Group, w: Writer, duties: readonly DutyInfo[], clauses: readonly string[]): ClauseOut {
  const { locale, domain } = group;
  const dice = w.dice;
  const caseName = uniqueName(group, locale === "en" ? `case_${dice.pick(domain.subjects).en}` : `${nameIn(dice.pick(domain.subjects), locale, false)}${locale === "zh-Hans" ? "个案" : "個案"}`);
  const f = new Fields("case", w);
  const involved = dice.some(duties, dice.int(1, 3));
  const split = dice.int(0, involved.length);
  f.add("performed", involved.slice(0, split).map((d) => name(d.name)), { list: true });
  f.add("breached", involved.slice(split).map((d) => name(d.name)), { list: true, sameLine: dice.chance(0.4) });
  const conditions = dice.some(CASE_CONDITIONS.map((c) => c.value), dice.int(1, 3));
  f.add("conditions", conditions.map((c) => enumItem(CASE_CONDITIONS, c, locale)), { list: true });
  if (dice.chance(0.7)) f.add("harm", [text(say(dice.pick(domain.harms), locale, dice.pick([3, 8, 15, 40, 60000])))]);
  const expectations: Item[] = [];
  for (const duty of involved.slice(0, dice.int(1, 2))) {
    const verdict = dice.pick(["exempt", "tolerated", "accountable", "not_breached"]);
    const parts: Item[] = [name(duty.holder.name), enumItem(VERDICTS, verdict, locale)];
    if ((verdict === "exempt" || verdict === "tolerated") && clauses.length > 0 && dice.chance(0.7)) {
      parts.push({ t: "word", shown: locale === "en" ? "by" : dice.pick(["因", locale === "zh-Hans" ? "依据" : "依據"]) }, name(dice.pick(clauses)));
    }
    expectations.push({ t: "seq", parts });
  }
  f.add("expect", expectations, { list: true });
  return { kind: "case", name: caseName, ...(dice.chance(0.6) ? { title: short(say(dice.pick(domain.harms), locale, 5), locale) } : {}), fields: f.out };
}

function writePolicy(group: Group, index: number, target: number, dice: Dice): GeneratedFile {
  const { locale, domain } = group;
  const file = `${group.dir}/policy-${String(index).padStart(2, "0")}.duty`;
  const w = new Writer(locale, dice);
  w.line(`// ${say(domain.organisation, locale)} — ${say(dice.pick(COMMENTS), locale)}`);
  w.line("//");
  const importKeyword = spell(IMPORT_KEYWORD, locale);
  const imports: string[] = [];
  if (dice.chance(0.9)) imports.push("shared/tiers.duty");
  const earlier = [...group.dutiesByFile.keys()].filter((other) => !group.selfContained.has(other));
  const refinable: DutyInfo[] = [];
  if (imports.length > 0 && earlier.length > 0 && dice.chance(0.3)) {
    const other = dice.pick(earlier);
    imports.push(other.slice(group.dir.length + 1));
    refinable.push(...group.dutiesByFile.get(other)!);
  }
  for (const path of imports) w.line(`${importKeyword} "${path}"`);
  w.line("");
  w.clause(policyClause(group, w));
  // Without the register the file declares the tiers it uses: the organisation's main tiers.
  const tiers = imports.length > 0 ? group.tiers : group.tiers.slice(0, group.domain.tiers.length);
  if (imports.length === 0) {
    group.selfContained.add(file);
    for (const tier of tiers) w.clause(tierClause(tier, w, false));
  }
  const duties: DutyInfo[] = [];
  const clauses: string[] = [];
  while (w.bytes < target) {
    const round: DutyInfo[] = [];
    for (let i = dice.int(2, 5); i > 0; i--) {
      const [clause, info] = dutyClause(group, w, file, tiers, [...refinable, ...duties]);
      w.clause(clause);
      round.push(info);
    }
    duties.push(...round);
    for (let i = dice.int(1, 2); i > 0; i--) {
      const [clause, clauseName] = exemptionClause(group, w, round);
      w.clause(clause);
      clauses.push(clauseName);
    }
    if (dice.chance(0.6)) {
      const [clause, clauseName] = toleranceClause(group, w, round);
      w.clause(clause);
      clauses.push(clauseName);
    }
    if (dice.chance(0.9)) w.clause(accountabilityClause(group, w, round));
    for (let i = dice.int(1, 3); i > 0; i--) w.clause(caseClause(group, w, round, clauses));
  }
  group.dutiesByFile.set(file, duties);
  return finish(file, w, imports);
}

function writeRegister(group: Group, dice: Dice): GeneratedFile {
  const { locale } = group;
  const file = `${group.dir}/shared/tiers.duty`;
  const w = new Writer(locale, dice);
  w.line(`// ${say(group.domain.organisation, locale)}: ${say(COMMENTS[2]!, locale)}`);
  w.line("");
  for (const tier of group.tiers) w.clause(tierClause(tier, w, dice.chance(0.2)));
  return finish(file, w, []);
}

function finish(path: string, w: Writer, imports: readonly string[]): GeneratedFile {
  const text = w.lines.join("\n");
  const json = JSON.stringify({ file: path, locale: w.locale, imports, clauses: w.clauses.map((clause) => clauseJson(clause, w.locale)) }, null, 2);
  return { path, text, json, bytes: Buffer.byteLength(text, "utf8"), locale: w.locale };
}

// ---------------------------------------------------------------- the set

const LOCALE_CYCLE: readonly Locale[] = ["en", "zh-Hans", "zh-Hant"];

/** A policy set of at least `targetBytes` UTF-8 bytes; the same seed gives the same set. */
export function generatePolicySet(targetBytes: number, seed = 20260301): PolicySet {
  const dice = new Dice(seed);
  const files: GeneratedFile[] = [];
  let bytes = 0;
  for (let index = 0; bytes < targetBytes; index++) {
    const domain = DOMAINS[index % DOMAINS.length]!;
    const locale = LOCALE_CYCLE[Math.floor(index / DOMAINS.length + index) % 3]!;
    const group: Group = {
      index,
      dir: `g${String(index).padStart(3, "0")}-${domain.id}`,
      domain,
      locale,
      asciiTiers: locale !== "en" && dice.chance(0.25),
      tiers: [],
      used: new Set(),
      dutiesByFile: new Map(),
      selfContained: new Set(),
    };
    buildTiers(group, dice);
    const register = writeRegister(group, dice);
    files.push(register);
    bytes += register.bytes;
    const policies = dice.int(3, 10);
    for (let k = 1; k <= policies && bytes < targetBytes; k++) {
      // Log-uniform between 5 and 50 KB.
      const size = Math.round(5000 * 10 ** dice.float());
      const policy = writePolicy(group, k, Math.min(size, Math.max(2000, targetBytes - bytes)), dice);
      files.push(policy);
      bytes += policy.bytes;
    }
  }
  const locales: Record<Locale, number> = { en: 0, "zh-Hans": 0, "zh-Hant": 0 };
  let chars = 0;
  for (const file of files) chars += file.text.length;
  for (const file of files) locales[file.locale] += file.bytes;
  return { files, bytes, chars, locales };
}

/** JSON documents of the same content, taken in order until they hold `targetBytes`. */
export function jsonOfSameSize(set: PolicySet, targetBytes = set.bytes): { documents: string[]; bytes: number; chars: number } {
  const documents: string[] = [];
  let bytes = 0;
  let chars = 0;
  for (let round = 0; bytes < targetBytes; round++) {
    for (const file of set.files) {
      if (bytes >= targetBytes) break;
      documents.push(file.json);
      bytes += Buffer.byteLength(file.json, "utf8");
      chars += file.json.length;
    }
  }
  return { documents, bytes, chars };
}
