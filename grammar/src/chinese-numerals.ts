/**
 * Chinese numerals as they appear in citations: 第一千二百零一条, 第二十七条, 第（二）项.
 *
 * Accepted forms:
 * - ASCII digits "27" and full-width digits "２７";
 * - unit numerals with 十 百 千 万 and the digits 零〇一二两三四五六七八九 (also 壹贰叁…
 *   financial forms and traditional 兩 and 萬): "一千二百零一" = 1201, "十" = 10, "十五" = 15,
 *   "二十七" = 27, "一百一十" = 110;
 * - digit-by-digit strings without units: "二〇二一" = 2021.
 * Anything else (empty strings, "十十", "百", a mix of digits and Chinese) gives undefined.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, "○": 0,
  一: 1, 壹: 1, 幺: 1,
  二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2,
  三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10, 拾: 10,
  百: 100, 佰: 100,
  千: 1000, 仟: 1000,
};

const BIG_UNITS: Readonly<Record<string, number>> = {
  万: 10_000, 萬: 10_000,
};

/** Characters that may appear in a numeral accepted by {@link parseChineseNumeral}. */
export const NUMERAL_CHARS = "0-9０-９零〇○一壹幺二两兩贰貳三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬";

function parseAsciiOrFullWidth(s: string): number | undefined {
  if (!/^[0-9０-９]+$/.test(s)) return undefined;
  let value = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    const digit = code >= 0xff10 ? code - 0xff10 : code - 0x30;
    value = value * 10 + digit;
  }
  return value;
}

/** Parses a unit numeral below 10 000 (no 万), or undefined. */
function parseSection(s: string): number | undefined {
  if (s === "") return undefined;
  let total = 0;
  let pending: number | undefined; // a digit waiting for its unit
  let lastUnit = Infinity; // units must fall: 千 > 百 > 十
  let sawZero = false; // a 零 since the last unit: it must stand for a skipped place
  for (const ch of s) {
    const digit = DIGITS[ch];
    const unit = SMALL_UNITS[ch];
    if (digit === 0) {
      // 零 only between a unit and a later, lower place: 一千零一, 一百零五
      if (pending !== undefined || sawZero || lastUnit === Infinity) return undefined;
      sawZero = true;
    } else if (digit !== undefined) {
      if (pending !== undefined) return undefined; // two digits in a row: 二三
      pending = digit;
    } else if (unit !== undefined) {
      if (unit >= lastUnit) return undefined; // 十十, 十百
      if (sawZero && unit * 10 >= lastUnit) return undefined; // 一千零二百
      // A bare 十 means 一十 (十五 = 15, 一百十 = 110); a bare 百 or 千 is not a numeral.
      if (pending === undefined && unit !== 10) return undefined;
      total += (pending ?? 1) * unit;
      pending = undefined;
      lastUnit = unit;
      sawZero = false;
    } else {
      return undefined;
    }
  }
  if (sawZero && pending === undefined) return undefined; // trailing 零
  if (pending !== undefined) {
    if (sawZero) {
      if (lastUnit < 100) return undefined; // 二十零五
    } else if (lastUnit !== Infinity && lastUnit > 10) {
      // 一千二 is colloquial for 1200 and 一百二 for 120: reject rather than guess.
      return undefined;
    }
    total += pending;
  }
  return total;
}

function parseUnitNumeral(s: string): number | undefined {
  let total = 0;
  let rest = s;
  for (const [ch, value] of Object.entries(BIG_UNITS)) {
    const at = rest.indexOf(ch);
    if (at >= 0) {
      const high = parseSection(rest.slice(0, at));
      if (high === undefined) return undefined;
      total += high * value;
      rest = rest.slice(at + 1);
      if (rest === "") return total;
      break;
    }
  }
  if (/[万萬]/.test(rest)) return undefined;
  let zero = false;
  if (total > 0 && (rest.startsWith("零") || rest.startsWith("〇"))) {
    rest = rest.slice(1);
    zero = true;
  }
  // 三万二 is colloquial for 32 000: reject rather than guess.
  if (total > 0 && !zero && ![...rest].some((ch) => ch in SMALL_UNITS)) return undefined;
  const low = parseSection(rest);
  if (low === undefined) return undefined;
  return total + low;
}

function parseDigitByDigit(s: string): number | undefined {
  let value = 0;
  for (const ch of s) {
    const digit = DIGITS[ch];
    if (digit === undefined) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Parses an ASCII, full-width or Chinese numeral (see the module comment). Surrounding white
 * space is ignored.
 */
export function parseChineseNumeral(input: string): number | undefined {
  const s = input.trim();
  if (s === "") return undefined;
  const ascii = parseAsciiOrFullWidth(s);
  if (ascii !== undefined) return ascii;
  const hasUnit = [...s].some((ch) => ch in SMALL_UNITS || ch in BIG_UNITS);
  return hasUnit ? parseUnitNumeral(s) : parseDigitByDigit(s);
}

const DIGIT_CHARS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;
const UNIT_CHARS = ["", "十", "百", "千"] as const;

/**
 * Writes a non-negative integer below 100 000 000 as a Chinese numeral, the way statutes number
 * their articles: 10 → 十, 27 → 二十七, 110 → 一百一十, 1201 → 一千二百零一. Other values come
 * back as ASCII digits.
 */
export function formatChineseNumeral(n: number, script: "zh-Hans" | "zh-Hant" | "en" = "zh-Hans"): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100_000_000) return String(n);
  if (n === 0) return "零";
  const section = (v: number): string => {
    let out = "";
    let zero = false;
    for (let place = 3; place >= 0; place--) {
      const digit = Math.floor(v / 10 ** place) % 10;
      if (digit === 0) {
        if (out !== "") zero = true;
        continue;
      }
      if (zero) out += "零";
      zero = false;
      out += DIGIT_CHARS[digit]! + UNIT_CHARS[place]!;
    }
    return out;
  };
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  // The one character that differs between the scripts here: 万 / 萬.
  let out = high > 0 ? `${section(high)}${script === "zh-Hant" ? "萬" : "万"}` : "";
  if (low > 0) out += (high > 0 && low < 1000 ? "零" : "") + section(low);
  // 一十 → 十 at the very start (十五, not 一十五), as statutes write it.
  return out.startsWith("一十") ? out.slice(1) : out;
}
