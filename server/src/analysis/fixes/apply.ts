/** Applying text edits: non-overlapping, last first, so earlier offsets stay valid. */
import type { TextEdit } from "./writer.ts";

/** Applies edits to one text. Overlapping edits (or two insertions at one place) keep the first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[] } {
  const chosen: TextEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)) {
    const previous = chosen[chosen.length - 1];
    if (previous && (edit.span.start < previous.span.end || edit.span.start === previous.span.start)) continue;
    chosen.push(edit);
  }
  let result = text;
  for (const edit of [...chosen].reverse()) {
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  }
  return { text: result, applied: chosen };
}
