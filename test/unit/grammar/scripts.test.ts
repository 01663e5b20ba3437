/**
 * One realistic policy written three times, in English, 简体 and 繁體: each reads into the
 * expected declarations, and the three models are equal once spans are stripped and the
 * translated names and prose are mapped to the English ones.
 */
import assert from "node:assert/strict";
import { parseDocument, type ParsedDocument } from "../../../grammar/src/index.ts";
import { assertClean, mapStrings, strip } from "./helpers.ts";

const ENGLISH = `// Counter duties of a branch bank.
import "shared/regulators.duty"

policy "Counter cash rules" {
  issuer: head_office
  jurisdiction: "All branches"
  effective: 2026-01-01
  version: "2.1"
  description: "Duties at the cash counter"
  basis: Commercial Bank Law art. 27, arts. 95-97
}

tier head_office {
  resources: budget, staff, core_system
  description: "Head office"
}

tier teller {
  under: head_office
  resources: training
  domain {
    places: counter, vault
    periods: business_hours
    description: "The counter during opening hours"
  }
}

duty verify_identity {
  holder: teller
  imposed_by: head_office
  kind: statutory
  action: "Verify the customer's identity"
  standard: "ID checked against the register"
  scope {
    places: counter
    periods: business_hours
  }
  deadline: 2 working days
  threshold: 50000 CNY
  needs: core_system, training
  context: routine
  requires: id_card, "customer present"
  basis: physicians-act/27
  description: "Before any large withdrawal"
}

duty check_notes {
  holder: teller
  refines: verify_identity
  kind: care
  action: "Check the notes"
}

exemption customer_decides {
  covers: verify_identity
  grounds: third_party
  when: "The customer insists after a warning"
  approval: head_office
  basis: Commercial Bank Law art. 27
}

tolerance first_time {
  covers: verify_identity, check_notes
  contexts: reform_pilot, livelihood
  when: "First mistake in a new procedure"
  limits: "Never for self-interest"
  correction: "Retrain and report"
  correction_deadline: 30 days
}

accountability review {
  covers: verify_identity
  trigger: conduct "Identity not verified"
  investigate: head_office
  determine: head_office
  evidence: cctv, "teller statement"
  appeal: head_office within 15 days
  superior_answers: "When the system was down"
}

case insistent_customer {
  performed: verify_identity
  breached: check_notes
  conditions: consent_given, resources_provided
  harm: "A loss of 3000 CNY"
  expect: teller exempt by customer_decides, head_office accountable
  description: "The customer signed a waiver"
}
`;

const SIMPLIFIED = `// 支行柜面责任。
导入 "shared/regulators.duty"

政策 「柜面现金规定」 {
  发布机关：总行
  适用范围：“全部支行”
  生效：2026年1月1日
  版本：“2.1”
  说明：“柜面现金业务的责任”
  依据：商业银行法 第二十七条，第九十五条至第九十七条
}

层级 总行 {
  资源：预算、人员、核心系统
  说明：“总行本部”
}

层级 柜员 {
  上级：总行
  资源：培训
  管辖 {
    地点：柜台、金库
    时段：营业时间
    说明：“营业时间内的柜台”
  }
}

责任 核对身份 {
  承担：柜员
  设定：总行
  类型：法定责任
  内容：“核对客户身份”
  标准：“身份证件与登记信息一致”
  范围 {
    地点：柜台
    时段：营业时间
  }
  期限：2个工作日
  阈值：5万元
  所需资源：核心系统、培训
  情境：常规
  前提：身份证、“客户本人在场”
  依据：physicians-act/27
  说明：“大额取现前”
}

责任 清点现钞 {
  承担：柜员
  细化：核对身份
  类型：注意义务
  内容：“清点现钞张数”
}

免责 客户决定 {
  适用：核对身份
  事由：第三方决定
  条件：“经提示后客户仍坚持”
  批准：总行
  依据：商业银行法 第二十七条
}

容错 初次失误 {
  适用：核对身份、清点现钞
  情境：改革试点、民生
  条件：“新流程中的初次失误”
  限度：“谋取私利的一律不予容错”
  纠错：“重新培训并报告”
  纠错期限：30日
}

追责 复核 {
  适用：核对身份
  启动：行为 “未核对身份”
  调查：总行
  认定：总行
  证据：监控录像、“柜员陈述”
  申诉：总行 15日内
  上级担责：“系统故障时”
}

案例 坚持取款 {
  已履行：核对身份
  未履行：清点现钞
  情形：已同意、资源到位
  损害：“损失3000元”
  预期：柜员 免责 因 客户决定，总行 担责
  说明：“客户签署了免责声明”
}
`;

