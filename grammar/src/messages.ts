/**
 * Messages of the language core, in the drafter's language. Each says what is wrong and what
 * to write instead.
 */
import type { MessageTemplate } from "./diagnostic.ts";
import { localized as m } from "./locale.ts";

export const SYNTAX_MESSAGES = {
  unexpectedCharacter: m(
    "Unexpected character {text}. Names use letters, digits, `_` and `-`; put other text in quotes.",
    "无法识别的字符 {text}。名称只能使用字母、数字、`_` 和 `-`；其他文字请放在引号内。",
    "無法識別的字元 {text}。名稱只能使用字母、數字、`_` 和 `-`；其他文字請放在引號內。",
  ),
  unterminatedString: m(
    "This text has no closing quote. Close it with {quote} on the same line.",
    "这段文字缺少结束引号。请在同一行用 {quote} 结束。",
    "這段文字缺少結束引號。請在同一行用 {quote} 結束。",
  ),
  unterminatedComment: m(
    "This comment is never closed: everything after it is ignored. Close it with `*/`.",
    "注释没有结束，其后的内容都被忽略。请用 `*/` 结束注释。",
    "註解沒有結束，其後的內容都被忽略。請用 `*/` 結束註解。",
  ),
  expected: m(
    "Expected {expected} but found {found}.",
    "此处应为{expected}，但发现了{found}。",
    "此處應為{expected}，但發現了{found}。",
  ),
  expectedInClause: m(
    "Expected {expected} in this {clause} but found {found}.",
    "此{clause}中此处应为{expected}，但发现了{found}。",
    "此{clause}中此處應為{expected}，但發現了{found}。",
  ),
  strayTopLevel: m(
    "Unexpected {found} outside any clause. Start a clause with a keyword such as {keywords}.",
    "条款之外出现了{found}。请以关键词开始一个条款，例如 {keywords}。",
    "條款之外出現了{found}。請以關鍵詞開始一個條款，例如 {keywords}。",
  ),
  strayMember: m(
    "Unexpected {found}. Inside a clause write fields as `name: value`.",
    "此处不应出现{found}。条款内请以“字段：值”的形式书写。",
    "此處不應出現{found}。條款內請以「欄位：值」的形式書寫。",
  ),
  missingBrace: m(
    "This {clause} is not closed: add `}` after its last field.",
    "此{clause}没有结束：请在最后一个字段之后加上 `}`。",
    "此{clause}沒有結束：請在最後一個欄位之後加上 `}`。",
  ),
  tooDeep: m(
    "Blocks are nested more than {limit} deep; the nested part is ignored. Duty clauses need at most two levels.",
    "区块嵌套超过 {limit} 层，嵌套部分已被忽略。Duty 条款最多只需两层。",
    "區塊巢狀超過 {limit} 層，巢狀部分已被忽略。Duty 條款最多只需兩層。",
  ),
  tooLarge: m(
    "This file is {size} MB, over the {limit} MB limit; it was not reviewed. Split it into several policies joined by `import`.",
    "此文件大小为 {size} MB，超过 {limit} MB 上限，未予审查。请拆分为多个政策文件并用“导入”连接。",
    "此檔案大小為 {size} MB，超過 {limit} MB 上限，未予審查。請拆分為多個政策檔案並用「導入」連接。",
  ),
  unknownField: m(
    "{clause} has no field `{key}`.{suggestion} Fields here: {fields}.",
    "{clause}没有字段“{key}”。{suggestion}可用字段：{fields}。",
    "{clause}沒有欄位「{key}」。{suggestion}可用欄位：{fields}。",
  ),
  didYouMean: m(" Did you mean `{name}`?", "是否应为“{name}”？", "是否應為「{name}」？"),
  duplicateField: m(
    "`{key}` is given twice in this {clause}; only the first counts. Merge the two.",
    "此{clause}中“{key}”出现了两次，只有第一个有效。请合并。",
    "此{clause}中「{key}」出現了兩次，只有第一個有效。請合併。",
  ),
  missingValue: m(
    "`{key}` has no value. Write {expected} after the colon.",
    "“{key}”没有值。请在冒号后写上{expected}。",
    "「{key}」沒有值。請在冒號後寫上{expected}。",
  ),
  emptyText: m(
    "`{key}` is an empty text: it says nothing, so it counts as not written. Write what it should say.",
    "“{key}”是空文字，等于没有写。请写明具体内容。",
    "「{key}」是空文字，等於沒有寫。請寫明具體內容。",
  ),
  noSuchDate: m(
    "`{key}`: {date} is not a day of the calendar (month 1–12, and a day the month has). Write the date meant, e.g. `2026-07-01`.",
    "“{key}”：{date}不是日历上存在的日期（月份为1至12，日期不超过当月天数）。请写出实际的日期，如“2026年7月1日”。",
    "「{key}」：{date}不是日曆上存在的日期（月份為1至12，日期不超過當月天數）。請寫出實際的日期，如「2026年7月1日」。",
  ),
  expectedShape: m(
    "`{key}` expects {expected}, not {found}.",
    "“{key}”应为{expected}，而不是{found}。",
    "「{key}」應為{expected}，而不是{found}。",
  ),
  unknownEnum: m(
    "`{word}` is not a value of `{key}`.{suggestion} Write one of: {values}.",
    "“{word}”不是“{key}”的可用值。{suggestion}可用值：{values}。",
    "「{word}」不是「{key}」的可用值。{suggestion}可用值：{values}。",
  ),
  notABlock: m(
    "`{key}` is a field: write `{key}: value`, not a block.",
    "“{key}”是字段：请写成“{key}：值”，而不是区块。",
    "「{key}」是欄位：請寫成「{key}：值」，而不是區塊。",
  ),
  needsBlock: m(
    "`{key}` is a block: write `{key} { places: … periods: … }`.",
    "“{key}”是区块：请写成“{key} { 地点：…  时段：… }”。",
    "「{key}」是區塊：請寫成「{key} { 地點：…  時段：… }」。",
  ),
  missingName: m(
    "This {clause} has no name. Give it one so that other clauses can refer to it: `{keyword} name`.",
    "此{clause}没有名称。请命名，以便其他条款引用：“{keyword} 名称”。",
    "此{clause}沒有名稱。請命名，以便其他條款引用：「{keyword} 名稱」。",
  ),
} satisfies Record<string, MessageTemplate>;

