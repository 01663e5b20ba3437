/**
 * cite/unknown — a citation the law library cannot resolve: a law it does not know (with the
 * closest known name as a suggestion), an article it does not hold, or text that is not a
 * citation at all. The library holds only the provisions the review relies on, so an unknown
 * article is "not in the library", never "does not exist" — except a paragraph (款) or item (项)
 * of an article whose whole verified wording the built-in library holds: that one it knows is not there.
 */
import type { Locale } from "../../../../../grammar/src/index.ts";
import { formatChineseNumeral } from "../../../../../grammar/src/chinese-numerals.ts";
import { formatCitation, type CitationQuery, type CitationResolution } from "../../laws/law-library.ts";
import { escapeRegExp } from "../../regexp.ts";
import type { Rule, RuleContext } from "../rule.ts";
import { articleNumbers, citedArticles, citedBases, isWritable, writtenCitation, type CitedBasis } from "./citations.ts";

const MESSAGES = {
  unreadable: {
    en: "`{text}` cannot be read as a citation, so it cannot be shown or checked. Write the law's name and the article, e.g. `医师法 第二十七条`, `Civil Code art. 180` or `physicians-act/27`.",
    "zh-Hans": "无法把“{text}”读作法律条文引用，因而无法显示或核对。请写明法律名称和条号，例如“医师法 第二十七条”或“physicians-act/27”。",
    "zh-Hant": "無法把「{text}」讀作法律條文引用，因而無法顯示或核對。請寫明法律名稱和條號，例如「醫師法 第二十七條」或「physicians-act/27」。",
  },
  unknownLaw: {
    en: "`{law}` is not a law in Duty's law library, so this citation cannot be shown or checked.{suggestion} Check the name; for a law of another jurisdiction or an internal rule, add it to a law file listed under `laws` in `.duty.json` (see docs/laws.md).",
    "zh-Hans": "Duty 法律库中没有名为“{law}”的法律，因而无法显示或核对此引用。{suggestion}请核对法律名称；如为其他法域的法律或本单位的内部规定，请将其加入 .duty.json 中“laws”所列的法律文件（见 docs/laws.md）。",
    "zh-Hant": "Duty 法律庫中沒有名為「{law}」的法律，因而無法顯示或核對此引用。{suggestion}請核對法律名稱；如為其他法域的法律或本單位的內部規定，請將其加入 .duty.json 中「laws」所列的法律檔案（見 docs/laws.md）。",
  },
  unknownArticle: {
    en: "Duty's law library does not hold {cited}: it holds only the provisions the review relies on, so the text cannot be shown or checked.{suggestion} Check the article number against the official text; if it is right, add the article to a workspace law file (see docs/laws.md).",
    "zh-Hans": "Duty 法律库未收录{cited}（法律库只收录审查所依据的条文），因而无法显示或核对其内容。{suggestion}请对照官方文本核对条号；如条号无误，可将该条加入工作区的法律文件（见 docs/laws.md）。",
    "zh-Hant": "Duty 法律庫未收錄{cited}（法律庫只收錄審查所依據的條文），因而無法顯示或核對其內容。{suggestion}請對照官方文本核對條號；如條號無誤，可將該條加入工作區的法律檔案（見 docs/laws.md）。",
  },
  unknownPart: {
    en: "{article} has {count} {parts} in its official wording, so {cited} does not exist: a reader would look for a provision that is not there. Check the citation against the official text and cite the {part} that says what the clause relies on, or the article as a whole.",
    "zh-Hans": "{article}的官方条文只有{count}{parts}，并无{cited}；读者会去查找一个不存在的规定。请对照官方文本核对引用，改引真正支持本条款的{part}，或引用整条。",
    "zh-Hant": "{article}的官方條文只有{count}{parts}，並無{cited}；讀者會去查找一個不存在的規定。請對照官方文本核對引用，改引真正支持本條款的{part}，或引用整條。",
  },
  noParts: {
    en: "{article} has no {parts} in its official wording, so {cited} does not exist: a reader would look for a provision that is not there. Check the citation against the official text and cite the article as a whole, or the paragraph that says what the clause relies on.",
    "zh-Hans": "{article}的官方条文不分{part}，并无{cited}；读者会去查找一个不存在的规定。请对照官方文本核对引用，改引整条或真正支持本条款的款。",
    "zh-Hant": "{article}的官方條文不分{part}，並無{cited}；讀者會去查找一個不存在的規定。請對照官方文本核對引用，改引整條或真正支持本條款的款。",
  },
  didYouMean: {
    en: " Did you mean {name}?",
    "zh-Hans": "是否应为{name}？",
    "zh-Hant": "是否應為{name}？",
  },
};