const TRADITIONAL = `// 支行櫃面責任。
導入 "shared/regulators.duty"

政策 『櫃面現金規定』 ｛
  發布機關：總行
  適用範圍：「全部支行」
  生效：2026年1月1日
  版本：「2.1」
  說明：「櫃面現金業務的責任」
  依據：商業銀行法 第二十七條，第九十五條至第九十七條
｝

層級 總行 ｛
  資源：預算、人員、核心系統
  說明：「總行本部」
｝

層級 櫃員 ｛
  上級：總行
  資源：培訓
  管轄 ｛
    地點：櫃台、金庫
    時段：營業時間
    說明：「營業時間內的櫃台」
  ｝
｝

責任 核對身份 ｛
  承擔：櫃員
  設定：總行
  類型：法定責任
  內容：「核對客戶身份」
  標準：「身份證件與登記資訊一致」
  範圍 ｛
    地點：櫃台
    時段：營業時間
  ｝
  期限：2個工作日
  閾值：5萬元
  所需資源：核心系統、培訓
  情境：常規
  前提：身份證、「客戶本人在場」
  依據：physicians-act/27
  說明：「大額取現前」
｝

責任 清點現鈔 ｛
  承擔：櫃員
  細化：核對身份
  類型：注意義務
  內容：「清點現鈔張數」
｝

免責 客戶決定 ｛
  適用：核對身份
  事由：第三方決定
  條件：「經提示後客戶仍堅持」
  批准：總行
  依據：商業銀行法 第二十七條
｝

容錯 初次失誤 ｛
  適用：核對身份、清點現鈔
  情境：改革試點、民生
  條件：「新流程中的初次失誤」
  限度：「謀取私利的一律不予容錯」
  糾錯：「重新培訓並報告」
  糾錯期限：30日
｝

追責 複核 ｛
  適用：核對身份
  啟動：行為 「未核對身份」
  調查：總行
  認定：總行
  證據：監控錄像、「櫃員陳述」
  申訴：總行 15日內
  上級擔責：「系統故障時」
｝

案例 堅持取款 ｛
  已履行：核對身份
  未履行：清點現鈔
  情形：已同意、資源到位
  損害：「損失3000元」
  預期：櫃員 免責 因 客戶決定，總行 擔責
  說明：「客戶簽署了免責聲明」
｝
`;

