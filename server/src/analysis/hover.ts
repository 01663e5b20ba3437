/**
 * What the editor shows on hover, as Markdown in the document's language: for a finding, why it
 * matters, what to write and the law; for a citation, the article; for a keyword or field, what
 * the clause means; for a name, a summary of what it declares.
 */
import type { Locale, Localized, Span } from "../../../grammar/src/index.ts";
import { format, localized as m } from "../../../grammar/src/locale.ts";
import { onDate } from "./rules/cite/citations.ts";
import { unitMeaning } from "./completion/units.ts";
import { BLOCK_DESCRIPTIONS, BLOCK_KEYWORDS, lookupEnum, spell } from "../../../grammar/src/vocabulary.ts";
import { describeDeclaration } from "./describe.ts";
import { explainFinding } from "./explain.ts";
import type { Finding } from "./finding.ts";
import { formatCitation, type LawLibrary } from "./laws/law-library.ts";
import { markSeparator, PROVISION_LABELS, showProvision, type ShownProvision } from "./laws/provision.ts";
import { locate } from "./locate.ts";
import type { SemanticModel } from "./model.ts";
import { queryOf } from "./laws/citation-query.ts";
import * as path from "node:path";

const HOVER = {
  why: m("**Why it matters.**", "**为何重要。**", "**為何重要。**"),
  instead: m("**What to write.**", "**应当怎样写。**", "**應當怎樣寫。**"),
  law: m("**The law.**", "**相关法律。**", "**相關法律。**"),
  docs: m("Rule documentation", "规则说明", "規則說明"),
  gist: m("Gist: ", "要旨：", "要旨："),
  asAbove: m("(as above)", "（同上）", "（同上）"),
  unknownLaw: m("Duty's law library does not know this law.", "Duty 法律库中没有此法律。", "Duty 法律庫中沒有此法律。"),
  unknownArticle: m("This article is not in Duty's law library.", "Duty 法律库中没有此条文。", "Duty 法律庫中沒有此條文。"),
  unknownPart: m(
    "The article's official wording has no such {part}; it reads:",
    "该条的官方条文中没有所引的{part}，全文如下：",
    "該條的官方條文中沒有所引的{part}，全文如下：",
  ),
  partWord: m("paragraph", "款", "款"),
  itemWord: m("item", "项", "項"),
  repealed: m("This law was repealed{date}.{replacement}", "此法律已{date}废止。{replacement}", "此法律已{date}廢止。{replacement}"),
  replacedBy: m(" It was replaced by {law}.", "由{law}取代。", "由{law}取代。"),
  importFile: m("Imports the clauses of `{path}`.", "导入“{path}”中的条款。", "導入「{path}」中的條款。"),
} satisfies Record<string, Localized>;

export interface HoverContent {
  readonly markdown: string;
  readonly span: Span;
}

export function hoverAt(
  model: SemanticModel,
  offset: number,
  findings: readonly Finding[],
  laws: LawLibrary,
  docsUrl: (rule: string) => string,
): HoverContent | undefined {
  const locale = model.document.locale;
  const sections: string[] = [];
  let span: Span | undefined;
  for (const finding of findings) {
    // The character at `offset` is under the pointer: a finding that ends there is the one before it
    // (一律及时: on 及, 及时's finding, not 一律's). An empty span is found at its place.
    const under = finding.span.start <= offset && (offset < finding.span.end || (offset === finding.span.start && finding.span.start === finding.span.end));
    if (!under) continue;
    sections.push(findingSection(finding, laws, locale, docsUrl));
    span ??= finding.span;
  }
  const located = locate(model, offset);
  const element = located ? elementSection(model, located, laws, locale) : undefined;
  if (element && located) {
    sections.push(element);
    span ??= located.span;
  }
  if (!span || sections.length === 0) return undefined;
  return { markdown: sections.join("\n\n---\n\n"), span };
}

function findingSection(finding: Finding, laws: LawLibrary, locale: Locale, docsUrl: (rule: string) => string): string {
  const lines = [`**${finding.rule}** — ${finding.message}`];
  const explanation = explainFinding(finding, laws, locale);
  if (explanation?.why) lines.push("", `${HOVER.why[locale]} ${explanation.why}`);
  if (explanation?.instead) lines.push("", `${HOVER.instead[locale]} ${explanation.instead}`);
  if (explanation && explanation.laws.length > 0) {
    lines.push("", HOVER.law[locale]);
    let previous: string | undefined;
    for (const law of explanation.laws) {
      // Articles the library knows only by one shared gist (公务员法 96 and 97) show it once.
      const same = previous !== undefined && law.provision.text === previous;
      lines.push("", same ? [law.provision.citation, ...law.provision.marks, HOVER.asAbove[locale]].join(markSeparator(locale)) : provisionSection(law.provision, locale, false));
      previous = law.provision.text;
    }
  }
  lines.push("", `[${HOVER.docs[locale]}${locale === "en" ? ": " : "："}${finding.rule}](${docsUrl(finding.rule)})`);
  return lines.join("\n");
}