const QUOTE_CHARACTERS = new Set(['"', "“", "「", "『", "'", "＂"]);

/**
 * The citation as written with the law's name replaced by `name`, or a citation written afresh
 * when the name cannot be found in the text or cannot stand there unquoted.
 */
function correctedText(raw: string, written: string, name: string, fallback: string): string {
  const quoted = QUOTE_CHARACTERS.has(raw.charAt(0));
  const words = written.split(/\s+/).filter(Boolean).map(escapeRegExp);
  const match = words.length ? new RegExp(words.join("\\s*"), "u").exec(raw) : null;
  if (!match || (!quoted && !isWritable(name))) return fallback;
  return raw.slice(0, match.index) + name + raw.slice(match.index + match[0].length);
}

function reportUnknownLaw(context: RuleContext, basis: CitedBasis, query: CitationQuery, resolution: Extract<CitationResolution, { status: "unknown-law" }>): void {
  const { citation, clause } = basis;
  const locale: Locale = context.locale;
  const suggested = resolution.suggestedLaw;
  const where = {
    ...(query.article !== undefined ? { article: query.article } : {}),
    ...(query.paragraph !== undefined ? { paragraph: query.paragraph } : {}),
    ...(query.item !== undefined ? { item: query.item } : {}),
  };
  let suggestion: string | undefined;
  if (suggested) {
    const raw = context.document.text.slice(citation.span.start, citation.span.end);
    const byId = citation.lawId !== undefined;
    const name = byId ? suggested.id : (resolution.suggestion ?? suggested.id);
    suggestion = correctedText(raw, query.law, name, byId ? `${suggested.id}/${query.article ?? 0}` : writtenCitation(suggested, locale, query.article));
  }
  context.report({
    span: citation.span,
    message: context.say(MESSAGES.unknownLaw, {
      law: query.law,
      suggestion: suggested ? context.say(MESSAGES.didYouMean, { name: formatCitation(suggested, locale, where) }) : "",
    }),
    clause,
    field: "basis",
    data: { ...(suggestion !== undefined ? { suggestion } : {}), ...(suggested ? { law: suggested.id } : {}) },
  });
}

function reportUnknownArticles(context: RuleContext, basis: CitedBasis, query: CitationQuery): void {
  if (!basis.resolutions.some((resolution) => resolution.status === "unknown-article")) return;
  const numbers = articleNumbers(query);
  const unknown = basis.resolutions.flatMap((resolution, index) =>
    resolution.status === "unknown-article" ? [{ resolution, article: numbers[index] }] : [],
  );
  const [first] = unknown;
  if (!first) return;
  const law = first.resolution.law;
  const locale = context.locale;
  const suggested = unknown.length === 1 ? first.resolution.suggestion : undefined;
  const suggestion =
    suggested === undefined ? undefined : basis.citation.lawId !== undefined ? `${law.id}/${suggested}` : writtenCitation(law, locale, suggested);
  context.report({
    span: basis.citation.span,
    message: context.say(MESSAGES.unknownArticle, {
      cited: citedArticles(law, locale, unknown.map((entry) => entry.article), query),
      suggestion: suggested === undefined ? "" : context.say(MESSAGES.didYouMean, { name: formatCitation(law, locale, { article: suggested }) }),
    }),
    clause: basis.clause,
    field: "basis",
    data: { law: law.id, articles: unknown.map((entry) => entry.article), ...(suggestion !== undefined ? { suggestion } : {}) },
  });
}

