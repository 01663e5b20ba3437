/**
 * What is at an offset of a document: a clause keyword, a field key, a declaration's name, a
 * reference to one, a citation, or another value — with the clause and field around it.
 * Hover, completion, go to definition and semantic tokens all start here.
 */
import type {
  Atom,
  Block,
  Citation,
  Declaration,
  Field,
  Member,
  ParsedDocument,
  Span,
  SubBlock,
  Value,
  Word,
} from "../../../grammar/src/index.ts";
import { FIELDS, lookupField, type FieldSpec } from "../../../grammar/src/vocabulary.ts";
import type { SemanticModel, Reference } from "./model.ts";

export type Located =
  | { readonly kind: "keyword"; readonly declaration: Declaration; readonly span: Span }
  | { readonly kind: "declaration-name"; readonly declaration: Declaration; readonly span: Span }
  | { readonly kind: "field-key"; readonly declaration: Declaration; readonly member: Member; readonly spec?: FieldSpec; readonly span: Span }
  | { readonly kind: "reference"; readonly declaration: Declaration; readonly reference: Reference; readonly span: Span }
  | { readonly kind: "citation"; readonly declaration: Declaration; readonly citation: Citation; readonly span: Span }
  | {
      readonly kind: "value";
      readonly declaration: Declaration;
      readonly field: Field;
      readonly spec?: FieldSpec;
      readonly atom: Atom;
      readonly span: Span;
    }
  | { readonly kind: "import"; readonly path: string; readonly span: Span };

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The declaration whose clause contains the offset. */
export function declarationAt(document: ParsedDocument, offset: number): Declaration | undefined {
  const declarations = document.file.declarations;
  let low = 0;
  let high = declarations.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = declarations[mid]!.span;
    if (offset < span.start) high = mid - 1;
    else if (offset > span.end) low = mid + 1;
    else return declarations[mid];
  }
  return undefined;
}

export function locate(model: SemanticModel, offset: number): Located | undefined {
  const document = model.document;
  for (const statement of document.file.imports) {
    if (contains(statement.path.span, offset)) return { kind: "import", path: statement.path.text, span: statement.path.span };
  }
  const declaration = declarationAt(document, offset);
  if (!declaration) return undefined;
  const block = declaration.block;
  if (contains(block.keyword.span, offset)) return { kind: "keyword", declaration, span: block.keyword.span };
  if (block.name && contains(block.name.span, offset)) return { kind: "declaration-name", declaration, span: block.name.span };
  for (const reference of model.references) {
    if (contains(reference.ref.span, offset) && contains(declaration.span, reference.ref.span.start)) {
      return { kind: "reference", declaration, reference, span: reference.ref.span };
    }
  }
  if ("basis" in declaration) {
    for (const citation of declaration.basis) {
      if (contains(citation.span, offset)) return { kind: "citation", declaration, citation, span: citation.span };
    }
  }
  return locateMember(declaration, block.members, FIELDS[block.kind], offset);
}

function locateMember(declaration: Declaration, members: readonly Member[], specs: readonly FieldSpec[], offset: number): Located | undefined {
  for (const member of members) {
    if (!contains(member.span, offset)) continue;
    const spec = lookupField(specs, member.key.text);
    if (contains(member.key.span, offset)) return { kind: "field-key", declaration, member, ...(spec ? { spec } : {}), span: member.key.span };
    if (member.type === "subBlock") return locateMember(declaration, member.members, spec?.fields ?? [], offset);
    const atom = atomAt(member.values, offset);
    if (atom) return { kind: "value", declaration, field: member, ...(spec ? { spec } : {}), atom, span: atom.span };
  }
  return undefined;
}

function atomAt(values: readonly Value[], offset: number): Atom | undefined {
  for (const value of values) {
    if (!contains(value.span, offset)) continue;
    for (const atom of value.atoms) if (contains(atom.span, offset)) return atom;
  }
  return undefined;
}

/** The member (field or sub-block) whose span contains the offset, innermost first, with its specs. */
export function memberPath(block: Block, offset: number): { member: Field | SubBlock; spec?: FieldSpec }[] {
  const path: { member: Field | SubBlock; spec?: FieldSpec }[] = [];
  let members: readonly Member[] = block.members;
  let specs: readonly FieldSpec[] = FIELDS[block.kind];
  for (;;) {
    const member = members.find((candidate) => contains(candidate.span, offset));
    if (!member) return path;
    const spec = lookupField(specs, member.key.text);
    path.unshift({ member, ...(spec ? { spec } : {}) });
    if (member.type !== "subBlock") return path;
    members = member.members;
    specs = spec?.fields ?? [];
  }
}

export type { Word };
