/**
 * The typed AST: clauses read through the vocabulary into tiers, duties, exemptions… with
 * every value in its proper type (references, prose, quantities with units, citations) and
 * its source span. Wrong fields and wrongly shaped values are reported here, precisely, so the
 * review rules can rely on the types.
 */
import { message, type Diagnostic } from "./diagnostic.ts";
import { listed, quoted, type Locale } from "./locale.ts";
import { TextMemo } from "./memo.ts";
import { SYNTAX_MESSAGES, THINGS } from "./messages.ts";
import { parseChineseNumeral } from "./chinese-numerals.ts";
import type { Span } from "./positions.ts";
import { closest } from "./suggest.ts";
import type { Atom, Block, Field, ImportStatement, Member, SyntaxTree, Value, Word } from "./syntax-tree.ts";
import { quantityOf, type Quantity } from "./units.ts";
import {
  BLOCK_KEYWORDS,
  BY_WORDS,
  VERDICTS as VERDICT_VALUES,
  FIELDS,
  WITHIN_WORDS,
  lookupEnum,
  lookupField,
  normalizeWord,
  spell,
  type BlockKind,
  type EnumValueSpec,
  type FieldSpec,
  type Spelling,
} from "./vocabulary.ts";

export interface NameRef {
  readonly name: string;
  readonly span: Span;
}

export interface Text {
  readonly text: string;
  readonly span: Span;
}

/**
 * A deadline or threshold: a quantity when written with one number and its unit, else only prose
 * (`several` when more than one number was written: `1 month 15 days`, `3-5 days`, `5万元至10万元`
 * — which of them is the limit cannot be told, so none is taken).
 */
export interface Limit {
  readonly span: Span;
  readonly text: string;
  readonly quantity?: Quantity;
  readonly several?: true;
}

export interface EnumRef {
  /** The canonical value (`care`, `emergency`); undefined when the word is not a known value. */
  readonly value: string | undefined;
  readonly word: string;
  readonly span: Span;
}

export interface Citation {
  readonly span: Span;
  /** The citation as written. */
  readonly text: string;
  readonly lawId?: string;
  readonly law?: string;
  readonly article?: number;
  readonly articleTo?: number;
  readonly paragraph?: number;
  readonly item?: number;
}

export interface Scope {
  readonly span: Span;
  readonly places: readonly NameRef[];
  readonly periods: readonly NameRef[];
  readonly description?: Text;
}

export interface Trigger {
  readonly span: Span;
  readonly basis?: EnumRef;
  readonly text?: Text;
}

export interface Appeal {
  readonly span: Span;
  readonly to?: NameRef;
  readonly within?: Limit;
}

/** A piece of evidence or a precondition: a name or prose. */
export interface Item {
  readonly span: Span;
  readonly text: string;
  readonly isName: boolean;
}

export interface Expectation {
  readonly span: Span;
  readonly holder?: NameRef;
  readonly verdict?: EnumRef;
  readonly by?: NameRef;
}

interface DeclarationBase {
  readonly block: Block;
  readonly name?: Word;
  readonly title?: Text;
  readonly span: Span;
  /** Where each field (by canonical key) was written: hovers, quick fixes and rules point here. */
  readonly fieldSpans: Readonly<Record<string, Span>>;
}

export interface PolicyDecl extends DeclarationBase {
  readonly kind: "policy";
  readonly issuer?: NameRef;
  readonly jurisdiction?: Text;
  readonly effective?: Text;
  readonly version?: Text;
  readonly description?: Text;
  readonly basis: readonly Citation[];
}

export interface TierDecl extends DeclarationBase {
  readonly kind: "tier";
  readonly under?: NameRef;
  readonly resources: readonly NameRef[];
  readonly domain?: Scope;
  readonly description?: Text;
}

export interface DutyDecl extends DeclarationBase {
  readonly kind: "duty";
  readonly holder?: NameRef;
  readonly imposedBy?: NameRef;
  readonly dutyKind?: EnumRef;
  readonly action?: Text;
  readonly standard?: Text;
  readonly scope?: Scope;
  readonly deadline?: Limit;
  readonly threshold?: Limit;
  readonly needs: readonly NameRef[];
  readonly refines?: NameRef;
  readonly context?: EnumRef;
  readonly requires: readonly Item[];
  readonly basis: readonly Citation[];
  readonly description?: Text;
}