/** A provision's heading with its marks, the wording (or what the library holds instead), the gist, the warning. */
function provisionSection(provision: ShownProvision, locale: Locale, withGist: boolean): string {
  const heading = withGist ? `**${provision.citation}**` : provision.citation;
  const lines = [[heading, ...provision.marks].join(markSeparator(locale))];
  if (provision.otherPart) lines.push("", provision.otherPart);
  lines.push("", quote(provision.text));
  if (withGist && provision.gist) lines.push("", `${HOVER.gist[locale]}${provision.gist}`);
  if (!provision.verified) lines.push("", PROVISION_LABELS.unverified[locale]);
  return lines.join("\n");
}

function quote(text: string): string {
  return text.split("\n").map((line) => `> ${line}`).join("\n");
}

function elementSection(model: SemanticModel, located: NonNullable<ReturnType<typeof locate>>, laws: LawLibrary, locale: Locale): string | undefined {
  switch (located.kind) {
    case "keyword": {
      const kind = located.declaration.kind;
      return `**${spell(BLOCK_KEYWORDS[kind], locale)}** — ${BLOCK_DESCRIPTIONS[kind][locale]}`;
    }
    case "field-key":
      return located.spec ? `**${located.member.key.text}** — ${located.spec.description[locale]}` : undefined;
    case "declaration-name":
      return describeDeclaration(model, located.declaration, locale);
    case "reference": {
      const target = located.reference.target;
      if (!target) return undefined;
      const file = target.file === model.file.path ? undefined : path.basename(target.file);
      return describeDeclaration(model, target.declaration, locale, file);
    }
    case "citation":
      return citationSection(located.citation, laws, locale);
    case "value": {
      const spec = located.spec;
      const atom = located.atom;
      // A quantity: what its unit counts (working days as 7/5 calendar days, months as 30).
      if (atom.kind === "quantity") {
        const meaning = unitMeaning(atom.unit, locale);
        return meaning ? `**${atom.text}** — ${meaning}` : undefined;
      }
      const word = atom.text;
      const value = spec?.values ? lookupEnum(spec.values, word) : undefined;
      return value ? `**${word}** — ${value.description[locale]}` : undefined;
    }
    case "import":
      return format(HOVER.importFile[locale], { path: located.path });
  }
}

/** The most articles a range citation's hover shows (`arts. 95-97`), each as its own section. */
const RANGE_SHOWN = 5;

function citationSection(citation: Parameters<typeof queryOf>[0], laws: LawLibrary, locale: Locale): string {
  const query = queryOf(citation, laws);
  if (!query) return HOVER.unknownLaw[locale];
  if (query.article !== undefined && query.articleTo !== undefined && query.articleTo > query.article) {
    // A range: every article of it the library holds, not only the first.
    const shown = laws
      .resolveRange(query)
      .flatMap((resolution) => ((resolution.status === "ok" || resolution.status === "unverified") && resolution.article ? [provisionSection(showProvision(resolution.law, resolution.article, locale), locale, true)] : []))
      .slice(0, RANGE_SHOWN);
    if (shown.length > 0) return shown.join("\n\n");
  }
  const resolution = laws.resolve(query);
  switch (resolution.status) {
    case "ok":
    case "unverified": {
      const { law, article } = resolution;
      if (!article) return `**${formatCitation(law, locale)}**`;
      const cited = { ...(query.paragraph !== undefined ? { paragraph: query.paragraph } : {}), ...(query.item !== undefined ? { item: query.item } : {}) };
      return provisionSection(showProvision(law, article, locale, cited), locale, true);
    }
    case "repealed": {
      const replacement = resolution.replacement
        ? format(HOVER.replacedBy[locale], {
            law: formatCitation(resolution.replacement.law, locale, resolution.replacement.article !== undefined ? { article: resolution.replacement.article } : {}),
          })
        : "";
      const date = resolution.law.repealedOn ? onDate(resolution.law.repealedOn, locale) : "";
      return `**${formatCitation(resolution.law, locale)}** — ${format(HOVER.repealed[locale], { date, replacement })}`;
    }
    case "unknown-law":
      return HOVER.unknownLaw[locale];
    case "unknown-article":
      return `**${formatCitation(resolution.law, locale)}** — ${HOVER.unknownArticle[locale]}`;
    case "unknown-part": {
      // The cited part is not shown as a heading: the article as a whole is.
      const part = resolution.part === "paragraph" ? HOVER.partWord[locale] : HOVER.itemWord[locale];
      return `${format(HOVER.unknownPart[locale], { part })}\n\n${provisionSection(showProvision(resolution.law, resolution.article, locale), locale, true)}`;
    }
  }
}
