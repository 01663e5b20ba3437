/**
 * Generated VALID policies: well-formed .duty text built from the vocabulary
 * (grammar/src/vocabulary.ts) in English, 简体 or 繁體 — every clause kind, every field, every
 * spelling and synonym, English keywords in any case and `-` for `_`, full-width punctuation,
 * all six quote styles, quantities, dates, citations in all their forms, comments (line, block,
 * `duty-ignore` suppressions) wherever a blank may stand, LF or CRLF, tabs and ideographic
 * spaces, one-line and multi-line clauses, and sometimes a second file the policy imports.
 *
 * "Valid" means the language core and name resolution accept it: no syntax/…, name/… or
 * import/… finding. (Review rules may still report: the generator does not try to draft well.)
 * That the generator's output is valid is itself checked by the fuzz properties — a text it
 * builds that the parser rejects is either a generator bug or a parser bug, and both are found.
 */
import { tokenize } from "../../grammar/src/parse.ts";
import { Identifier } from "../../grammar/src/tokens.ts";
import {
  BLOCK_KEYWORDS,
  BY_WORDS,
  CASE_CONDITIONS,
  CONTEXTS,
  DUTY_KINDS,
  EXEMPTION_GROUNDS,
  FIELDS,
  IMPORT_KEYWORD,
  TRIGGER_BASES,
  VERDICTS,
  WITHIN_WORDS,
  type BlockKind,
  type EnumValueSpec,
  type FieldSpec,
  type Spelling,
} from "../../grammar/src/vocabulary.ts";
import { Rng } from "./rng.ts";

export type Script = "en" | "zh-Hans" | "zh-Hant";

export interface GeneratedPolicy {
  readonly seed: number;
  readonly script: Script;
  /** The policy under test, `main.duty`. */
  readonly text: string;
  /** Other files of the workspace (relative path → text): a register of tiers `main.duty` imports. */
  readonly others: Readonly<Record<string, string>>;
}

// ---------------------------------------------------------------------------------------------
// Words

const EN_NAMES = [
  "branch", "teller", "head_office", "regulator", "clinic", "hospital", "surgeon", "school", "teacher", "village",
  "county", "township", "bureau", "ward", "nurse", "duty_manager", "counter", "lobby", "night_shift", "business_hours",
  "staff", "budget", "training", "fraud_system", "warning_script", "cctv", "counter_log", "statement", "approval_form",
  "Branch", "HeadOffice", "x", "a1", "q_9", "policy_office", "case_file", "tier-2", "dutyRoster", "imported_tier",
];
const ZH_NAMES = [
  "医院", "市卫健委", "主刀医师", "急诊科", "手术室", "全天", "学校", "區教育局", "市教育局", "校園", "在校時間",
  "柜员", "支行", "总行", "监管机构", "村委会", "乡镇", "县扶贫办", "电子病历", "排班表", "值守记录", "预算", "培训",
  "教職工", "監控錄像", "政策研究室", "免责条款", "案例库", "层级表", "责任清单", "容错机制", "追责程序",
];
/** Characters for made-up names: CJK, Latin-1/Extended, Greek, Cyrillic; no 第 (it starts an article). */
const CJK_CHARS = "甲乙丙丁戊己庚辛壬癸春夏秋冬东西南北中上下左右山水林田湖海江河城乡村镇市区县校院科室组队岗窗柜台站所局委办";
const EXTRA_START = "ÀÉÎÕÜßçñøĀĐŁŒŠŽƒǅαβγδλμπσωАБВГДЖЗИКЛМНПРСТ";
const NAME_PARTS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-·・";

const PROSE: Record<Script, readonly string[]> = {
  en: [
    "Show the fraud warning before paying out 50,000 CNY or more in cash",
    "Warning acknowledged in the counter system before payout",
    "Customer acknowledgement captured, logged and reviewed daily",
    "The customer's decision, after the warning was given",
    "All retail branches",
    "A flood or regional power failure shut down the counter system",
    "Repeat the counter-fraud module within the month",
    "Never for a warning skipped altogether",
    "The head office answers when it gave no script, system or training",
    "Report every cash transaction of 50000 yuan (and more) in one day",
    "Staff on duty sign the roster at 08:00; records kept 3 years",
    "Quoted “inner” text with 『other』 quotes and a tab\tinside",
    "Handle complaints promptly",
    "Ensure zero accidents in a timely manner",
  ],
  "zh-Hans": [
    "手术前说明风险和替代方案，取得患者或近亲属书面同意",
    "签字的知情同意书在麻醉开始前归入电子病历",
    "抢救生命垂危的患者，无法取得患者或近亲属意见，经医疗机构负责人批准",
    "地震或洪水致手术室无法使用",
    "同意书已签但归档晚于手术开始",
    "不适用于未取得同意",
    "补录并复训",
    "医院未开通负责人审批渠道的，由医院担责",
    "按本办法，『无签字不手术』的后果",
    "每月5日前报送，报表齐全、数据一致",
    "及时处理，确保不出问题",
    "全面负责，零事故",
  ],
  "zh-Hant": [
    "課間按排班表在指定區域值守，制止追逐打鬧等危險行為",
    "每個時段均有教師簽到，值守記錄當天錄入",
    "損害發生在放學後、節假日或學生自行離校期間",
    "颱風、地震等自然災害",
    "臨時調課導致一個時段無人簽到，且未發生損害",
    "不適用於連續兩次以上缺崗",
    "修訂排班表",
    "區教育局未核定值守人手的，由區教育局擔責",
    "按本辦法，『無簽字不手術』的後果",
    "及時處理，確保不出問題",
  ],
};