export interface ExemptionDecl extends DeclarationBase {
  readonly kind: "exemption";
  readonly covers: readonly NameRef[];
  readonly grounds?: EnumRef;
  readonly when?: Text;
  readonly approval?: NameRef;
  readonly basis: readonly Citation[];
}

export interface ToleranceDecl extends DeclarationBase {
  readonly kind: "tolerance";
  readonly covers: readonly NameRef[];
  readonly contexts: readonly EnumRef[];
  readonly when?: Text;
  readonly limits?: Text;
  readonly correction?: Text;
  readonly correctionDeadline?: Limit;
  readonly basis: readonly Citation[];
}

export interface AccountabilityDecl extends DeclarationBase {
  readonly kind: "accountability";
  readonly covers: readonly NameRef[];
  readonly trigger?: Trigger;
  readonly investigate?: NameRef;
  readonly determine?: NameRef;
  readonly evidence: readonly Item[];
  readonly appeal?: Appeal;
  readonly superiorAnswers?: Text;
  readonly basis: readonly Citation[];
}

export interface CaseDecl extends DeclarationBase {
  readonly kind: "case";
  readonly performed: readonly NameRef[];
  readonly breached: readonly NameRef[];
  readonly conditions: readonly EnumRef[];
  readonly harm?: Text;
  readonly expect: readonly Expectation[];
  readonly description?: Text;
}

export type Declaration = PolicyDecl | TierDecl | DutyDecl | ExemptionDecl | ToleranceDecl | AccountabilityDecl | CaseDecl;

/** Clauses that other clauses refer to by name. */
export type NamedKind = "tier" | "duty" | "exemption" | "tolerance" | "case";

export interface PolicyFile {
  readonly locale: Locale;
  readonly imports: readonly ImportStatement[];
  readonly declarations: readonly Declaration[];
  readonly policy?: PolicyDecl;
  readonly tiers: readonly TierDecl[];
  readonly duties: readonly DutyDecl[];
  readonly exemptions: readonly ExemptionDecl[];
  readonly tolerances: readonly ToleranceDecl[];
  readonly accountabilities: readonly AccountabilityDecl[];
  readonly cases: readonly CaseDecl[];
}

/**
 * What reading the fields of a clause needs of its table, made once per table: the members of
 * a clause are kept by the field's place in the table, in an array copied from `none` — a map
 * per clause, or even `new Array(n)`, cost a tenth of reading the declarations.
 */
interface FieldTable {
  readonly specs: readonly FieldSpec[];
  /** The place of each field in `specs`, by canonical key. */
  readonly places: ReadonlyMap<string, number>;
  /** Keys as written → place in `specs` (-1: no such field), remembered. */
  readonly written: TextMemo<number>;
  /**
   * Unknown keys as written, after the locale → the field spelt most like them, remembered: the
   * same typo recurs (in many clauses, and in every reparse of its clause), and each look costs
   * an edit distance to every spelling of every field.
   */
  readonly suggestions: TextMemo<string | undefined>;
  /** One `undefined` per field. */
  readonly none: readonly undefined[];
}

export function readDeclarations(tree: SyntaxTree, locale: Locale): { file: PolicyFile; diagnostics: Diagnostic[] } {
  const { declarations, diagnostics } = readClauses(tree.blocks, locale);
  return { file: policyFile(locale, tree.imports, declarations), diagnostics };
}

/**
 * The declarations of these clauses, one per clause, and the diagnostics of each clause apart
 * (a reparse keeps those of the clauses it did not read again). `full` is true when the reader
 * stopped reporting at its limit: then which clause a diagnostic came from depends on the rest.
 */
export function readClauses(blocks: readonly Block[], locale: Locale): { declarations: Declaration[]; diagnostics: Diagnostic[]; perClause: Diagnostic[][]; full: boolean } {
  const reader = new DeclarationReader(locale);
  const declarations: Declaration[] = [];
  const perClause: Diagnostic[][] = [];
  for (const block of blocks) {
    const before = reader.diagnostics.length;
    declarations.push(reader.read(block));
    perClause.push(reader.diagnostics.slice(before));
  }
  return { declarations, diagnostics: reader.diagnostics, perClause, full: reader.full };
}