/** How tokens and value shapes are named in messages. */
export const THINGS = {
  "}": m("`}`", "“}”", "「}」"),
  "{": m("`{`", "“{”", "「{」"),
  ":": m("`:`", "冒号“：”", "冒號「：」"),
  name: m("a name", "名称", "名稱"),
  names: m("a list of names separated by commas", "以逗号分隔的名称列表", "以逗號分隔的名稱列表"),
  text: m("a quoted text", "带引号的文字", "帶引號的文字"),
  date: m("a date such as 2026-01-01", "日期，例如 2026-01-01", "日期，例如 2026-01-01"),
  limit: m("a number with a unit, such as `30 days` or `50000 CNY`", "带单位的数字，例如“30日”或“5万元”", "帶單位的數字，例如「30日」或「5萬元」"),
  enum: m("one of the listed values", "列出的可用值之一", "列出的可用值之一"),
  trigger: m("`conduct` or `outcome` followed by a quoted description", "“行为”或“结果”加带引号的说明", "「行為」或「結果」加帶引號的說明"),
  appeal: m("a tier and a time limit, such as `regulator within 30 days`", "层级加时限，例如“监管机构 30日内”", "層級加時限，例如「監管機構 30日內」"),
  citations: m("a law citation such as `physicians-act/27` or `\"Physicians Act art. 27\"`", "法律条文引用，例如“医师法 第二十七条”", "法律條文引用，例如「醫師法 第二十七條」"),
  evidence: m("names or quoted texts", "名称或带引号的文字", "名稱或帶引號的文字"),
  expectation: m(
    "a tier and a verdict, then optionally `by` and the clause behind it, such as `teller exempt by storm_exemption`",
    "层级加结论，可再加“因”和作出该结论的条款，例如“柜员 免责 因 自然灾害”",
    "層級加結論，可再加「因」和作出該結論的條款，例如「櫃員 免責 因 自然災害」",
  ),
  keyword: m("a clause keyword", "条款关键词", "條款關鍵詞"),
  string: m("a quoted text", "带引号的文字", "帶引號的文字"),
  number: m("a number", "数字", "數字"),
  value: m("a value", "值", "值"),
  endOfFile: m("the end of the file", "文件结尾", "檔案結尾"),
  severalValues: m("several values", "多个值", "多個值"),
  field: m("a field (`name: value`)", "字段（“名称：值”）", "欄位（「名稱：值」）"),
  fieldOrEnd: m("a field (`name: value`) or `}`", "字段（“名称：值”）或“}”", "欄位（「名稱：值」）或「}」"),
} satisfies Record<string, MessageTemplate>;
