/**
 * The words of the Duty language in English, simplified and traditional Chinese.
 *
 * This table is the single source for the lexer's keyword tokens, the typed declarations,
 * completion, hover, the formatter and the TextMate grammar: add a synonym here and every
 * layer knows it.
 */
import { localized as d, type Locale, type Localized } from "./locale.ts";

/** The clause kinds a file is made of. */
export type BlockKind =
  | "policy"
  | "tier"
  | "duty"
  | "exemption"
  | "tolerance"
  | "accountability"
  | "case";

export interface Spelling {
  /** The canonical spelling per script; the first spelling the formatter writes. */
  readonly canonical: Localized;
  /** Every accepted spelling (canonical ones included). */
  readonly all: readonly string[];
}

function spelling(en: string, hans: string, hant: string, ...more: string[]): Spelling {
  const all = [...new Set([en, hans, hant, ...more])];
  return { canonical: { en, "zh-Hans": hans, "zh-Hant": hant }, all };
}

export const IMPORT_KEYWORD = spelling("import", "导入", "導入", "引用");

export const BLOCK_KEYWORDS: Readonly<Record<BlockKind, Spelling>> = {
  policy: spelling("policy", "政策", "政策", "制度"),
  tier: spelling("tier", "层级", "層級"),
  duty: spelling("duty", "责任", "責任", "义务", "義務"),
  exemption: spelling("exemption", "免责", "免責"),
  tolerance: spelling("tolerance", "容错", "容錯"),
  accountability: spelling("accountability", "追责", "追責"),
  case: spelling("case", "案例", "案例"),
};

export const BLOCK_DESCRIPTIONS: Readonly<Record<BlockKind, Localized>> = {
  policy: {
    en: "The policy itself: its title, issuer, jurisdiction and effective date.",
    "zh-Hans": "政策本身：标题、发布机关、适用范围和生效日期。",
    "zh-Hant": "政策本身：標題、發布機關、適用範圍和生效日期。",
  },
  tier: {
    en: "An organisational level: its superior, the resources it controls and the domain it controls.",
    "zh-Hans": "一个组织层级：其上级、所掌握的资源和所管辖的范围。",
    "zh-Hant": "一個組織層級：其上級、所掌握的資源和所管轄的範圍。",
  },
  duty: {
    en: "A duty: who holds it, who imposed it, whether it is statutory liability or a duty of care, what fulfils it.",
    "zh-Hans": "一项责任：由谁承担、由谁设定、属于法定责任还是注意义务、怎样算履行。",
    "zh-Hant": "一項責任：由誰承擔、由誰設定、屬於法定責任還是注意義務、怎樣算履行。",
  },
  exemption: {
    en: "When a duty-holder does not answer for a failure: force majeure, emergency, a third party's own decision.",
    "zh-Hans": "责任人不因失误被追责的情形：不可抗力、紧急情况、第三方自主决定。",
    "zh-Hant": "責任人不因失誤被追責的情形：不可抗力、緊急情況、第三方自主決定。",
  },
  tolerance: {
    en: "An honest mistake the policy forgives, within limits, paired with the correction that must follow.",
    "zh-Hans": "在限度内宽容的无心之失，并须配套纠错措施。",
    "zh-Hant": "在限度內寬容的無心之失，並須配套糾錯措施。",
  },
  accountability: {
    en: "The accountability procedure: what triggers it, who investigates, who determines, where to appeal.",
    "zh-Hans": "追责程序：什么情形启动、谁调查、谁认定、向谁申诉。",
    "zh-Hant": "追責程序：什麼情形啟動、誰調查、誰認定、向誰申訴。",
  },
  case: {
    en: "A test case: what happened, and which verdict the policy should reach.",
    "zh-Hans": "测试案例：发生了什么，以及政策应得出的结论。",
    "zh-Hant": "測試案例：發生了什麼，以及政策應得出的結論。",
  },
};

/** How a field's value is read. */
export type ValueShape =
  | "name" // one reference to a declared name
  | "names" // a comma-separated list of references
  | "text" // quoted prose
  | "date"
  | "limit" // a number with a unit, or prose (which the review flags)
  | "enum" // one value from `FieldSpec.values`
  | "enums" // a list of values from `FieldSpec.values`
  | "trigger" // conduct|outcome followed by prose
  | "appeal" // a tier, optionally `within <duration>`
  | "citations" // law citations
  | "evidence" // a list of names or prose
  | "expectation" // `<tier> <verdict>` (optionally `by <clause>`)
  | "block"; // a nested block of fields

