/**
 * Renaming a tier, duty, exemption, tolerance or case: which name is at the cursor, whether the
 * new name is one the language accepts and no other clause in sight already has, and every place
 * (declaration and references, in every file that can see the symbol) to rewrite.
 */
import * as path from "node:path";
import { message } from "../../../grammar/src/diagnostic.ts";
import { parseDocument, type Locale, type Localized, type Span } from "../../../grammar/src/index.ts";
import { localized as m, quoted } from "../../../grammar/src/locale.ts";
import { Identifier } from "../../../grammar/src/tokens.ts";
import { BLOCK_KEYWORDS, IMPORT_KEYWORD } from "../../../grammar/src/vocabulary.ts";
import { KIND_NAMES } from "./messages.ts";
import type { SemanticModel, SymbolInfo } from "./model.ts";
import { occurrencesAcross, sameSymbol, type Occurrence } from "./navigation.ts";

export const RENAME_MESSAGES = {
  notANameHere: m(
    "Only the name of a tier, duty, exemption, tolerance or case can be renamed: put the cursor on one, where it is declared or where it is used.",
    "只能重命名层级、责任、免责条款、容错条款或案例的名称：请把光标放在这样的名称上（声明处或引用处均可）。",
    "只能重新命名層級、責任、免責條款、容錯條款或案例的名稱：請把游標放在這樣的名稱上（聲明處或引用處均可）。",
  ),
  undeclared: m(
    "`{name}` is not declared in this file or in a file it imports, so there is nothing to rename. Declare it first, or import the file that does.",
    "“{name}”未在本文件或其导入的文件中声明，没有可重命名的对象。请先声明它，或导入声明它的文件。",
    "「{name}」未在本檔案或其導入的檔案中聲明，沒有可重新命名的對象。請先聲明它，或導入聲明它的檔案。",
  ),
  empty: m("The new name is empty: type a name.", "新名称为空：请输入名称。", "新名稱為空：請輸入名稱。"),
  startsWithDigit: m(
    "`{name}` cannot be a name: a name starts with a letter or `_`, not a digit.{hint}",
    "“{name}”不能作为名称：名称须以字母、汉字或“_”开头，不能以数字开头。{hint}",
    "「{name}」不能作為名稱：名稱須以字母、漢字或「_」開頭，不能以數字開頭。{hint}",
  ),
  badStart: m(
    "`{name}` cannot be a name: a name starts with a letter or `_`, not {character}.",
    "“{name}”不能作为名称：名称须以字母、汉字或“_”开头，不能以{character}开头。",
    "「{name}」不能作為名稱：名稱須以字母、漢字或「_」開頭，不能以{character}開頭。",
  ),
  tryInstead: m(" Try `{suggestion}`.", "可改为“{suggestion}”。", "可改為「{suggestion}」。"),
  badCharacter: m(
    "`{name}` cannot be a name: it contains {character}. A name is made of letters (Chinese characters included), digits, `_` and `-`.",
    "“{name}”不能作为名称：其中含有{character}。名称只能由字母（含汉字）、数字、“_”和“-”组成。",
    "「{name}」不能作為名稱：其中含有{character}。名稱只能由字母（含漢字）、數字、「_」和「-」組成。",
  ),
  space: m("a space", "空格", "空格"),
  keyword: m(
    "`{name}` is a keyword of the language and cannot be a name. A longer word that begins with it, such as `{name}_1`, can.",
    "“{name}”是语言的关键字，不能作为名称。以它开头的更长的词可以，例如“{name}条款”。",
    "「{name}」是語言的關鍵字，不能作為名稱。以它開頭的更長的詞可以，例如「{name}條款」。",
  ),
  readAsSomethingElse: m(
    "`{name}` cannot be a name: Duty reads it as part of a law citation or a number, not as a name.",
    "“{name}”不能作为名称：Duty 会把它读作法律引用或数字的一部分，而不是名称。",
    "「{name}」不能作為名稱：Duty 會把它讀作法律引用或數字的一部分，而不是名稱。",
  ),
  clash: m(
    "`{name}` is already the name of a {kind} {where}. Two clauses with one name would make every reference to it ambiguous: choose another name.",
    "“{name}”已是{where}一个{kind}的名称。两个条款同名会使引用产生歧义：请另选名称。",
    "「{name}」已是{where}一個{kind}的名稱。兩個條款同名會使引用產生歧義：請另選名稱。",
  ),
  inThisFile: m("in this file", "本文件中", "本檔案中"),
  inFile: m("in `{file}`", "“{file}”中", "「{file}」中"),
} satisfies Record<string, Localized>;

