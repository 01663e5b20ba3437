/**
 * boundary/placeholder — a text that still holds a placeholder a quick fix left (`【如何判断已经
 * 履行】`, `[which honest mistakes are forgiven]`). The fix made the clause complete in form; the
 * drafter has not yet said what it must say, and until then the finding the fix answered is
 * answered only on paper.
 */
import type { Member } from "../../../../../grammar/src/index.ts";
import { placeholderIn } from "../../fixes/placeholders.ts";
import type { Rule, RuleContext } from "../rule.ts";

const MESSAGE = {
  en: "`{key}` still holds the placeholder “{placeholder}” a quick fix left: write what it asks for. Until then the clause only looks complete.",
  "zh-Hans": "“{key}”中仍是快速修复留下的占位内容“{placeholder}”：请按提示写明。写明之前，本条款只是形式上完整。",
  "zh-Hant": "「{key}」中仍是快速修復留下的佔位內容「{placeholder}」：請按提示寫明。寫明之前，本條款只是形式上完整。",
};

export const placeholder: Rule = {
  meta: {
    id: "boundary/placeholder",
    severity: "warning",
    summary: {
      en: "A text that still holds a placeholder left by a quick fix.",
      "zh-Hans": "文本中仍留有快速修复生成的占位内容。",
      "zh-Hant": "文本中仍留有快速修復生成的佔位內容。",
    },
    why: {
      en: "A quick fix can add the field a finding asked for, but not what only the drafter knows: how anyone can tell the duty was met, which mistakes are forgiven, what correction follows. A placeholder reads like text, so the policy looks finished and exports; whoever applies it later decides after the fact what the blank meant.",
      "zh-Hans": "快速修复可以补上所缺的字段，却补不上只有起草者知道的内容：怎样判断已经履职、宽容哪些失误、须跟进什么纠错。占位内容看上去像正文，政策显得已经完成、也能导出；日后适用的人只能事后决定这处空白是什么意思。",
      "zh-Hant": "快速修復可以補上所缺的欄位，卻補不上只有起草者知道的內容：怎樣判斷已經履職、寬容哪些失誤、須跟進什麼糾錯。佔位內容看上去像正文，政策顯得已經完成、也能匯出；日後適用的人只能事後決定這處空白是什麼意思。",
    },
    instead: {
      en: "Replace the bracketed text with what it asks for, in the policy's own words.",
      "zh-Hans": "把方括号中的提示替换为它要求写明的具体内容。",
      "zh-Hant": "把方括號中的提示替換為它要求寫明的具體內容。",
    },
    laws: [],
  },
  check(context) {
    for (const block of context.document.tree.blocks) checkMembers(context, block.members);
  },
};

function checkMembers(context: RuleContext, members: readonly Member[]): void {
  // By index: this walk visits every atom of the tree on the first review of a document, while its
  // code is not yet optimised, and `for … of` there pays the iterator protocol per atom — 15 of
  // the ~85 ms of a first review of the 236 KiB benchmark policy in one process, ~1 this way
  // (over the protocol the cold start did not move measurably: it has larger costs).
  for (let m = 0; m < members.length; m++) {
    const member = members[m]!;
    if (member.type === "subBlock") {
      checkMembers(context, member.members);
      continue;
    }
    const values = member.values;
    for (let v = 0; v < values.length; v++) {
      const atoms = values[v]!.atoms;
      for (let a = 0; a < atoms.length; a++) {
        const atom = atoms[a]!;
        if (atom.kind !== "string") continue;
        const found = placeholderIn(atom.text);
        if (found) context.report({ span: atom.span, message: context.say(MESSAGE, { key: member.key.text, placeholder: found }), data: { placeholder: found } });
      }
    }
  }
}
