/**
 * The units completion offers after a number in a limit (`deadline`, `threshold`,
 * `correction_deadline`, the time limit of an `appeal`), in the document's script. Every unit
 * here is one the lexer reads as a quantity (grammar/src/tokens.ts UNITS).
 */
import type { Locale, Localized } from "../../../../grammar/src/index.ts";
import { localized as m } from "../../../../grammar/src/locale.ts";
import { quantityOf, unitIdOf, type UnitId } from "../../../../grammar/src/units.ts";

export interface UnitSuggestion {
  readonly unit: string;
  /** The English singular, written after `1`. */
  readonly singular?: string;
  readonly meaning: string;
}

const MEANINGS = {
  workingDays: m("Working days: counted as 7/5 calendar days.", "工作日：按 7/5 个自然日计。", "工作日：按 7/5 個自然日計。"),
  days: m("Calendar days.", "自然日。", "自然日。"),
  hours: m("Hours.", "小时。", "小時。"),
  weeks: m("Weeks: 7 days.", "周：7 日。", "週：7 日。"),
  months: m("Months: counted as 30 days.", "月：按 30 日计。", "月：按 30 日計。"),
  years: m("Years: 365 days.", "年：365 日。", "年：365 日。"),
  yuan: m("Yuan (CNY).", "元（人民币）。", "元（人民幣）。"),
  tenThousand: m("Ten thousand yuan.", "万元。", "萬元。"),
  hundredMillion: m("A hundred million yuan.", "亿元。", "億元。"),
  percent: m("Percent.", "百分比。", "百分比。"),
  minutes: m("Minutes.", "分钟。", "分鐘。"),
} satisfies Record<string, Localized>;

/** Each unit the language reads (grammar/src/units.ts), by what it counts. */
const MEANING_OF_UNIT: Readonly<Record<UnitId, keyof typeof MEANINGS>> = {
  yuan: "yuan",
  ten_thousand_yuan: "tenThousand",
  hundred_million_yuan: "hundredMillion",
  working_day: "workingDays",
  day: "days",
  hour: "hours",
  minute: "minutes",
  week: "weeks",
  month: "months",
  year: "years",
  percent: "percent",
};

type Entry = readonly [unit: string, meaning: keyof typeof MEANINGS, singular?: string];

const DURATIONS: Readonly<Record<Locale, readonly Entry[]>> = {
  en: [
    ["working days", "workingDays", "working day"],
    ["days", "days", "day"],
    ["hours", "hours", "hour"],
    ["weeks", "weeks", "week"],
    ["months", "months", "month"],
    ["years", "years", "year"],
  ],
  "zh-Hans": [
    ["工作日", "workingDays"],
    ["个工作日", "workingDays"],
    ["日", "days"],
    ["天", "days"],
    ["小时", "hours"],
    ["周", "weeks"],
    ["个月", "months"],
    ["年", "years"],
  ],
  "zh-Hant": [
    ["工作日", "workingDays"],
    ["個工作日", "workingDays"],
    ["日", "days"],
    ["天", "days"],
    ["小時", "hours"],
    ["週", "weeks"],
    ["個月", "months"],
    ["年", "years"],
  ],
};

const AMOUNTS: Readonly<Record<Locale, readonly Entry[]>> = {
  en: [
    ["CNY", "yuan"],
    ["yuan", "yuan"],
    ["percent", "percent"],
  ],
  "zh-Hans": [
    ["万元", "tenThousand"],
    ["元", "yuan"],
    ["亿元", "hundredMillion"],
    ["%", "percent"],
  ],
  "zh-Hant": [
    ["萬元", "tenThousand"],
    ["元", "yuan"],
    ["億元", "hundredMillion"],
    ["%", "percent"],
  ],
};

const FIELD_UNITS: Readonly<Record<string, Readonly<Record<Locale, readonly Entry[]>>>> = {
  deadline: DURATIONS,
  correction_deadline: DURATIONS,
  appeal: DURATIONS,
  threshold: AMOUNTS,
};

/**
 * What a unit written in a quantity means, in `locale` (`个工作日` in an English hover: "Working
 * days: counted as 7/5 calendar days."), for every spelling the language reads (`business days`,
 * `分鐘`, `RMB`); undefined for a unit it does not read.
 */
export function unitMeaning(unit: string, locale: Locale): string | undefined {
  const quantity = quantityOf(1, unit);
  return quantity ? MEANINGS[MEANING_OF_UNIT[unitIdOf(quantity)]][locale] : undefined;
}

/** The units for a field (by canonical key) in a script; none for fields that take no quantity. */
export function unitsFor(fieldKey: string, locale: Locale): UnitSuggestion[] {
  const entries = FIELD_UNITS[fieldKey]?.[locale] ?? [];
  return entries.map(([unit, meaning, singular]) => ({ unit, meaning: MEANINGS[meaning][locale], ...(singular ? { singular } : {}) }));
}
