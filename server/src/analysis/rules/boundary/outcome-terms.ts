/**
 * Words that tell an outcome metric (accidents, complaints, targets, rankings) from conduct (what
 * someone did or failed to do). boundary/outcome-only reads a trigger written without
 * `conduct`/`outcome` through them: an outcome word and no conduct word means the trigger is a
 * result alone.
 */
import type { TermsByScript } from "./vague-terms.ts";
import { TermMatcher } from "./term-matcher.ts";

export const OUTCOME_TERMS: TermsByScript = {
  en: [
    "accident", "accidents", "accident count", "number of accidents", "incident", "incidents",
    "complaint", "complaints", "complaint rate", "number of complaints",
    "casualty", "casualties", "death", "deaths", "dies", "died", "drown", "drowns", "drowning", "drowned", "injury", "injuries", "injured",
    "loss", "losses", "scammed", "defrauded",
    "income target", "poverty-exit rate", "target", "targets", "quota", "ranking", "ranked last", "ranks last", "last place", "veto",
    "satisfaction rate", "satisfaction",
  ],
  "zh-Hans": [
    "事故", "投诉", "投诉率", "脱贫率", "收入目标", "考核排名", "排名", "一票否决", "伤亡", "死亡", "溺水", "受伤",
    "损失", "被骗", "指标", "年度目标", "目标任务", "未达到", "未完成任务", "上访", "舆情", "发案率", "发案",
    "诈骗案件", "刑事案件", "治安案件", "满意度", "考核不合格",
  ],
  "zh-Hant": [
    "事故", "投訴", "投訴率", "脫貧率", "收入目標", "考核排名", "排名", "一票否決", "傷亡", "死亡", "溺水", "受傷",
    "損失", "被騙", "指標", "年度目標", "目標任務", "未達到", "未完成任務", "上訪", "輿情", "發案率", "發案",
    "詐騙案件", "刑事案件", "治安案件", "滿意度", "考核不合格",
  ],
};

/** Words that describe conduct: with one of them, the trigger is not a result alone. */
export const CONDUCT_TERMS: TermsByScript = {
  en: [
    "fail", "fails", "failed", "failure", "did not", "does not", "didn't", "doesn't", "not", "never", "without",
    "breach", "breached", "breaches", "violate", "violated", "violates", "violation", "neglect", "neglected",
    "refuse", "refused", "refusal", "delay", "delayed", "omitted", "skipped", "contrary to",
    "falsified", "falsify", "forged", "fabricated", "lost the",
  ],
  "zh-Hans": [
    "未按", "未履行", "未尽", "未执行", "未落实", "未采取", "未开展", "未进行", "未作出", "未提示", "未告知", "未报告",
    "未上报", "未核实", "未取得", "违反", "违规", "拒绝", "拖延", "失职", "渎职", "玩忽", "不作为", "擅自", "故意",
    "隐瞒", "伪造", "不履行", "怠于", "超期", "不严", "未签订", "弄虚作假",
  ],
  "zh-Hant": [
    "未按", "未履行", "未盡", "未執行", "未落實", "未採取", "未開展", "未進行", "未作出", "未提示", "未告知", "未報告",
    "未上報", "未核實", "未取得", "違反", "違規", "拒絕", "拖延", "失職", "瀆職", "玩忽", "翫忽", "不作為", "擅自", "故意",
    "隱瞞", "偽造", "不履行", "怠於", "超期", "不嚴", "未簽訂", "弄虛作假",
  ],
};

/**
 * "not" and "without" name conduct ("warning not shown", "paid out without a check"), but not in
 * a result measured against a target: "target not met", "complaint rate not below 1%".
 */
const NOT_CONDUCT: readonly string[] = [
  "not met", "not achieved", "not reached", "not attained", "not below", "not above",
  "not lower than", "not higher than", "not less than", "not more than",
];

function matcherOf(terms: TermsByScript, exceptions: readonly string[] = []): TermMatcher<true> {
  return new TermMatcher([...terms.en, ...terms["zh-Hans"], ...terms["zh-Hant"]].map((term) => [term, true] as const), exceptions);
}

const outcomes = matcherOf(OUTCOME_TERMS);
const conduct = matcherOf(CONDUCT_TERMS, NOT_CONDUCT);

/** The first outcome word of a text that names no conduct; undefined otherwise. */
export function outcomeWithoutConduct(text: string): string | undefined {
  if (conduct.find(text).length > 0) return undefined;
  return outcomes.find(text)[0]?.text;
}
