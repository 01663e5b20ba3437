/** What a citation written in a policy points at, as a query for the law library. */
import type { Citation } from "../../../../grammar/src/index.ts";
import { parseCitationText, type CitationQuery, type LawLibrary } from "./law-library.ts";

/**
 * The typed citation when it names a law the library knows; otherwise the citation text read
 * whole (a quoted citation, `Article 27 of the Physicians Act`), which also gives the cleanest
 * law name to suggest a correction for.
 */
export function queryOf(citation: Citation, laws: LawLibrary): CitationQuery | undefined {
  if (citation.lawId !== undefined) {
    return { law: citation.lawId, ...(citation.article !== undefined ? { article: citation.article } : {}) };
  }
  if (citation.law === undefined) return parseCitationText(citation.text);
  const typed: CitationQuery = {
    law: citation.law,
    ...(citation.article !== undefined ? { article: citation.article } : {}),
    ...(citation.articleTo !== undefined ? { articleTo: citation.articleTo } : {}),
    ...(citation.paragraph !== undefined ? { paragraph: citation.paragraph } : {}),
    ...(citation.item !== undefined ? { item: citation.item } : {}),
  };
  if (laws.findLaw(typed.law)) return typed;
  return parseCitationText(citation.text) ?? typed;
}