/** A file's declarations, and the same sorted by kind. */
export function policyFile(locale: Locale, imports: readonly ImportStatement[], declarations: readonly Declaration[]): PolicyFile {
  const byKind = <K extends Declaration["kind"]>(kind: K) =>
    declarations.filter((d): d is Extract<Declaration, { kind: K }> => d.kind === kind);
  const policies = byKind("policy");
  return {
    locale,
    imports,
    declarations,
    ...(policies[0] ? { policy: policies[0] } : {}),
    tiers: byKind("tier"),
    duties: byKind("duty"),
    exemptions: byKind("exemption"),
    tolerances: byKind("tolerance"),
    accountabilities: byKind("accountability"),
    cases: byKind("case"),
  };
}

const NAMED_KINDS: ReadonlySet<BlockKind> = new Set(["tier", "duty", "exemption", "tolerance", "case"]);

/**
 * lookupField and lookupEnum remembered per table and word as written: the same keys recur in
 * every clause, and normalising a word (lower case, `-` → `_`) cost more than the lookup. Both
 * lookups are pure, so the answers are the same; the limit bounds the memory typos can take.
 */
const MEMO_LIMIT = 4096;
const fieldTables = new WeakMap<readonly FieldSpec[], FieldTable>();
const enumMemo = new WeakMap<readonly EnumValueSpec[], TextMemo<EnumValueSpec | undefined>>();

function tableOf(specs: readonly FieldSpec[]): FieldTable {
  let table = fieldTables.get(specs);
  if (!table) {
    table = { specs, places: new Map(specs.map((spec, place) => [spec.key, place])), written: new TextMemo(MEMO_LIMIT), suggestions: new TextMemo(MEMO_LIMIT), none: specs.map(() => undefined) };
    fieldTables.set(specs, table);
  }
  return table;
}

/** The place in the table of the field a key as written names, or -1. */
function findField(table: FieldTable, key: string): number {
  return table.written.get(key, (own) => {
    const spec = lookupField(table.specs, own);
    return spec ? table.specs.indexOf(spec) : -1;
  });
}

function findEnum(values: readonly EnumValueSpec[], word: string): EnumValueSpec | undefined {
  let memo = enumMemo.get(values);
  if (!memo) enumMemo.set(values, (memo = new TextMemo(MEMO_LIMIT)));
  return memo.get(word, (own) => lookupEnum(values, own));
}
const withinWords = new Set(WITHIN_WORDS.map(normalizeWord));
const byWords = new Set(BY_WORDS.map(normalizeWord));

/** As in parse.ts: past this many findings a file is noise, and reporting more only costs time. */
const MAX_DECLARATION_DIAGNOSTICS = 200;

class DeclarationReader {
  readonly diagnostics: Diagnostic[] = [];
  readonly locale: Locale;

  constructor(locale: Locale) {
    this.locale = locale;
  }

  read(block: Block): Declaration {
    const clause = spell(BLOCK_KEYWORDS[block.kind], this.locale);
    if (!block.name && NAMED_KINDS.has(block.kind)) {
      this.error("syntax/missing-name", block.keyword.span, SYNTAX_MESSAGES.missingName, { clause, keyword: block.keyword.text });
    }
    const r = this.readFields(block.members, FIELDS[block.kind], clause);
    const fieldSpans = r.spans();
    // Built by assignment, field by field in a fixed order: object spread of one-key objects
    // was most of the cost of reading a clause. A field that was not written has no property.
    const d: Record<string, unknown> = { kind: block.kind, block, span: block.span, fieldSpans };
    if (block.name) d["name"] = block.name;
    if (block.title) d["title"] = { text: block.title.text, span: block.title.span };
    switch (block.kind) {
      case "policy":
        put(d, "issuer", r.name("issuer"));
        put(d, "jurisdiction", r.text("jurisdiction"));
        put(d, "effective", r.date("effective"));
        put(d, "version", r.text("version"));
        put(d, "description", r.text("description"));
        d["basis"] = r.citations("basis");
        break;
      case "tier":
        put(d, "under", r.name("under"));
        d["resources"] = r.names("resources");
        put(d, "domain", r.scope("domain"));
        put(d, "description", r.text("description"));
        break;
      case "duty":
        put(d, "holder", r.name("holder"));
        put(d, "imposedBy", r.name("imposed_by"));
        put(d, "dutyKind", r.enumOne("kind"));
        put(d, "action", r.text("action"));
        put(d, "standard", r.text("standard"));
        put(d, "scope", r.scope("scope"));
        put(d, "deadline", r.limit("deadline"));
        put(d, "threshold", r.limit("threshold"));
        d["needs"] = r.names("needs");
        put(d, "refines", r.name("refines"));
        put(d, "context", r.enumOne("context"));
        d["requires"] = r.items("requires");
        d["basis"] = r.citations("basis");
        put(d, "description", r.text("description"));
        break;
      case "exemption":
        d["covers"] = r.names("covers");
        put(d, "grounds", r.enumOne("grounds"));
        put(d, "when", r.text("when"));
        put(d, "approval", r.name("approval"));
        d["basis"] = r.citations("basis");
        break;
      case "tolerance":
        d["covers"] = r.names("covers");
        d["contexts"] = r.enumMany("contexts");
        put(d, "when", r.text("when"));
        put(d, "limits", r.text("limits"));
        put(d, "correction", r.text("correction"));
        put(d, "correctionDeadline", r.limit("correction_deadline"));
        d["basis"] = r.citations("basis");
        break;
      case "accountability":
        d["covers"] = r.names("covers");
        put(d, "trigger", r.trigger("trigger"));
        put(d, "investigate", r.name("investigate"));
        put(d, "determine", r.name("determine"));
        d["evidence"] = r.items("evidence");
        put(d, "appeal", r.appeal("appeal"));
        put(d, "superiorAnswers", r.text("superior_answers"));
        d["basis"] = r.citations("basis");
        break;
      case "case":
        d["performed"] = r.names("performed");
        d["breached"] = r.names("breached");
        d["conditions"] = r.enumMany("conditions");
        put(d, "harm", r.text("harm"));
        d["expect"] = r.expectations("expect");
        put(d, "description", r.text("description"));
        break;
    }
    return d as unknown as Declaration;
  }

