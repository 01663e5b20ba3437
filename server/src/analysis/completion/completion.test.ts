/**
 * Completion and field help at a cursor marked `‸`, in realistic policies in English, 简体 and
 * 繁體, including half-written and broken text.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseDocument, type Locale } from "../../../../grammar/src/index.ts";
import { UNITS } from "../../../../grammar/src/tokens.ts";
import { MemoryHost, ROOT } from "../../../../test/helpers/review.ts";
import { styleOf } from "../fixes/writer.ts";
import { LawLibrary } from "../laws/law-library.ts";
import type { SemanticModel } from "../model.ts";
import { Workspace } from "../workspace.ts";
import { completionsAt, describeCompletion, type CompletionEntry } from "./completion.ts";
import { fieldHelpAt } from "./field-help.ts";
import { clauseSnippets, plainSnippet } from "./snippets.ts";
import { unitsFor } from "./units.ts";

const CURSOR = "‸";

function modelOf(text: string, others: Readonly<Record<string, string>> = {}): SemanticModel {
  const model = new Workspace(new MemoryHost({ ...others, "main.duty": text })).model(path.join(ROOT, "main.duty"));
  assert.ok(model);
  return model;
}

function split(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf(CURSOR);
  assert.ok(offset >= 0, "the text marks the cursor with ‸");
  return { text: marked.slice(0, offset) + marked.slice(offset + CURSOR.length), offset };
}

function complete(marked: string, others: Readonly<Record<string, string>> = {}): CompletionEntry[] {
  const { text, offset } = split(marked);
  return completionsAt(modelOf(text, others), offset, LawLibrary.builtIn());
}

function labels(marked: string, others: Readonly<Record<string, string>> = {}): string[] {
  return complete(marked, others).map((item) => item.label);
}

function item(items: readonly CompletionEntry[], label: string): CompletionEntry {
  const found = items.find((candidate) => candidate.label === label);
  assert.ok(found, `${label} is offered among ${items.map((i) => i.label).join(", ")}`);
  return found;
}

/** The text after applying one completion item (snippets by their placeholders). */
function apply(marked: string, entry: CompletionEntry): string {
  const { text } = split(marked);
  const inserted = entry.snippet ? plainSnippet(entry.insertText) : entry.insertText;
  return text.slice(0, entry.span.start) + inserted + text.slice(entry.span.end);
}

const TIERS_EN = `tier regulator "Financial regulator" { resources: guidance, inspection_staff }
tier head_office "Head office" { under: regulator  resources: budget, warning_script, training }
tier teller "Counter teller" {
  under: head_office
  resources: counter_system, warning_script
  domain { places: counter  periods: business_hours }
}
`;

const TIERS_HANS = `层级 市卫健委 「市卫生健康委员会」 { 资源：预算，培训 }
层级 医院 「市第一人民医院」 { 上级：市卫健委  资源：手术室，审批权限，培训 }
层级 主刀医师 { 上级：医院  资源：手术室，电子病历系统 }
`;

const TIERS_HANT = `層級 區教育局 { 資源：預算，督導，培訓 }
層級 學校 「區立中小學」 { 上級：區教育局  資源：教職工，排班表 }
`;

