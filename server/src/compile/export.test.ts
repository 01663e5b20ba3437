import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import { MemoryHost, ROOT } from "../../../test/helpers/review.ts";
import { reviewFile } from "../analysis/review.ts";
import { Workspace } from "../analysis/workspace.ts";
import { DiskHost } from "../host/disk.ts";
import schema from "../../schemas/rule-json.schema.json" with { type: "json" };
import { compilePolicy, serialize } from "./export.ts";

type Validator = { (data: unknown): boolean; errors?: unknown };
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as new (options: object) => { compile(schema: object): Validator };
const ajv = new Ajv2020({ allErrors: true, strict: true }) as unknown as { compile(schema: object): Validator; getSchema(ref: string): Validator | undefined };
const validate = ajv.compile(schema);

function exportOf(workspace: Workspace, file: string): string {
  const review = reviewFile(workspace, file)!;
  return serialize(compilePolicy(review.model, workspace.configuration(file).laws, review.findings));
}

const SAMPLES = path.resolve("samples");

describe("compiled rule JSON", () => {
  for (const name of fs.readdirSync(SAMPLES).filter((file) => file.endsWith(".duty"))) {
    it(`${name}: validates against the published schema`, () => {
      const json = JSON.parse(exportOf(new Workspace(new DiskHost(SAMPLES)), path.join(SAMPLES, name)));
      assert.ok(validate(json), JSON.stringify(validate.errors, null, 2));
    });
  }

  it("is deterministic: the same input gives the same bytes, in another workspace too", () => {
    const file = path.join(SAMPLES, "bank-withdrawal-warnings.duty");
    const first = exportOf(new Workspace(new DiskHost(SAMPLES)), file);
    assert.equal(exportOf(new Workspace(new DiskHost(SAMPLES)), file), first);
    const workspace = new Workspace(new DiskHost(SAMPLES));
    assert.equal(exportOf(workspace, file), exportOf(workspace, file));
  });

  it("includes imported tiers with a source map naming their file", () => {
    const json = JSON.parse(exportOf(new Workspace(new DiskHost(SAMPLES)), path.join(SAMPLES, "bank-withdrawal-warnings.duty")));
    assert.deepEqual(json.sourceMap.files, ["bank-withdrawal-warnings.duty", "shared/banking-tiers.duty"]);
    const teller = json.tiers.find((tier: { name: string }) => tier.name === "teller");
    assert.equal(teller.source.file, 1);
  });

  it("resolves citations to law ids with the article text", () => {
    const json = JSON.parse(exportOf(new Workspace(new DiskHost(SAMPLES)), path.join(SAMPLES, "emergency-surgery-approval.duty")));
    const article = json.citations.find((citation: { id: string }) => citation.id === "physicians-act/27");
    assert.ok(article);
    assert.equal(article.verified, true);
    assert.match(article.text, /^对需要紧急救治的患者，医师应当采取紧急措施进行诊治，不得拒绝急救处置。/);
    assert.ok(article.citedAt.length >= 1);
  });

  it("says which part of an article the text is, and which part each use cites", () => {
    const file = path.join(ROOT, "main.duty");
    const workspace = new Workspace(new MemoryHost({ "main.duty": `tier branch { }\nduty check { holder: branch  basis: 反电信网络诈骗法 第十八条第一款, physicians-act/27 }\n` }));
    const json = JSON.parse(exportOf(workspace, file));
    assert.ok(validate(json), JSON.stringify(validate.errors, null, 2));
    const [cited, whole] = json.duties[0].basis;
    assert.deepEqual([cited.id, cited.paragraph, cited.item], ["anti-telecom-fraud-law/18", 1, null]);
    assert.deepEqual([whole.id, whole.paragraph, whole.item], ["physicians-act/27", null, null]);
    const held = json.citations.find((citation: { id: string }) => citation.id === "anti-telecom-fraud-law/18");
    assert.deepEqual([held.excerpt, held.paragraph, held.items], [true, 3, null]);
    const article = json.citations.find((citation: { id: string }) => citation.id === "physicians-act/27");
    assert.deepEqual([article.excerpt, article.paragraph, article.items], [false, null, null]);
  });

  it("compiles the same policy written with English and with Chinese keywords identically, apart from text and ranges", () => {
    const english = `tier branch { resources: staff, fraud_system }
tier teller { under: branch  resources: fraud_system }
duty warn { holder: teller  imposed_by: branch  kind: care  context: routine  action: "Warn"  standard: "Logged"  threshold: 50000 CNY  deadline: 10 working days  needs: fraud_system  basis: 反电信网络诈骗法 第三十条 }
exemption decides { covers: warn  grounds: third_party  when: "Warned customer proceeded" }
tolerance slips { covers: warn  contexts: reform_pilot  when: "Slips"  correction: "Retrain"  correction_deadline: 30 days }
accountability { covers: warn  trigger: conduct "No warning"  investigate: branch  determine: branch  evidence: log, cctv  appeal: branch within 30 days  superior_answers: "No system" }
case scammed { performed: warn  conditions: third_party_decided  harm: "Loss"  expect: teller exempt by decides }
`;
    const chinese = `层级 branch { 资源：staff，fraud_system }
层级 teller { 上级：branch  资源：fraud_system }
责任 warn { 承担：teller  设定：branch  类型：注意义务  情境：常规  内容：「提示」  标准：「留痕」  阈值：5万元  期限：10个工作日  所需资源：fraud_system  依据：反电信网络诈骗法 第三十条 }
免责 decides { 适用：warn  事由：第三方决定  条件：「客户坚持」 }
容错 slips { 适用：warn  情境：改革试点  条件：「失误」  纠错：「培训」  纠错期限：30日 }
追责 { 适用：warn  启动：行为 「未提示」  调查：branch  认定：branch  证据：log，cctv  申诉：branch 30日内  上级担责：「未配系统」 }
案例 scammed { 已履行：warn  情形：第三方决定  损害：「损失」  预期：teller 免责 依据 decides }
`;
    const compile = (text: string) => {
      const workspace = new Workspace(new MemoryHost({ "main.duty": text }));
      return JSON.parse(exportOf(workspace, path.join(ROOT, "main.duty")));
    };
    /** Drops what may differ between the two: prose, ranges, the language, the (language-specific) findings, and amounts in their written units (5万元, 50000 CNY). */
    const strip = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(strip);
      if (value && typeof value === "object") {
        return Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => !["source", "citedAt", "text", "language", "findings", "action", "standard", "when", "harm", "superiorAnswers", "amount", "writtenUnit"].includes(key))
            .map(([key, inner]) => [key, key === "correction" && inner ? { deadline: strip((inner as { deadline: unknown }).deadline) } : strip(inner)]),
        );
      }
      return value;
    };
    assert.deepEqual(strip(compile(chinese)), strip(compile(english)));
    assert.ok(validate(compile(chinese)), JSON.stringify(validate.errors, null, 2));
    assert.deepEqual(compile(english).duties[0].threshold, { text: "50000 CNY", quantified: true, kind: "money", value: 50000, unit: "CNY", amount: 50000, writtenUnit: "yuan" });
    assert.deepEqual(compile(chinese).duties[0].threshold, { text: "5万元", quantified: true, kind: "money", value: 50000, unit: "CNY", amount: 5, writtenUnit: "ten_thousand_yuan" });
    // What a system counts with: 10 working days, not the 14 calendar days they compare as.
    assert.deepEqual(compile(chinese).duties[0].deadline, { text: "10个工作日", quantified: true, kind: "duration", value: 14, unit: "day", amount: 10, writtenUnit: "working_day" });
  });

  it("lists every article of a cited range, with the least certain status; keeps descriptions and a correction deadline without its text", () => {
    const workspace = new Workspace(
      new MemoryHost({
        "main.duty": `tier branch { resources: staff }
duty report { holder: branch  kind: statutory  standard: "Filed"  description: "The monthly report"  basis: Civil Servant Law arts. 95-97 }
tolerance slips { covers: report  when: "Slips"  correction_deadline: 5 working days }
duty rescue { holder: branch  kind: care  context: emergency  standard: "Rescue logged" }
tolerance haste { contexts: emergency  when: "Decided in haste"  correction: "Review the call" }
accountability { trigger: conduct "Not done"  investigate: branch  determine: branch  appeal: branch within 30 days }
case late { breached: report  description: "Filed a day late"  expect: branch accountable }
`,
      }),
    );
    const compiled = JSON.parse(exportOf(workspace, path.join(ROOT, "main.duty")));
    assert.ok(validate(compiled), JSON.stringify(validate.errors, null, 2));
    const [basis] = compiled.duties[0].basis;
    assert.deepEqual(basis.ids, ["civil-servant-law/95", "civil-servant-law/96", "civil-servant-law/97"]);
    assert.equal(basis.id, "civil-servant-law/95");
    assert.deepEqual(compiled.citations.map((entry: { id: string }) => entry.id), ["civil-servant-law/95", "civil-servant-law/96", "civil-servant-law/97"]);
    // What a clause applies to, as the review resolves it: a tolerance by its contexts, an accountability clause with no covers to every duty.
    assert.deepEqual(compiled.tolerances.map((clause: { appliesTo: string[] }) => clause.appliesTo), [["report"], ["rescue"]]);
    assert.deepEqual(compiled.accountability[0].appliesTo, ["report", "rescue"]);
    assert.equal(compiled.duties[0].description, "The monthly report");
    assert.equal(compiled.cases[0].description, "Filed a day late");
    assert.deepEqual(compiled.tolerances[0].correction, { action: null, deadline: { text: "5 working days", quantified: true, kind: "duration", value: 7, unit: "day", amount: 5, writtenUnit: "working_day" } });
  });

  it("docs/rule-json.md's limits are what the schema accepts", () => {
    const page = fs.readFileSync(path.resolve("docs", "rule-json.md"), "utf8");
    const section = page.slice(page.indexOf("### Limits"), page.indexOf("### Citations"));
    const block = /```json\n([\s\S]*?)```/.exec(section)![1]!;
    const validateLimit = ajv.getSchema(`${(schema as { $id: string }).$id}#/$defs/limit`)!;
    const examples = block.trim().split("\n").map((line) => JSON.parse(line) as unknown);
    assert.equal(examples.length, 3);
    for (const example of examples) assert.ok(validateLimit(example), `${JSON.stringify(example)}: ${JSON.stringify(validateLimit.errors)}`);
  });
});
