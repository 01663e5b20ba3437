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

/**
 * Working days are converted at 7/5 so that "10 working days" compares with "14 days"; a month
 * is a twelfth of a year, so that "12 months" is "1 year" (at 30 days, a deadline of 12 months
 * refining one of a year was reported as shortened).
 */
const UNIT_FACTORS: ReadonlyArray<readonly [RegExp, QuantityKind, number]> = [
  [/^(?:CNY|RMB|yuan|元)$/i, "money", 1],
  [/^(?:万元|萬元)$/, "money", 10_000],
  [/^(?:亿元|億元)$/, "money", 100_000_000],
  [/^(?:working|business) days?$|^(?:个|個)?工作日$/i, "duration", 7 / 5],
  [/^days?$|^[日天]$/i, "duration", 1],
  [/^hours?$|^(?:小时|小時)$/i, "duration", 1 / 24],
  [/^minutes?$|^(?:分钟|分鐘)$/i, "duration", 1 / 1440],
  [/^weeks?$|^[周週]$/i, "duration", 7],
  [/^months?$|^(?:个|個)?月$/i, "duration", 365 / 12],
  [/^years?$|^年$/i, "duration", 365],
  [/^(?:%|％|percent)$/i, "percent", 1],
];

export function quantityOf(amount: number, unit: string): Quantity | undefined {
  for (const [pattern, kind, factor] of UNIT_FACTORS) {
    if (pattern.test(unit)) return { amount, unit, kind, normalized: amount * factor };
  }
  return undefined;
}
