/**
 * The semantic model of one policy file: its declarations and those of every file it imports,
 * one symbol table over them, and every name reference resolved. Review rules, hovers and the
 * export read this; none of them looks at text again.
 */
import type {
  AccountabilityDecl,
  Declaration,
  DutyDecl,
  ExemptionDecl,
  NameRef,
  NamedKind,
  ParsedDocument,
  Span,
  TierDecl,
  ToleranceDecl,
} from "../../../grammar/src/index.ts";

export interface SymbolInfo {
  readonly name: string;
  readonly kind: NamedKind;
  readonly declaration: Extract<Declaration, { kind: NamedKind }>;
  /** The file that declares it. */
  readonly file: string;
}

/** What a reference must point to; `clause` is an exemption or a tolerance. */
export type ExpectedKind = NamedKind | "clause";

export interface Reference {
  readonly ref: NameRef;
  readonly expected: ExpectedKind;
  /** Undefined when the name is unknown or of the wrong kind. */
  readonly target?: SymbolInfo;
  /** The symbol with that name when it is of another kind. */
  readonly wrongKind?: SymbolInfo;
}

export interface ModelFile {
  readonly path: string;
  readonly document: ParsedDocument;
}

export class SemanticModel {
  /** The file under review. */
  readonly file: ModelFile;
  /** The file under review first, then every file it imports, transitively. */
  readonly files: readonly ModelFile[];
  readonly symbols: ReadonlyMap<string, SymbolInfo>;
  /** Declarations that share a name with an earlier one: [the duplicate, the first]. */
  readonly duplicates: readonly (readonly [SymbolInfo, SymbolInfo])[];
  /** Every name reference in the file under review. */
  readonly references: readonly Reference[];
  /** Computed on first use: rules ask the same questions about the same clauses many times. */
  private readonly superiors = new Map<TierDecl, TierDecl[]>();
  /** Tiers whose chain of superiors ends at a top tier (no cycle above them). */
  private readonly chainsToTop = new Set<TierDecl>();
  private readonly byKind = new Map<Declaration["kind"], Declaration[]>();
  private coverage: CoverageIndex | undefined;

  constructor(file: ModelFile, imported: readonly ModelFile[]) {
    this.file = file;
    this.files = [file, ...imported];
    const symbols = new Map<string, SymbolInfo>();
    const duplicates: [SymbolInfo, SymbolInfo][] = [];
    for (const modelFile of this.files) {
      for (const symbol of symbolsOf(modelFile)) {
        const existing = symbols.get(symbol.name);
        if (existing) duplicates.push([symbol, existing]);
        else symbols.set(symbol.name, symbol);
      }
    }
    this.symbols = symbols;
    this.duplicates = duplicates;
    this.references = collectReferences(file.document, (ref, expected) => {
      const found = symbols.get(ref.name);
      const fits = found && (found.kind === expected || (expected === "clause" && (found.kind === "exemption" || found.kind === "tolerance")));
      return fits ? { ref, expected, target: found } : found ? { ref, expected, wrongKind: found } : { ref, expected };
    });
  }

  get document(): ParsedDocument {
    return this.file.document;
  }

  /** All declarations of a kind across the file and its imports. */
  all<K extends Declaration["kind"]>(kind: K): Extract<Declaration, { kind: K }>[] {
    let found = this.byKind.get(kind);
    if (!found) {
      found = this.files.flatMap(({ document }) => document.file.declarations.filter((d) => d.kind === kind));
      this.byKind.set(kind, found);
    }
    return found as Extract<Declaration, { kind: K }>[];
  }

  /** The declaration a reference resolves to, if it is of the expected kind. */
  resolve<K extends NamedKind>(ref: NameRef | undefined, kind: K): Extract<Declaration, { kind: K }> | undefined {
    if (!ref) return undefined;
    // The symbol of that name, as a reference's target is (whatever kind the reference expects).
    const symbol = this.symbols.get(ref.name);
    return symbol?.kind === kind ? (symbol.declaration as Extract<Declaration, { kind: K }>) : undefined;
  }

