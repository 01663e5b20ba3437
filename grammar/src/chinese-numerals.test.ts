import assert from "node:assert/strict";
import { formatChineseNumeral, parseChineseNumeral } from "./chinese-numerals.ts";

describe("parseChineseNumeral", () => {
  it("reads the article numbers statutes use", () => {
    assert.equal(parseChineseNumeral("一千二百零一"), 1201);
    assert.equal(parseChineseNumeral("十"), 10);
    assert.equal(parseChineseNumeral("二十七"), 27);
    assert.equal(parseChineseNumeral("一千二百二十"), 1220);
    assert.equal(parseChineseNumeral("一千一百九十八"), 1198);
    assert.equal(parseChineseNumeral("一千二百"), 1200);
    assert.equal(parseChineseNumeral("一百八十"), 180);
    assert.equal(parseChineseNumeral("一百八十二"), 182);
    assert.equal(parseChineseNumeral("五十五"), 55);
    assert.equal(parseChineseNumeral("十五"), 15);
    assert.equal(parseChineseNumeral("一百零五"), 105);
    assert.equal(parseChineseNumeral("一百一十"), 110);
    assert.equal(parseChineseNumeral("一千零一十"), 1010);
    assert.equal(parseChineseNumeral("二"), 2);
    assert.equal(parseChineseNumeral("两千"), 2000);
  });

  it("reads ASCII and full-width digits", () => {
    assert.equal(parseChineseNumeral("27"), 27);
    assert.equal(parseChineseNumeral("1220"), 1220);
    assert.equal(parseChineseNumeral("２７"), 27);
    assert.equal(parseChineseNumeral("１２２０"), 1220);
    assert.equal(parseChineseNumeral(" 95 "), 95);
  });

  it("reads digit-by-digit numerals and 万", () => {
    assert.equal(parseChineseNumeral("二〇二一"), 2021);
    assert.equal(parseChineseNumeral("二零二二"), 2022);
    assert.equal(parseChineseNumeral("一万零一"), 10001);
    assert.equal(parseChineseNumeral("三万二千"), 32000);
  });

  it("reads traditional and financial forms", () => {
    assert.equal(parseChineseNumeral("兩百"), 200);
    assert.equal(parseChineseNumeral("貳拾柒"), 27);
  });

  it("rejects what is not a well-formed numeral", () => {
    for (const bad of ["", " ", "十十", "百", "千", "二三十", "2七", "一千零", "二十零五", "一千零二百", "一千二", "甲", "27a", "第二十七"]) {
      assert.equal(parseChineseNumeral(bad), undefined, `"${bad}" should not parse`);
    }
  });
});

describe("formatChineseNumeral", () => {
  it("writes numbers the way statutes do", () => {
    assert.equal(formatChineseNumeral(10), "十");
    assert.equal(formatChineseNumeral(27), "二十七");
    assert.equal(formatChineseNumeral(110), "一百一十");
    assert.equal(formatChineseNumeral(1201), "一千二百零一");
    assert.equal(formatChineseNumeral(1220), "一千二百二十");
    assert.equal(formatChineseNumeral(1001), "一千零一");
  });

  it("writes ten thousand in the script asked for (万 / 萬), and reads both back", () => {
    assert.equal(formatChineseNumeral(10001), "一万零一");
    assert.equal(formatChineseNumeral(10001, "zh-Hant"), "一萬零一");
    assert.equal(parseChineseNumeral("一萬零一"), 10001);
  });

  it("round-trips through parseChineseNumeral for 0..2500", () => {
    for (let n = 0; n <= 2500; n++) {
      assert.equal(parseChineseNumeral(formatChineseNumeral(n)), n, `${n} → ${formatChineseNumeral(n)}`);
    }
  });
});
