/**
 * cite/unverified — a citation of an article whose number and text the library holds only from
 * secondary sources (a third-party reprint), such as 问责条例 第十七条. The citation may well be
 * right; it must be checked against the official text before the policy is published.
 */
import type { Rule } from "../rule.ts";
import { articleNumbers, citedArticles, citedBases } from "./citations.ts";

const MESSAGE = {
  en: "The number and text of {cited} in Duty's law library come from secondary sources only and are not verified. Check them against the official text before publication: a wrong article number sends every reader to the wrong provision.",
  "zh-Hans": "Duty 法律库中{cited}的条号和条文仅来自二手资料，未经核实。发布前请对照官方文本核对：条号一旦有误，每位读者都会被引向错误的条文。",
  "zh-Hant": "Duty 法律庫中{cited}的條號和條文僅來自二手資料，未經核實。發布前請對照官方文本核對：條號一旦有誤，每位讀者都會被引向錯誤的條文。",
};

export const unverifiedCitation: Rule = {
  meta: {
    id: "cite/unverified",
    severity: "info",
    summary: {
      en: "A citation of an article whose number and text the law library has not verified.",
      "zh-Hans": "引用的条文在法律库中未经核实条号和文本。",
      "zh-Hant": "引用的條文在法律庫中未經核實條號和文本。",
    },
    why: {
      en: "Some provisions are published only through reprints and commentaries; the library keeps them, marked unverified, because drafters cite them. A policy that quotes one must not repeat a reprint's mistake in the number or wording.",
      "zh-Hans": "有些规定只能从转载和解读中读到；因为起草者常常引用，法律库收录了它们，并标注为未核实。政策引用这类条文时，不能把转载中条号或措辞的错误照搬进来。",
      "zh-Hant": "有些規定只能從轉載和解讀中讀到；因為起草者常常引用，法律庫收錄了它們，並標註為未核實。政策引用這類條文時，不能把轉載中條號或措辭的錯誤照搬進來。",
    },
    instead: {
      en: "Check the article against the official text. When it is confirmed, keep the citation and suppress this note with the source: `// duty-ignore cite/unverified: checked against the official text, <date>`.",
      "zh-Hans": "对照官方文本核对该条。核实无误后保留引用，并注明出处忽略此提示：“// duty-ignore cite/unverified: 已对照官方文本核对，<日期>”。",
      "zh-Hant": "對照官方文本核對該條。核實無誤後保留引用，並註明出處忽略此提示：「// duty-ignore cite/unverified: 已對照官方文本核對，<日期>」。",
    },
    laws: [],
  },
  check(context) {
    for (const basis of citedBases(context.file, context.laws)) {
      // Most citations resolve to verified articles: nothing to gather for them.
      if (!basis.query || !basis.resolutions.some((resolution) => resolution.status === "unverified")) continue;
      const numbers = articleNumbers(basis.query);
      const unverified = basis.resolutions.flatMap((resolution, index) =>
        resolution.status === "unverified" ? [{ law: resolution.law, article: numbers[index] ?? resolution.article.number }] : [],
      );
      const [first] = unverified;
      if (!first) continue;
      const articles = unverified.map((entry) => entry.article);
      context.report({
        span: basis.citation.span,
        message: context.say(MESSAGE, { cited: citedArticles(first.law, context.locale, articles, basis.query) }),
        clause: basis.clause,
        field: "basis",
        data: { law: first.law.id, articles },
        laws: articles.map((article) => `${first.law.id}/${article}`),
      });
    }
  },
};
