/**
 * What may be written at the cursor, in the document's script and punctuation: clause keywords
 * and whole-clause snippets at the top level; the fields a clause has not written yet at the
 * start of a member; in a value, the declared names it may refer to (tiers, duties, exemptions
 * and tolerances across imports), enumerated values, law citations from the library, resources
 * and labels used elsewhere, and units after a number. Nothing inside strings and comments.
 *
 * Pure: items carry the span of text they replace; the language server only translates them.
 */
import * as path from "node:path";
import type { Declaration, Locale, Localized, Span, TierDecl } from "../../../../grammar/src/index.ts";
import {
  BLOCK_DESCRIPTIONS,
  BLOCK_KEYWORDS,
  BY_WORDS,
  IMPORT_KEYWORD,
  VERDICTS,
  normalizeWord,
  spell,
  type BlockKind,
  type EnumValueSpec,
  type FieldSpec,
} from "../../../../grammar/src/vocabulary.ts";
import { describeDeclaration } from "../describe.ts";
import { styleOf, type Style } from "../fixes/writer.ts";
import { formatCitation, lawName, lawShortName, localizedText, type LawArticle, type LawLibrary } from "../laws/law-library.ts";
import type { SemanticModel, SymbolInfo } from "../model.ts";
import { writtenCitation } from "../rules/cite/citations.ts";
import { cursorContext, type ClauseContext, type CursorContext, type Token } from "./context.ts";
import { REFERENCE_KINDS, describeField } from "./field-help.ts";
import { clauseSnippets } from "./snippets.ts";
import { unitsFor } from "./units.ts";
import { listed, localized as m } from "../../../../grammar/src/locale.ts";

export type CompletionKind =
  | "keyword"
  | "snippet"
  | "field"
  | "block"
  | "tier"
  | "duty"
  | "exemption"
  | "tolerance"
  | "case"
  | "value"
  | "citation"
  | "unit"
  | "label"
  | "word"
  | "file";

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly insertText: string;
  /** True when `insertText` uses the snippet syntax (tab stops). */
  readonly snippet?: boolean;
  readonly sortText: string;
  readonly filterText?: string;
  /** The text the item replaces (the word being typed; empty at the cursor when there is none). */
  readonly span: Span;
  /** For a declared name: the symbol {@link describeCompletion} summarises on resolve. */
  readonly symbol?: string;
}

const TEXT = {
  importDescription: m(
    "Brings the named clauses of another `.duty` file into this one.",
    "导入另一 `.duty` 文件中的具名条款。",
    "導入另一 `.duty` 檔案中的具名條款。",
  ),
  unverified: m("unverified", "未核实", "未核實"),
  unverifiedNote: m(
    "⚠ The article number or text is not verified against an official source.",
    "⚠ 条文序号或文本尚未经官方文本核实。",
    "⚠ 條文序號或文本尚未經官方文本核實。",
  ),
  heldBy: m("held by {names}", "{names} 掌握", "{names} 掌握"),
  neededBy: m("needed by {names}", "{names} 所需", "{names} 所需"),
  usedBy: m("used by {names}", "{names} 使用", "{names} 使用"),
  by: m("The exemption or tolerance that applies comes next.", "其后写适用的免责或容错条款。", "其後寫適用的免責或容錯條款。"),
  within: m("The time limit for the appeal.", "申诉时限。", "申訴時限。"),
} satisfies Record<string, Localized>;

const TOP_KINDS: readonly BlockKind[] = ["policy", "tier", "duty", "exemption", "tolerance", "accountability", "case"];
const BY = new Set(BY_WORDS.map(normalizeWord));

/** Labels that are not declared anywhere but compared as text: which fields hold them. */
const LABEL_FIELDS: Readonly<Record<string, "resources" | "places" | "periods">> = {
  needs: "resources",
  resources: "resources",
  places: "places",
  periods: "periods",
};

function sameWord(spellings: readonly string[], written: string): boolean {
  const word = normalizeWord(written);
  return spellings.some((spelling) => normalizeWord(spelling) === word);
}

function pad(n: number): string {
  return String(n).padStart(4, "0");
}

function list(names: readonly string[], locale: Locale): string {
  const shown = listed(names.slice(0, 4), locale);
  return names.length > 4 ? `${shown}…` : shown;
}