/** Oddities inside quoted text: emoji, a lone surrogate, NUL, controls, other scripts, U+2028. */
const PROSE_ODDITIES = [
  "😀", "👩‍⚕️", "\uD800", "\uDFFF", "\u0000", "\u0007", "\u200B", "\u2028", "\u2029", "\uFEFF", "\u00A0", "　",
  "𠀀", "ﾃｽﾄ", "e\u0301", "\u202E", "Ω", "{", "}", "：", "，", "/*", "*/", "//", "#", "@", "\\", "第二十七条",
];

/** The units of docs/language.md §2.7, by kind and by the script that writes them. */
const UNITS_FOR_FUZZ: readonly { unit: string; kind: "money" | "duration" | "percent"; script: Script }[] = [
  ...["CNY", "RMB", "yuan"].map((unit) => ({ unit, kind: "money" as const, script: "en" as const })),
  ...["元", "万元", "亿元"].map((unit) => ({ unit, kind: "money" as const, script: "zh-Hans" as const })),
  ...["元", "萬元", "億元"].map((unit) => ({ unit, kind: "money" as const, script: "zh-Hant" as const })),
  ...["working days", "working day", "business days", "business day", "days", "day", "hours", "hour", "minutes", "minute", "weeks", "week", "months", "month", "years", "year"]
    .map((unit) => ({ unit, kind: "duration" as const, script: "en" as const })),
  ...["工作日", "个工作日", "日", "天", "小时", "分钟", "周", "个月", "月", "年"].map((unit) => ({ unit, kind: "duration" as const, script: "zh-Hans" as const })),
  ...["工作日", "個工作日", "日", "天", "小時", "分鐘", "週", "個月", "月", "年"].map((unit) => ({ unit, kind: "duration" as const, script: "zh-Hant" as const })),
  ...["percent", "%"].map((unit) => ({ unit, kind: "percent" as const, script: "en" as const })),
  ...["%", "％"].map((unit) => ({ unit, kind: "percent" as const, script: "zh-Hans" as const })),
  { unit: "％", kind: "percent", script: "zh-Hant" },
];

/** Citations the law library knows (verified, unverified article, repealed law) as the samples write them. */
const REAL_CITATIONS = [
  "anti-money-laundering-law/35", "anti-telecom-fraud-law/30", "civil-code/180", "commercial-banking-law/29", "physicians-act/27",
  "医师法 第二十七条", "民法典 第一千二百二十条", "反电信网络诈骗法 第三十条", "现金管理暂行条例 第十一条（三）", "教师法 第八条",
  "民法典 第一千二百一十九条", "執業醫師法 第二十四條", "教師法 第三十九條", "未成年人保護法 第三十七條", "民法典 第一千二百零一條",
  "醫師法 第二十五條", "民法典第一百八十条", "Civil Code art. 1220", "civil-code/9999", "Civil Servant Law arts. 95-97",
  "licensed-physicians-act/24", "three-distinctions/0", "信访工作条例 第二十七条", "CCP Accountability Regulations art. 17",
  "问责条例 第十七条至第二十一条", "ccp-accountability-regulations/21",
];

const CN_DIGITS = "零一二三四五六七八九";

/** 27 → 二十七, 1220 → 一千二百二十, 1201 → 一千二百零一. */
export function chineseNumeral(n: number): string {
  if (n === 0) return "零";
  const units = ["", "十", "百", "千"];
  const digits = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  digits.forEach((digit, i) => {
    const place = digits.length - 1 - i;
    if (digit === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += "零";
    zero = false;
    out += (digit === 1 && place === 1 && out === "" ? "" : CN_DIGITS[digit]!) + (units[place] ?? "");
  });
  return out;
}

function fullWidth(digits: string): string {
  return digits.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/\./g, "．");
}

