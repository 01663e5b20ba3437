/**
 * The document's language is detected from its keywords and field names, and every message
 * comes back in it.
 */
import assert from "node:assert/strict";
import { LOCALES, parseDocument } from "../../../grammar/src/index.ts";
import { format } from "../../../grammar/src/locale.ts";
import { only } from "./helpers.ts";

describe("grammar: locale", () => {
  it("an English file → en", () => {
    assert.equal(parseDocument("duty verify { holder: teller }").locale, "en");
  });

  it("a 简体 file → zh-Hans", () => {
    assert.equal(parseDocument("责任 核对身份 { 承担：柜员 }").locale, "zh-Hans");
  });

  it("a 繁體 file → zh-Hant", () => {
    assert.equal(parseDocument("責任 核對身份 { 承擔：櫃員 }").locale, "zh-Hant");
  });

  it("the file model carries the locale", () => {
    assert.equal(parseDocument("責任 核對身份 { 承擔：櫃員 }").file.locale, "zh-Hant");
  });

  it("Chinese prose in an English file does not make it Chinese", () => {
    const doc = parseDocument(`duty 核对 { holder: 柜员; action: "核对客户身份证件并登记" }`);
    assert.equal(doc.locale, "en");
  });

  it("English names in a Chinese file do not make it English", () => {
    assert.equal(parseDocument("责任 verify { 承担：teller；类型：care }").locale, "zh-Hans");
  });

  it("keywords spelt the same in both scripts: the text decides", () => {
    assert.equal(parseDocument("政策 { 版本：“第一版，适用于县级医疗机构” }").locale, "zh-Hans");
    assert.equal(parseDocument("政策 { 版本：「第一版，適用於縣級醫療機構」 }").locale, "zh-Hant");
  });

  it("a file of only comments follows the comments' script", () => {
    assert.equal(parseDocument("// only a comment").locale, "en");
    assert.equal(parseDocument("// 县级医疗机构责任清单").locale, "zh-Hans");
    assert.equal(parseDocument("// 縣級醫療機構責任清單").locale, "zh-Hant");
  });

  it("an empty file is English", () => {
    assert.equal(parseDocument("").locale, "en");
  });

  it("the override wins over detection", () => {
    for (const locale of LOCALES) {
      const doc = parseDocument("duty verify { holdr: teller }", locale);
      assert.equal(doc.locale, locale);
      assert.equal(doc.file.locale, locale);
    }
  });

  describe("messages come back in the document's language", () => {
    it("English", () => {
      const doc = parseDocument("duty verify {\n  holder:\n}");
      assert.equal(only(doc, "syntax/missing-value").message, "`holder` has no value. Write a name after the colon.");
    });

    it("简体", () => {
      const doc = parseDocument("责任 核对 {\n  承担：\n}");
      assert.equal(only(doc, "syntax/missing-value").message, "“承担”没有值。请在冒号后写上名称。");
    });

    it("繁體", () => {
      const doc = parseDocument("責任 核對 {\n  承擔：\n}");
      assert.equal(only(doc, "syntax/missing-value").message, "「承擔」沒有值。請在冒號後寫上名稱。");
    });

    it("an empty text counts as not written, and says so", () => {
      const english = parseDocument('duty verify { standard: ""  action: "Verify"  }');
      assert.equal(only(english, "syntax/missing-value").message, "`standard` is an empty text: it says nothing, so it counts as not written. Write what it should say.");
      assert.equal(english.file.duties[0]!.standard, undefined);
      const trigger = parseDocument("追责 { 启动：行为「  」 }");
      assert.equal(only(trigger, "syntax/missing-value").message, "“启动”是空文字，等于没有写。请写明具体内容。");
      assert.equal(trigger.file.accountabilities[0]!.trigger?.text, undefined);
      assert.equal(trigger.file.accountabilities[0]!.trigger?.basis?.value, "conduct");
    });

    it("a missing brace names the clause in the document's language", () => {
      assert.equal(only(parseDocument("duty a {\n  holder: x\n"), "syntax/missing-brace").message, "This duty is not closed: add `}` after its last field.");
      assert.equal(only(parseDocument("责任 甲 {\n  承担：柜员\n"), "syntax/missing-brace").message, "此责任没有结束：请在最后一个字段之后加上 `}`。");
      assert.equal(only(parseDocument("責任 甲 {\n  承擔：櫃員\n"), "syntax/missing-brace").message, "此責任沒有結束：請在最後一個欄位之後加上 `}`。");
    });

    it("lexer errors too", () => {
      const message = only(parseDocument("責任 甲 { 承擔：櫃員 《 }"), "syntax/unexpected-character").message;
      assert.equal(message, "無法識別的字元 「《」。名稱只能使用字母、數字、`_` 和 `-`；其他文字請放在引號內。");
    });

    it("the override decides the language of the messages", () => {
      const doc = parseDocument("duty verify {\n  holder:\n}", "zh-Hant");
      assert.equal(only(doc, "syntax/missing-value").message, "「holder」沒有值。請在冒號後寫上名稱。");
    });

    it("a stray token outside any clause lists keywords in the document's script", () => {
      const doc = parseDocument("責任 甲 { }\n「多餘」");
      assert.match(only(doc, "syntax/unexpected-token").message, /^條款之外出現了『「多餘」』。請以關鍵詞開始一個條款，例如 `政策`、`層級`、`責任`/);
    });
  });
});

describe("grammar: message templates", () => {
  it("fills every {name} given, leaves the others as written, and takes values literally", () => {
    assert.equal(format("Duty `{name}` needs `{resource}`; {name} again", { name: "复核", resource: "$&" }), "Duty `复核` needs `$&`; 复核 again");
    assert.equal(format("{missing} and {name}", { name: 1 }), "{missing} and 1");
    assert.equal(format("no names at all"), "no names at all");
    assert.equal(format("{a}{b}", { a: "{b}", b: "x" }), "{b}x");
  });
});