/** [English, 简体, 繁體]: every name, text and word that differs between the three files. */
const TRANSLATIONS: readonly (readonly [string, string, string])[] = [
  ["Counter cash rules", "柜面现金规定", "櫃面現金規定"],
  ["head_office", "总行", "總行"],
  ["All branches", "全部支行", "全部支行"],
  ["Duties at the cash counter", "柜面现金业务的责任", "櫃面現金業務的責任"],
  ["Commercial Bank Law", "商业银行法", "商業銀行法"],
  ["Commercial Bank Law art. 27", "商业银行法 第二十七条", "商業銀行法 第二十七條"],
  ["arts. 95-97", "第九十五条至第九十七条", "第九十五條至第九十七條"],
  ["budget", "预算", "預算"],
  ["staff", "人员", "人員"],
  ["core_system", "核心系统", "核心系統"],
  ["Head office", "总行本部", "總行本部"],
  ["teller", "柜员", "櫃員"],
  ["training", "培训", "培訓"],
  ["counter", "柜台", "櫃台"],
  ["vault", "金库", "金庫"],
  ["business_hours", "营业时间", "營業時間"],
  ["The counter during opening hours", "营业时间内的柜台", "營業時間內的櫃台"],
  ["verify_identity", "核对身份", "核對身份"],
  ["statutory", "法定责任", "法定責任"],
  ["Verify the customer's identity", "核对客户身份", "核對客戶身份"],
  ["ID checked against the register", "身份证件与登记信息一致", "身份證件與登記資訊一致"],
  ["2 working days", "2个工作日", "2個工作日"],
  ["working days", "个工作日", "個工作日"],
  ["50000 CNY", "5万元", "5萬元"],
  ["CNY", "万元", "萬元"],
  ["routine", "常规", "常規"],
  ["id_card", "身份证", "身份證"],
  ["customer present", "客户本人在场", "客戶本人在場"],
  ["Before any large withdrawal", "大额取现前", "大額取現前"],
  ["check_notes", "清点现钞", "清點現鈔"],
  ["care", "注意义务", "注意義務"],
  ["Check the notes", "清点现钞张数", "清點現鈔張數"],
  ["customer_decides", "客户决定", "客戶決定"],
  ["third_party", "第三方决定", "第三方決定"],
  ["The customer insists after a warning", "经提示后客户仍坚持", "經提示後客戶仍堅持"],
  ["first_time", "初次失误", "初次失誤"],
  ["reform_pilot", "改革试点", "改革試點"],
  ["livelihood", "民生", "民生"],
  ["First mistake in a new procedure", "新流程中的初次失误", "新流程中的初次失誤"],
  ["Never for self-interest", "谋取私利的一律不予容错", "謀取私利的一律不予容錯"],
  ["Retrain and report", "重新培训并报告", "重新培訓並報告"],
  ["30 days", "30日", "30日"],
  ["days", "日", "日"],
  ["review", "复核", "複核"],
  ["conduct", "行为", "行為"],
  ["Identity not verified", "未核对身份", "未核對身份"],
  ["cctv", "监控录像", "監控錄像"],
  ["teller statement", "柜员陈述", "櫃員陳述"],
  ["15 days", "15日", "15日"],
  ["When the system was down", "系统故障时", "系統故障時"],
  ["insistent_customer", "坚持取款", "堅持取款"],
  ["consent_given", "已同意", "已同意"],
  ["resources_provided", "资源到位", "資源到位"],
  ["A loss of 3000 CNY", "损失3000元", "損失3000元"],
  ["exempt", "免责", "免責"],
  ["accountable", "担责", "擔責"],
  ["The customer signed a waiver", "客户签署了免责声明", "客戶簽署了免責聲明"],
];

/** Maps the names, prose and words of one Chinese script to the English ones. */
function toEnglish(script: 1 | 2): (text: string) => string {
  const map = new Map<string, string>();
  for (const row of TRANSLATIONS) {
    assert.ok(!map.has(row[script]) || map.get(row[script]) === row[0], `ambiguous translation of ${row[script]}`);
    map.set(row[script], row[0]);
  }
  return (text) => map.get(text) ?? text;
}

/** Quantities compare by kind and normalised amount: `5万元` is `50000 CNY`. */
function normalizedQuantities(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizedQuantities);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  if ("normalized" in record) return { kind: record["kind"], normalized: record["normalized"] };
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, normalizedQuantities(inner)]));
}

/** The model without spans, with every string in English: comparable across scripts. */
function comparable(doc: ParsedDocument, script: 0 | 1 | 2): unknown {
  const model = normalizedQuantities(strip(doc.file.declarations));
  return script === 0 ? model : mapStrings(model, toEnglish(script));
}

