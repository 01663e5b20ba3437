/**
 * The findings of the language core and the semantic model, described like review rules so that
 * every finding has an id, a severity, a summary and a docs page.
 */
import type { Localized, Severity } from "../../../grammar/src/index.ts";

export interface RuleDescription {
  readonly id: string;
  readonly severity: Severity;
  readonly summary: Localized;
}

const rule = (id: string, en: string, hans: string, hant: string, severity: Severity = "error"): RuleDescription => ({
  id,
  severity,
  summary: { en, "zh-Hans": hans, "zh-Hant": hant },
});

export const CORE_RULES: readonly RuleDescription[] = [
  rule("syntax/unexpected-character", "A character that cannot start any word of the language.", "无法识别的字符。", "無法識別的字元。"),
  rule("syntax/unterminated-string", "A quoted text without its closing quote.", "引号未闭合的文字。", "引號未閉合的文字。"),
  rule("syntax/unterminated-comment", "A block comment without `*/`.", "未结束的块注释。", "未結束的區塊註解。"),
  rule("syntax/unexpected-token", "Something the grammar does not allow at this place.", "此处不符合语法。", "此處不符合語法。"),
  rule("syntax/missing-brace", "A clause without its closing `}`.", "条款缺少结束的“}”。", "條款缺少結束的「}」。"),
  rule("syntax/too-deep", "Blocks nested beyond the limit.", "区块嵌套超过上限。", "區塊巢狀超過上限。"),
  rule("syntax/too-large", "A file over the size limit, not reviewed.", "文件超过大小上限，未予审查。", "檔案超過大小上限，未予審查。"),
  rule("syntax/unknown-field", "A field the clause does not have.", "条款中不存在的字段。", "條款中不存在的欄位。"),
  rule("syntax/duplicate-field", "A field given twice in one clause.", "同一条款中重复的字段。", "同一條款中重複的欄位。"),
  rule("syntax/missing-value", "A field with nothing after its colon, or only an empty text.", "冒号后没有值或只有空文字的字段。", "冒號後沒有值或只有空文字的欄位。"),
  rule("syntax/invalid-value", "A value of the wrong shape for its field.", "值的形式与字段不符。", "值的形式與欄位不符。"),
  rule("syntax/missing-name", "A clause that others must refer to, without a name.", "需要被引用却没有名称的条款。", "需要被引用卻沒有名稱的條款。"),
  rule("name/unknown", "A reference to a name that is not declared.", "引用了未声明的名称。", "引用了未聲明的名稱。"),
  rule("name/wrong-kind", "A reference to a clause of the wrong kind.", "引用了类型不符的条款。", "引用了類型不符的條款。"),
  rule("name/duplicate", "Two clauses with the same name.", "两个条款同名。", "兩個條款同名。"),
  rule("name/tier-cycle", "Tiers that are each other's superiors.", "层级互为上级，形成循环。", "層級互為上級，形成循環。"),
  rule("name/refines-cycle", "Duties that refine each other in a circle.", "责任相互细化，形成循环。", "責任相互細化，形成循環。"),
  rule("import/not-found", "An import of a file that does not exist.", "导入的文件不存在。", "導入的檔案不存在。"),
  rule("import/cycle", "Imports that lead back to the importing file.", "导入最终又导入了本文件。", "導入最終又導入了本檔案。"),
  rule("import/outside-workspace", "An import of a file outside the workspace.", "导入了工作区之外的文件。", "導入了工作區之外的檔案。"),
  rule("config/invalid", "A configuration or law file that is not valid; its settings are ignored.", "配置文件或法律库文件无效，其设置被忽略。", "設定檔或法律庫檔案無效，其設定被忽略。"),
  rule("suppression/missing-reason", "A `duty-ignore` comment without a reason.", "未说明理由的 `duty-ignore` 注释。", "未說明理由的 `duty-ignore` 註解。", "warning"),
  rule("suppression/unknown-rule", "A `duty-ignore` comment naming a rule that does not exist.", "`duty-ignore` 注释中写了不存在的规则。", "`duty-ignore` 註解中寫了不存在的規則。", "warning"),
];

const LANGUAGE_RULE_IDS: ReadonlySet<string> = new Set(CORE_RULES.map((rule) => rule.id));

/** Whether a finding is the language's own (syntax, names, imports, configuration), not a review rule's. */
export function isLanguageFinding(rule: string): boolean {
  return LANGUAGE_RULE_IDS.has(rule);
}