export interface FieldSpec {
  readonly key: string;
  readonly spelling: Spelling;
  readonly shape: ValueShape;
  readonly description: Localized;
  /** For `enum`/`enums`: the accepted values. */
  readonly values?: readonly EnumValueSpec[];
  /** For `block`: the fields allowed inside. */
  readonly fields?: readonly FieldSpec[];
}

export interface EnumValueSpec {
  readonly value: string;
  readonly spelling: Spelling;
  readonly description: Localized;
}

function enumValue(value: string, words: Spelling, description: Localized): EnumValueSpec {
  return { value, spelling: words, description };
}

function field(
  key: string,
  words: Spelling,
  shape: ValueShape,
  description: Localized,
  extra: { values?: readonly EnumValueSpec[]; fields?: readonly FieldSpec[] } = {},
): FieldSpec {
  return { key, spelling: words, shape, description, ...extra };
}

export const DUTY_KINDS: readonly EnumValueSpec[] = [
  enumValue("statutory", spelling("statutory", "法定责任", "法定責任", "法定"), {
    en: "Statutory liability: a law imposes the duty and its breach is answered for as the law says.",
    "zh-Hans": "法定责任：由法律设定，违反时依法承担责任。",
    "zh-Hant": "法定責任：由法律設定，違反時依法承擔責任。",
  }),
  enumValue("care", spelling("care", "注意义务", "注意義務"), {
    en: "A duty of care: the holder answers only for failing to take the care described, not for every bad outcome.",
    "zh-Hans": "注意义务：只对未尽到所述注意负责，而非对一切不良结果负责。",
    "zh-Hant": "注意義務：只對未盡到所述注意負責，而非對一切不良結果負責。",
  }),
];

export const CONTEXTS: readonly EnumValueSpec[] = [
  enumValue("routine", spelling("routine", "常规", "常規"), {
    en: "Routine work with time to prepare.",
    "zh-Hans": "有准备时间的常规工作。",
    "zh-Hant": "有準備時間的常規工作。",
  }),
  enumValue("emergency", spelling("emergency", "紧急", "緊急", "紧急情况", "緊急情況"), {
    en: "An emergency: decisions under time pressure with incomplete information.",
    "zh-Hans": "紧急情况：在时间压力和信息不全下作出决定。",
    "zh-Hant": "緊急情況：在時間壓力和資訊不全下作出決定。",
  }),
  enumValue("reform_pilot", spelling("reform_pilot", "改革试点", "改革試點", "pilot", "试点", "試點"), {
    en: "A reform pilot or exploratory trial, where mistakes from lack of experience are expected.",
    "zh-Hans": "改革试点或探索性试验，因缺乏经验出现失误在所难免。",
    "zh-Hant": "改革試點或探索性試驗，因缺乏經驗出現失誤在所難免。",
  }),
  enumValue("livelihood", spelling("livelihood", "民生", "民生"), {
    en: "A livelihood service people depend on, where refusing to act also causes harm.",
    "zh-Hans": "群众赖以生活的民生服务，不作为同样造成损害。",
    "zh-Hant": "群眾賴以生活的民生服務，不作為同樣造成損害。",
  }),
];

export const EXEMPTION_GROUNDS: readonly EnumValueSpec[] = [
  enumValue("force_majeure", spelling("force_majeure", "不可抗力", "不可抗力"), {
    en: "Force majeure: unforeseeable, unavoidable and insurmountable circumstances.",
    "zh-Hans": "不可抗力：不能预见、不能避免且不能克服的客观情况。",
    "zh-Hant": "不可抗力：不能預見、不能避免且不能克服的客觀情況。",
  }),
  enumValue("emergency", spelling("emergency", "紧急情况", "緊急情況", "紧急", "緊急"), {
    en: "An emergency in which the usual procedure could not be followed.",
    "zh-Hans": "无法履行通常程序的紧急情况。",
    "zh-Hant": "無法履行通常程序的緊急情況。",
  }),
  enumValue("third_party", spelling("third_party", "第三方决定", "第三方決定", "第三方"), {
    en: "The holder did what was required and a third party (a customer, a patient) decided otherwise.",
    "zh-Hans": "责任人已尽到义务，由第三方（客户、患者）自主决定。",
    "zh-Hant": "責任人已盡到義務，由第三方（客戶、患者）自主決定。",
  }),
  enumValue("fulfilled", spelling("fulfilled", "已尽责", "已盡責", "尽职", "盡職"), {
    en: "The holder met the duty's standard; the harm came from elsewhere.",
    "zh-Hans": "责任人已达到履职标准，损害另有原因。",
    "zh-Hant": "責任人已達到履職標準，損害另有原因。",
  }),
  enumValue("outside_scope", spelling("outside_scope", "职责范围外", "職責範圍外", "范围外", "範圍外"), {
    en: "The harm happened outside the holder's domain (place or period).",
    "zh-Hans": "损害发生在责任人管辖范围（地点或时段）之外。",
    "zh-Hant": "損害發生在責任人管轄範圍（地點或時段）之外。",
  }),
];

