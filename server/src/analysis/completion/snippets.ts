/**
 * Whole-clause snippets for completion, written the way the document already writes: its
 * script's keywords, field keys and values, its colon (`:` or `：`), its quotes and indentation.
 * Tab stops use the LSP snippet syntax (`${1:placeholder}`, `${2|a,b|}`).
 */
import type { Locale, Localized } from "../../../../grammar/src/index.ts";
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
} from "../../../../grammar/src/vocabulary.ts";
import type { Style } from "../fixes/writer.ts";
import { localized as m } from "../../../../grammar/src/locale.ts";

const PLACEHOLDERS = {
  name: m("name", "名称", "名稱"),
  title: m("Title", "标题", "標題"),
  // Placeholders stand where names go, so they must be names, not keywords (`tier`, `责任`).
  tier: m("tier_name", "层级名称", "層級名稱"),
  duty: m("duty_name", "责任名称", "責任名稱"),
  resources: m("budget, staff", "预算，人员", "預算，人員"),
  resource: m("resource", "资源", "資源"),
  action: m("What the holder must do", "责任人须做什么", "責任人須做什麼"),
  standard: m("How anyone can tell the duty was met", "如何判断已经履行", "如何判斷已經履行"),
  deadline: m("10 working days", "10个工作日", "10個工作日"),
  exemptionName: m("natural_disaster", "自然灾害", "自然災害"),
  exemptionTitle: m("Force majeure", "不可抗力", "不可抗力"),
  exemptionWhen: m(
    "A flood, earthquake or regional power failure made the duty impossible to perform",
    "地震、洪水等自然灾害致使无法履行",
    "地震、洪水等自然災害致使無法履行",
  ),
  toleranceName: m("honest_mistake", "无心之失", "無心之失"),
  toleranceWhen: m("Which honest mistakes are forgiven", "宽容哪些失误", "寬容哪些失誤"),
  limits: m("Never for a knowing violation or for self-interest", "不适用于明知故犯或谋取私利", "不適用於明知故犯或謀取私利"),
  correction: m("The correction that must follow", "必须跟进的纠错措施", "必須跟進的糾錯措施"),
  correctionDeadline: m("10 working days", "5个工作日", "5個工作日"),
  trigger: m("What the holder did or failed to do", "未按规定履行的行为", "未按規定履行的行為"),
  evidence: m("records, statements", "记录，当事人陈述", "記錄，當事人陳述"),
  appealWithin: m("30 days", "30日", "30日"),
  superiorAnswers: m(
    "When the superior gave no resources, guidance or approval",
    "上级未提供资源、指导或审批的，由上级担责",
    "上級未提供資源、指導或審批的，由上級擔責",
  ),
  harm: m("What happened", "发生了什么", "發生了什麼"),
  importPath: m("shared/tiers.duty", "shared/tiers.duty", "shared/tiers.duty"),
  policyTitle: m("Policy title", "政策名称", "政策名稱"),
  jurisdiction: m("Where the policy applies", "适用范围", "適用範圍"),
  effective: m("2026-01-01", "2026年1月1日", "2026年1月1日"),
} satisfies Record<string, Localized>;

const DETAILS = {
  policy: m("The policy: issuer, effective date, jurisdiction", "政策：发布机关、生效日期、适用范围", "政策：發布機關、生效日期、適用範圍"),
  tier: m("A tier with its superior and resources", "层级：上级与资源", "層級：上級與資源"),
  duty: m(
    "A duty with holder, imposer, kind, action, standard, deadline and needs",
    "责任：承担者、设定者、类型、内容、标准、期限和所需资源",
    "責任：承擔者、設定者、類型、內容、標準、期限和所需資源",
  ),
  exemption: m("A force-majeure exemption", "不可抗力免责", "不可抗力免責"),
  tolerance: m("A tolerance of honest mistakes, with its correction", "容错条款及纠错措施", "容錯條款及糾錯措施"),
  accountability: m(
    "The accountability procedure: trigger, investigation, determination, evidence, appeal",
    "追责程序：启动、调查、认定、证据、申诉",
    "追責程序：啟動、調查、認定、證據、申訴",
  ),
  case: m("A test case with the expected verdict", "测试案例及预期结论", "測試案例及預期結論"),
  import: m("Import the clauses of another file", "导入另一文件的条款", "導入另一檔案的條款"),
} satisfies Record<BlockKind | "import", Localized>;