describe("completion", () => {
  describe("at the top level", () => {
    it("offers the clause keywords, import and whole-clause snippets in an empty English file", () => {
      assert.deepEqual(labels(CURSOR), [
        "policy", "tier", "duty", "exemption", "tolerance", "accountability", "case", "import",
        "tier {…}", "duty {…}", "exemption {…}", "tolerance {…}", "accountability {…}", "case {…}", "policy {…}", 'import "…"',
      ]);
    });

    it("writes keywords and snippets in simplified Chinese, with the file's colon and quotes", () => {
      const items = complete(`${TIERS_HANS}\n${CURSOR}`);
      assert.deepEqual(items.filter((i) => i.kind === "keyword").map((i) => i.label), ["政策", "层级", "责任", "免责", "容错", "追责", "案例", "导入"]);
      const duty = item(items, "责任 {…}");
      assert.equal(duty.kind, "snippet");
      assert.equal(duty.snippet, true);
      assert.equal(duty.filterText, "责任");
      assert.equal(
        duty.insertText,
        "责任 ${1:名称} 「${2:标题}」 {\n  承担：${3:层级名称}\n  设定：${4:层级名称}\n  类型：${5|注意义务,法定责任|}\n" +
          "  内容：「${6:责任人须做什么}」\n  标准：「${7:如何判断已经履行}」\n  期限：${8:10个工作日}\n  所需资源：${9:资源}\n}",
      );
      assert.match(item(items, "免责 {…}").insertText, /事由：不可抗力\n/);
      assert.match(item(items, "追责 {…}").insertText, /申诉：\$\{\d+:层级名称\} \$\{\d+:30日\}内/);
      assert.equal(item(items, "导入 「…」").insertText, "导入 「${1:shared/tiers.duty}」");
    });

    it("writes them in traditional Chinese in a traditional file", () => {
      const items = complete(`${TIERS_HANT}\n${CURSOR}`);
      assert.deepEqual(items.filter((i) => i.kind === "keyword").map((i) => i.label), ["政策", "層級", "責任", "免責", "容錯", "追責", "案例", "導入"]);
      const tolerance = item(items, "容錯 {…}").insertText;
      assert.match(tolerance, /^容錯 /);
      assert.match(tolerance, /\n {2}糾錯：「\$\{\d+:必須跟進的糾錯措施\}」\n {2}糾錯期限：\$\{\d+:5個工作日\}\n\}$/);
      assert.match(tolerance, /情境：\$\{\d+\|常規,緊急,改革試點,民生\|\}/);
    });

    it("replaces the keyword being typed, and offers nothing in a clause header", () => {
      const items = complete(`${TIERS_EN}\ndu${CURSOR}`);
      const duty = item(items, "duty");
      assert.equal(duty.insertText, "duty ");
      const start = TIERS_EN.length + 1;
      assert.deepEqual(duty.span, { start, end: start + 2 });
      assert.deepEqual(labels(`${TIERS_EN}\nduty warn ${CURSOR}`), []);
      assert.deepEqual(labels(`${TIERS_EN}\nduty warn "Warn" ${CURSOR}`), []);
    });

    it("is back at the top level after a closed clause, in the file's script", () => {
      assert.ok(labels(`${TIERS_HANT}${CURSOR}`).includes("層級"));
      assert.ok(labels(`tier a { resources: x }  ${CURSOR}`).includes("tier {…}"));
    });
  });

  describe("snippets", () => {
    for (const [locale, sample] of [["en", TIERS_EN], ["zh-Hans", TIERS_HANS], ["zh-Hant", TIERS_HANT]] as const) {
      it(`expand to clauses that parse without a syntax finding (${locale})`, () => {
        const document = parseDocument(sample);
        assert.equal(document.locale, locale);
        for (const snippet of clauseSnippets(styleOf(document))) {
          const expanded = plainSnippet(snippet.body);
          const parsed = parseDocument(`${sample}\n${expanded}\n`);
          assert.deepEqual(parsed.diagnostics.map((d) => `${d.rule}: ${d.message}`), [], `${snippet.label}:\n${expanded}`);
          assert.equal(parsed.locale, locale, expanded);
        }
      });
    }

    it("fall back to the placeholders' text", () => {
      assert.equal(plainSnippet('kind: ${1|care,statutory|}  action: "${2:Do it}"$3 \\$x'), 'kind: care  action: "Do it" $x');
    });
  });

  describe("at the start of a member", () => {
    it("offers the fields of the clause not yet written, in vocabulary order, with their meaning", () => {
      const marked = `${TIERS_EN}\nduty warn {\n  holder: teller\n  ${CURSOR}\n  standard: "Acknowledged in the counter system"\n}\n`;
      const items = complete(marked);
      assert.deepEqual(items.map((i) => i.label), [
        "imposed_by", "kind", "action", "scope", "deadline", "threshold", "needs", "refines", "context", "requires", "basis", "description",
      ]);
      const kind = item(items, "kind");
      assert.equal(kind.kind, "field");
      assert.equal(kind.insertText, "kind: ");
      assert.equal(kind.detail, "kind: statutory | care");
      assert.equal(kind.documentation, "Statutory liability or a duty of care.");
      const scope = item(items, "scope");
      assert.equal(scope.kind, "block");
      assert.equal(scope.insertText, "scope { $0 }");
      assert.equal(scope.snippet, true);
    });

    it("writes the key in simplified Chinese with a full-width colon", () => {
      const marked = `${TIERS_HANS}\n责任 术前知情同意 {\n  承担：主刀医师\n  类型：法定责任\n  ${CURSOR}\n}\n`;
      const items = complete(marked);
      assert.deepEqual(items.slice(0, 3).map((i) => i.label), ["设定", "内容", "标准"]);
      assert.ok(!items.some((i) => i.label === "承担" || i.label === "类型"));
      assert.equal(item(items, "设定").insertText, "设定：");
      assert.equal(item(items, "所需资源").documentation, "履行该责任所需的资源。");
    });

    it("leaves out fields written after the cursor too (繁體)", () => {
      const marked = `${TIERS_HANT}\n免責 自然災害 {\n  ${CURSOR}\n  適用：課間值守\n  事由：不可抗力\n}\n`;
      assert.deepEqual(labels(marked), ["條件", "批准", "依據"]);
    });

    it("offers the fields of a sub-block inside it", () => {
      assert.deepEqual(labels(`tier teller { domain { places: counter ${CURSOR} } }`), ["periods", "description"]);
      assert.deepEqual(labels(`层级 学校 { 管辖 { ${CURSOR} } }`), ["地点", "时段", "说明"]);
    });

    it("completes a key being typed, without a second colon when one follows", () => {
      const marked = `duty warn { hol${CURSOR}der: teller }`;
      const items = complete(marked);
      const holder = item(items, "holder");
      assert.equal(holder.insertText, "holder");
      assert.deepEqual(holder.span, { start: 12, end: 18 });
      assert.equal(apply(marked, holder), "duty warn { holder: teller }");
    });

    it("offers the next field once a single value is written", () => {
      const marked = `${TIERS_EN}\nduty warn { holder: teller ${CURSOR} }`;
      assert.ok(labels(marked).includes("imposed_by"));
      assert.ok(!labels(marked).includes("holder"));
      assert.ok(!labels(marked).includes("teller"));
      const names = `${TIERS_EN}\nduty warn { needs: counter_system ${CURSOR}`;
      assert.ok(labels(names).includes("holder"));
    });
  });

  it("reads CRLF files and moves on after the value of an unknown key", () => {
    assert.deepEqual(labels(`duty d {\r\n  holder: a\r\n  kind: care\r\n  ${CURSOR}\r\n}\r\n`).slice(0, 2), ["imposed_by", "action"]);
    assert.ok(labels(`duty d { holdr: x ${CURSOR} }`).includes("holder"));
    assert.deepEqual(labels(`duty d { holdr: ${CURSOR} }`), []);
  });

  describe("after a key that names a declared clause", () => {
    it("offers the tiers in scope, across imports, with their titles", () => {
      const marked = `import "tiers.duty"\n\ntier branch "Bank branch" { under: regulator }\nduty warn { holder: ${CURSOR} }\n`;
      const items = complete(marked, { "tiers.duty": TIERS_EN });
      assert.deepEqual(items.map((i) => i.label), ["branch", "regulator", "head_office", "teller"]);
      assert.equal(item(items, "teller").detail, "Counter teller");
      assert.equal(item(items, "teller").kind, "tier");
      assert.equal(item(items, "teller").symbol, "teller");
    });

    it("replaces the name being typed and keeps a blank after an ASCII colon", () => {
      const marked = `${TIERS_EN}\nduty warn { holder:te${CURSOR} }`;
      const teller = item(complete(marked), "teller");
      assert.equal(apply(marked, teller), `${TIERS_EN}\nduty warn { holder: teller }`);
    });

    it("does not offer a tier as its own superior, nor one below it, and offers the holder's superiors first for imposed_by", () => {
      assert.deepEqual(labels(`${TIERS_EN}tier branch { under: ${CURSOR} }`), ["regulator", "head_office", "teller"]);
      // head_office is above teller: teller `under` it would close a cycle.
      assert.deepEqual(labels(TIERS_EN.replace("under: regulator  resources: budget", `under: ${CURSOR}  resources: budget`)), ["regulator"]);
      assert.deepEqual(labels(`${TIERS_EN}duty warn { holder: teller  imposed_by: ${CURSOR} }`), ["head_office", "regulator", "teller"]);
    });

    it("offers the tiers of a Chinese file after 调查 and 申诉", () => {
      assert.deepEqual(labels(`${TIERS_HANS}追责 { 调查：${CURSOR} }`), ["市卫健委", "医院", "主刀医师"]);
      assert.deepEqual(labels(`${TIERS_HANS}追责 { 申诉：${CURSOR} }`), ["市卫健委", "医院", "主刀医师"]);
    });

    it("offers duties after covers, refines, performed and breached, without those already listed", () => {
      const duties = `${TIERS_EN}duty warn { holder: teller }\nduty record { holder: teller }\nduty train { holder: head_office }\n`;
      assert.deepEqual(labels(`${duties}exemption outage { covers: warn, ${CURSOR} }`), ["record", "train"]);
      assert.deepEqual(labels(`${duties}duty check { refines: ${CURSOR} }`), ["warn", "record", "train"]);
      assert.deepEqual(labels(`${duties}case c { breached: ${CURSOR} }`), ["warn", "record", "train"]);
      assert.equal(complete(`${duties}case c { performed: ${CURSOR} }`)[0]!.kind, "duty");
    });

    it("walks an expectation: tier, verdict, `by`, then the exemptions and tolerances (English)", () => {
      const policy = `${TIERS_EN}duty warn { holder: teller }\nduty train { holder: head_office }\n` +
        `exemption storm { covers: train }\nexemption customer_decides { covers: warn }\ntolerance first_slip { covers: warn }\n`;
      assert.deepEqual(labels(`${policy}case c { breached: warn  expect: ${CURSOR} }`), ["teller", "regulator", "head_office"]);
      assert.deepEqual(labels(`${policy}case c { breached: warn  expect: teller ${CURSOR} }`), ["exempt", "tolerated", "accountable", "not_breached"]);
      assert.equal(labels(`${policy}case c { breached: warn  expect: teller exempt ${CURSOR} }`)[0], "by");
      assert.deepEqual(labels(`${policy}case c { breached: warn  expect: teller exempt by ${CURSOR} }`), ["customer_decides", "first_slip", "storm"]);
    });

    it("walks an expectation in simplified and traditional Chinese, where 免责 is also a keyword", () => {
      const hans = `${TIERS_HANS}责任 术前同意 { 承担：主刀医师 }\n免责 紧急免签 { 适用：术前同意 }\n容错 记录疏漏 { 适用：术前同意 }\n`;
      assert.deepEqual(labels(`${hans}案例 无亲属 { 未履行：术前同意  预期：主刀医师 ${CURSOR} }`), ["免责", "容错", "担责", "未违反"]);
      assert.equal(labels(`${hans}案例 无亲属 { 未履行：术前同意  预期：主刀医师 免责 ${CURSOR} }`)[0], "因");
      assert.deepEqual(labels(`${hans}案例 无亲属 { 未履行：术前同意  预期：主刀医师 免责 因 ${CURSOR} }`), ["紧急免签", "记录疏漏"]);
      const hant = `${TIERS_HANT}免責 範圍外 { 事由：職責範圍外 }\n`;
      assert.deepEqual(labels(`${hant}案例 溺水 { 預期：學校 免責 因 ${CURSOR}`), ["範圍外"]);
    });
  });

  describe("resources and labels", () => {
    it("offers the holder's resources first, then every resource declared anywhere", () => {
      const items = complete(`${TIERS_EN}duty warn { holder: teller  needs: ${CURSOR} }`);
      assert.deepEqual(items.map((i) => i.label), [
        "counter_system", "warning_script", "guidance", "inspection_staff", "budget", "training",
      ]);
      assert.equal(item(items, "warning_script").detail, "held by head_office, teller");
      assert.deepEqual(labels(`${TIERS_EN}duty warn { holder: teller  needs: counter_system, ${CURSOR} }`)[0], "warning_script");
    });

    it("offers the resources the duties need after a tier's resources (简体)", () => {
      const text = `层级 医院 { 资源：${CURSOR} }\n责任 急救 { 承担：医院  所需资源：手术室，急救设备 }\n责任 会诊 { 承担：科室  所需资源：会诊系统 }\n`;
      const items = complete(text);
      assert.deepEqual(items.map((i) => i.label), ["手术室", "急救设备", "会诊系统"]);
      assert.equal(item(items, "手术室").detail, "急救 所需");
    });

    it("offers places of the holder's domain first in a duty's scope", () => {
      const text = `${TIERS_EN}tier branch { domain { places: lobby } }\nduty warn { holder: teller  scope { places: ${CURSOR} } }`;
      assert.deepEqual(labels(text), ["counter", "lobby"]);
    });
  });

  describe("enumerated values", () => {
    it("offers a duty's kinds in traditional Chinese, with the English value as detail", () => {
      const items = complete(`${TIERS_HANT}責任 課間值守 { 承擔：學校  類型：${CURSOR} }`);
      assert.deepEqual(items.map((i) => i.label), ["法定責任", "注意義務"]);
      assert.equal(item(items, "注意義務").detail, "care");
      assert.equal(item(items, "注意義務").kind, "value");
      assert.match(item(items, "注意義務").documentation!, /^注意義務：/);
    });

    it("offers the contexts of a tolerance not yet chosen, and the next field after one", () => {
      const chosen = labels(`tolerance slip { contexts: routine, ${CURSOR} }`);
      assert.deepEqual(chosen, ["emergency", "reform_pilot", "livelihood"]);
      const more = labels(`tolerance slip { contexts: routine ${CURSOR} }`);
      assert.deepEqual(more.slice(0, 3), ["emergency", "reform_pilot", "livelihood"]);
      assert.ok(more.includes("correction"));
    });

    it("offers grounds, case conditions and trigger bases", () => {
      assert.deepEqual(labels(`免责 停电 { 事由：${CURSOR} }`), ["不可抗力", "紧急情况", "第三方决定", "已尽责", "职责范围外"]);
      assert.ok(labels(`case c { conditions: emergency, ${CURSOR} }`).includes("no_consent"));
      assert.ok(!labels(`case c { conditions: emergency, ${CURSOR} }`).includes("emergency"));
      assert.deepEqual(labels(`accountability { trigger: ${CURSOR} }`), ["conduct", "outcome"]);
      assert.deepEqual(labels(`追責 { 啟動：${CURSOR} }`), ["行為", "結果"]);
      assert.deepEqual(labels(`accountability { trigger: conduct ${CURSOR} }`), []);
    });
  });

  describe("citations", () => {
    it("offers every article of the law library written as a simplified-Chinese file cites it", () => {
      const marked = `责任 急救 { 承担：医院  依据：${CURSOR} }`;
      const items = complete(marked);
      const article = item(items, "医师法 第二十七条");
      assert.equal(article.kind, "citation");
      assert.equal(article.detail, "医师法");
      assert.match(article.documentation!, /^\*\*《医师法》第二十七条\*\*/);
      assert.match(article.documentation!, /中华人民共和国医师法/);
      assert.ok(items.some((i) => i.label === "民法典 第一千二百二十条"));
      assert.ok(!items.some((i) => i.label.startsWith("执业医师法")), "repealed laws are not offered");
      // Unverified articles are marked and come last.
      const unverified = items.filter((i) => i.detail === "未核实");
      assert.ok(unverified.length > 0);
      assert.deepEqual(items.slice(-unverified.length), unverified);
      assert.match(unverified[0]!.documentation!, /尚未经官方文本核实/);
    });

    it("replaces the whole citation typed so far", () => {
      const marked = `责任 急救 { 依据：医师法 第${CURSOR} }`;
      const items = complete(marked);
      const article = item(items, "医师法 第二十七条");
      assert.equal(apply(marked, article), "责任 急救 { 依据：医师法 第二十七条 }");
      assert.ok(labels(`责任 急救 { 依据：医师法 第二十七条，${CURSOR} }`).includes("民法典 第一百八十条"));
      assert.ok(labels(`责任 急救 { 依据：医师法 第二十七条 ${CURSOR} }`).includes("说明"));
    });

    it("writes traditional-Chinese citations and English law ids", () => {
      assert.ok(labels(`責任 急救 { 承擔：醫院  依據：${CURSOR} }`).includes("醫師法 第二十七條"));
      const marked = `duty d { basis: physicians-act/${CURSOR} }`;
      const items = complete(marked);
      assert.equal(items[0]!.label, "civil-code/180");
      assert.equal(apply(marked, item(items, "physicians-act/27")), "duty d { basis: physicians-act/27 }");
      assert.equal(item(items, "ccp-accountability-regulations/17").detail, "unverified");
    });
  });

  describe("units", () => {
    it("offers English duration units after a number, singular after 1", () => {
      assert.deepEqual(labels(`duty d { deadline: 10 ${CURSOR} }`), ["working days", "days", "hours", "weeks", "months", "years"]);
      assert.deepEqual(labels(`tolerance t { correction_deadline: 1 ${CURSOR} }`), ["working day", "day", "hour", "week", "month", "year"]);
      const glued = `duty d { deadline: 10${CURSOR} }`;
      assert.equal(apply(glued, item(complete(glued), "working days")), "duty d { deadline: 10 working days }");
      const partial = `duty d { deadline: 10 working d${CURSOR} }`;
      assert.equal(apply(partial, item(complete(partial), "working days")), "duty d { deadline: 10 working days }");
    });

    it("offers Chinese units, money for a threshold", () => {
      assert.deepEqual(labels(`责任 d { 期限：5${CURSOR} }`), ["工作日", "个工作日", "日", "天", "小时", "周", "个月", "年"]);
      assert.deepEqual(labels(`責任 d { 閾值：5${CURSOR} }`), ["萬元", "元", "億元", "%"]);
      assert.deepEqual(labels(`duty d { threshold: 50000 ${CURSOR} }`), ["CNY", "yuan", "percent"]);
      const typed = `责任 d { 期限：5个${CURSOR} }`;
      assert.equal(apply(typed, item(complete(typed), "个工作日")), "责任 d { 期限：5个工作日 }");
      assert.ok(labels(`duty d { deadline: 10 days ${CURSOR} }`).includes("threshold"));
    });

    it("suggests only units the lexer reads as quantities", () => {
      for (const locale of ["en", "zh-Hans", "zh-Hant"] as Locale[]) {
        for (const key of ["deadline", "threshold", "correction_deadline", "appeal"]) {
          for (const unit of unitsFor(key, locale)) {
            assert.ok(UNITS.includes(unit.unit), `${unit.unit} is a unit`);
            if (unit.singular) assert.ok(UNITS.includes(unit.singular), `${unit.singular} is a unit`);
          }
        }
      }
    });

    it("completes an appeal: tier, then `within` and units (English), units and 内 (简体)", () => {
      assert.deepEqual(labels(`${TIERS_EN}accountability { appeal: ${CURSOR} }`), ["regulator", "head_office", "teller"]);
      assert.equal(labels(`${TIERS_EN}accountability { appeal: regulator ${CURSOR} }`)[0], "within");
      assert.equal(labels(`${TIERS_EN}accountability { appeal: regulator within 30 ${CURSOR} }`)[0], "working days");
      const hans = labels(`${TIERS_HANS}追责 { 申诉：市卫健委 30日${CURSOR} }`);
      assert.ok(hans.includes("工作日") && hans.includes("内"), hans.join(" "));
      assert.equal(labels(`${TIERS_HANS}追责 { 申诉：市卫健委 30日 ${CURSOR} }`)[0], "内");
    });
  });

  describe("where there is nothing to complete", () => {
    it("offers nothing inside strings and comments", () => {
      assert.deepEqual(labels(`duty d { action: "Read the ${CURSOR}warning" }`), []);
      assert.deepEqual(labels(`duty d { action: "Read the warning${CURSOR}`), []);
      assert.deepEqual(labels(`责任 d { 内容：「对患者${CURSOR}」 }`), []);
      assert.deepEqual(labels(`// holder: ${CURSOR}`), []);
      assert.deepEqual(labels(`duty d { /* kind: ${CURSOR} */ }`), []);
      assert.deepEqual(labels(`duty d {\n /* draft\n kind: ${CURSOR}`), []);
      assert.ok(labels(`duty d { /* note */ ${CURSOR} }`).includes("holder"));
    });

    it("offers nothing right after a value that is not a word", () => {
      assert.deepEqual(labels(`policy { effective: 2026-01-01${CURSOR} }`), []);
      assert.deepEqual(labels(`duty d { action: "Warn"${CURSOR} }`), []);
      assert.deepEqual(labels(`tier a { resources: x }${CURSOR}`), []);
    });

    it("never throws on broken text or odd offsets", () => {
      const model = modelOf('duty d { holder: "unterminated\n  kind: ');
      for (const offset of [-5, 0, 3, 1000, Number.NaN, Number.POSITIVE_INFINITY]) {
        assert.doesNotThrow(() => completionsAt(model, offset, LawLibrary.builtIn()));
        assert.doesNotThrow(() => fieldHelpAt(model, offset));
      }
      assert.deepEqual(completionsAt(modelOf(""), 10, LawLibrary.builtIn()).length, 16);
    });

    it("never throws at any offset of the samples, whole or cut short", function () {
      this.timeout(60000);
      const folder = path.resolve("samples");
      const laws = LawLibrary.builtIn();
      for (const name of fs.readdirSync(folder).filter((file) => file.endsWith(".duty"))) {
        const text = fs.readFileSync(path.join(folder, name), "utf8");
        for (const source of [text, text.slice(0, Math.floor(text.length / 2)), text.replace(/\}/g, "")]) {
          const model = modelOf(source);
          for (let offset = 0; offset <= source.length; offset += 3) {
            completionsAt(model, offset, laws);
            fieldHelpAt(model, offset);
          }
        }
      }
    });
  });

  describe("resolve", () => {
    it("summarises a declared name offered by completion", () => {
      const model = modelOf(`import "tiers.duty"\nduty warn { holder: teller }`, { "tiers.duty": TIERS_EN });
      const summary = describeCompletion(model, "teller");
      assert.ok(summary);
      assert.match(summary, /counter_system/);
      assert.match(summary, /tiers\.duty/);
      assert.equal(describeCompletion(model, "nobody"), undefined);
    });
  });
});