  /** The fields of a clause or sub-block, checked against its table (unknown, repeated, wrongly shaped ones reported). */
  readFields(members: readonly Member[], specs: readonly FieldSpec[], clause: string): FieldReader {
    const table = tableOf(specs);
    const written: (Member | undefined)[] = table.none.slice();
    for (const member of members) {
      const place = findField(table, member.key.text);
      if (place < 0) {
        this.reportUnknownField(member.key, table, clause);
        continue;
      }
      const spec = specs[place]!;
      if (written[place] !== undefined) {
        this.error("syntax/duplicate-field", member.key.span, SYNTAX_MESSAGES.duplicateField, { key: member.key.text, clause });
        continue;
      }
      const isBlock = spec.shape === "block";
      if (isBlock && member.type === "field") {
        this.error("syntax/invalid-value", member.key.span, SYNTAX_MESSAGES.needsBlock, { key: member.key.text });
        continue;
      }
      if (!isBlock && member.type === "subBlock") {
        this.error("syntax/invalid-value", member.key.span, SYNTAX_MESSAGES.notABlock, { key: member.key.text });
        continue;
      }
      if (member.type === "field" && member.values.length === 0) {
        this.error("syntax/missing-value", member.key.span, SYNTAX_MESSAGES.missingValue, {
          key: member.key.text,
          expected: message(THINGS[spec.shape as keyof typeof THINGS] ?? THINGS.text, this.locale),
        });
        continue;
      }
      written[place] = member;
    }
    return new FieldReader(this, table, written);
  }

  private reportUnknownField(key: Word, table: FieldTable, clause: string): void {
    if (this.full) return;
    const specs = table.specs;
    const suggestion = table.suggestions.get(`${this.locale} ${key.text}`, () => closestSpelling(key.text, specs, this.locale));
    const shown = specs.map((spec) => spell(spec.spelling, this.locale));
    this.error("syntax/unknown-field", key.span, SYNTAX_MESSAGES.unknownField, {
      clause,
      key: key.text,
      suggestion: suggestion ? message(SYNTAX_MESSAGES.didYouMean, this.locale, { name: suggestion }) : "",
      fields: listed(shown, this.locale),
    }, suggestion ? { suggestion } : undefined);
  }

  /** True once no more diagnostics are reported. */
  get full(): boolean {
    return this.diagnostics.length >= MAX_DECLARATION_DIAGNOSTICS;
  }

  error(rule: string, span: Span, template: typeof SYNTAX_MESSAGES[keyof typeof SYNTAX_MESSAGES], args: Record<string, string | number>, data?: Record<string, unknown>): void {
    if (this.full) return;
    this.diagnostics.push({ rule, severity: "error", span, message: message(template, this.locale, args), ...(data ? { data } : {}) });
  }