export interface ClauseSnippet {
  readonly kind: BlockKind | "import";
  readonly label: string;
  /** The keyword the snippet starts with: what the drafter types to find it. */
  readonly keyword: string;
  readonly detail: string;
  /** LSP snippet syntax. */
  readonly body: string;
}

/** `$`, `}` and `\` are special in snippet text; in a choice, `,` and `|` too. */
function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, "\\$&");
}

function escapeChoice(text: string): string {
  return text.replace(/[$}\\,|]/g, "\\$&");
}

class SnippetWriter {
  private stop = 0;
  private readonly style: Style;
  private readonly locale: Locale;

  constructor(style: Style) {
    this.style = style;
    this.locale = style.locale;
  }

  tab(placeholder?: Localized | string): string {
    this.stop++;
    if (placeholder === undefined) return `$${this.stop}`;
    const text = typeof placeholder === "string" ? placeholder : placeholder[this.locale];
    return `\${${this.stop}:${escapeSnippet(text)}}`;
  }

  choice(values: readonly EnumValueSpec[]): string {
    this.stop++;
    return `\${${this.stop}|${values.map((value) => escapeChoice(spell(value.spelling, this.locale))).join(",")}|}`;
  }

  text(placeholder?: Localized): string {
    const open = escapeSnippet(this.style.open);
    const close = escapeSnippet(this.style.close);
    return `${open}${this.tab(placeholder)}${close}`;
  }

  word(values: readonly EnumValueSpec[], value: string): string {
    const spec = values.find((candidate) => candidate.value === value);
    return escapeSnippet(spec ? spell(spec.spelling, this.locale) : value);
  }

  /** `keyword name "title" {` + one `key: value` line per field + `}`. */
  clause(kind: BlockKind, header: string, fields: readonly (readonly [string, string])[]): string {
    const keyword = escapeSnippet(spell(BLOCK_KEYWORDS[kind], this.locale));
    const lines = fields.map(([key, value]) => {
      const spec = FIELDS[kind].find((candidate) => candidate.key === key);
      const written = spec ? spell(spec.spelling, this.locale) : key;
      return `${this.style.indent}${escapeSnippet(written)}${escapeSnippet(this.style.colon)}${value}`;
    });
    return [`${keyword}${header ? ` ${header}` : ""} {`, ...lines, "}"].join("\n");
  }
}

function orderedFirst(values: readonly EnumValueSpec[], first: string): EnumValueSpec[] {
  return [...values.filter((value) => value.value === first), ...values.filter((value) => value.value !== first)];
}

