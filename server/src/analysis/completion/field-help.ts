/**
 * Help for the field being written, shown by the editor as "signature help" after `key:`: the
 * shape its value must take (`holder: <tier>`, `kind: care | statutory`), what the field means,
 * and the accepted values or units — in the document's language and punctuation.
 */
import type { Locale, Localized } from "../../../../grammar/src/index.ts";
import { THINGS } from "../../../../grammar/src/messages.ts";
import { spell, type FieldSpec } from "../../../../grammar/src/vocabulary.ts";
import { styleOf, type Style } from "../fixes/writer.ts";
import type { SemanticModel } from "../model.ts";
import { cursorContext } from "./context.ts";
import { unitsFor } from "./units.ts";
import { listed, localized as m } from "../../../../grammar/src/locale.ts";

const WORDS = {
  tier: m("tier", "层级", "層級"),
  duty: m("duty", "责任", "責任"),
  resource: m("resource", "资源", "資源"),
  place: m("place", "地点", "地點"),
  period: m("period", "时段", "時段"),
  name: m("name", "名称", "名稱"),
  text: m("text", "文字", "文字"),
  number: m("number", "数字", "數字"),
  unit: m("unit", "单位", "單位"),
  duration: m("duration", "期限", "期限"),
  law: m("law", "法律", "法律"),
  article: m("article", "条", "條"),
  verdict: m("verdict", "结论", "結論"),
  clause: m("exemption or tolerance", "免责或容错", "免責或容錯"),
  expects: m("Expects {what}.", "应为{what}。", "應為{what}。"),
  values: m("Values:", "可用值：", "可用值："),
  units: m("Units:", "单位：", "單位："),
  references: m("Names a declared {what}.", "引用已声明的{what}。", "引用已聲明的{what}。"),
} satisfies Record<string, Localized>;

/** Fields that name a declared clause, by canonical key: what they name. */
export const REFERENCE_KINDS: Readonly<Record<string, "tier" | "duty">> = {
  issuer: "tier",
  under: "tier",
  holder: "tier",
  imposed_by: "tier",
  approval: "tier",
  investigate: "tier",
  determine: "tier",
  covers: "duty",
  refines: "duty",
  performed: "duty",
  breached: "duty",
};

/** Free labels (`needs`, `places`…): what one of them is called. */
const LABEL_WORDS: Readonly<Record<string, keyof typeof WORDS>> = {
  resources: "resource",
  needs: "resource",
  places: "place",
  periods: "period",
};

function angle(word: string): string {
  return `<${word}>`;
}

/** What the value of a field looks like, written as the document writes: `<tier>`, `care | statutory`. */
export function valuePattern(spec: FieldSpec, style: Style): string {
  const locale = style.locale;
  const zh = locale !== "en";
  const word = (key: keyof typeof WORDS): string => WORDS[key][locale];
  const list = (item: string): string => `${item}${style.comma}…`;
  const ref = REFERENCE_KINDS[spec.key];
  const label = LABEL_WORDS[spec.key];
  const named = angle(ref ? word(ref) : label ? word(label) : word("name"));
  const values = (spec.values ?? []).map((value) => spell(value.spelling, locale));
  switch (spec.shape) {
    case "name":
      return named;
    case "names":
      return list(named);
    case "text":
      return `${style.open}${angle(word("text"))}${style.close}`;
    case "date":
      return zh ? "2026年1月1日" : "2026-01-01";
    case "limit":
      return zh ? `${angle(word("number"))}${angle(word("unit"))}` : `${angle(word("number"))} ${angle(word("unit"))}`;
    case "enum":
      return values.join(" | ");
    case "enums":
      return list(values.join(" | "));
    case "trigger":
      return `${values.join(" | ")} ${style.open}${angle(word("text"))}${style.close}`;
    case "appeal":
      return zh
        ? `${angle(word("tier"))} ${angle(word("duration"))}${locale === "zh-Hant" ? "內" : "内"}`
        : `${angle(word("tier"))} within ${angle(word("duration"))}`;
    case "citations":
      return zh
        ? list(`${angle(word("law"))} 第…${word("article")}`)
        : list(`${angle("law-id")}/${angle(word("article"))}`);
    case "evidence":
      return list(`${angle(word("name"))} | ${style.open}${angle(word("text"))}${style.close}`);
    case "expectation":
      return list(`${angle(word("tier"))} ${angle(word("verdict"))} [${zh ? "因" : "by"} ${angle(word("clause"))}]`);
    case "block": {
      const inner = (spec.fields ?? []).slice(0, 2).map((field) => `${spell(field.spelling, locale)}${style.colon}…`);
      return `{ ${inner.join("  ")} }`;
    }
  }
}

/** Shapes whose value (each value, for lists) is a single atom. */
const SINGLE_ATOM: ReadonlySet<FieldSpec["shape"]> = new Set(["name", "names", "text", "date", "enum", "evidence"]);

export interface FieldHelp {
  /** `holder: <tier>`. */
  readonly label: string;
  /** Where the value pattern is in the label: [start, end) in UTF-16 units. */
  readonly parameter: readonly [number, number];
  /** Markdown: what the field means, what it expects, its values or units. */
  readonly documentation: string;
}

/** The signature-like label and documentation of a field. */
export function describeField(spec: FieldSpec, style: Style): FieldHelp {
  const locale: Locale = style.locale;
  const key = spell(spec.spelling, locale);
  const separator = spec.shape === "block" ? " " : style.colon;
  const pattern = valuePattern(spec, style);
  const label = `${key}${separator}${pattern}`;
  const start = key.length + separator.length;
  const lines = [spec.description[locale]];
  const ref = REFERENCE_KINDS[spec.key];
  const expects = THINGS[spec.shape as keyof typeof THINGS];
  if (ref) lines.push("", WORDS.references[locale].replace("{what}", WORDS[ref][locale]));
  else if (expects) lines.push("", WORDS.expects[locale].replace("{what}", expects[locale]));
  if (spec.values && spec.values.length > 0) {
    lines.push("", WORDS.values[locale]);
    for (const value of spec.values) lines.push(`- \`${spell(value.spelling, locale)}\` — ${value.description[locale]}`);
  }
  const units = unitsFor(spec.key, locale);
  if (units.length > 0) lines.push("", `${WORDS.units[locale]} ${listed(units.map((unit) => `\`${unit.unit}\``), locale)}`);
  return { label, parameter: [start, start + pattern.length], documentation: lines.join("\n") };
}

/** Help for the field whose value the cursor is in; undefined elsewhere (keys, strings, comments). */
export function fieldHelpAt(model: SemanticModel, offset: number): FieldHelp | undefined {
  const context = cursorContext(model.document, offset);
  if (context.kind !== "value" || !context.field) return undefined;
  // Once a one-atom value is written, what follows is the next field: the help has done its job.
  const current = context.values[context.values.length - 1] ?? [];
  const written = current.filter((token) => token !== context.touching);
  const done = SINGLE_ATOM.has(context.field.shape)
    ? written.length > 0
    : context.field.shape === "limit"
      ? written.some((token) => token.kind === "quantity" || token.kind === "string")
      : context.field.shape === "trigger" && written.some((token) => token.kind === "string");
  if (done) return undefined;
  return describeField(context.field, styleOf(model.document));
}