/** True when `word` lexes as exactly one name token (so it is not a keyword, number, article…). */
function isPlainName(word: string): boolean {
  const { tokens, comments } = tokenize(word);
  return comments.length === 0 && tokens.length === 1 && tokens[0]!.tokenType === Identifier && tokens[0]!.image === word;
}

const SPECIAL_WORDS = new Set([...WITHIN_WORDS, ...BY_WORDS].map((word) => word.toLowerCase()));

// ---------------------------------------------------------------------------------------------
// The generator

interface Style {
  readonly script: Script;
  readonly newline: () => string;
  readonly colon: () => string;
  readonly comma: () => string;
  readonly quote: () => readonly [string, string];
  readonly indent: string;
  /** Any spelling (synonyms, other scripts) rather than the script's canonical one. */
  readonly looseSpelling: number;
  readonly comments: number;
  readonly oneLine: number;
}

class PolicyWriter {
  private readonly rng: Rng;
  private readonly style: Style;
  private readonly used = new Set<string>();

  constructor(rng: Rng, style: Style) {
    this.rng = rng;
    this.style = style;
  }

  // --- names -------------------------------------------------------------------------------

  /** A fresh name, unique in the namespace, that lexes as one name and means nothing special. */
  freshName(): string {
    for (let attempt = 0; attempt < 100; attempt++) {
      const candidate = this.candidateName();
      if (this.used.has(candidate) || SPECIAL_WORDS.has(candidate.toLowerCase()) || !isPlainName(candidate)) continue;
      this.used.add(candidate);
      return candidate;
    }
    const fallback = `name_${this.used.size}_${this.rng.int(1e9)}`;
    this.used.add(fallback);
    return fallback;
  }

  /** A free label (a resource, place, period, evidence item): need not be unique. */
  label(): string {
    for (let attempt = 0; attempt < 100; attempt++) {
      const candidate = this.candidateName();
      if (!SPECIAL_WORDS.has(candidate.toLowerCase()) && isPlainName(candidate)) return candidate;
    }
    return "label";
  }

