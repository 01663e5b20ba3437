/**
 * Numbers as drafters write them: Arabic or full-width digits, and Chinese numerals in article
 * references (第一千二百零一条 = 1201).
 */
const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const MULTIPLIER: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Full-width digits and point to ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９．]/g, (c) => (c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Parses `27`, `２７`, `二十七`, `一千二百零一`; undefined for anything else. */
export function parseChineseNumeral(text: string): number | undefined {
  const ascii = toAsciiDigits(text.trim());
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  if (ascii.length === 0 || !/^[零〇一二两兩三四五六七八九十百千]+$/.test(ascii)) return undefined;
  let total = 0;
  let pending = 0;
  let sawDigitOnly = true;
  for (const char of ascii) {
    const digit = DIGIT[char];
    if (digit !== undefined) {
      pending = digit;
      continue;
    }
    const multiplier = MULTIPLIER[char];
    if (multiplier === undefined) return undefined;
    sawDigitOnly = false;
    // 十 alone means 10 (十条 = 10, 二十 = 20).
    total += (pending === 0 ? 1 : pending) * multiplier;
    pending = 0;
  }
  if (sawDigitOnly) {
    // 一二〇 style: positional digits.
    return Number([...ascii].map((c) => DIGIT[c]).join(""));
  }
  return total + pending;
}