  tier(ref: NameRef | undefined): TierDecl | undefined {
    return this.resolve(ref, "tier");
  }

  duty(ref: NameRef | undefined): DutyDecl | undefined {
    return this.resolve(ref, "duty");
  }

  /** The file a declaration is written in. */
  fileOf(declaration: Declaration): string {
    for (const { path, document } of this.files) if (declarationsOf(document).has(declaration)) return path;
    return this.file.path;
  }

  /** The chain of superiors above a tier, nearest first; stops at a cycle. */
  superiorsOf(tier: TierDecl): TierDecl[] {
    const known = this.superiors.get(tier);
    if (known) return known;
    const chain: TierDecl[] = [];
    const seen = new Set<TierDecl>([tier]);
    let current = this.tier(tier.under);
    let reachesTop = true;
    while (current) {
      if (seen.has(current)) {
        reachesTop = false;
        break;
      }
      chain.push(current);
      // A known chain that reaches the top passes through no cycle, so none of the tiers seen
      // below it: it is the rest of this one (a long line of tiers is walked once, not per tier).
      const above = this.superiors.get(current);
      if (above && this.chainsToTop.has(current)) {
        for (const superior of above) chain.push(superior);
        break;
      }
      seen.add(current);
      current = this.tier(current.under);
    }
    this.superiors.set(tier, chain);
    if (reachesTop) this.chainsToTop.add(tier);
    return chain;
  }

  /** Exemptions and tolerances that name this duty in `covers`. */
  exemptionsCovering(duty: DutyDecl): ExemptionDecl[] {
    return this.coverageIndex().exemptions.get(duty) ?? [];
  }

  tolerancesCovering(duty: DutyDecl): ToleranceDecl[] {
    return this.coverageIndex().tolerances.get(duty) ?? [];
  }

  /**
   * The tolerances that apply to a duty, in declaration order: those that name it in `covers`,
   * and those whose `contexts` include the duty's `context` (`contexts: emergency` tolerates
   * every duty done in an emergency).
   */
  tolerancesFor(duty: DutyDecl): readonly ToleranceDecl[] {
    const named = this.tolerancesCovering(duty);
    const context = duty.context?.value;
    if (context === undefined) return named;
    return this.all("tolerance").filter((tolerance) => named.includes(tolerance) || tolerance.contexts.some((each) => each.value === context));
  }

  /**
   * The accountability clauses that apply to a duty, in declaration order: those that name it in
   * `covers`, else those that cover nothing in particular (and so every duty no clause names).
   */
  accountabilityFor(duty: DutyDecl): readonly AccountabilityDecl[] {
    const index = this.coverageIndex();
    return index.accountabilities.get(duty) ?? index.generalAccountability;
  }

  /** Which exemptions, tolerances and accountability clauses name each duty in `covers`, in declaration order. */
  private coverageIndex(): CoverageIndex {
    if (this.coverage) return this.coverage;
    const index = <T extends ExemptionDecl | ToleranceDecl | AccountabilityDecl>(clauses: readonly T[]): Map<DutyDecl, T[]> => {
      const map = new Map<DutyDecl, T[]>();
      for (const clause of clauses) {
        for (const ref of clause.covers) {
          const duty = this.duty(ref);
          if (!duty) continue;
          const list = map.get(duty);
          // A duty named twice in one `covers` lists the clause once: it was the last one added.
          if (!list) map.set(duty, [clause]);
          else if (list[list.length - 1] !== clause) list.push(clause);
        }
      }
      return map;
    };
    const accountability = this.all("accountability");
    this.coverage = {
      exemptions: index(this.all("exemption")),
      tolerances: index(this.all("tolerance")),
      accountabilities: index(accountability),
      generalAccountability: accountability.filter((clause) => clause.covers.length === 0),
    };
    return this.coverage;
  }