export const TRIGGER_BASES: readonly EnumValueSpec[] = [
  enumValue("conduct", spelling("conduct", "行为", "行為"), {
    en: "Accountability follows what someone did or failed to do.",
    "zh-Hans": "依据行为（作为或不作为）追责。",
    "zh-Hant": "依據行為（作為或不作為）追責。",
  }),
  enumValue("outcome", spelling("outcome", "结果", "結果"), {
    en: "Accountability follows an outcome metric (accidents, complaints, targets) whatever the conduct.",
    "zh-Hans": "依据结果指标（事故数、投诉量、任务指标）追责，不问行为。",
    "zh-Hant": "依據結果指標（事故數、投訴量、任務指標）追責，不問行為。",
  }),
];

export const VERDICTS: readonly EnumValueSpec[] = [
  enumValue("exempt", spelling("exempt", "免责", "免責"), {
    en: "Not accountable: an exemption applies.",
    "zh-Hans": "免责：适用免责情形。",
    "zh-Hant": "免責：適用免責情形。",
  }),
  enumValue("tolerated", spelling("tolerated", "容错", "容錯"), {
    en: "Tolerated: a tolerance clause forgives the failure; the correction is owed.",
    "zh-Hans": "容错：适用容错条款，须完成纠错。",
    "zh-Hant": "容錯：適用容錯條款，須完成糾錯。",
  }),
  enumValue("accountable", spelling("accountable", "担责", "擔責"), {
    en: "Accountable: the holder answers for the breach.",
    "zh-Hans": "担责：责任人对违反承担责任。",
    "zh-Hant": "擔責：責任人對違反承擔責任。",
  }),
  enumValue("not_breached", spelling("not_breached", "未违反", "未違反", "compliant", "无责", "無責"), {
    en: "No breach: the duty was performed.",
    "zh-Hans": "未违反：责任已履行。",
    "zh-Hant": "未違反：責任已履行。",
  }),
];