export type RenameTarget = { readonly symbol: SymbolInfo; readonly span: Span } | { readonly problem: string };

/** The symbol whose name is at the offset, or why there is nothing to rename there. */
export function renameTarget(model: SemanticModel, offset: number): RenameTarget {
  const found = model.symbolAt(offset);
  if (found) return found;
  const locale = model.document.locale;
  for (const reference of model.references) {
    const span = reference.ref.span;
    if (span.start <= offset && offset <= span.end) return { problem: message(RENAME_MESSAGES.undeclared, locale, { name: reference.ref.name }) };
  }
  return { problem: message(RENAME_MESSAGES.notANameHere, locale) };
}

const NAME = new RegExp(`^(?:${(Identifier.PATTERN as RegExp).source})$`);

/** Clause and import keywords in every script; English ones are case-insensitive. */
const KEYWORDS = new Set([IMPORT_KEYWORD, ...Object.values(BLOCK_KEYWORDS)].flatMap((spelling) => spelling.all.map((word) => word.toLowerCase())));

/** Why a name cannot be written as a name, in the drafter's language; undefined when it can. */
export function nameProblem(name: string, locale: Locale): string | undefined {
  if (name.length === 0) return message(RENAME_MESSAGES.empty, locale);
  if (/^[0-9０-９]/.test(name)) {
    const digits = /^[0-9０-９]+/.exec(name)?.[0] ?? "";
    const suggestion = `${name.slice(digits.length)}_${digits}`;
    const hint = NAME.test(suggestion) && !suggestion.startsWith("_") ? message(RENAME_MESSAGES.tryInstead, locale, { suggestion }) : "";
    return message(RENAME_MESSAGES.startsWithDigit, locale, { name, hint });
  }
  if (!NAME.test(name)) {
    // The first character that breaks the pattern (whole code points, so an emoji shows whole).
    let prefix = "";
    for (const character of name) {
      if (!NAME.test(prefix + character)) {
        const shown = /^\s$/u.test(character) ? message(RENAME_MESSAGES.space, locale) : quoted(character, locale);
        // `-` and `·` may continue a name but not start one.
        const template = prefix === "" && NAME.test(`a${character}`) ? RENAME_MESSAGES.badStart : RENAME_MESSAGES.badCharacter;
        return message(template, locale, { name, character: shown });
      }
      prefix += character;
    }
  }
  if (KEYWORDS.has(name.toLowerCase())) return message(RENAME_MESSAGES.keyword, locale, { name });
  // Patterns tried before names (`article`, `第二十七条`) would not read back as a name.
  const probe = parseDocument(`tier ${name} {}`).tree.blocks[0];
  if (probe?.name?.text !== name) return message(RENAME_MESSAGES.readAsSomethingElse, locale, { name });
  return undefined;
}

export type RenamePlan = { readonly edits: readonly Occurrence[] } | { readonly problem: string };

/**
 * The edits that rename `symbol` to `newName` in `files` (each read through `modelOf`), or why the
 * rename is refused. `from` is the file the rename was asked in: messages name other files
 * relative to it.
 */
export function planRename(
  symbol: SymbolInfo,
  newName: string,
  files: Iterable<string>,
  modelOf: (file: string) => SemanticModel | undefined,
  from: string,
  locale: Locale,
): RenamePlan {
  const problem = nameProblem(newName, locale);
  if (problem) return { problem };
  if (newName === symbol.name) return { edits: [] };
  const candidates = [...new Set([symbol.file, ...files])].sort();
  for (const file of candidates) {
    const model = modelOf(file);
    // Only files that see the symbol are changed, and only there can the new name clash.
    if (!model || !model.files.some((seen) => seen.path === symbol.file)) continue;
    const existing = model.symbols.get(newName);
    if (existing && !sameSymbol(existing, symbol)) {
      const where =
        existing.file === from
          ? message(RENAME_MESSAGES.inThisFile, locale)
          : message(RENAME_MESSAGES.inFile, locale, { file: path.relative(path.dirname(from), existing.file).split(path.sep).join("/") });
      return { problem: message(RENAME_MESSAGES.clash, locale, { name: newName, kind: KIND_NAMES[existing.kind]?.[locale] ?? existing.kind, where }) };
    }
  }
  return { edits: occurrencesAcross(symbol, candidates, modelOf) };
}