describe("grammar: the same policy in English, 简体 and 繁體", () => {
  const english = parseDocument(ENGLISH);
  const simplified = parseDocument(SIMPLIFIED);
  const traditional = parseDocument(TRADITIONAL);

  it("all three parse without a diagnostic", () => {
    assertClean(english);
    assertClean(simplified);
    assertClean(traditional);
  });

  it("the locale is detected from the keywords", () => {
    assert.equal(english.locale, "en");
    assert.equal(simplified.locale, "zh-Hans");
    assert.equal(traditional.locale, "zh-Hant");
  });

  it("each file has one import, one policy and its clauses in order", () => {
    for (const doc of [english, simplified, traditional]) {
      assert.deepEqual(doc.file.imports.map((i) => i.path.text), ["shared/regulators.duty"]);
      assert.deepEqual(doc.file.declarations.map((d) => d.kind), [
        "policy", "tier", "tier", "duty", "duty", "exemption", "tolerance", "accountability", "case",
      ]);
      assert.equal(doc.file.tiers.length, 2);
      assert.equal(doc.file.duties.length, 2);
      assert.equal(doc.file.exemptions.length, 1);
      assert.equal(doc.file.tolerances.length, 1);
      assert.equal(doc.file.accountabilities.length, 1);
      assert.equal(doc.file.cases.length, 1);
      assert.ok(doc.file.policy);
    }
  });

  it("English: the policy header", () => {
    assert.deepEqual(strip(english.file.policy), {
      kind: "policy",
      title: { text: "Counter cash rules" },
      fields: ["basis", "description", "effective", "issuer", "jurisdiction", "version"],
      issuer: { name: "head_office" },
      jurisdiction: { text: "All branches" },
      effective: { text: "2026-01-01" },
      version: { text: "2.1" },
      description: { text: "Duties at the cash counter" },
      basis: [
        { text: "Commercial Bank Law art. 27", law: "Commercial Bank Law", article: 27 },
        { text: "arts. 95-97", article: 95, articleTo: 97 },
      ],
    });
  });

  it("English: tiers with resources and a domain", () => {
    assert.deepEqual(strip(english.file.tiers[1]), {
      kind: "tier",
      name: { text: "teller" },
      fields: ["domain", "resources", "under"],
      under: { name: "head_office" },
      resources: [{ name: "training" }],
      domain: {
        places: [{ name: "counter" }, { name: "vault" }],
        periods: [{ name: "business_hours" }],
        description: { text: "The counter during opening hours" },
      },
    });
  });

  it("English: a duty with every field", () => {
    assert.deepEqual(strip(english.file.duties[0]), {
      kind: "duty",
      name: { text: "verify_identity" },
      fields: ["basis", "context", "deadline", "description", "holder", "imposed_by", "kind", "needs", "requires", "scope", "standard", "threshold", "action"].sort(),
      holder: { name: "teller" },
      imposedBy: { name: "head_office" },
      dutyKind: { value: "statutory", word: "statutory" },
      action: { text: "Verify the customer's identity" },
      standard: { text: "ID checked against the register" },
      scope: { places: [{ name: "counter" }], periods: [{ name: "business_hours" }] },
      deadline: { text: "2 working days", quantity: { amount: 2, unit: "working days", kind: "duration", normalized: 2.8 } },
      threshold: { text: "50000 CNY", quantity: { amount: 50000, unit: "CNY", kind: "money", normalized: 50000 } },
      needs: [{ name: "core_system" }, { name: "training" }],
      context: { value: "routine", word: "routine" },
      requires: [
        { text: "id_card", isName: true },
        { text: "customer present", isName: false },
      ],
      basis: [{ text: "physicians-act/27", lawId: "physicians-act", article: 27 }],
      description: { text: "Before any large withdrawal" },
    });
  });

  it("English: exemption, tolerance, accountability and case", () => {
    assert.deepEqual(strip(english.file.exemptions[0]), {
      kind: "exemption",
      name: { text: "customer_decides" },
      fields: ["approval", "basis", "covers", "grounds", "when"],
      covers: [{ name: "verify_identity" }],
      grounds: { value: "third_party", word: "third_party" },
      when: { text: "The customer insists after a warning" },
      approval: { name: "head_office" },
      basis: [{ text: "Commercial Bank Law art. 27", law: "Commercial Bank Law", article: 27 }],
    });
    assert.deepEqual(strip(english.file.tolerances[0]), {
      kind: "tolerance",
      name: { text: "first_time" },
      fields: ["contexts", "correction", "correction_deadline", "covers", "limits", "when"],
      covers: [{ name: "verify_identity" }, { name: "check_notes" }],
      contexts: [
        { value: "reform_pilot", word: "reform_pilot" },
        { value: "livelihood", word: "livelihood" },
      ],
      when: { text: "First mistake in a new procedure" },
      limits: { text: "Never for self-interest" },
      correction: { text: "Retrain and report" },
      correctionDeadline: { text: "30 days", quantity: { amount: 30, unit: "days", kind: "duration", normalized: 30 } },
      basis: [],
    });
    assert.deepEqual(strip(english.file.accountabilities[0]), {
      kind: "accountability",
      name: { text: "review" },
      fields: ["appeal", "covers", "determine", "evidence", "investigate", "superior_answers", "trigger"],
      covers: [{ name: "verify_identity" }],
      trigger: { basis: { value: "conduct", word: "conduct" }, text: { text: "Identity not verified" } },
      investigate: { name: "head_office" },
      determine: { name: "head_office" },
      evidence: [
        { text: "cctv", isName: true },
        { text: "teller statement", isName: false },
      ],
      appeal: { to: { name: "head_office" }, within: { text: "15 days", quantity: { amount: 15, unit: "days", kind: "duration", normalized: 15 } } },
      superiorAnswers: { text: "When the system was down" },
      basis: [],
    });
    assert.deepEqual(strip(english.file.cases[0]), {
      kind: "case",
      name: { text: "insistent_customer" },
      fields: ["breached", "conditions", "description", "expect", "harm", "performed"],
      performed: [{ name: "verify_identity" }],
      breached: [{ name: "check_notes" }],
      conditions: [
        { value: "consent_given", word: "consent_given" },
        { value: "resources_provided", word: "resources_provided" },
      ],
      harm: { text: "A loss of 3000 CNY" },
      expect: [
        { holder: { name: "teller" }, verdict: { value: "exempt", word: "exempt" }, by: { name: "customer_decides" } },
        { holder: { name: "head_office" }, verdict: { value: "accountable", word: "accountable" } },
      ],
      description: { text: "The customer signed a waiver" },
    });
  });

  it("简体: quantities, dates and citations are read as numbers", () => {
    const duty = simplified.file.duties[0]!;
    assert.deepEqual(strip(duty.deadline), { text: "2个工作日", quantity: { amount: 2, unit: "个工作日", kind: "duration", normalized: 2.8 } });
    assert.deepEqual(strip(duty.threshold), { text: "5万元", quantity: { amount: 5, unit: "万元", kind: "money", normalized: 50000 } });
    assert.deepEqual(strip(simplified.file.policy?.effective), { text: "2026-01-01" });
    assert.deepEqual(strip(simplified.file.policy?.basis), [
      { text: "商业银行法 第二十七条", law: "商业银行法", article: 27 },
      { text: "第九十五条至第九十七条", article: 95, articleTo: 97 },
    ]);
    assert.deepEqual(strip(simplified.file.accountabilities[0]?.appeal), {
      to: { name: "总行" },
      within: { text: "15日", quantity: { amount: 15, unit: "日", kind: "duration", normalized: 15 } },
    });
  });

  it("繁體: the same fields under traditional spellings", () => {
    const duty = traditional.file.duties[0]!;
    assert.equal(duty.name?.text, "核對身份");
    assert.equal(duty.holder?.name, "櫃員");
    assert.deepEqual(strip(duty.dutyKind), { value: "statutory", word: "法定責任" });
    assert.deepEqual(strip(duty.threshold), { text: "5萬元", quantity: { amount: 5, unit: "萬元", kind: "money", normalized: 50000 } });
    assert.deepEqual(strip(traditional.file.cases[0]?.expect), [
      { holder: { name: "櫃員" }, verdict: { value: "exempt", word: "免責" }, by: { name: "客戶決定" } },
      { holder: { name: "總行" }, verdict: { value: "accountable", word: "擔責" } },
    ]);
  });

  it("简体 and English give the same model", () => {
    assert.deepEqual(comparable(simplified, 1), comparable(english, 0));
  });

  it("繁體 and English give the same model", () => {
    assert.deepEqual(comparable(traditional, 2), comparable(english, 0));
  });
});