export const CASE_CONDITIONS: readonly EnumValueSpec[] = [
  enumValue("emergency", spelling("emergency", "紧急情况", "緊急情況", "紧急", "緊急"), {
    en: "An emergency was under way.",
    "zh-Hans": "处于紧急情况。",
    "zh-Hant": "處於緊急情況。",
  }),
  enumValue("force_majeure", spelling("force_majeure", "不可抗力", "不可抗力"), {
    en: "Force majeure occurred.",
    "zh-Hans": "发生不可抗力。",
    "zh-Hant": "發生不可抗力。",
  }),
  enumValue("consent_given", spelling("consent_given", "已同意", "已同意", "已签字", "已簽字"), {
    en: "Consent or a signature was given.",
    "zh-Hans": "已取得同意或签字。",
    "zh-Hant": "已取得同意或簽字。",
  }),
  enumValue("no_consent", spelling("no_consent", "未同意", "未同意", "无法签字", "無法簽字"), {
    en: "Consent or a signature could not be obtained.",
    "zh-Hans": "无法取得同意或签字。",
    "zh-Hant": "無法取得同意或簽字。",
  }),
  enumValue("resources_provided", spelling("resources_provided", "资源到位", "資源到位"), {
    en: "The superior provided the resources the duty needs.",
    "zh-Hans": "上级已提供所需资源。",
    "zh-Hant": "上級已提供所需資源。",
  }),
  enumValue("no_resources", spelling("no_resources", "资源未到位", "資源未到位"), {
    en: "The superior did not provide the resources the duty needs.",
    "zh-Hans": "上级未提供所需资源。",
    "zh-Hant": "上級未提供所需資源。",
  }),
  enumValue("guidance_given", spelling("guidance_given", "已指导", "已指導"), {
    en: "The superior gave guidance.",
    "zh-Hans": "上级已给予指导。",
    "zh-Hant": "上級已給予指導。",
  }),
  enumValue("no_guidance", spelling("no_guidance", "未指导", "未指導"), {
    en: "The superior gave no guidance.",
    "zh-Hans": "上级未给予指导。",
    "zh-Hant": "上級未給予指導。",
  }),
  enumValue("approved", spelling("approved", "已批准", "已批准"), {
    en: "The institution head (or an authorised head) approved the action.",
    "zh-Hans": "经机构负责人或授权负责人批准。",
    "zh-Hant": "經機構負責人或授權負責人批准。",
  }),
  enumValue("outside_scope", spelling("outside_scope", "职责范围外", "職責範圍外"), {
    en: "It happened outside the holder's domain.",
    "zh-Hans": "发生在责任人管辖范围之外。",
    "zh-Hant": "發生在責任人管轄範圍之外。",
  }),
  enumValue("third_party_decided", spelling("third_party_decided", "第三方决定", "第三方決定"), {
    en: "A third party (a customer, a patient) decided after being told what the holder had to tell.",
    "zh-Hans": "第三方（客户、患者）在获知应告知的内容后自主作出决定。",
    "zh-Hant": "第三方（客戶、患者）在獲知應告知的內容後自主作出決定。",
  }),
  enumValue("honest_mistake", spelling("honest_mistake", "无心之失", "無心之失"), {
    en: "The failure was an honest mistake, not a knowing violation.",
    "zh-Hans": "属于无心之失，而非明知故犯。",
    "zh-Hant": "屬於無心之失，而非明知故犯。",
  }),
];

const PLACES = field("places", spelling("places", "地点", "地點", "场所", "場所"), "names",
  d("Named places.", "具名地点。", "具名地點。"));
const PERIODS = field("periods", spelling("periods", "时段", "時段"), "names",
  d("Named periods of time.", "具名时段。", "具名時段。"));
const DESCRIPTION = field("description", spelling("description", "说明", "說明"), "text",
  d("A description in words.", "文字说明。", "文字說明。"));
const BASIS = field("basis", spelling("basis", "依据", "依據", "cites"), "citations",
  d("The law articles this clause rests on.", "本条款所依据的法律条文。", "本條款所依據的法律條文。"));
const COVERS = field("covers", spelling("covers", "适用", "適用"), "names",
  d("The duties this clause applies to.", "本条款适用的责任。", "本條款適用的責任。"));