  wrongShape(key: Word, shape: keyof typeof THINGS, found: string, span: Span): void {
    this.error("syntax/invalid-value", span, SYNTAX_MESSAGES.expectedShape, {
      key: key.text,
      expected: message(THINGS[shape], this.locale),
      found,
    });
  }

  unknownEnum(key: Word, atom: Atom, values: readonly EnumValueSpec[]): void {
    if (this.full) return;
    const word = atomText(atom);
    const suggestion = closestSpelling(word, values, this.locale);
    this.error("syntax/invalid-value", atom.span, SYNTAX_MESSAGES.unknownEnum, {
      word,
      key: key.text,
      suggestion: suggestion ? message(SYNTAX_MESSAGES.didYouMean, this.locale, { name: suggestion }) : "",
      values: listed(values.map((value) => spell(value.spelling, this.locale)), this.locale),
    }, suggestion ? { suggestion } : undefined);
  }

  describeAtom(atom: Atom): string {
    switch (atom.kind) {
      case "string": return message(THINGS.text, this.locale);
      case "number": case "quantity": case "range": return quoted(atom.text, this.locale);
      default: return quoted(atomText(atom), this.locale);
    }
  }
}

function atomText(atom: Atom): string {
  return atom.text;
}

/**
 * The field or value a misspelt word most likely meant, spelt in the document's language: the
 * closest of all its spellings is looked for (承担人 in a 繁體 document is closest to 承担), but
 * the suggestion — and the quick fix that writes it — is 承擔, as the document writes.
 */
function closestSpelling(word: string, items: readonly { readonly spelling: Spelling }[], locale: Locale): string | undefined {
  // The document's own script first, so that a tie (承當 is as close to 承担 as to 承擔) goes to it.
  const found = closest(word, [...items.map((item) => spell(item.spelling, locale)), ...items.flatMap((item) => item.spelling.all)]);
  if (found === undefined) return undefined;
  const meant = items.find((item) => spell(item.spelling, locale) === found || item.spelling.all.includes(found));
  return meant === undefined ? found : spell(meant.spelling, locale);
}

/**
 * The list of a field that was not written: one shared empty list (frozen: the declarations'
 * lists are read-only), not a new one per clause and field — a duty alone has six lists, most
 * of them empty, and every one was kept for as long as the document.
 */
const NONE: readonly never[] = Object.freeze([]);

/** Sets an optional property only when it has a value, so absent fields stay absent. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

/** Reads one clause's fields into typed values; each method returns a spreadable object. */
class FieldReader {
  private readonly reader: DeclarationReader;
  private readonly table: FieldTable;
  /** The member written for each field, by its place in the table. */
  private readonly members: readonly (Member | undefined)[];

  constructor(reader: DeclarationReader, table: FieldTable, members: readonly (Member | undefined)[]) {
    this.reader = reader;
    this.table = table;
    this.members = members;
  }

  /** The span of each written field by canonical key, in the table's order (clauses with the same fields share a shape). */
  spans(): Record<string, Span> {
    const spans: Record<string, Span> = {};
    for (let place = 0; place < this.members.length; place++) {
      const member = this.members[place];
      if (member !== undefined) spans[this.table.specs[place]!.key] = member.span;
    }
    return spans;
  }

  /** The member written for a field, if it was. */
  private member(key: string): Member | undefined {
    const place = this.table.places.get(key);
    return place === undefined ? undefined : this.members[place];
  }

  private field(key: string): Field | undefined {
    const member = this.member(key);
    return member?.type === "field" ? member : undefined;
  }

  /** The table's entry for a field that was written. */
  private spec(key: string): FieldSpec | undefined {
    const place = this.table.places.get(key);
    return place !== undefined && this.members[place] ? this.table.specs[place] : undefined;
  }

  /** The single value of a field that takes one; extra values are reported. */
  private single(field: Field, shape: keyof typeof THINGS): Value | undefined {
    const [value, extra] = field.values;
    if (extra) {
      this.reader.wrongShape(field.key, shape, message(THINGS.severalValues, this.reader.locale), { start: extra.span.start, end: field.span.end });
    }
    return value;
  }

  private nameOf(field: Field, value: Value, shape: keyof typeof THINGS): NameRef | undefined {
    const [atom, extra] = value.atoms;
    if (!atom) return undefined;
    if (atom.kind !== "name" || extra) {
      this.reader.wrongShape(field.key, shape, this.reader.describeAtom(extra && atom.kind === "name" ? extra : atom), value.span);
      return undefined;
    }
    return { name: atom.text, span: atom.span };
  }

