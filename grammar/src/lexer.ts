/**
 * Text → tokens: Chevrotain's lexer, then keywords told apart from names (see tokens.ts).
 * One lexer for the life of the process.
 */
import { Lexer, type ILexingResult, type IToken, type TokenType } from "chevrotain";
import { Identifier, KEYWORD_SPELLINGS, ALL_TOKENS } from "./tokens.ts";

let lexer: Lexer | undefined;

const KEYWORDS = new Map<string, TokenType>();
/** English keywords ignore case; a word of another length need not be lower-cased to know. */
const ENGLISH_KEYWORD_LENGTHS = new Set<number>();
for (const [type, spelling] of KEYWORD_SPELLINGS) {
  for (const word of spelling.all) {
    const english = /^[A-Za-z]+$/.test(word);
    KEYWORDS.set(english ? word.toLowerCase() : word, type);
    if (english) ENGLISH_KEYWORD_LENGTHS.add(word.length);
  }
}

export function lex(text: string): ILexingResult {
  lexer ??= new Lexer(ALL_TOKENS, { positionTracking: "onlyOffset", ensureOptimizations: true });
  const result = lexer.tokenize(text);
  markKeywords(result.tokens);
  return result;
}

/** Names spelt as a keyword become that keyword's token. */
function markKeywords(tokens: IToken[]): void {
  const identifier = Identifier.tokenTypeIdx;
  for (const token of tokens) {
    if (token.tokenTypeIdx !== identifier) continue;
    const image = token.image;
    let type = KEYWORDS.get(image);
    if (type === undefined && ENGLISH_KEYWORD_LENGTHS.has(image.length)) type = KEYWORDS.get(image.toLowerCase());
    if (type === undefined) continue;
    token.tokenType = type;
    token.tokenTypeIdx = type.tokenTypeIdx!;
  }
}
