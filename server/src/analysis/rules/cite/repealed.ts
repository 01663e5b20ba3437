/**
 * cite/repealed — a citation of a repealed law, such as the Licensed Physicians Act (执业医师法)
 * that the Physicians Act (医师法) replaced on 2022-03-01. The message names the law in force and,
 * where the library maps it, the corresponding article; `data.replacement` is its library id.
 */
import type { Rule } from "../rule.ts";
import { formatCitation } from "../../laws/law-library.ts";
import { articleNumbers, citedArticles, citedBases, onDate, writtenCitation } from "./citations.ts";

const MESSAGES = {
  replaced: {
    en: "The {law} was repealed{on} and replaced by the {replacement}: cite {current} instead of {cited}. A clause that rests on a repealed law has no legal basis, and the duty the new law sets may differ.",
    "zh-Hans": "{law}已{on}废止，由{replacement}取代：请将{cited}改为{current}。依据已废止法律的条款没有法律依据，新法规定的义务也可能已有变化。",
    "zh-Hant": "{law}已{on}廢止，由{replacement}取代：請將{cited}改為{current}。依據已廢止法律的條款沒有法律依據，新法規定的義務也可能已有變化。",
  },
  replacedNoArticle: {
    en: "The {law} was repealed{on} and replaced by the {replacement}: cite the corresponding article of the {replacement} instead of {cited}. A clause that rests on a repealed law has no legal basis, and the duty the new law sets may differ.",
    "zh-Hans": "{law}已{on}废止，由{replacement}取代：请将{cited}改为{replacement}中的相应条文。依据已废止法律的条款没有法律依据，新法规定的义务也可能已有变化。",
    "zh-Hant": "{law}已{on}廢止，由{replacement}取代：請將{cited}改為{replacement}中的相應條文。依據已廢止法律的條款沒有法律依據，新法規定的義務也可能已有變化。",
  },
  repealed: {
    en: "The {law} was repealed{on}: cite the law in force that took its place instead of {cited}. A clause that rests on a repealed law has no legal basis.",
    "zh-Hans": "{law}已{on}废止：请将{cited}改为取代它的现行法律。依据已废止法律的条款没有法律依据。",
    "zh-Hant": "{law}已{on}廢止：請將{cited}改為取代它的現行法律。依據已廢止法律的條款沒有法律依據。",
  },
};

export const repealedCitation: Rule = {
  meta: {
    id: "cite/repealed",
    severity: "error",
    summary: {
      en: "A citation of a repealed law.",
      "zh-Hans": "引用了已废止的法律。",
      "zh-Hant": "引用了已廢止的法律。",
    },
    why: {
      en: "A repealed law no longer binds anyone: a duty or exemption that cites it rests on nothing, and the law that replaced it may set the duty differently (the Physicians Act's emergency-care article, for one, also lets treatment start at once in an emergency such as saving a dying patient, when the opinion of the patient or the family cannot be obtained, on the approval of the institution's head or a person in charge it authorised). Old templates keep such citations alive long after the repeal.",
      "zh-Hans": "已废止的法律不再具有约束力：引用它的责任或免责条款失去了依据，取而代之的新法对义务的规定也可能不同（例如医师法的急救条款还规定，因抢救生命垂危的患者等紧急情况，不能取得患者或者其近亲属意见的，经医疗机构负责人或者授权的负责人批准，可以立即实施相应的医疗措施）。旧模板往往在法律废止多年后仍沿用这类引用。",
      "zh-Hant": "已廢止的法律不再具有約束力：引用它的責任或免責條款失去了依據，取而代之的新法對義務的規定也可能不同（例如醫師法的急救條款還規定，因搶救生命垂危的患者等緊急情況，不能取得患者或者其近親屬意見的，經醫療機構負責人或者授權的負責人批准，可以立即實施相應的醫療措施）。舊範本往往在法律廢止多年後仍沿用這類引用。",
    },
    instead: {
      en: "Cite the law in force and its corresponding article, e.g. `医师法 第二十七条` (`physicians-act/27`) instead of `执业医师法 第二十四条`.",
      "zh-Hans": "改为引用现行法律的相应条文，例如以“医师法 第二十七条”代替“执业医师法 第二十四条”。",
      "zh-Hant": "改為引用現行法律的相應條文，例如以「醫師法 第二十七條」代替「執業醫師法 第二十四條」。",
    },
    laws: [],
  },
  check(context) {
    const locale = context.locale;
    for (const basis of citedBases(context.file, context.laws)) {
      const [first] = basis.resolutions;
      if (first?.status !== "repealed" || !basis.query) continue;
      const { law, replacement } = first;
      const cited = citedArticles(law, locale, articleNumbers(basis.query), basis.query);
      const on = law.repealedOn ? onDate(law.repealedOn, locale) : "";
      const args = { cited, on, law: formatCitation(law, locale), replacement: replacement ? formatCitation(replacement.law, locale) : "" };
      const message = !replacement
        ? context.say(MESSAGES.repealed, args)
        : replacement.article === undefined
          ? context.say(MESSAGES.replacedNoArticle, args)
          : context.say(MESSAGES.replaced, { ...args, current: formatCitation(replacement.law, locale, { article: replacement.article }) });
      // A quick fix can replace the citation only when the new article is known (or a whole law was cited).
      const mechanical = replacement && (replacement.article !== undefined || basis.query.article === undefined);
      const id = replacement && (replacement.article === undefined ? replacement.law.id : `${replacement.law.id}/${replacement.article}`);
      context.report({
        span: basis.citation.span,
        message,
        clause: basis.clause,
        field: "basis",
        data: {
          repealed: law.id,
          ...(replacement ? { replacementLaw: replacement.law.id } : {}),
          ...(mechanical && id
            ? {
                replacement: id,
                replacementText: basis.citation.lawId !== undefined ? id : writtenCitation(replacement.law, locale, replacement.article),
              }
            : {}),
        },
        ...(replacement?.article !== undefined && id ? { laws: [id] } : {}),
      });
    }
  },
};