const PART_WORDS = {
  paragraph: { en: ["paragraph", "paragraphs"], "zh-Hans": ["款", "款"], "zh-Hant": ["款", "款"] },
  item: { en: ["item", "items"], "zh-Hans": ["项", "项"], "zh-Hant": ["項", "項"] },
} as const;

function reportUnknownPart(context: RuleContext, basis: CitedBasis, query: CitationQuery, resolution: Extract<CitationResolution, { status: "unknown-part" }>): void {
  const { law, article, part, count } = resolution;
  const locale = context.locale;
  const [one, several] = PART_WORDS[part][locale];
  const cited = { article: article.number, ...(query.paragraph !== undefined ? { paragraph: query.paragraph } : {}), ...(query.item !== undefined ? { item: query.item } : {}) };
  context.report({
    span: basis.citation.span,
    message: context.say(count === 0 ? MESSAGES.noParts : MESSAGES.unknownPart, {
      article: formatCitation(law, locale, { article: article.number }),
      count: locale === "en" ? String(count) : count === 2 ? (locale === "zh-Hant" ? "兩" : "两") : formatChineseNumeral(count, locale),
      parts: locale === "en" ? (count === 1 ? one : several) : one,
      cited: formatCitation(law, locale, cited),
      part: one,
    }),
    clause: basis.clause,
    field: "basis",
    data: { law: law.id, articles: [article.number], part, count },
  });
}

export const unknownCitation: Rule = {
  meta: {
    id: "cite/unknown",
    severity: "error",
    summary: {
      en: "A citation of a law or article that is not in the law library.",
      "zh-Hans": "引用的法律或条文不在法律库中。",
      "zh-Hant": "引用的法律或條文不在法律庫中。",
    },
    why: {
      en: "A citation is how a drafter shows that a duty has a legal basis. One the library cannot resolve can be neither displayed nor checked — and a misspelt name or a wrong article number, once published, sends every reader to the wrong provision.",
      "zh-Hans": "引用法律条文，是表明一项责任有法律依据的方式。法律库无法解析的引用既不能显示也不能核对；法律名称写错或条号有误，一经发布，每位读者都会被引向错误的条文。",
      "zh-Hant": "引用法律條文，是表明一項責任有法律依據的方式。法律庫無法解析的引用既不能顯示也不能核對；法律名稱寫錯或條號有誤，一經發布，每位讀者都會被引向錯誤的條文。",
    },
    instead: {
      en: "Write a law the library knows (its name, an alias or its id) and the article: `医师法 第二十七条`, `Civil Code art. 180`, `physicians-act/27`. For another jurisdiction's law or an internal rule, add a workspace law file under `laws` in `.duty.json`.",
      "zh-Hans": "写明法律库中已有的法律（名称、简称或编号）和条号：“医师法 第二十七条”“民法典 第一百八十条”“physicians-act/27”。其他法域的法律或内部规定，请在 .duty.json 的“laws”中加入工作区法律文件。",
      "zh-Hant": "寫明法律庫中已有的法律（名稱、簡稱或編號）和條號：「醫師法 第二十七條」「民法典 第一百八十條」「physicians-act/27」。其他法域的法律或內部規定，請在 .duty.json 的「laws」中加入工作區法律檔案。",
    },
    laws: [],
  },
  check(context) {
    for (const basis of citedBases(context.file, context.laws)) {
      const { query, citation } = basis;
      if (!query) {
        context.report({
          span: citation.span,
          message: context.say(MESSAGES.unreadable, { text: citation.text }),
          clause: basis.clause,
          field: "basis",
        });
        continue;
      }
      const [first] = basis.resolutions;
      if (first?.status === "unknown-law") reportUnknownLaw(context, basis, query, first);
      else if (first?.status === "unknown-part") reportUnknownPart(context, basis, query, first);
      else reportUnknownArticles(context, basis, query);
    }
  },
};