/** The clause snippets in the document's script and punctuation, in the order they are offered. */
export function clauseSnippets(style: Style): ClauseSnippet[] {
  const locale = style.locale;
  const P = PLACEHOLDERS;
  const zh = locale !== "en";
  const make = (kind: BlockKind | "import", build: (w: SnippetWriter) => string): ClauseSnippet => {
    const keyword = kind === "import" ? spell(IMPORT_KEYWORD, locale) : spell(BLOCK_KEYWORDS[kind], locale);
    const label = kind === "import" ? `${keyword} ${style.open}…${style.close}` : `${keyword} {…}`;
    return { kind, label, keyword, detail: DETAILS[kind][locale], body: build(new SnippetWriter(style)) };
  };
  return [
    make("tier", (w) => w.clause("tier", `${w.tab(P.name)} ${w.text(P.title)}`, [
      ["under", w.tab(P.tier)],
      ["resources", w.tab(P.resources)],
    ])),
    make("duty", (w) => w.clause("duty", `${w.tab(P.name)} ${w.text(P.title)}`, [
      ["holder", w.tab(P.tier)],
      ["imposed_by", w.tab(P.tier)],
      ["kind", w.choice(orderedFirst(DUTY_KINDS, "care"))],
      ["action", w.text(P.action)],
      ["standard", w.text(P.standard)],
      ["deadline", w.tab(P.deadline)],
      ["needs", w.tab(P.resource)],
    ])),
    make("exemption", (w) => w.clause("exemption", `${w.tab(P.exemptionName)} ${w.text(P.exemptionTitle)}`, [
      ["covers", w.tab(P.duty)],
      ["grounds", w.word(EXEMPTION_GROUNDS, "force_majeure")],
      ["when", w.text(P.exemptionWhen)],
    ])),
    make("tolerance", (w) => w.clause("tolerance", w.tab(P.toleranceName), [
      ["covers", w.tab(P.duty)],
      ["contexts", w.choice(CONTEXTS)],
      ["when", w.text(P.toleranceWhen)],
      ["limits", w.text(P.limits)],
      ["correction", w.text(P.correction)],
      ["correction_deadline", w.tab(P.correctionDeadline)],
    ])),
    make("accountability", (w) => w.clause("accountability", "", [
      ["covers", w.tab(P.duty)],
      ["trigger", `${w.choice(TRIGGER_BASES)} ${w.text(P.trigger)}`],
      ["investigate", w.tab(P.tier)],
      ["determine", w.tab(P.tier)],
      ["evidence", w.tab(P.evidence)],
      ["appeal", zh ? `${w.tab(P.tier)} ${w.tab(P.appealWithin)}${locale === "zh-Hant" ? "內" : "内"}` : `${w.tab(P.tier)} within ${w.tab(P.appealWithin)}`],
      ["superior_answers", w.text(P.superiorAnswers)],
    ])),
    make("case", (w) => w.clause("case", `${w.tab(P.name)} ${w.text(P.title)}`, [
      ["breached", w.tab(P.duty)],
      ["conditions", w.choice(CASE_CONDITIONS)],
      ["harm", w.text(P.harm)],
      ["expect", `${w.tab(P.tier)} ${w.choice(orderedFirst(VERDICTS, "accountable"))}`],
    ])),
    make("policy", (w) => w.clause("policy", w.text(P.policyTitle), [
      ["issuer", w.tab(P.tier)],
      ["effective", w.tab(P.effective)],
      ["jurisdiction", w.text(P.jurisdiction)],
    ])),
    make("import", (w) => `${escapeSnippet(spell(IMPORT_KEYWORD, locale))} ${w.text(P.importPath)}`),
  ];
}

/** The text a snippet inserts when the editor cannot expand snippets: every placeholder's default. */
export function plainSnippet(body: string): string {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === "\\" && i + 1 < body.length) {
      out += body[++i];
      continue;
    }
    if (char !== "$") {
      out += char;
      continue;
    }
    const simple = /^\$(\d+)/.exec(body.slice(i));
    if (simple) {
      i += simple[0].length - 1;
      continue;
    }
    const choice = /^\$\{\d+\|((?:\\.|[^|\\])*)\|\}/.exec(body.slice(i));
    if (choice) {
      const first = /^((?:\\.|[^,\\])*)/.exec(choice[1]!)?.[1] ?? "";
      out += first.replace(/\\(.)/g, "$1");
      i += choice[0].length - 1;
      continue;
    }
    const placeholder = /^\$\{\d+:((?:\\.|[^}\\])*)\}/.exec(body.slice(i));
    if (placeholder) {
      out += placeholder[1]!.replace(/\\(.)/g, "$1");
      i += placeholder[0].length - 1;
      continue;
    }
    const empty = /^\$\{\d+\}/.exec(body.slice(i));
    if (empty) {
      i += empty[0].length - 1;
      continue;
    }
    out += char;
  }
  return out;
}