  private candidateName(): string {
    const r = this.rng;
    const script = this.style.script;
    switch (r.weighted<"pool" | "cjk" | "ascii" | "exotic">([[4, "pool"], [3, script === "en" ? "ascii" : "cjk"], [1, "ascii"], [1, "exotic"]])) {
      case "pool": {
        const base = r.pick(script === "en" ? EN_NAMES : r.chance(0.8) ? ZH_NAMES : EN_NAMES);
        return r.chance(0.3) ? `${base}${r.pick(["_", "-", "", "·"])}${r.int(100)}` : base;
      }
      case "cjk": {
        let name = "";
        for (let i = r.range(1, 4); i > 0; i--) name += r.pick([...CJK_CHARS]);
        return name;
      }
      case "ascii": {
        let name = r.pick([..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"]);
        for (let i = r.range(0, 12); i > 0; i--) name += r.pick([...NAME_PARTS]);
        return name;
      }
      case "exotic": {
        let name = r.pick([...EXTRA_START, ...CJK_CHARS]);
        for (let i = r.range(0, 6); i > 0; i--) name += r.pick([...NAME_PARTS, ...EXTRA_START, ...CJK_CHARS]);
        return name;
      }
    }
  }

  // --- spellings ---------------------------------------------------------------------------

  /** A spelling of a keyword, field key or enumerated value, as drafters might write it. */
  spell(words: Spelling): string {
    const r = this.rng;
    let word = r.chance(this.style.looseSpelling) ? r.pick(words.all) : words.canonical[this.style.script];
    if (/^[A-Za-z]/.test(word)) {
      if (r.chance(0.1)) word = word.toUpperCase();
      else if (r.chance(0.1)) word = word.charAt(0).toUpperCase() + word.slice(1);
      if (word.includes("_") && r.chance(0.3)) word = word.replace(/_/g, "-");
    }
    return word;
  }

  enumWord(values: readonly EnumValueSpec[]): string {
    return this.spell(this.rng.pick(values).spelling);
  }

  // --- blanks and comments ----------------------------------------------------------------

  private blank(): string {
    const r = this.rng;
    return r.weighted([[10, " "], [2, "  "], [1, "\t"], [1, "\u3000"], [0.3, "\u00A0"], [0.2, " \f"], [0.2, "\v "]]);
  }

  /** A block comment (its text never closes early). */
  private blockComment(): string {
    const r = this.rng;
    let body = r.pick([" note ", " 说明 ", "", " multi\nline ", " ＊ ", " a /* b ", "*", " 😀 ", " duty-ignore boundary/vague-term "]);
    if (r.chance(0.1)) body = body.replace("\n", this.style.newline());
    return `/*${body}*/`;
  }

  lineComment(): string {
    const r = this.rng;
    return `//${r.pick([
      " a comment",
      " 注释：说明",
      "",
      " // nested slashes /* not a block",
      " duty-ignore boundary/vague-term: quoted from the statute",
      " duty-ignore tolerance/missing, process/no-appeal: decided by the board",
      " duty-ignore boundary/no-standard",
      " 😀 emoji \uD83D",
      "\ttab",
    ])}`;
  }

  /** What separates two tokens on one line: blanks, sometimes a block comment. */
  space(): string {
    const r = this.rng;
    if (r.chance(this.style.comments * 0.2)) return `${this.blank()}${this.blockComment()}${this.blank()}`;
    return this.blank();
  }

  /** A line break, perhaps with a comment before it and blank lines after it. */
  lineBreak(indent: string): string {
    const r = this.rng;
    let out = "";
    if (r.chance(this.style.comments * 0.4)) out += `${r.chance(0.5) ? " " : ""}${this.lineComment()}`;
    else if (r.chance(0.05)) out += r.pick([" ", "\t", "  "]); // trailing blanks
    out += this.style.newline();
    if (r.chance(0.1)) out += this.style.newline();
    if (r.chance(this.style.comments * 0.3)) out += `${indent}${r.chance(0.7) ? this.lineComment() : this.blockComment()}${this.style.newline()}`;
    return out + indent;
  }

  // --- values ------------------------------------------------------------------------------

  prose(): string {
    const r = this.rng;
    let text = r.pick(PROSE[r.chance(0.85) ? this.style.script : r.pick<Script>(["en", "zh-Hans", "zh-Hant"])]);
    if (r.chance(0.3)) text = text.slice(0, r.range(1, text.length));
    if (r.chance(0.15)) {
      const at = r.int(text.length + 1);
      text = text.slice(0, at) + r.pick(PROSE_ODDITIES) + text.slice(at);
    }
    // A very short text rather than an empty one: an empty text is a finding (syntax/missing-value),
    // and these policies must have none; the mutations (mutate.ts) make empty texts.
    if (r.chance(0.02)) text = text.slice(0, 1);
    return text.trim() === "" ? "x" : text;
  }

  /** A quoted text in one of the six quote styles, escaped where the style allows escapes. */
  quoted(content = this.prose()): string {
    const [open, close] = this.style.quote();
    let inner = content.replace(/[\r\n]/g, " ");
    if (open === '"' || open === "'") {
      inner = inner.replace(/[\\"']/g, (c) => (c === "\\" || c === open ? `\\${c}` : c));
    } else {
      inner = inner.split(close).join("");
    }
    return `${open}${inner}${close}`;
  }

  /** A text field's value: quoted prose, or (rarely) a single bare name. */
  text(): string {
    return this.rng.chance(0.05) ? this.label() : this.quoted();
  }

  number(max = 100): string {
    const r = this.rng;
    let digits = String(r.range(1, max));
    if (r.chance(0.1)) digits += `.${r.range(0, 99)}`;
    return r.chance(0.15) ? fullWidth(digits) : digits;
  }

  /** A quantity: an amount and a unit of the script (or of any script). */
  quantity(kind?: "duration" | "money" | "percent"): string {
    const r = this.rng;
    const units = UNITS_FOR_FUZZ.filter((unit) => (kind ? unit.kind === kind : true) && (unit.script === this.style.script || r.chance(0.2)));
    const unit = units.length > 0 ? r.pick(units) : r.pick(UNITS_FOR_FUZZ);
    const amount = this.number(unit.kind === "money" ? 100000 : 90);
    const gap = /^[A-Za-z]/.test(unit.unit) ? r.pick([" ", "  ", "\t", ""]) : r.pick(["", "", " "]);
    return `${amount}${gap}${unit.unit.replace(/ /g, () => r.pick([" ", "  ", "\t"]))}`;
  }

  limit(kind?: "duration" | "money"): string {
    const r = this.rng;
    return r.weighted([[8, () => this.quantity(kind)], [1, () => this.quoted()], [0.5, () => this.number()]])();
  }

  date(): string {
    const r = this.rng;
    const yearNumber = r.range(1990, 2099);
    const year = String(yearNumber);
    const month = r.range(1, 12);
    // A day the month has: an impossible date is a finding, and these policies are valid.
    const day = r.range(1, new Date(Date.UTC(yearNumber, month, 0)).getUTCDate());
    return r.weighted<() => string>([
      [3, () => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`],
      [1, () => `${year}-${month}-${day}`],
      [2, () => `${year}年${month}月${day}日`],
      [1, () => fullWidth(`${year}年${month}月${day}日`).replace(/．/g, ".")],
    ])();
  }

  citation(): string {
    const r = this.rng;
    if (r.chance(0.35)) return r.pick(REAL_CITATIONS);
    const article = r.range(1, 1299);
    const cn = () => (r.chance(0.7) ? chineseNumeral(article) : r.chance(0.5) ? String(article) : fullWidth(String(article)));
    const lawName = () => r.pick(["医师法", "醫師法", "民法典", "反电信网络诈骗法", "公务员法", "未成年人保护法", "某某条例"]);
    const s = () => r.pick(["", " ", "  "]);
    return r.weighted<() => string>([
      [3, () => `${r.pick(["civil-code", "physicians-act", "anti-telecom-fraud-law", "commercial-banking-law", "no-such-law", "x1-2"])}/${article}`],
      [3, () => {
        let ref = `第${s()}${cn()}${s()}${r.pick(["条", "條"])}`;
        if (r.chance(0.2)) ref += `${r.pick(["至", "到", "-"])}第${chineseNumeral(article + r.range(1, 5))}条`;
        if (r.chance(0.3)) ref += `第${chineseNumeral(r.range(1, 9))}款`;
        if (r.chance(0.2)) ref += r.pick([`（${chineseNumeral(r.range(1, 9))}）`, `(${r.range(1, 9)})`, `第${chineseNumeral(r.range(1, 9))}项`]);
        return `${lawName()} ${ref}`;
      }],
      [1, () => `${lawName()}第${chineseNumeral(article)}条`],
      [2, () => `${r.pick(["Civil Code", "Civil Servant Law", "Physicians Act", "Anti Fraud Law"])} ${r.pick(["art.", "Art.", "article", "Article", "§", "arts.", "articles"])} ${r.chance(0.3) ? `${article}-${article + r.range(1, 3)}` : article}${r.chance(0.2) ? ` ${r.pick(["(1)", "（二）", "(a note)"])}` : ""}`],
      [1, () => this.quoted(r.pick(["Regulation on X, article 3", "某某办法第三条", "Rule 7"]))],
    ])();
  }

  list<T>(items: readonly T[], write: (item: T) => string): string {
    return items.map(write).join(this.style.comma());
  }

  // --- clauses -----------------------------------------------------------------------------

  /** A clause: `keyword [name] ["title"] { fields }`, on one line or many. */
  clause(kind: BlockKind, name: string | undefined, fields: readonly [string, string][], braces: readonly [string, string]): string {
    const r = this.rng;
    const oneLine = r.chance(this.style.oneLine);
    let header = this.spell(BLOCK_KEYWORDS[kind]);
    if (name !== undefined) header += `${this.space()}${name}`;
    if (r.chance(0.4)) header += `${this.space()}${this.quoted()}`;
    header += `${r.chance(0.9) ? this.space() : ""}${braces[0]}`;
    if (fields.length === 0) return `${header}${r.chance(0.5) ? " " : ""}${braces[1]}`;
    const indent = this.style.indent;
    let body = oneLine ? this.space() : this.lineBreak(indent);
    fields.forEach(([key, value], i) => {
      const gapAfterColon = r.weighted([[4, " "], [3, ""], [1, "  "], [0.3, "\u3000"]]);
      // A sub-block comes whole as the value, with no key of its own.
      body += key === "" ? value : `${key}${r.chance(0.1) ? this.space() : ""}${this.style.colon()}${gapAfterColon}${value}`;
      if (key !== "" && r.chance(0.1)) body += r.pick([";", "；"]); // after a field, never after a sub-block
      if (i < fields.length - 1) body += oneLine && !value.includes("\n") ? this.space() : this.lineBreak(indent);
    });
    body += oneLine ? this.space() : this.lineBreak("");
    return `${header}${body}${braces[1]}`;
  }

  /** A sub-block `key { places: …  periods: …  description: … }`. */
  subBlock(key: string, braces: readonly [string, string], spec: FieldSpec): string {
    const r = this.rng;
    const fields: [string, string][] = [];
    for (const inner of r.shuffle([...(spec.fields ?? [])])) {
      if (!r.chance(0.6)) continue;
      const innerKey = this.spell(inner.spelling);
      if (inner.shape === "names") fields.push([innerKey, this.list(Array.from({ length: r.range(1, 3) }, () => this.label()), (x) => x)]);
      else fields.push([innerKey, this.text()]);
    }
    const inner = fields.map(([k, v]) => `${k}${this.style.colon()}${r.pick([" ", ""])}${v}`).join(this.space());
    return `${key}${this.space()}${braces[0]}${inner ? `${this.space()}${inner}${this.space()}` : ""}${braces[1]}`;
  }
}

interface Names {
  readonly tiers: string[];
  readonly duties: string[];
  readonly exemptions: string[];
  readonly tolerances: string[];
  readonly cases: string[];
}

function fieldSpec(kind: BlockKind, key: string): FieldSpec {
  const spec = FIELDS[kind].find((field) => field.key === key);
  if (!spec) throw new Error(`no field ${kind}.${key}`);
  return spec;
}

/** Builds one policy text (and the register it imports, if any) from a seed. */
export function generatePolicy(seed: number): GeneratedPolicy {
  const r = new Rng(seed);
  const script = r.pick<Script>(["en", "zh-Hans", "zh-Hant"]);
  const zh = script !== "en";
  const newlineKind = r.weighted<"lf" | "crlf" | "mixed">([[6, "lf"], [4, "crlf"], [0.5, "mixed"]]);
  const style: Style = {
    script,
    newline: () => (newlineKind === "lf" ? "\n" : newlineKind === "crlf" ? "\r\n" : r.pick(["\n", "\r\n", "\r"])),
    colon: (() => {
      const preferred = zh ? (r.chance(0.85) ? "：" : ":") : r.chance(0.9) ? ":" : "：";
      return () => (r.chance(0.1) ? r.pick([":", "："]) : preferred);
    })(),
    comma: (() => {
      const preferred = zh ? r.pick(["，", "、", "，", ", "]) : r.chance(0.9) ? ", " : "，";
      return () => (r.chance(0.1) ? r.pick([",", ", ", "，", "、", " , "]) : preferred);
    })(),
    quote: (() => {
      const pairs: readonly (readonly [string, string])[] = zh
        ? [["「", "」"], ["「", "」"], ["“", "”"], ["『", "』"], ["＂", "＂"], ['"', '"']]
        : [['"', '"'], ['"', '"'], ["'", "'"], ["“", "”"]];
      const preferred = r.pick(pairs);
      return () => (r.chance(0.15) ? r.pick<readonly [string, string]>([['"', '"'], ["'", "'"], ["“", "”"], ["「", "」"], ["『", "』"], ["＂", "＂"]]) : preferred);
    })(),
    indent: r.pick(["  ", "  ", "    ", "\t", "\u3000", " "]),
    looseSpelling: r.pick([0, 0.1, 0.3]),
    comments: r.pick([0, 0.1, 0.3, 0.6]),
    oneLine: r.pick([0, 0.3, 0.7, 1]),
  };
  const w = new PolicyWriter(r, style);
  const bracesFor = (): readonly [string, string] => (zh && r.chance(0.15) ? ["｛", "｝"] : r.chance(0.03) ? ["｛", "｝"] : ["{", "}"]);

  const names: Names = {
    tiers: Array.from({ length: r.range(1, 6) }, () => w.freshName()),
    duties: Array.from({ length: r.range(1, 5) }, () => w.freshName()),
    exemptions: Array.from({ length: r.range(0, 3) }, () => w.freshName()),
    tolerances: Array.from({ length: r.range(0, 3) }, () => w.freshName()),
    cases: Array.from({ length: r.range(0, 3) }, () => w.freshName()),
  };
  const clauses: string[] = [];
  const tierClauses: string[] = [];
  const p = (probability: number) => r.chance(probability);
  const key = (kind: BlockKind, field: string) => w.spell(fieldSpec(kind, field).spelling);
  const emit = (kind: BlockKind, name: string | undefined, fields: [string, string][], into: string[] = clauses): void => {
    into.push(w.clause(kind, name, r.chance(0.3) ? r.shuffle(fields) : fields, bracesFor()));
  };

  // policy
  for (let n = r.weighted([[2, 0], [6, 1], [1, 2]]); n > 0; n--) {
    const fields: [string, string][] = [];
    if (p(0.8)) fields.push([key("policy", "issuer"), r.pick(names.tiers)]);
    if (p(0.6)) fields.push([key("policy", "jurisdiction"), w.text()]);
    if (p(0.7)) fields.push([key("policy", "effective"), w.date()]);
    if (p(0.4)) fields.push([key("policy", "version"), w.text()]);
    if (p(0.3)) fields.push([key("policy", "description"), w.text()]);
    if (p(0.5)) fields.push([key("policy", "basis"), w.list(Array.from({ length: r.range(1, 3) }, () => w.citation()), (x) => x)]);
    emit("policy", p(0.2) ? w.freshName() : undefined, fields);
  }

  // tiers: `under` names an earlier tier, so there is never a cycle.
  names.tiers.forEach((name, i) => {
    const fields: [string, string][] = [];
    if (i > 0 && p(0.7)) fields.push([key("tier", "under"), names.tiers[r.int(i)]!]);
    if (p(0.8)) fields.push([key("tier", "resources"), w.list(Array.from({ length: r.range(1, 4) }, () => w.label()), (x) => x)]);
    if (p(0.4)) fields.push(["", w.subBlock(key("tier", "domain"), bracesFor(), fieldSpec("tier", "domain"))]);
    if (p(0.2)) fields.push([key("tier", "description"), w.text()]);
    emit("tier", name, fields, tierClauses);
  });

  // duties: `refines` names an earlier duty.
  names.duties.forEach((name, i) => {
    const fields: [string, string][] = [];
    if (p(0.9)) fields.push([key("duty", "holder"), r.pick(names.tiers)]);
    if (p(0.6)) fields.push([key("duty", "imposed_by"), r.pick(names.tiers)]);
    if (p(0.8)) fields.push([key("duty", "kind"), w.enumWord(DUTY_KINDS)]);
    if (p(0.8)) fields.push([key("duty", "action"), w.text()]);
    if (p(0.8)) fields.push([key("duty", "standard"), w.text()]);
    if (p(0.4)) fields.push(["", w.subBlock(key("duty", "scope"), bracesFor(), fieldSpec("duty", "scope"))]);
    if (p(0.4)) fields.push([key("duty", "deadline"), w.limit("duration")]);
    if (p(0.3)) fields.push([key("duty", "threshold"), w.limit(r.chance(0.7) ? "money" : undefined)]);
    if (p(0.5)) fields.push([key("duty", "needs"), w.list(Array.from({ length: r.range(1, 3) }, () => w.label()), (x) => x)]);
    if (i > 0 && p(0.3)) fields.push([key("duty", "refines"), names.duties[r.int(i)]!]);
    if (p(0.6)) fields.push([key("duty", "context"), w.enumWord(CONTEXTS)]);
    if (p(0.3)) fields.push([key("duty", "requires"), w.list(Array.from({ length: r.range(1, 3) }, () => (r.chance(0.6) ? w.label() : r.chance(0.5) ? w.quoted() : `${w.label()} ${w.label()}`)), (x) => x)]);
    if (p(0.5)) fields.push([key("duty", "basis"), w.list(Array.from({ length: r.range(1, 3) }, () => w.citation()), (x) => x)]);
    if (p(0.2)) fields.push([key("duty", "description"), w.text()]);
    emit("duty", name, fields);
  });

  for (const name of names.exemptions) {
    const fields: [string, string][] = [];
    if (p(0.9)) fields.push([key("exemption", "covers"), w.list(r.some(names.duties, 1, 3), (x) => x)]);
    if (p(0.9)) fields.push([key("exemption", "grounds"), w.enumWord(EXEMPTION_GROUNDS)]);
    if (p(0.8)) fields.push([key("exemption", "when"), w.text()]);
    if (p(0.4)) fields.push([key("exemption", "approval"), r.pick(names.tiers)]);
    if (p(0.4)) fields.push([key("exemption", "basis"), w.list(Array.from({ length: r.range(1, 2) }, () => w.citation()), (x) => x)]);
    emit("exemption", name, fields);
  }

  for (const name of names.tolerances) {
    const fields: [string, string][] = [];
    if (p(0.9)) fields.push([key("tolerance", "covers"), w.list(r.some(names.duties, 1, 3), (x) => x)]);
    if (p(0.7)) {
      const words = Array.from({ length: r.range(1, 3) }, () => w.enumWord(CONTEXTS));
      fields.push([key("tolerance", "contexts"), r.chance(0.7) ? w.list(words, (x) => x) : words.join(" ")]);
    }
    if (p(0.7)) fields.push([key("tolerance", "when"), w.text()]);
    if (p(0.6)) fields.push([key("tolerance", "limits"), w.text()]);
    if (p(0.7)) fields.push([key("tolerance", "correction"), w.text()]);
    if (p(0.6)) fields.push([key("tolerance", "correction_deadline"), w.limit("duration")]);
    if (p(0.3)) fields.push([key("tolerance", "basis"), w.citation()]);
    emit("tolerance", name, fields);
  }

  for (let n = r.weighted([[2, 0], [5, 1], [1, 2]]); n > 0; n--) {
    const fields: [string, string][] = [];
    if (p(0.8)) fields.push([key("accountability", "covers"), w.list(r.some(names.duties, 1, 3), (x) => x)]);
    if (p(0.8)) fields.push([key("accountability", "trigger"), `${p(0.8) ? `${w.enumWord(TRIGGER_BASES)}${w.space()}` : ""}${w.quoted()}`]);
    if (p(0.8)) fields.push([key("accountability", "investigate"), r.pick(names.tiers)]);
    if (p(0.8)) fields.push([key("accountability", "determine"), r.pick(names.tiers)]);
    if (p(0.6)) fields.push([key("accountability", "evidence"), w.list(Array.from({ length: r.range(1, 4) }, () => (r.chance(0.7) ? w.label() : w.quoted())), (x) => x)]);
    if (p(0.7)) {
      const to = r.pick(names.tiers);
      const within = w.spell({ canonical: { en: "within", "zh-Hans": "内", "zh-Hant": "內" }, all: WITHIN_WORDS });
      const limit = r.weighted<() => string>([[5, () => w.quantity("duration")], [1, () => w.number()], [1, () => w.quoted()]])();
      const written = r.weighted<() => string>([
        [3, () => `${to} ${within} ${limit}`],
        // An English within-word must not run into an English unit (`30 dayswithin` is one name).
        [3, () => `${to} ${limit}${/^[A-Za-z]/.test(within) ? " " : r.pick(["", " "])}${within}`],
        [1, () => `${to} ${limit}`],
        [1, () => to],
      ])();
      fields.push([key("accountability", "appeal"), written]);
    }
    if (p(0.5)) fields.push([key("accountability", "superior_answers"), w.text()]);
    if (p(0.3)) fields.push([key("accountability", "basis"), w.citation()]);
    emit("accountability", p(0.3) ? w.freshName() : undefined, fields);
  }

  for (const name of names.cases) {
    const fields: [string, string][] = [];
    const [performed, breached] = [r.some(names.duties, 0, 2), r.some(names.duties, 0, 2)];
    if (performed.length > 0 && p(0.6)) fields.push([key("case", "performed"), w.list(performed, (x) => x)]);
    if (breached.length > 0 && p(0.7)) fields.push([key("case", "breached"), w.list(breached, (x) => x)]);
    if (p(0.6)) {
      const words = Array.from({ length: r.range(1, 3) }, () => w.enumWord(CASE_CONDITIONS));
      fields.push([key("case", "conditions"), r.chance(0.7) ? w.list(words, (x) => x) : words.join(" ")]);
    }
    if (p(0.5)) fields.push([key("case", "harm"), w.text()]);
    if (p(0.8)) {
      const clausesBy = [...names.exemptions, ...names.tolerances];
      const expectations = Array.from({ length: r.range(1, 3) }, () => {
        let e = `${r.pick(names.tiers)} ${w.enumWord(VERDICTS)}`;
        if (clausesBy.length > 0 && r.chance(0.5)) e += ` ${w.spell({ canonical: { en: "by", "zh-Hans": "因", "zh-Hant": "因" }, all: BY_WORDS })} ${r.pick(clausesBy)}`;
        return e;
      });
      fields.push([key("case", "expect"), w.list(expectations, (x) => x)]);
    }
    if (p(0.2)) fields.push([key("case", "description"), w.text()]);
    emit("case", name, fields);
  }

  // The tiers go into the main file or, sometimes, into a register it imports.
  const others: Record<string, string> = {};
  const imports: string[] = [];
  const separator = (): string => {
    let out = style.newline();
    if (r.chance(0.7)) out += style.newline();
    if (r.chance(style.comments)) out += `${r.chance(0.5) ? w.lineComment() : "/* between */"}${style.newline()}`;
    return out;
  };
  if (r.chance(0.3)) {
    const register = r.pick(["shared/tiers.duty", "shared/层级.duty", "registers/register.duty", "tiers.duty"]);
    const split = r.int(tierClauses.length + 1);
    others[register] = tierClauses.splice(0, split).join(separator()) + style.newline();
    const written = r.chance(0.3) ? register.replace(/\.duty$/, "") : register;
    imports.push(`${w.spell(IMPORT_KEYWORD)}${w.space()}${w.quoted(written)}${r.chance(0.3) ? r.pick([";", "；"]) : ""}`);
  }
  const all = r.chance(0.5) ? [...tierClauses, ...clauses] : r.shuffle([...tierClauses, ...clauses]);
  const parts = [...imports, ...all];
  let text = parts.join(separator());
  if (r.chance(style.comments)) text = `${w.lineComment()}${style.newline()}${text}`;
  if (r.chance(0.9)) text += style.newline();
  if (r.chance(0.03)) text = `\uFEFF${text}`;
  return { seed, script, text, others };
}
