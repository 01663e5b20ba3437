/**
 * An array with room for exactly its elements. V8 gives an array filled by `push` room for 17
 * elements at the first push (152 bytes), and the syntax tree keeps such arrays by the ten
 * thousand — a clause's members; a field's values and a value's atoms, which the parser gathers
 * exactly (parser.ts `listOf`); the declarations' lists of names, mapped from the values at their
 * length — most holding one or two: before this, a fifth
 * of a parsed document's heap was empty room, all of it allocated, copied by the garbage
 * collector and kept for as long as the document.
 */
export function fitted<T>(items: T[]): T[] {
  return items.slice();
}
