/**
 * Findings of the semantic model: names that resolve to nothing or to the wrong kind of clause,
 * duplicate names (in this file, or between two files it imports), circles in the tier hierarchy
 * and in refinements, and broken imports.
 */
import * as path from "node:path";
import { message } from "../../../grammar/src/diagnostic.ts";
import type { Declaration, Diagnostic, DutyDecl, Locale, TierDecl } from "../../../grammar/src/index.ts";
import { closest } from "../../../grammar/src/suggest.ts";
import { KIND_NAMES, NAME_MESSAGES } from "./messages.ts";
import type { SemanticModel } from "./model.ts";
import type { Workspace } from "./workspace.ts";

export function checkNames(model: SemanticModel): Diagnostic[] {
  const locale = model.document.locale;
  const findings: Diagnostic[] = [];
  for (const reference of model.references) {
    if (reference.target) continue;
    // Only a reference in error needs words: a review visits every reference on every keystroke.
    const kindName = message(KIND_NAMES[reference.expected]!, locale);
    if (reference.wrongKind) {
      findings.push({
        rule: "name/wrong-kind",
        severity: "error",
        span: reference.ref.span,
        message: message(NAME_MESSAGES.wrongKind, locale, {
          name: reference.ref.name,
          actual: message(KIND_NAMES[reference.wrongKind.kind]!, locale),
          expected: kindName,
        }),
        related: [{ span: reference.wrongKind.declaration.name!.span, uri: reference.wrongKind.file, message: reference.wrongKind.name }],
      });
    } else {
      const candidates = [...model.symbols.values()]
        .filter((symbol) => symbol.kind === reference.expected || (reference.expected === "clause" && (symbol.kind === "exemption" || symbol.kind === "tolerance")))
        .map((symbol) => symbol.name);
      const suggestion = closest(reference.ref.name, candidates);
      findings.push({
        rule: "name/unknown",
        severity: "error",
        span: reference.ref.span,
        message: message(NAME_MESSAGES.unknown, locale, {
          kind: kindName,
          name: reference.ref.name,
          suggestion: suggestion ? message(NAME_MESSAGES.didYouMean, locale, { name: suggestion }) : message(NAME_MESSAGES.declareIt, locale),
        }),
        ...(suggestion ? { data: { suggestion } } : {}),
      });
    }
  }
  const reportedAt = new Set<Declaration>();
  for (const [duplicate, first] of model.duplicates) {
    // Reported in this file: on this file's declaration, pointing at the other one — once, however
    // many imported files also declare the name.
    const [here, other] = duplicate.file === model.file.path ? [duplicate, first] : [first, duplicate];
    if (here.file !== model.file.path || !here.declaration.name || !other.declaration.name || reportedAt.has(here.declaration)) continue;
    reportedAt.add(here.declaration);
    findings.push({
      rule: "name/duplicate",
      severity: "error",
      span: here.declaration.name.span,
      message: message(NAME_MESSAGES.duplicate, locale, { name: here.name, kind: message(KIND_NAMES[other.kind]!, locale) }),
      related: [{ span: other.declaration.name.span, uri: other.file, message: message(NAME_MESSAGES.firstDeclared, locale) }],
    });
  }
  findings.push(...findCycles(model, locale));
  return findings;
}

