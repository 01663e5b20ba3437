/**
 * tolerance/missing — a policy that holds people accountable but has no tolerance clause (容错)
 * anywhere, in this file or in the files it imports. Without one, an honest mistake in a reform
 * pilot, an emergency or a first slip is answered for like a knowing violation.
 */
import type { Rule } from "../rule.ts";

const MESSAGE = {
  en: "This policy holds people accountable, but neither it nor the files it imports has a tolerance clause: an honest mistake made in a reform pilot, in an emergency or on a first slip is answered for like a knowing violation, and the people who do the work learn to protect themselves instead. Add one, e.g. `tolerance honest_mistake { covers: {duty}  when: \"…\"  limits: \"…\"  correction: \"…\"  correction_deadline: 10 working days }`.",
  "zh-Hans": "本政策规定了追责，但本文件及其导入的文件中都没有容错条款：改革试点、紧急情况中的无心之失或初次失误，都会被当作明知故犯追究，干事的人只好先保护自己。请增加容错条款，例如：容错 无心之失 { 适用：{duty}  条件：「……」  限度：「……」  纠错：「……」  纠错期限：10个工作日 }。",
  "zh-Hant": "本政策規定了追責，但本檔案及其導入的檔案中都沒有容錯條款：改革試點、緊急情況中的無心之失或初次失誤，都會被當作明知故犯追究，幹事的人只好先保護自己。請增加容錯條款，例如：容錯 無心之失 { 適用：{duty}  條件：「……」  限度：「……」  糾錯：「……」  糾錯期限：10個工作日 }。",
};

const PLACEHOLDER = { en: "<duty>", "zh-Hans": "<责任>", "zh-Hant": "<責任>" };

export const missing: Rule = {
  meta: {
    id: "tolerance/missing",
    severity: "warning",
    summary: {
      en: "Accountability is defined, but no tolerance clause exists in the policy or its imports.",
      "zh-Hans": "规定了追责，但政策及其导入的文件中没有任何容错条款。",
      "zh-Hant": "規定了追責，但政策及其導入的檔案中沒有任何容錯條款。",
    },
    why: {
      en: "A policy that punishes every failure treats an honest mistake in a pilot or an emergency like a knowing violation. People then avoid anything new or urgent, refuse, delay and build paper trails: the work suffers more than it would from the occasional forgiven mistake. The law itself grades sanctions: for a public official whose violation is minor and who, for one, took steps to avoid or recover the loss, it allows a reminder or criticism instead of a sanction; and the \"three distinctions\" tell mistakes made in reform for lack of experience apart from knowing violations, mistakes in exploration not yet restricted apart from defying an explicit ban, and unintentional errors apart from self-serving ones.",
      "zh-Hans": "凡有失误一律追责的政策，会把改革试点、紧急情况中的无心之失与明知故犯同等对待。结果是人人回避新事、急事，推诿、拖延、层层留痕，对工作的损害远大于偶尔宽容一次失误。法律本身也区分情节轻重：公职人员违法情节轻微，且有主动采取措施避免、挽回损失等法定情形之一的，可以谈话提醒、批评教育，免予或者不予政务处分；“三个区分开来”更要求把改革中因缺乏经验、先行先试出现的失误同明知故犯区分开来，把尚无明确限制的探索性试验中的失误同明令禁止后依然我行我素区分开来，把为推动发展的无意过失同为谋取私利的违纪违法行为区分开来。",
      "zh-Hant": "凡有失誤一律追責的政策，會把改革試點、緊急情況中的無心之失與明知故犯同等對待。結果是人人迴避新事、急事，推諉、拖延、層層留痕，對工作的損害遠大於偶爾寬容一次失誤。法律本身也區分情節輕重：公職人員違法情節輕微，且有主動採取措施避免、挽回損失等法定情形之一的，可以談話提醒、批評教育，免予或者不予政務處分；「三個區分開來」更要求把改革中因缺乏經驗、先行先試出現的失誤同明知故犯區分開來，把尚無明確限制的探索性試驗中的失誤同明令禁止後依然我行我素區分開來，把為推動發展的無意過失同為謀取私利的違紀違法行為區分開來。",
    },
    instead: {
      en: "Add a `tolerance` clause naming the duties or contexts it covers (`covers:`, `contexts:`), which mistakes it forgives (`when:`), what it never forgives (`limits:`), and the correction that must follow (`correction:`, `correction_deadline:`).",
      "zh-Hans": "增加“容错”条款：写明适用的责任或情境（“适用”“情境”）、宽容哪些失误（“条件”）、哪些情形不予宽容（“限度”），以及必须跟进的纠错措施和期限（“纠错”“纠错期限”）。",
      "zh-Hant": "增加「容錯」條款：寫明適用的責任或情境（「適用」「情境」）、寬容哪些失誤（「條件」）、哪些情形不予寬容（「限度」），以及必須跟進的糾錯措施和期限（「糾錯」「糾錯期限」）。",
    },
    laws: ["public-officials-sanctions-law/11", "public-officials-sanctions-law/12", "three-distinctions/0"],
  },
  check(context) {
    const [accountability] = context.file.accountabilities;
    if (!accountability) return;
    if (context.model.all("tolerance").length > 0) return;
    const firstDuty = accountability.covers[0]?.name ?? context.file.duties[0]?.name?.text;
    context.report({
      span: accountability.block.keyword.span,
      message: context.say(MESSAGE, { duty: firstDuty ?? PLACEHOLDER[context.locale] }),
      clause: accountability,
      data: { missingClause: "tolerance", ...(firstDuty ? { duty: firstDuty } : {}) },
    });
  },
};