describe("field help", () => {
  function help(marked: string) {
    const { text, offset } = split(marked);
    return fieldHelpAt(modelOf(text), offset);
  }

  it("shows the shape of a tier field after `holder:`", () => {
    const found = help(`duty warn { holder:${CURSOR} }`);
    assert.ok(found);
    assert.equal(found.label, "holder: <tier>");
    assert.deepEqual(found.parameter, [8, 14]);
    assert.match(found.documentation, /^The tier that holds the duty\.\n\nNames a declared tier\.$/);
  });

  it("lists the values of an enumerated field in the document's script", () => {
    const found = help(`责任 急救 { 承担：医院  类型：${CURSOR} }`);
    assert.ok(found);
    assert.equal(found.label, "类型：法定责任 | 注意义务");
    assert.equal(found.label.slice(found.parameter[0], found.parameter[1]), "法定责任 | 注意义务");
    assert.match(found.documentation, /- `注意义务` — 注意义务：/);
  });

  it("describes limits with their units, appeals and expectations (繁體)", () => {
    assert.match(help(`責任 d { 期限：${CURSOR} }`)!.documentation, /單位： `工作日`、`個工作日`/);
    assert.equal(help(`追責 { 申訴：學校 ${CURSOR} }`)!.label, "申訴：<層級> <期限>內");
    assert.equal(help(`案例 c { 說明：「颱風」  預期：${CURSOR} }`)!.label, "預期：<層級> <結論> [因 <免責或容錯>]，…");
  });

  it("is done once a single value is written", () => {
    assert.equal(help(`duty warn { holder: teller ${CURSOR} }`), undefined);
    assert.equal(help(`duty warn { deadline: 10 days ${CURSOR} }`), undefined);
    assert.equal(help(`duty warn { deadline: 10 ${CURSOR} }`)!.label, "deadline: <number> <unit>");
    assert.equal(help(`exemption e { covers: a, ${CURSOR} }`)!.label, "covers: <duty>, …");
  });

  it("shows nothing outside a value", () => {
    assert.equal(help(`duty warn { ${CURSOR} }`), undefined);
    assert.equal(help(`duty warn { action: "Warn ${CURSOR}" }`), undefined);
    assert.equal(help(CURSOR), undefined);
  });
});