  /** The symbol whose name or reference lies at an offset of the file under review. */
  symbolAt(offset: number): { symbol: SymbolInfo; span: Span } | undefined {
    for (const reference of this.references) {
      if (reference.target && reference.ref.span.start <= offset && offset <= reference.ref.span.end) {
        return { symbol: reference.target, span: reference.ref.span };
      }
    }
    for (const symbol of this.symbols.values()) {
      const name = symbol.declaration.name;
      if (symbol.file === this.file.path && name && name.span.start <= offset && offset <= name.span.end) {
        return { symbol, span: name.span };
      }
    }
    return undefined;
  }
}

/**
 * The symbols a file declares, in order, made once per document and path rather than once per
 * model (as declarationsOf).
 */
const fileSymbols = new WeakMap<ParsedDocument, { readonly path: string; readonly symbols: readonly SymbolInfo[] }>();

function symbolsOf({ path, document }: ModelFile): readonly SymbolInfo[] {
  const known = fileSymbols.get(document);
  if (known && known.path === path) return known.symbols;
  const symbols: SymbolInfo[] = [];
  for (const declaration of document.file.declarations) {
    if (declaration.kind === "policy" || declaration.kind === "accountability" || !declaration.name) continue;
    symbols.push({ name: declaration.name.text, kind: declaration.kind, declaration, file: path });
  }
  fileSymbols.set(document, { path, symbols });
  return symbols;
}

/**
 * Each document's declarations as a set, made once per document rather than once per model: an
 * imported register is in the closure of every policy that imports it.
 */
const declarationSets = new WeakMap<ParsedDocument, ReadonlySet<Declaration>>();

function declarationsOf(document: ParsedDocument): ReadonlySet<Declaration> {
  let set = declarationSets.get(document);
  if (!set) declarationSets.set(document, (set = new Set(document.file.declarations)));
  return set;
}

interface CoverageIndex {
  readonly exemptions: Map<DutyDecl, ExemptionDecl[]>;
  readonly tolerances: Map<DutyDecl, ToleranceDecl[]>;
  readonly accountabilities: Map<DutyDecl, AccountabilityDecl[]>;
  /** The accountability clauses whose `covers` is empty. */
  readonly generalAccountability: readonly AccountabilityDecl[];
}

/** Every place a declaration names another, with the kind it must have, resolved by `resolve`. */
function collectReferences(document: ParsedDocument, resolve: (ref: NameRef, expected: ExpectedKind) => Reference): Reference[] {
  const refs: Reference[] = [];
  const add = (ref: NameRef | undefined, kind: ExpectedKind): void => {
    if (ref) refs.push(resolve(ref, kind));
  };
  for (const declaration of document.file.declarations) {
    switch (declaration.kind) {
      case "policy":
        add(declaration.issuer, "tier");
        break;
      case "tier":
        add(declaration.under, "tier");
        break;
      case "duty":
        add(declaration.holder, "tier");
        add(declaration.imposedBy, "tier");
        add(declaration.refines, "duty");
        break;
      case "exemption":
        for (const ref of declaration.covers) add(ref, "duty");
        add(declaration.approval, "tier");
        break;
      case "tolerance":
        for (const ref of declaration.covers) add(ref, "duty");
        break;
      case "accountability":
        for (const ref of declaration.covers) add(ref, "duty");
        add(declaration.investigate, "tier");
        add(declaration.determine, "tier");
        add(declaration.appeal?.to, "tier");
        break;
      case "case":
        for (const ref of declaration.performed) add(ref, "duty");
        for (const ref of declaration.breached) add(ref, "duty");
        for (const expectation of declaration.expect) {
          add(expectation.holder, "tier");
          add(expectation.by, "clause");
        }
        break;
    }
  }
  return refs;
}
