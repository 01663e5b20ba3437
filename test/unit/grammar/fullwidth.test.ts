/**
 * Full-width punctuation, as Chinese input methods type it, gives the same model as ASCII.
 */
import assert from "node:assert/strict";
import { parseDocument } from "../../../grammar/src/index.ts";
import { assertClean, findings, mapStrings, parseMarked, rangeOf, strip } from "./helpers.ts";

/**
 * Texts "as written" (a citation, a limit, a unit) keep the full-width characters; folded with
 * NFKC (（→(, ３→3, ％→%) everything must be identical.
 */
function folded(model: unknown): unknown {
  return mapStrings(model, (text) => text.normalize("NFKC"));
}

function sameModel(fullWidth: string, ascii: string): void {
  const wide = parseDocument(fullWidth);
  const narrow = parseDocument(ascii);
  assertClean(wide);
  assertClean(narrow);
  assert.deepEqual(folded(strip(wide.file)), folded(strip(narrow.file)));
  assert.ok(wide.file.declarations.length > 0);
}

describe("grammar: full-width punctuation", () => {
  const pairs: [string, string, string][] = [
    ["colon ：", "责任 甲 { 承担：柜员 }", "责任 甲 { 承担:柜员 }"],
    ["comma ，", "责任 甲 { 所需资源：人员，系统 }", "责任 甲 { 所需资源:人员,系统 }"],
    ["enumeration comma 、", "责任 甲 { 所需资源：人员、系统、预算 }", "责任 甲 { 所需资源:人员,系统,预算 }"],
    ["semicolon ；", "责任 甲 { 承担：柜员；设定：总行； }", "责任 甲 { 承担:柜员;设定:总行; }"],
    ["braces ｛｝", "责任 甲 ｛ 承担：柜员 ｝", "责任 甲 { 承担:柜员 }"],
    ["nested braces ｛｝", "层级 柜员 ｛ 管辖 ｛ 地点：柜台 ｝ ｝", "层级 柜员 { 管辖 { 地点:柜台 } }"],
    ["corner quotes 「」", "责任 甲 { 内容：「核对身份」 }", `责任 甲 { 内容:"核对身份" }`],
    ["curly quotes “”", "责任 甲 { 内容：“核对身份” }", `责任 甲 { 内容:"核对身份" }`],
    ["white corner quotes 『』", "责任 甲 { 内容：『核对身份』 }", `责任 甲 { 内容:"核对身份" }`],
    ["full-width quote ＂", "责任 甲 { 内容：＂核对身份＂ }", `责任 甲 { 内容:"核对身份" }`],
    ["single quotes", "duty a { action: 'check' }", `duty a { action: "check" }`],
    ["a title in 「」", "政策 「柜面规定」 { 版本：「1」 }", `政策 "柜面规定" { 版本:"1" }`],
    ["parentheses （） in an article reference", "政策 { 依据：执业医师法 第五十五条（二） }", "政策 { 依据:执业医师法 第五十五条(二) }"],
    ["（） and 第…项", "政策 { 依据：医师法 第二十七条第二款第（三）项 }", "政策 { 依据:医师法 第二十七条第二款第(三)项 }"],
    ["full-width digits", "责任 甲 { 期限：３０日 }", "责任 甲 { 期限:30日 }"],
    ["full-width percent ％", "责任 甲 { 阈值：５％ }", "责任 甲 { 阈值:5% }"],
    ["ideographic space", "责任\u3000甲\u3000{\u3000承担：柜员\u3000}", "责任 甲 { 承担:柜员 }"],
  ];
  for (const [what, fullWidth, ascii] of pairs) {
    it(`${what}: same model as the ASCII form`, () => sameModel(fullWidth, ascii));
  }

  it("a whole clause in full-width punctuation", () => {
    sameModel(
      "案例 坚持取款 ｛ 已履行：核对身份；情形：已同意、资源到位；损害：「损失」；预期：柜员 免责 因 客户决定，总行 担责 ｝",
      `案例 坚持取款 { 已履行:核对身份;情形:已同意,资源到位;损害:"损失";预期:柜员 免责 因 客户决定,总行 担责 }`,
    );
  });

  it("backslash escapes in ASCII quotes; none needed in Chinese quotes", () => {
    const doc = parseDocument(`duty a { action: "say \\"hi\\" now"; standard: “他说"好"” }`);
    assertClean(doc);
    assert.equal(doc.file.duties[0]?.action?.text, 'say "hi" now');
    assert.equal(doc.file.duties[0]?.standard?.text, '他说"好"');
  });

  it("comments between values are ignored", () => {
    const doc = parseDocument("duty a {\n  holder: teller // who\n  needs: staff /* and */, budget；\n}");
    assertClean(doc);
    assert.equal(doc.file.duties[0]?.holder?.name, "teller");
    assert.deepEqual(doc.file.duties[0]?.needs.map((n) => n.name), ["staff", "budget"]);
    assert.equal(doc.tree.comments.length, 2);
  });

  it("spans of full-width tokens are one UTF-16 unit per character", () => {
    const { doc, at } = parseMarked("责任 ‹甲› ｛\n  承担：‹柜员›；\n  内容：‹「核对」›\n｝");
    assertClean(doc);
    const duty = doc.file.duties[0]!;
    assert.deepEqual(rangeOf(doc, duty.name!.span), at(0));
    assert.deepEqual(rangeOf(doc, duty.holder!.span), at(1));
    assert.deepEqual(rangeOf(doc, duty.action!.span), at(2));
    assert.equal(duty.action?.text, "核对");
  });

  it("a full-width quote left open is reported with its own closing quote", () => {
    const { doc, at } = parseMarked("责任 甲 {\n  内容：‹「核对身份›\n  承担：柜员\n}");
    assert.deepEqual(findings(doc), [{ rule: "syntax/unterminated-string", range: at(0) }]);
    assert.match(doc.diagnostics[0]!.message, /「」」|`」`/);
    assert.equal(doc.file.duties[0]?.holder?.name, "柜员");
    assert.equal(doc.file.duties[0]?.action?.text, "核对身份");
  });
});