  name(key: string): NameRef | undefined {
    const field = this.field(key);
    const value = field && this.single(field, "name");
    return field && value ? this.nameOf(field, value, "name") : undefined;
  }

  names(key: string): readonly NameRef[] {
    const field = this.field(key);
    if (!field) return NONE;
    // `map` makes a list of exactly the values' length; a value that is not a name is reported and left out.
    const refs = field.values.map((value) => this.nameOf(field, value, "names"));
    return refs.includes(undefined) ? refs.filter((ref) => ref !== undefined) : (refs as NameRef[]);
  }

  text(key: string): Text | undefined {
    const field = this.field(key);
    const value = field && this.single(field, "text");
    if (!field || !value) return undefined;
    const [atom, extra] = value.atoms;
    if (!atom || extra || (atom.kind !== "string" && atom.kind !== "name")) {
      this.reader.wrongShape(field.key, "text", this.reader.describeAtom(atom?.kind === "string" && extra ? extra : atom!), value.span);
      return undefined;
    }
    if (this.isEmptyText(field, atom)) return undefined;
    return { text: atom.text, span: atom.span };
  }

  date(key: string): Text | undefined {
    const field = this.field(key);
    const value = field && this.single(field, "date");
    if (!field || !value) return undefined;
    const [atom, extra] = value.atoms;
    if (!atom || extra || atom.kind !== "date") {
      this.reader.wrongShape(field.key, "date", this.reader.describeAtom(atom!), value.span);
      return undefined;
    }
    // The scanner takes any digits in a date's shape; the calendar decides which are dates.
    if (!isCalendarDate(atom.iso)) {
      this.reader.error("syntax/invalid-value", atom.span, SYNTAX_MESSAGES.noSuchDate, { key: field.key.text, date: atom.text });
      return undefined;
    }
    return { text: atom.iso, span: atom.span };
  }

  limit(key: string): Limit | undefined {
    const field = this.field(key);
    const value = field && this.single(field, "limit");
    return value ? readLimit(value) : undefined;
  }

  private enumAtom(field: Field, atom: Atom, values: readonly EnumValueSpec[]): EnumRef {
    const spec = atom.kind === "name" || atom.kind === "keyword" || atom.kind === "string" ? findEnum(values, atom.text) : undefined;
    if (!spec) this.reader.unknownEnum(field.key, atom, values);
    return { value: spec?.value, word: atom.text, span: atom.span };
  }

  enumOne(key: string): EnumRef | undefined {
    const field = this.field(key);
    const values = this.spec(key)?.values ?? [];
    const value = field && this.single(field, "enum");
    const atom = value?.atoms[0];
    if (!field || !value || !atom) return undefined;
    if (value.atoms.length > 1) this.reader.wrongShape(field.key, "enum", this.reader.describeAtom(value.atoms[1]!), value.span);
    return this.enumAtom(field, atom, values);
  }

  enumMany(key: string): readonly EnumRef[] {
    const field = this.field(key);
    const values = this.spec(key)?.values ?? [];
    if (!field) return NONE;
    return field.values.flatMap((value) => value.atoms.map((atom) => this.enumAtom(field, atom, values)));
  }

  items(key: string): readonly Item[] {
    const field = this.field(key);
    if (!field) return NONE;
    return field.values.map((value) => ({
      span: value.span,
      text: value.atoms.map(atomText).join(" "),
      isName: value.atoms.length === 1 && value.atoms[0]!.kind === "name",
    }));
  }

  citations(key: string): readonly Citation[] {
    const field = this.field(key);
    return field ? field.values.map(readCitation) : NONE;
  }

  scope(key: string): Scope | undefined {
    const block = this.member(key);
    if (block?.type !== "subBlock") return undefined;
    const inner = this.reader.readFields(block.members, this.spec(key)?.fields ?? [], block.key.text);
    const scope: { -readonly [K in keyof Scope]: Scope[K] } = { span: block.span, places: inner.names("places"), periods: inner.names("periods") };
    const description = inner.text("description");
    if (description) scope.description = description;
    return scope;
  }

  /**
   * `standard: ""` says nothing: reported, and read as not written, so that the rules that want
   * the text (a standard, a correction, a trigger's description) still ask for it.
   */
  private isEmptyText(field: Field, atom: Atom): boolean {
    if (atom.kind !== "string" || atom.text.trim() !== "") return false;
    this.reader.error("syntax/missing-value", atom.span, SYNTAX_MESSAGES.emptyText, { key: field.key.text });
    return true;
  }