export const FIELDS: Readonly<Record<BlockKind, readonly FieldSpec[]>> = {
  policy: [
    field("issuer", spelling("issuer", "发布机关", "發布機關", "发布", "發布", "發佈機關", "發佈"), "name",
      d("The tier that issues the policy.", "发布本政策的层级。", "發布本政策的層級。")),
    field("jurisdiction", spelling("jurisdiction", "适用范围", "適用範圍"), "text",
      d("Where the policy applies.", "政策适用的范围。", "政策適用的範圍。")),
    field("effective", spelling("effective", "生效", "生效", "生效日期"), "date",
      d("The date the policy takes effect.", "政策生效日期。", "政策生效日期。")),
    field("version", spelling("version", "版本", "版本"), "text",
      d("The policy's version.", "政策版本。", "政策版本。")),
    DESCRIPTION,
    BASIS,
  ],
  tier: [
    field("under", spelling("under", "上级", "上級"), "name",
      d("The superior tier.", "上级层级。", "上級層級。")),
    field("resources", spelling("resources", "资源", "資源"), "names",
      d("The resources this tier controls: budget, staff, systems, authority, training.",
        "本层级掌握的资源：预算、人员、系统、权限、培训。",
        "本層級掌握的資源：預算、人員、系統、權限、培訓。")),
    field("domain", spelling("domain", "管辖", "管轄", "管辖范围", "管轄範圍"), "block",
      d("The places and periods this tier controls.", "本层级管辖的地点和时段。", "本層級管轄的地點和時段。"),
      { fields: [PLACES, PERIODS, DESCRIPTION] }),
    DESCRIPTION,
  ],
  duty: [
    field("holder", spelling("holder", "承担", "承擔", "承担者", "承擔者"), "name",
      d("The tier that holds the duty.", "承担责任的层级。", "承擔責任的層級。")),
    field("imposed_by", spelling("imposed_by", "设定", "設定", "设定者", "設定者"), "name",
      d("The tier that imposed the duty.", "设定该责任的层级。", "設定該責任的層級。")),
    field("kind", spelling("kind", "类型", "類型"), "enum",
      d("Statutory liability or a duty of care.", "法定责任或注意义务。", "法定責任或注意義務。"),
      { values: DUTY_KINDS }),
    field("action", spelling("action", "内容", "內容"), "text",
      d("What the holder must do.", "责任人须做什么。", "責任人須做什麼。")),
    field("standard", spelling("standard", "标准", "標準"), "text",
      d("The measurable standard of fulfilment: how anyone can tell the duty was met.",
        "可衡量的履职标准：如何判断已经履行。", "可衡量的履職標準：如何判斷已經履行。")),
    field("scope", spelling("scope", "范围", "範圍"), "block",
      d("The places and periods the duty covers.", "责任覆盖的地点和时段。", "責任覆蓋的地點和時段。"),
      { fields: [PLACES, PERIODS, DESCRIPTION] }),
    field("deadline", spelling("deadline", "期限", "期限"), "limit",
      d("How long the holder has: a number and a unit.", "履行期限：数字加单位。", "履行期限：數字加單位。")),
    field("threshold", spelling("threshold", "阈值", "閾值", "门槛", "門檻"), "limit",
      d("The amount from which the duty applies: a number and a unit.", "适用起点：数字加单位。", "適用起點：數字加單位。")),
    field("needs", spelling("needs", "所需资源", "所需資源", "需要"), "names",
      d("The resources the duty needs.", "履行该责任所需的资源。", "履行該責任所需的資源。")),
    field("refines", spelling("refines", "细化", "細化"), "name",
      d("The superior duty this one refines.", "本责任所细化的上级责任。", "本責任所細化的上級責任。")),
    field("context", spelling("context", "情境", "情境"), "enum",
      d("The setting: routine, emergency, reform pilot or livelihood.", "情境：常规、紧急、改革试点或民生。",
        "情境：常規、緊急、改革試點或民生。"),
      { values: CONTEXTS }),
    field("requires", spelling("requires", "前提", "前提"), "evidence",
      d("Preconditions before acting (a consent, a signature, a certificate).",
        "行动前须满足的前提（同意、签字、证明）。", "行動前須滿足的前提（同意、簽字、證明）。")),
    BASIS,
    DESCRIPTION,
  ],
  exemption: [
    COVERS,
    field("grounds", spelling("grounds", "事由", "事由"), "enum",
      d("Why the holder is exempt.", "免责事由。", "免責事由。"), { values: EXEMPTION_GROUNDS }),
    field("when", spelling("when", "条件", "條件"), "text",
      d("The circumstances, in words.", "适用情形的文字说明。", "適用情形的文字說明。")),
    field("approval", spelling("approval", "批准", "批准"), "name",
      d("Who must approve the exceptional action.", "须经谁批准。", "須經誰批准。")),
    BASIS,
  ],
  tolerance: [
    COVERS,
    field("contexts", spelling("contexts", "情境", "情境"), "enums",
      d("The settings this tolerance forgives mistakes in.", "本容错条款适用的情境。", "本容錯條款適用的情境。"),
      { values: CONTEXTS }),
    field("when", spelling("when", "条件", "條件"), "text",
      d("Which mistakes are forgiven.", "宽容哪些失误。", "寬容哪些失誤。")),
    field("limits", spelling("limits", "限度", "限度"), "text",
      d("What is never forgiven (knowing violations, self-interest).", "不予宽容的情形（明知故犯、谋取私利）。",
        "不予寬容的情形（明知故犯、謀取私利）。")),
    field("correction", spelling("correction", "纠错", "糾錯"), "text",
      d("The correction that must follow.", "必须跟进的纠错措施。", "必須跟進的糾錯措施。")),
    field("correction_deadline", spelling("correction_deadline", "纠错期限", "糾錯期限"), "limit",
      d("By when the correction is due.", "纠错期限。", "糾錯期限。")),
    BASIS,
  ],
  accountability: [
    COVERS,
    field("trigger", spelling("trigger", "启动", "啟動", "触发", "觸發"), "trigger",
      d("What starts accountability: `conduct` or `outcome`, then a description.",
        "启动追责的情形：`行为` 或 `结果`，再加文字说明。", "啟動追責的情形：`行為` 或 `結果`，再加文字說明。"),
      { values: TRIGGER_BASES }),
    field("investigate", spelling("investigate", "调查", "調查"), "name",
      d("Who investigates and gathers evidence.", "由谁调查取证。", "由誰調查取證。")),
    field("determine", spelling("determine", "认定", "認定"), "name",
      d("Who determines responsibility.", "由谁认定责任。", "由誰認定責任。")),
    field("evidence", spelling("evidence", "证据", "證據"), "evidence",
      d("The evidence a determination weighs.", "责任认定所依据的证据。", "責任認定所依據的證據。")),
    field("appeal", spelling("appeal", "申诉", "申訴"), "appeal",
      d("Where to appeal and by when: `<tier> within <duration>`.", "向谁申诉及期限：`<层级> 30日内`。",
        "向誰申訴及期限：`<層級> 30日內`。")),
    field("superior_answers", spelling("superior_answers", "上级担责", "上級擔責"), "text",
      d("When the superior answers instead of the executor.", "何种情形由上级而非执行者担责。",
        "何種情形由上級而非執行者擔責。")),
    BASIS,
  ],
  case: [
    field("performed", spelling("performed", "已履行", "已履行"), "names",
      d("Duties that were performed.", "已履行的责任。", "已履行的責任。")),
    field("breached", spelling("breached", "未履行", "未履行"), "names",
      d("Duties that were not performed.", "未履行的责任。", "未履行的責任。")),
    field("conditions", spelling("conditions", "情形", "情形"), "enums",
      d("What held at the time.", "当时的情形。", "當時的情形。"), { values: CASE_CONDITIONS }),
    field("harm", spelling("harm", "损害", "損害"), "text",
      d("The harm that occurred.", "发生的损害。", "發生的損害。")),
    field("expect", spelling("expect", "预期", "預期"), "expectation",
      d("The expected verdict: `<tier> <verdict>`.", "预期结论：`<层级> <结论>`。", "預期結論：`<層級> <結論>`。")),
    DESCRIPTION,
  ],
};