/** The completions at an offset of the model's document. */
export function completionsAt(model: SemanticModel, offset: number, laws: LawLibrary): CompletionEntry[] {
  const context = cursorContext(model.document, offset);
  // Stable: items of equal rank keep the order they were made in.
  return new Completer(model, laws, context, offset).items().sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
}

/** The Markdown summary of a declared name offered by completion (for `completionItem/resolve`). */
export function describeCompletion(model: SemanticModel, symbol: string): string | undefined {
  const info = model.symbols.get(symbol);
  if (!info) return undefined;
  const file = info.file === model.file.path ? undefined : path.basename(info.file);
  return describeDeclaration(model, info.declaration, model.document.locale, file);
}

class Completer {
  private readonly model: SemanticModel;
  private readonly laws: LawLibrary;
  private readonly context: CursorContext;
  private readonly offset: number;
  private readonly text: string;
  private readonly locale: Locale;
  private style: Style | undefined;

  constructor(model: SemanticModel, laws: LawLibrary, context: CursorContext, offset: number) {
    this.model = model;
    this.laws = laws;
    this.context = context;
    this.text = model.document.text;
    this.offset = Math.max(0, Math.min(offset, this.text.length));
    this.locale = model.document.locale;
  }

  private get writing(): Style {
    this.style ??= styleOf(this.model.document);
    return this.style;
  }

  items(): CompletionEntry[] {
    const context = this.context;
    switch (context.kind) {
      case "top":
        return this.topItems(context.word);
      case "member":
        return this.memberItems(context.clause, context.word);
      case "value":
        return this.valueItems(context);
      default:
        return [];
    }
  }