  trigger(key: string): Trigger | undefined {
    const field = this.field(key);
    const value = field && this.single(field, "trigger");
    if (!field || !value) return undefined;
    const values = this.spec(key)?.values ?? [];
    let basis: EnumRef | undefined;
    let text: Text | undefined;
    for (const atom of value.atoms) {
      if (atom.kind === "string" && !text) {
        if (!this.isEmptyText(field, atom)) text = { text: atom.text, span: atom.span };
      }
      else if (!basis && !text) basis = this.enumAtom(field, atom, values);
      else this.reader.wrongShape(field.key, "trigger", this.reader.describeAtom(atom), atom.span);
    }
    const trigger: { -readonly [K in keyof Trigger]: Trigger[K] } = { span: value.span };
    if (basis) trigger.basis = basis;
    if (text) trigger.text = text;
    return trigger;
  }

  appeal(key: string): Appeal | undefined {
    const field = this.field(key);
    const value = field && this.single(field, "appeal");
    if (!field || !value) return undefined;
    let to: NameRef | undefined;
    let within: Limit | undefined;
    for (const atom of value.atoms) {
      if (atom.kind === "name" && withinWords.has(normalizeWord(atom.text))) continue;
      if (atom.kind === "name" && !to) to = { name: atom.text, span: atom.span };
      else if ((atom.kind === "quantity" || atom.kind === "number" || atom.kind === "string") && !within) {
        within = readLimit({ atoms: [atom], span: atom.span });
      } else this.reader.wrongShape(field.key, "appeal", this.reader.describeAtom(atom), atom.span);
    }
    const appeal: { -readonly [K in keyof Appeal]: Appeal[K] } = { span: value.span };
    if (to) appeal.to = to;
    if (within) appeal.within = within;
    return appeal;
  }

  expectations(key: string): readonly Expectation[] {
    const field = this.field(key);
    if (!field) return NONE;
    return field.values.map((value) => {
      const words = value.atoms.filter((atom) => atom.kind === "name" || atom.kind === "keyword");
      const [holder, verdict, ...rest] = words;
      // After the verdict only `by <clause>` may follow (`teller exempt by force_majeure`).
      const byFirst = rest.length > 0 && byWords.has(normalizeWord(rest[0]!.text));
      const by = byFirst ? rest[1] : undefined;
      if (!holder || !verdict || words.length !== value.atoms.length) {
        this.reader.wrongShape(field.key, "expectation", this.reader.describeAtom(value.atoms[0]!), value.span);
      } else if (rest.length > 0 && !(byFirst && rest.length === 2)) {
        // A word the expectation cannot hold was dropped silently before (found by the fuzz run).
        const unexpected = byFirst ? (rest[2] ?? rest[0]!) : rest[0]!;
        this.reader.wrongShape(field.key, "expectation", this.reader.describeAtom(unexpected), value.span);
      }
      const expectation: { -readonly [K in keyof Expectation]: Expectation[K] } = { span: value.span };
      if (holder) expectation.holder = { name: holder.text, span: holder.span };
      if (verdict) expectation.verdict = this.enumAtom(field, verdict, VERDICT_VALUES);
      if (by) expectation.by = { name: by.text, span: by.span };
      return expectation;
    });
  }
}


const WRITTEN_DIGIT = /[0-9０-９]/;

/** Whether `YYYY-MM-DD` names a day that exists (2026-02-29 does not; 2028-02-29 does). */
function isCalendarDate(iso: string): boolean {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  if (!(month >= 1 && month <= 12 && day >= 1)) return false;
  // The leap years repeat every 400 years: a year from 2000 to 2399 with the same remainder stands in (Date reads 0–99 as 1900–1999).
  return day <= new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate();
}

function readLimit(value: Value): Limit {
  const text = value.atoms.map(atomText).join(" ");
  // A name may hold digits too: `5万元至10万元` is a quantity and the name `至10万元`.
  const numbers = value.atoms.filter((atom) => atom.kind === "quantity" || atom.kind === "number" || atom.kind === "range" || (atom.kind === "name" && WRITTEN_DIGIT.test(atom.text)));
  const limit: { -readonly [K in keyof Limit]: Limit[K] } = { span: value.span, text };
  if (numbers.length > 1 || numbers[0]?.kind === "range") limit.several = true;
  const only = numbers.length === 1 ? numbers[0] : undefined;
  const quantity = only?.kind === "quantity" ? quantityOf(only.amount, only.unit) : undefined;
  if (quantity) limit.quantity = quantity;
  return limit;
}