/** Words inside values that carry meaning: `within 30 days`, `by customer_decides`. */
export const WITHIN_WORDS: readonly string[] = ["within", "内", "內", "以内", "以內"];
export const BY_WORDS: readonly string[] = ["by", "依据", "依據", "因"];

/** A spelling lookup: word → what it means, built once. */
export class SpellingIndex<T> {
  private readonly byWord = new Map<string, T>();

  constructor(entries: Iterable<[Spelling, T]>) {
    for (const [words, meaning] of entries) {
      for (const word of words.all) {
        if (!this.byWord.has(normalizeWord(word))) this.byWord.set(normalizeWord(word), meaning);
      }
    }
  }

  get(word: string): T | undefined {
    return this.byWord.get(normalizeWord(word));
  }

  words(): IterableIterator<string> {
    return this.byWord.keys();
  }
}

/** English keywords are case-insensitive; `imposed-by` and `imposed_by` are the same word. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/-/g, "_");
}

const fieldIndexes = new Map<readonly FieldSpec[], SpellingIndex<FieldSpec>>();

/** Finds the field a key spells among `fields`. */
export function lookupField(fields: readonly FieldSpec[], key: string): FieldSpec | undefined {
  let index = fieldIndexes.get(fields);
  if (!index) {
    index = new SpellingIndex(fields.map((f) => [f.spelling, f] as [Spelling, FieldSpec]));
    fieldIndexes.set(fields, index);
  }
  return index.get(key);
}

const enumIndexes = new Map<readonly EnumValueSpec[], SpellingIndex<EnumValueSpec>>();

export function lookupEnum(values: readonly EnumValueSpec[], word: string): EnumValueSpec | undefined {
  let index = enumIndexes.get(values);
  if (!index) {
    index = new SpellingIndex(values.map((v) => [v.spelling, v] as [Spelling, EnumValueSpec]));
    enumIndexes.set(values, index);
  }
  return index.get(word);
}

/** The spelling a drafter would write in the given script. */
export function spell(words: Spelling, locale: Locale): string {
  return words.canonical[locale];
}