  /** A blank before an insertion that would otherwise touch an ASCII `:`, `,`, `;` or `{`. */
  private lead(start: number): string {
    return /[:,;{]/.test(this.text.charAt(start - 1)) ? " " : "";
  }

  // --------------------------------------------------------------------------------------------
  // Top level: clause keywords and whole clauses

  private topItems(span: Span): CompletionEntry[] {
    const locale = this.locale;
    const items: CompletionEntry[] = TOP_KINDS.map((kind, index) => {
      const word = spell(BLOCK_KEYWORDS[kind], locale);
      return {
        label: word,
        kind: "keyword",
        documentation: BLOCK_DESCRIPTIONS[kind][locale],
        insertText: `${word} `,
        sortText: `0-${pad(index)}`,
        span,
      };
    });
    const importWord = spell(IMPORT_KEYWORD, locale);
    items.push({ label: importWord, kind: "keyword", documentation: TEXT.importDescription[locale], insertText: `${importWord} `, sortText: `0-${pad(TOP_KINDS.length)}`, span });
    clauseSnippets(this.writing).forEach((snippet, index) => {
      items.push({
        label: snippet.label,
        kind: "snippet",
        detail: snippet.detail,
        documentation: `\`\`\`duty\n${snippetPreview(snippet.body)}\n\`\`\``,
        insertText: snippet.body,
        snippet: true,
        filterText: snippet.keyword,
        sortText: `1-${pad(index)}`,
        span,
      });
    });
    return items;
  }

  // --------------------------------------------------------------------------------------------
  // Start of a member: the fields not yet written

  private memberItems(clause: ClauseContext, span: Span): CompletionEntry[] {
    const present = this.presentKeys(clause, span);
    const style = this.writing;
    const after = this.text.slice(span.end, span.end + 8);
    const colonFollows = /^[ \t\u3000]*[:：]/.test(after);
    const braceFollows = /^[ \t\u3000]*[{｛]/.test(after);
    const lead = this.lead(span.start);
    const items: CompletionEntry[] = [];
    clause.specs.forEach((spec, index) => {
      if (present.has(spec.key)) return;
      const key = spell(spec.spelling, this.locale);
      const help = describeField(spec, style);
      const block = spec.shape === "block";
      const insertText = block
        ? braceFollows ? `${lead}${key}` : `${lead}${key} { $0 }`
        : colonFollows ? `${lead}${key}` : `${lead}${key}${style.colon}`;
      items.push({
        label: key,
        kind: block ? "block" : "field",
        detail: help.label,
        documentation: spec.description[this.locale],
        insertText,
        ...(block && !braceFollows ? { snippet: true } : {}),
        sortText: `0-${pad(index)}`,
        span,
      });
    });
    return items;
  }

  /** Canonical keys already written in the clause (or sub-block), before or after the cursor. */
  private presentKeys(clause: ClauseContext, span: Span): Set<string> {
    const keys = new Set(clause.present);
    const block = this.model.document.tree.blocks.find((candidate) => candidate.keyword.span.start === clause.keyword);
    if (!block) return keys;
    let members = block.members;
    const sub = clause.sub;
    if (sub) {
      const subs = members.filter((member) => member.type === "subBlock" && sameWord(sub.spelling.all, member.key.text));
      const found = subs.find((member) => member.span.start <= span.start && span.start <= member.span.end) ?? subs[0];
      members = found?.type === "subBlock" ? found.members : [];
    }
    for (const member of members) {
      // The key being typed or edited is not "already written".
      if (member.key.span.start === span.start) continue;
      const spec = clause.specs.find((candidate) => sameWord(candidate.spelling.all, member.key.text));
      if (spec) keys.add(spec.key);
    }
    return keys;
  }

  // --------------------------------------------------------------------------------------------
  // Values

  private valueItems(context: Extract<CursorContext, { kind: "value" }>): CompletionEntry[] {
    const field = context.field;
    const current = context.values[context.values.length - 1] ?? [];
    const span = context.word;
    const touching = context.touching;
    // After the value of a key the clause does not have, the drafter moves on to the next field.
    if (!field) return touching || current.length === 0 ? [] : this.memberItems(context.clause, span);
    // The next field comes after what continues the value.
    const members = (): CompletionEntry[] =>
      touching ? [] : this.memberItems(context.clause, span).map((entry) => ({ ...entry, sortText: `5-${entry.sortText}` }));
    switch (field.shape) {
      case "name":
      case "names":
        if (touching) return [];
        return current.length === 0 ? this.nameItems(context, field, span) : members();
      case "enum":
        if (touching) return [];
        return current.length === 0 ? this.enumItems(field.values ?? [], span, new Set()) : members();
      case "enums": {
        if (touching) return [];
        const chosen = new Set(context.values.flat().map((token) => normalizeWord(token.image)));
        const values = this.enumItems(field.values ?? [], span, chosen);
        return current.length === 0 ? values : [...values, ...members()];
      }
      case "trigger":
        if (touching) return [];
        if (current.length === 0) return this.enumItems(field.values ?? [], span, new Set());
        return current.some((token) => token.kind === "string") ? members() : [];
      case "limit": {
        const units = this.unitItems(context, field);
        if (units) return units;
        return touching || current.length === 0 ? [] : members();
      }
      case "appeal":
        return this.appealItems(context, field, current, members);
      case "expectation":
        return touching ? [] : this.expectationItems(context, current, members);
      case "citations":
        return this.citationItems(context, current, members);
      case "block":
        return [];
      default:
        // text, date, evidence: nothing to offer until the value is written, then the next field.
        return touching || current.length === 0 ? [] : members();
    }
  }

  private declaration(clause: ClauseContext): Declaration | undefined {
    return this.model.document.file.declarations.find((declaration) => declaration.block.keyword.span.start === clause.keyword);
  }

  /** Names written in the field so far (not the word being typed). */
  private listed(context: Extract<CursorContext, { kind: "value" }>): Set<string> {
    return new Set(context.values.flat().filter((token) => token.kind === "name").map((token) => token.image));
  }

  private nameItems(context: Extract<CursorContext, { kind: "value" }>, field: FieldSpec, span: Span): CompletionEntry[] {
    const clause = context.clause;
    const exclude = this.listed(context);
    const ref = REFERENCE_KINDS[field.key];
    if (ref === "tier") {
      if (field.key === "under" && clause.name) {
        exclude.add(clause.name);
        // Nor a tier below this one: `under` it would close a cycle (tier/cycle).
        for (const [name, symbol] of this.model.symbols) {
          if (symbol.kind === "tier" && this.model.superiorsOf(symbol.declaration as TierDecl).some((superior) => superior.name?.text === clause.name)) exclude.add(name);
        }
      }
      const preferred = field.key === "imposed_by" ? this.superiorsOfHolder(clause) : [];
      return this.symbolItems(["tier"], span, exclude, preferred);
    }
    if (ref === "duty") {
      if (field.key === "refines" && clause.name) exclude.add(clause.name);
      return this.symbolItems(["duty"], span, exclude, []);
    }
    const labels = LABEL_FIELDS[field.key];
    return labels ? this.labelItems(context, field, labels, span, exclude) : [];
  }

  private holderOf(clause: ClauseContext): string | undefined {
    const declaration = this.declaration(clause);
    return (declaration?.kind === "duty" ? declaration.holder?.name : undefined) ?? clause.names.get("holder");
  }

  private tierNamed(name: string | undefined) {
    const symbol = name === undefined ? undefined : this.model.symbols.get(name);
    return symbol?.declaration.kind === "tier" ? symbol.declaration : undefined;
  }

  private superiorsOfHolder(clause: ClauseContext): string[] {
    const holder = this.tierNamed(this.holderOf(clause));
    return holder ? this.model.superiorsOf(holder).flatMap((tier) => (tier.name ? [tier.name.text] : [])) : [];
  }

  private symbolItems(kinds: readonly SymbolInfo["kind"][], span: Span, exclude: ReadonlySet<string>, preferred: readonly string[]): CompletionEntry[] {
    const lead = this.lead(span.start);
    const items: CompletionEntry[] = [];
    let index = 0;
    for (const symbol of this.model.symbols.values()) {
      if (!kinds.includes(symbol.kind) || exclude.has(symbol.name)) continue;
      const rank = preferred.indexOf(symbol.name);
      const declaration = symbol.declaration;
      items.push({
        label: symbol.name,
        kind: symbol.kind,
        detail: declaration.title?.text ?? spell(BLOCK_KEYWORDS[symbol.kind], this.locale),
        insertText: `${lead}${symbol.name}`,
        sortText: rank >= 0 ? `0-${pad(rank)}` : `1-${pad(index)}`,
        span,
        symbol: symbol.name,
      });
      index++;
    }
    return items;
  }

  /** Resources, places, periods: free labels, the likeliest first. */
  private labelItems(
    context: Extract<CursorContext, { kind: "value" }>,
    field: FieldSpec,
    labels: "resources" | "places" | "periods",
    span: Span,
    exclude: ReadonlySet<string>,
  ): CompletionEntry[] {
    const clause = context.clause;
    const owners = new Map<string, string[]>();
    const preferred: string[] = [];
    const prefer = (label: string): void => {
      if (!preferred.includes(label)) preferred.push(label);
    };
    const add = (label: string, owner: string | undefined): void => {
      const list = owners.get(label) ?? [];
      if (owner !== undefined && !list.includes(owner)) list.push(owner);
      owners.set(label, list);
    };
    let template: Localized;
    if (field.key === "needs") {
      // The holder's own resources first, then every resource any tier declares.
      template = TEXT.heldBy;
      const holder = this.tierNamed(this.holderOf(clause));
      for (const ref of holder?.resources ?? []) prefer(ref.name);
      for (const tier of this.model.all("tier")) for (const ref of tier.resources) add(ref.name, tier.name?.text);
    } else if (field.key === "resources") {
      // What the duties need, those held by this tier first.
      template = TEXT.neededBy;
      for (const duty of this.model.all("duty")) {
        for (const ref of duty.needs) {
          add(ref.name, duty.name?.text);
          if (clause.name !== undefined && duty.holder?.name === clause.name) prefer(ref.name);
        }
      }
    } else {
      // Places and periods of every domain and scope; in a duty's scope, its holder's domain first.
      template = TEXT.usedBy;
      const key = labels === "periods" ? "periods" : "places";
      const holder = clause.kind === "duty" ? this.tierNamed(this.holderOf(clause)) : undefined;
      for (const ref of holder?.domain?.[key] ?? []) prefer(ref.name);
      for (const tier of this.model.all("tier")) for (const ref of tier.domain?.[key] ?? []) add(ref.name, tier.name?.text);
      for (const duty of this.model.all("duty")) for (const ref of duty.scope?.[key] ?? []) add(ref.name, duty.name?.text);
    }
    for (const label of preferred) if (!owners.has(label)) add(label, undefined);
    const lead = this.lead(span.start);
    const items: CompletionEntry[] = [];
    let index = 0;
    for (const [label, names] of owners) {
      index++;
      if (exclude.has(label)) continue;
      items.push({
        label,
        kind: "label",
        ...(names.length > 0 ? { detail: template[this.locale].replace("{names}", list(names, this.locale)) } : {}),
        insertText: `${lead}${label}`,
        sortText: preferred.includes(label) ? `0-${pad(preferred.indexOf(label))}` : `1-${pad(index)}`,
        span,
      });
    }
    return items;
  }

  private enumItems(values: readonly EnumValueSpec[], span: Span, exclude: ReadonlySet<string>): CompletionEntry[] {
    const lead = this.lead(span.start);
    const items: CompletionEntry[] = [];
    values.forEach((value, index) => {
      if (value.spelling.all.some((word) => exclude.has(normalizeWord(word)))) return;
      const word = spell(value.spelling, this.locale);
      items.push({
        label: word,
        kind: "value",
        ...(this.locale !== "en" ? { detail: value.value } : {}),
        documentation: value.description[this.locale],
        insertText: `${lead}${word}`,
        sortText: `0-${pad(index)}`,
        span,
      });
    });
    return items;
  }

  private wordItem(word: string, documentation: string, span: Span): CompletionEntry {
    return { label: word, kind: "word", documentation, insertText: `${this.lead(span.start)}${word}`, sortText: "0-0000", span };
  }

  // --------------------------------------------------------------------------------------------
  // Shapes made of several atoms

  private expectationItems(
    context: Extract<CursorContext, { kind: "value" }>,
    current: readonly Token[],
    members: () => CompletionEntry[],
  ): CompletionEntry[] {
    const span = context.word;
    const declaration = this.declaration(context.clause);
    const duties = declaration?.kind === "case" ? [...declaration.performed, ...declaration.breached].flatMap((ref) => {
      const duty = this.model.duty(ref);
      return duty ? [duty] : [];
    }) : [];
    switch (current.length) {
      case 0: {
        // The holders of the case's duties first.
        const holders = duties.flatMap((duty) => (duty.holder ? [duty.holder.name] : []));
        return this.symbolItems(["tier"], span, new Set(), holders);
      }
      case 1:
        return this.enumItems(VERDICTS, span, new Set());
      case 2:
        return [this.wordItem(this.locale === "en" ? "by" : "因", TEXT.by[this.locale], span), ...members()];
      case 3:
        if (BY.has(normalizeWord(current[2]!.image))) {
          // The exemptions and tolerances that cover the case's duties first.
          const covering = duties.flatMap((duty) => [...this.model.exemptionsCovering(duty), ...this.model.tolerancesCovering(duty)]);
          const names = covering.flatMap((clause) => (clause.name ? [clause.name.text] : []));
          return this.symbolItems(["exemption", "tolerance"], span, new Set(), names);
        }
        return members();
      default:
        return members();
    }
  }

  private appealItems(
    context: Extract<CursorContext, { kind: "value" }>,
    field: FieldSpec,
    current: readonly Token[],
    members: () => CompletionEntry[],
  ): CompletionEntry[] {
    const span = context.word;
    const within = this.locale === "en" ? "within" : this.locale === "zh-Hant" ? "內" : "内";
    const withinItem = (at: Span): CompletionEntry => this.wordItem(within, TEXT.within[this.locale], at);
    const units = this.unitItems(context, field);
    if (context.touching) {
      // `30日‸`: the unit may go on, or `内` follow.
      const cursor = { start: this.offset, end: this.offset };
      const chinese = this.locale !== "en" && context.touching.kind === "quantity";
      return [...(units ?? []), ...(chinese ? [withinItem(cursor)] : [])];
    }
    if (units) return units;
    if (current.length === 0) return this.symbolItems(["tier"], span, new Set(), []);
    const hasWithin = current.some((token) => token.kind === "name" && normalizeWord(token.image) === normalizeWord(within));
    const hasLimit = current.some((token) => token.kind === "quantity" || token.kind === "number" || token.kind === "string");
    if (this.locale === "en" && current.length === 1 && current[0]!.kind === "name") return [withinItem(span), ...members()];
    if (this.locale !== "en" && hasLimit && !hasWithin) return [withinItem(span), ...members()];
    return members();
  }

  /** Units after a number (`10 ‸`, `10 work‸`, `30日‸`) in a field that takes a quantity. */
  private unitItems(context: Extract<CursorContext, { kind: "value" }>, field: FieldSpec): CompletionEntry[] | undefined {
    const units = unitsFor(field.key, this.locale);
    if (units.length === 0) return undefined;
    const current = context.values[context.values.length - 1] ?? [];
    let index = current.length - 1;
    while (index >= 0 && current[index]!.kind === "name") index--;
    const number = current[index];
    if (!number || (number.kind !== "number" && number.kind !== "quantity")) return undefined;
    const partial = current.slice(index + 1);
    // A quantity already has its unit; only one the cursor touches may still be changed.
    if (number.kind === "quantity" && (partial.length > 0 || context.touching !== number)) return undefined;
    const digits = /^[0-9０-９]+(?:[.．][0-9０-９]+)?[ \t]*/.exec(number.image)?.[0] ?? "";
    let start: number;
    if (number.kind === "quantity") start = number.start + digits.length;
    else if (partial[0]) start = partial[0].start;
    else if (context.word.end > context.word.start) start = context.word.start;
    else start = this.offset;
    const span = { start, end: Math.max(context.word.end, this.offset) };
    const singular = digits.trim() === "1";
    const glued = start === number.start + digits.trimEnd().length;
    return units.map((unit, order) => {
      const written = singular && unit.singular ? unit.singular : unit.unit;
      return {
        label: written,
        kind: "unit",
        documentation: unit.meaning,
        insertText: `${glued && /^[A-Za-z]/.test(written) ? " " : ""}${written}`,
        sortText: `0-${pad(order)}`,
        span,
      };
    });
  }

  private citationItems(
    context: Extract<CursorContext, { kind: "value" }>,
    current: readonly Token[],
    members: () => CompletionEntry[],
  ): CompletionEntry[] {
    const complete = current.some((token) => token.kind === "string" || ((token.kind === "article" || token.kind === "lawId" || token.kind === "range") && token !== context.touching));
    if (complete) return members();
    // The whole citation written so far is replaced: `医师法 第‸` → `医师法 第二十七条`.
    const start = context.valueStart;
    const end = Math.max(context.word.end, this.offset);
    const span = /[\r\n\u2028\u2029]/.test(this.text.slice(start, end)) ? context.word : { start, end };
    const lead = this.lead(span.start);
    return citationChoices(this.laws, this.locale).map((choice) => ({
      label: choice.label,
      kind: "citation",
      detail: choice.detail,
      documentation: choice.documentation,
      insertText: `${lead}${choice.label}`,
      sortText: choice.sortText,
      span,
    }));
  }
}

/** A snippet as the drafter will see it: placeholders shown by their default text. */
function snippetPreview(body: string): string {
  return body
    .replace(/\$\{\d+\|((?:\\.|[^|\\])*)\|\}/g, (_whole, choices: string) => (/^((?:\\.|[^,\\])*)/.exec(choices)?.[1] ?? ""))
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, "$1")
    .replace(/\$\{?\d+\}?/g, "")
    .replace(/\\(.)/g, "$1");
}

interface CitationChoice {
  readonly label: string;
  readonly detail: string;
  readonly documentation: string;
  readonly sortText: string;
}

const citationCache = new WeakMap<LawLibrary, Map<Locale, CitationChoice[]>>();

/**
 * Every article of every law in force, written as a citation in the document's script: verified
 * articles first, in library order; unverified ones marked and last.
 */
function citationChoices(laws: LawLibrary, locale: Locale): CitationChoice[] {
  let byLocale = citationCache.get(laws);
  if (!byLocale) {
    byLocale = new Map();
    citationCache.set(laws, byLocale);
  }
  const cached = byLocale.get(locale);
  if (cached) return cached;
  const choices: CitationChoice[] = [];
  laws.laws.forEach((law, lawIndex) => {
    if (law.status === "repealed") return;
    const byNumber = new Map<number, LawArticle[]>();
    for (const article of law.articles) byNumber.set(article.number, [...(byNumber.get(article.number) ?? []), article]);
    for (const [number, entries] of [...byNumber].sort((a, b) => a[0] - b[0])) {
      const verified = entries.some((entry) => entry.verified);
      const entry = entries.find((candidate) => candidate.verified) ?? entries[0]!;
      const article = number === 0 ? undefined : number;
      const lines = [`**${formatCitation(law, locale, article === undefined ? {} : { article })}**`];
      const gist = localizedText(entry.gist, locale);
      if (gist) lines.push("", gist);
      if (!verified) lines.push("", TEXT.unverifiedNote[locale]);
      lines.push("", `_${lawName(law, locale)}_`);
      choices.push({
        label: writtenCitation(law, locale, article),
        detail: verified ? lawShortName(law, locale) : TEXT.unverified[locale],
        documentation: lines.join("\n"),
        sortText: `${verified ? 2 : 3}-${pad(lawIndex)}-${pad(number)}`,
      });
    }
  });
  byLocale.set(locale, choices);
  return choices;
}