/** A Chinese citation run together with its law name (`民法典第一千二百二十条`) is split here. */
const GLUED_ARTICLE = /^(.*?)(第[0-9０-９零〇一二两兩三四五六七八九十百千]+[条條].*)$/;

function readCitation(value: Value): Citation {
  const span = value.span;
  const text = value.atoms.map(atomText).join(" ");
  const lawWords: string[] = [];
  let article: number | undefined;
  let articleTo: number | undefined;
  let paragraph: number | undefined;
  let item: number | undefined;
  let afterMark = false;
  for (const atom of value.atoms) {
    switch (atom.kind) {
      case "lawId":
        return { span, text, lawId: atom.law, article: atom.article };
      case "string":
        // A quoted citation is read whole by the law library.
        return { span, text };
      case "article":
        article ??= atom.article;
        if (atom.articleTo !== undefined) articleTo = atom.articleTo;
        if (atom.paragraph !== undefined) paragraph = atom.paragraph;
        if (atom.item !== undefined) item = atom.item;
        break;
      case "mark":
        afterMark = true;
        break;
      case "number":
        if (afterMark || article === undefined) article ??= atom.value;
        break;
      case "range":
        article ??= atom.from;
        articleTo = atom.to;
        break;
      case "note": {
        // `(2)`, `（二）`: Arabic or Chinese numerals.
        const number = parseChineseNumeral(atom.text) ?? Number.parseInt(atom.text, 10);
        if (!Number.isNaN(number)) item = number;
        break;
      }
      case "name": {
        const glued = article === undefined ? GLUED_ARTICLE.exec(atom.text) : null;
        if (glued) {
          if (glued[1]) lawWords.push(glued[1]);
          // Keep reading: a `（二）` after the name is the item.
          const parts = articleFromText(glued[2] ?? "");
          article = parts.article;
          if (parts.articleTo !== undefined) articleTo = parts.articleTo;
          if (parts.paragraph !== undefined) paragraph = parts.paragraph;
          if (parts.item !== undefined) item = parts.item;
          break;
        }
        lawWords.push(atom.text);
        break;
      }
      default:
        lawWords.push(atom.text);
    }
  }
  const citation: { -readonly [K in keyof Citation]: Citation[K] } = { span, text };
  if (lawWords.length) citation.law = lawWords.join(" ");
  if (article !== undefined) citation.article = article;
  if (articleTo !== undefined) citation.articleTo = articleTo;
  if (paragraph !== undefined) citation.paragraph = paragraph;
  if (item !== undefined) citation.item = item;
  return citation;
}


const CN_NUMERAL = "([0-9０-９零〇一二两兩三四五六七八九十百千]+)";

/** `第九十五条至第九十七条`, `第二十七条第二款第三项`: the numbers of a run-together citation. */
// Built once: `matchAll` copies a global pattern and `exec` of a non-global one ignores lastIndex.
const GLUED_ARTICLES = new RegExp(`第?${CN_NUMERAL}[条條]`, "g");
const GLUED_PARAGRAPH = new RegExp(`第${CN_NUMERAL}款`);
const GLUED_ITEM = new RegExp(`第${CN_NUMERAL}[项項]`);

function articleFromText(text: string): { article?: number; articleTo?: number; paragraph?: number; item?: number } {
  const articles = [...text.matchAll(GLUED_ARTICLES)].map((m) => parseChineseNumeral(m[1] ?? ""));
  const paragraph = GLUED_PARAGRAPH.exec(text)?.[1];
  const item = GLUED_ITEM.exec(text)?.[1];
  const [articleNumber, articleToNumber] = articles;
  const paragraphNumber = paragraph ? parseChineseNumeral(paragraph) : undefined;
  const itemNumber = item ? parseChineseNumeral(item) : undefined;
  return {
    ...(articleNumber !== undefined ? { article: articleNumber } : {}),
    ...(articleToNumber !== undefined ? { articleTo: articleToNumber } : {}),
    ...(paragraphNumber !== undefined ? { paragraph: paragraphNumber } : {}),
    ...(itemNumber !== undefined ? { item: itemNumber } : {}),
  };
}