/** Follows `under` (tiers) and `refines` (duties) from each declaration of this file. */
function findCycles(model: SemanticModel, locale: Locale): Diagnostic[] {
  const findings: Diagnostic[] = [];
  const own = model.document.file;
  // Declarations known to be on no cycle (their chain ends at the top, or runs into a cycle above
  // them): a walk that reaches one stops there. Without this, and with `includes` on the chain, a
  // long `under` chain cost O(n³) — 3,300 tiers in a line took seconds (docs/robustness.md).
  const acyclic = new Set<TierDecl | DutyDecl>();
  const walk = <T extends TierDecl | DutyDecl>(start: T, next: (item: T) => T | undefined): T[] | undefined => {
    let current = next(start);
    // Most walks end at once: a top tier, a duty that refines nothing, a superior already walked.
    if (current === undefined || (current !== start && acyclic.has(current))) {
      acyclic.add(start);
      return undefined;
    }
    const chain: T[] = [start];
    const seen = new Set<T>(chain);
    while (current) {
      if (current === start) return chain;
      if (seen.has(current)) {
        // A cycle further up, reported from its own members; those before it are on none.
        for (const item of chain.slice(0, chain.indexOf(current))) acyclic.add(item);
        return undefined;
      }
      if (acyclic.has(current)) break;
      chain.push(current);
      seen.add(current);
      current = next(current);
    }
    for (const item of chain) acyclic.add(item);
    return undefined;
  };
  for (const tier of own.tiers) {
    const cycle = walk(tier, (t) => model.tier(t.under));
    if (cycle && tier.under) {
      const chain = [...cycle, tier].map((t) => t.name?.text ?? "?").join(" → ");
      findings.push({ rule: "name/tier-cycle", severity: "error", span: tier.under.span, message: message(NAME_MESSAGES.tierCycle, locale, { chain }) });
    }
  }
  for (const duty of own.duties) {
    const cycle = walk(duty, (d) => model.duty(d.refines));
    if (cycle && duty.refines) {
      const chain = [...cycle, duty].map((d) => d.name?.text ?? "?").join(" → ");
      findings.push({ rule: "name/refines-cycle", severity: "error", span: duty.refines.span, message: message(NAME_MESSAGES.refinesCycle, locale, { chain }) });
    }
  }
  return findings;
}

export function checkImports(workspace: Workspace, file: string, locale: Locale): Diagnostic[] {
  const findings: Diagnostic[] = [];
  for (const { statement, target } of workspace.imports(file)) {
    const shown = statement.path.text;
    if (!target.ok) {
      const outside = target.problem === "outside-workspace";
      findings.push({
        rule: outside ? "import/outside-workspace" : "import/not-found",
        severity: "error",
        span: statement.path.span,
        message: message(outside ? NAME_MESSAGES.importOutside : NAME_MESSAGES.importNotFound, locale, { path: shown }),
      });
      continue;
    }
    const back = workspace.importPath(target.file, file);
    if (back) {
      const chain = [file, ...back].map((step) => path.basename(step)).join(" → ");
      findings.push({ rule: "import/cycle", severity: "error", span: statement.path.span, message: message(NAME_MESSAGES.importCycle, locale, { chain }) });
    }
  }
  return findings;
}

/**
 * A name declared in files that reach this one through two different imports (each import fine on
 * its own): the clash is this file's, reported once per name at the import that brings the second
 * declaration, pointing at both. Two declarations that come through the same import clash in that
 * file already, and are reported there.
 */
export function checkImportedNames(workspace: Workspace, model: SemanticModel): Diagnostic[] {
  // Every review asks, on every keystroke: nothing is looked up unless a name is declared twice.
  if (model.duplicates.length === 0) return [];
  const findings: Diagnostic[] = [];
  const locale = model.document.locale;
  const reported = new Set<string>();
  const here = model.file.path;
  const imports = workspace.imports(here).filter(({ target }) => target.ok);
  // The first import of this file through which a file arrives: directly, or among what it imports.
  const through = (file: string) => imports.find(({ target }) => target.ok && (target.file === file || workspace.importClosure(target.file).some((each) => each.path === file)));
  for (const [second, first] of model.duplicates) {
    if (second.file === here || first.file === here || reported.has(second.name)) continue;
    const [firstImport, secondImport] = [through(first.file), through(second.file)];
    if (!firstImport || !secondImport || firstImport === secondImport || !first.declaration.name || !second.declaration.name) continue;
    reported.add(second.name);
    const shown = (file: string): string => path.relative(path.dirname(here), file).split(path.sep).join("/");
    findings.push({
      rule: "name/duplicate",
      severity: "error",
      span: secondImport.statement.path.span,
      message: message(NAME_MESSAGES.importedDuplicate, locale, { name: second.name, first: shown(first.file), second: shown(second.file) }),
      related: [
        { span: first.declaration.name.span, uri: first.file, message: message(NAME_MESSAGES.declaredHere, locale) },
        { span: second.declaration.name.span, uri: second.file, message: message(NAME_MESSAGES.declaredHere, locale) },
      ],
    });
  }
  return findings;
}
