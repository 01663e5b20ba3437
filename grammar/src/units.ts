/**
 * Quantities with units, normalised so that two limits can be compared: money in CNY,
 * durations in calendar days, percentages as written.
 */
export type QuantityKind = "money" | "duration" | "percent";

export interface Quantity {
  readonly amount: number;
  /** The unit as the drafter wrote it. */
  readonly unit: string;
  readonly kind: QuantityKind;
  /** The amount in the kind's base unit: CNY, calendar days or percent. */
  readonly normalized: number;
}

export type UnitId = "yuan" | "ten_thousand_yuan" | "hundred_million_yuan" | "working_day" | "day" | "hour" | "minute" | "week" | "month" | "year" | "percent";

/** Working days are converted at 7/5 so that "10 working days" compares with "14 days". */
const UNIT_FACTORS: ReadonlyArray<readonly [RegExp, QuantityKind, number, UnitId]> = [
  [/^(?:CNY|RMB|yuan|元)$/i, "money", 1, "yuan"],
  [/^(?:万元|萬元)$/, "money", 10_000, "ten_thousand_yuan"],
  [/^(?:亿元|億元)$/, "money", 100_000_000, "hundred_million_yuan"],
  [/^(?:working|business) days?$|^(?:个|個)?工作日$/i, "duration", 7 / 5, "working_day"],
  [/^days?$|^[日天]$/i, "duration", 1, "day"],
  [/^hours?$|^(?:小时|小時)$/i, "duration", 1 / 24, "hour"],
  [/^minutes?$|^(?:分钟|分鐘)$/i, "duration", 1 / 1440, "minute"],
  [/^weeks?$|^[周週]$/i, "duration", 7, "week"],
  [/^months?$|^(?:个|個)?月$/i, "duration", 30, "month"],
  [/^years?$|^年$/i, "duration", 365, "year"],
  [/^(?:%|％|percent)$/i, "percent", 1, "percent"],
];

const MONTHS = /^months?$|^(?:个|個)?月$/i;
const YEARS = /^years?$|^年$/i;

/**
 * The calendar days a duration may stand for: a month is 28 to 31 days and a year 365 or 366,
 * so that "12 months" and "1 year", "30 days" and "1 month" are not told apart as shorter or
 * longer (the normalised value counts a month as 30 days). Other quantities: their value.
 */
export function durationBounds(quantity: Quantity): readonly [number, number] {
  if (quantity.kind !== "duration") return [quantity.normalized, quantity.normalized];
  if (MONTHS.test(quantity.unit)) return [quantity.amount * 28, quantity.amount * 31];
  if (YEARS.test(quantity.unit)) return [quantity.amount * 365, quantity.amount * 366];
  return [quantity.normalized, quantity.normalized];
}

export function quantityOf(amount: number, unit: string): Quantity | undefined {
  for (const [pattern, kind, factor] of UNIT_FACTORS) {
    if (pattern.test(unit)) return { amount, unit, kind, normalized: amount * factor };
  }
  return undefined;
}

/** A quantity's written unit, named the same whatever the script (`working_day` for 工作日 and working days). */
export function unitIdOf(quantity: Quantity): UnitId {
  return UNIT_FACTORS.find(([pattern]) => pattern.test(quantity.unit))![3];
}
