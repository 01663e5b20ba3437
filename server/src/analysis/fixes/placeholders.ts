/**
 * What quick fixes write where only the drafter can say what belongs: bracketed placeholders,
 * visibly unfinished and still valid Duty, and the default sentences some clauses start with.
 * A placeholder left in a policy is found again by boundary/placeholder, so that applying a fix
 * never makes a finding go away without the drafter's words.
 */
import type { Locale, Localized } from "../../../../grammar/src/index.ts";
import { LOCALES, format, localized as m } from "../../../../grammar/src/locale.ts";
import { EXTRA_TERM_ENTRY, LEXICON } from "../rules/boundary/vague-terms.ts";

export const PLACEHOLDERS = {
  standard: m("[how anyone can tell the duty was met]", "【如何判断已经履行】", "【如何判斷已經履行】"),
  when: m("[which honest mistakes are forgiven]", "【宽容哪些无心之失】", "【寬容哪些無心之失】"),
  correction: m("[the correction that must follow, by when, and who checks it]", "【必须跟进的纠错措施、期限及核查人】", "【必須跟進的糾錯措施、期限及核查人】"),
  trigger: m("[what the holder did or failed to do]", "【责任人做了什么或没做什么】", "【責任人做了什麼或沒做什麼】"),
  // Default sentences rather than placeholders: what the law or the rule itself says belongs there.
  limits: m("Never for knowing violations or self-interest", "明知故犯、谋取私利的不予容错", "明知故犯、謀取私利的不予容錯"),
  forceMajeure: m(
    "Unforeseeable, unavoidable and insurmountable circumstances prevented performance",
    "因不能预见、不能避免且不能克服的客观情况无法履行",
    "因不能預見、不能避免且不能克服的客觀情況無法履行",
  ),
  emergency: m(
    "The patient's life is in danger and neither the patient nor a close relative can give consent",
    "抢救生命垂危的患者等紧急情况，不能取得患者或者其近亲属意见",
    "搶救生命垂危的患者等緊急情況，不能取得患者或者其近親屬意見",
  ),
  superiorAnswers: m(
    "When the superior gave no guidance or did not provide the resources the duty needs",
    "上级未给予指导或未提供履行所需资源时，由上级承担管理责任",
    "上級未給予指導或未提供履行所需資源時，由上級承擔管理責任",
  ),
  reason: m("", "", ""),
} satisfies Record<string, Localized>;

const VAGUE: Localized = m("[{instead}]", "【{instead}】", "【{instead}】");

/** What replaces a vague term: what to write instead, in brackets. */
export function vaguePlaceholder(instead: string, locale: Locale): string {
  // The placeholder goes inside a quoted text: it must not carry quotes of its own.
  return format(VAGUE[locale], { instead: instead.replace(/["“”「」『』'＂`]/g, "") });
}

/** Placeholders earlier versions wrote, still to be found in policies fixed with them. */
const EARLIER: readonly string[] = ["[the correction that must follow, and who checks it]", "【必须跟进的纠错措施及核查人】", "【必須跟進的糾錯措施及核查人】"];

let bracketed: readonly string[] | undefined;

/** Every bracketed placeholder any fix writes or wrote, in every language (made on first use). */
function bracketedPlaceholders(): readonly string[] {
  bracketed ??= [
    ...EARLIER,
    ...[PLACEHOLDERS.standard, PLACEHOLDERS.when, PLACEHOLDERS.correction, PLACEHOLDERS.trigger].flatMap((text) => LOCALES.map((locale) => text[locale])),
    ...[...LEXICON.entries, EXTRA_TERM_ENTRY].flatMap((entry) => LOCALES.map((locale) => vaguePlaceholder(entry.instead[locale], locale))),
  ];
  return bracketed;
}

/** The placeholder a fix left in `text`, if any. */
export function placeholderIn(text: string): string | undefined {
  if (!text.includes("[") && !text.includes("【")) return undefined;
  return bracketedPlaceholders().find((placeholder) => text.includes(placeholder));
}
