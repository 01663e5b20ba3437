/**
 * Minimal edits between two texts, by whole lines: the editor keeps the cursor, folds and
 * selections on every line the formatter did not change.
 */
import type { Span } from "../../../../grammar/src/index.ts";

export interface FormatEdit {
  /** The span of the original text to replace. */
  readonly span: Span;
  readonly newText: string;
}

/** Lines with their terminators (`\r\n`, `\n` or `\r`), so that joining them gives the text back. */
export function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** Past this many changed lines, a single edit for the changed middle is as good and much cheaper. */
const MAX_EDIT_DISTANCE = 2000;

/**
 * The edits that turn `before` into `after`: one per run of changed lines (Myers' diff over the
 * lines between the common beginning and end). Applying them gives exactly `after`.
 */
export function lineEdits(before: string, after: string): FormatEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const oldLines = a.slice(prefix, a.length - suffix);
  const newLines = b.slice(prefix, b.length - suffix);
  const offsets = lineOffsets(a);
  const hunks = diffHunks(oldLines, newLines) ?? [{ oldStart: 0, oldEnd: oldLines.length, newStart: 0, newEnd: newLines.length }];
  return hunks.map((hunk) => ({
    span: { start: offsets[prefix + hunk.oldStart]!, end: offsets[prefix + hunk.oldEnd]! },
    newText: newLines.slice(hunk.newStart, hunk.newEnd).join(""),
  }));
}

function lineOffsets(lines: readonly string[]): number[] {
  const offsets = [0];
  for (const line of lines) offsets.push(offsets[offsets.length - 1]! + line.length);
  return offsets;
}

interface Hunk {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
}

/** Myers' O(ND) diff; undefined when the texts differ too much to be worth it. */
function diffHunks(a: readonly string[], b: readonly string[]): Hunk[] | undefined {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [{ oldStart: 0, oldEnd: n, newStart: 0, newEnd: m }];
  // At least |n - m| lines are inserted or deleted: past the limit, do not even start.
  if (Math.abs(n - m) > MAX_EDIT_DISTANCE) return undefined;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    // Only diagonals -d-1 … d+1 can be read back at step d.
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return undefined;
  // Walk back through the trace, collecting which lines are kept.
  const kept: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const snapshot = trace[d]!;
    const at = (diagonal: number): number => snapshot[diagonal + d + 1]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      kept.push([--x, --y]);
    }
    if (d > 0) {
      x = previousX;
      y = previousY;
    }
  }
  kept.reverse();
  const hunks: Hunk[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const [oldIndex, newIndex] of [...kept, [n, m] as [number, number]]) {
    if (oldIndex > oldAt || newIndex > newAt) hunks.push({ oldStart: oldAt, oldEnd: oldIndex, newStart: newAt, newEnd: newIndex });
    oldAt = oldIndex + 1;
    newAt = newIndex + 1;
  }
  return hunks;
}
