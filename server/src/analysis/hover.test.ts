import assert from "node:assert/strict";
import * as path from "node:path";
import { MemoryHost, ROOT } from "../../../test/helpers/review.ts";
import { hoverAt } from "./hover.ts";
import { LawLibrary } from "./laws/law-library.ts";
import { reviewFile } from "./review.ts";
import { Workspace } from "./workspace.ts";

const laws = LawLibrary.builtIn();

/** The hover at the first character of `at` (the character under the pointer) in a one-file workspace. */
function hover(text: string, at: string): string {
  const file = path.join(ROOT, "main.duty");
  const review = reviewFile(new Workspace(new MemoryHost({ "main.duty": text })), file)!;
  return hoverAt(review.model, text.indexOf(at), review.findings, laws, (rule) => rule)?.markdown ?? "";
}

describe("hover", () => {
  it("shows the finding under the pointer, not the one that ends where it starts", () => {
    const text = `层级 医院 { 资源：手术室 }\n责任 手术 { 承担：医院  类型：注意义务  内容：「一律及时手术」  标准：「记录」 }`;
    const markdown = hover(text, "及时");
    assert.match(markdown, /“及时”含义模糊/);
    assert.doesNotMatch(markdown, /“一律”/);
  });

  it("shows an exemption's grounds in the reader's script, however the clause spelt them", () => {
    const markdown = hover(`層級 醫院 { 資源：手術室 }\n責任 急救 { 承擔：醫院  類型：法定責任 }\n免責 天災 { 適用：急救  事由：紧急情况  條件：「地震」 }`, "天災");
    assert.match(markdown, /\n- 事由: 緊急情況$/m);
  });

  it("says when a cited law was repealed as the finding says it, in the document's language", () => {
    const markdown = hover(`層級 醫院 { 資源：手術室 }\n責任 急救 { 承擔：醫院  類型：法定責任  依據：執業醫師法 第二十四條 }`, "執業醫師法");
    assert.match(markdown, /此法律已於2022年3月1日廢止。/);
    assert.match(markdown, /\[規則說明：cite\/repealed\]/);
  });

  it("says what a limit's unit counts, in the document's language, however the unit is written", () => {
    assert.match(hover(`tier t { resources: x }\nduty d { holder: t  kind: care  action: "a"  standard: "s"  deadline: 5 working days }`, "5 working"), /^\*\*5 working days\*\* — Working days: counted as 7\/5 calendar days\.$/m);
    assert.match(hover(`層級 村 { 資源：經費 }\n責任 報送 { 承擔：村  類型：注意義務  內容：「報送」  標準：「報表齊全」  期限：2个月 }`, "2个月"), /^\*\*2个月\*\* — 月：按 30 日計。$/m);
    assert.match(hover(`tier t { resources: x }\nduty d { holder: t  kind: care  action: "a"  standard: "s"  deadline: 30 minutes }`, "30 minutes"), /^\*\*30 minutes\*\* — Minutes\.$/m);
    assert.match(hover(`tier t { resources: x }\nduty d { holder: t  kind: care  action: "a"  standard: "s"  deadline: 5 business days }`, "5 business"), /— Working days: counted as 7\/5 calendar days\.$/m);
  });

  it("labels the gist after a statute's wording in Chinese", () => {
    const markdown = hover(`层级 医院 { 资源：手术室 }\n责任 急救 { 承担：医院  类型：法定责任  依据：医师法 第二十七条 }`, "医师法");
    assert.match(markdown, /^\*\*《医师法》第二十七条\*\*\n\n> 对需要紧急救治的患者/);
    assert.match(markdown, /\n\n要旨：\S/);
  });

  it("says a cited paragraph is not in the article rather than show the article under its heading", () => {
    const markdown = hover(`层级 医院 { 资源：手术室 }\n责任 急救 { 承担：医院  类型：法定责任  依据：医师法 第二十七条第四款 }`, "医师法");
    assert.match(markdown, /\n该条的官方条文中没有所引的款，全文如下：\n\n\*\*《医师法》第二十七条\*\*\n\n> 对需要紧急救治的患者/);
    assert.doesNotMatch(markdown, /\*\*《医师法》第二十七条第四款/);
  });

  it("shows every article of a range citation the library holds", () => {
    const markdown = hover(`tier t { resources: x }\nduty d { holder: t  kind: care  basis: Civil Servant Law arts. 95-97 }`, "Civil Servant");
    for (const article of [95, 96, 97]) assert.match(markdown, new RegExp(`\\*\\*Civil Servant Law, art\\. ${article}\\*\\*`));
  });

  it("shows a gist shared by two articles once, the second as 'as above'", () => {
    const markdown = hover(`tier t { resources: x }\nduty d { holder: t  kind: care  standard: "s" }\naccountability { covers: d  investigate: t  determine: t }`, "accountability");
    assert.match(markdown, /Civil Servant Law, art\. 97 \(gist, not the statutory text\) \(as above\)/);
  });
});
