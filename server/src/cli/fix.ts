/**
 * `duty check --fix`: applies each finding's unattended quick fix (the editor's preferred fix,
 * when it chooses nothing for the drafter: fixes.ts `FixUse`), re-reviews, and repeats until
 * nothing more can be fixed. Files are written atomically; each fix applied is listed, so that
 * nothing changes in a drafter's file unseen.
 */
import { fixesFor, type Fix } from "../analysis/fixes/fixes.ts";
import { LineIndex } from "../../../grammar/src/index.ts";
import { applyEdits } from "../analysis/fixes/apply.ts";
import type { TextEdit } from "../analysis/fixes/writer.ts";
import { formatBlockers } from "../analysis/format/index.ts";
import { reviewFile } from "../analysis/review.ts";
import type { Workspace } from "../analysis/workspace.ts";
import type { DiskHost } from "../host/disk.ts";
import { NotWritten, writeFileAtomically } from "../host/write.ts";

const MAX_PASSES = 8;

/** A fix applied: where it is in the file as written in the end (1-based), its finding's rule, its title. */
export interface AppliedFix {
  readonly file: string;
  readonly line: number;
  readonly character: number;
  readonly rule: string;
  readonly title: string;
}

export interface FixRun {
  readonly applied: readonly AppliedFix[];
  /** Files whose fixes were not written, with the reason (read-only, a link out of the workspace, a full disk). */
  readonly notWritten: ReadonlyMap<string, string>;
  /** Files with syntax errors, left as they were, with the first error's rule. */
  readonly withSyntaxErrors: ReadonlyMap<string, string>;
}

/** `host` forgets what it read of a file written, so that the next review sees the new text. */
export function fixFiles(files: readonly string[], workspace: Workspace, host: DiskHost): FixRun {
  /** Each fix made, where its finding starts in the text of the pass that made it. */
  const made: { file: string; offset: number; pass: number; rule: string; title: string }[] = [];
  /** The edits applied to each file, pass by pass (their spans in that pass's text). */
  const editsApplied = new Map<string, TextEdit[][]>();
  const notWritten = new Map<string, string>();
  const withSyntaxErrors = new Map<string, string>();
  const untouched = (file: string): boolean => notWritten.has(file) || withSyntaxErrors.has(file);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = new Map<string, TextEdit[]>();
    const madeBy = new Map<TextEdit, (typeof made)[number]>();
    for (const file of files) {
      if (untouched(file)) continue;
      const review = reviewFile(workspace, file);
      if (!review) continue;
      // Where the clauses end is uncertain in a text with syntax errors: a clause added there
      // could land inside one left open. The formatter refuses such a text for the same reason.
      const [blocker] = formatBlockers(review.model.document);
      if (blocker) {
        withSyntaxErrors.set(file, blocker.rule);
        continue;
      }
      for (const finding of review.findings) {
        const preferred: Fix | undefined = fixesFor(finding, review.model).find((fix) => fix.unattended);
        if (!preferred) continue;
        const fix = { file, offset: finding.span.start, pass, rule: finding.rule, title: preferred.title };
        for (const edit of preferred.edits) {
          (edits.get(edit.file) ?? edits.set(edit.file, []).get(edit.file)!).push(edit);
          madeBy.set(edit, fix);
        }
      }
    }
    let changed = 0;
    for (const [file, fileEdits] of edits) {
      if (untouched(file)) continue;
      const text = host.readText(file);
      if (text === undefined) continue;
      const result = applyEdits(text, fileEdits);
      if (result.applied.length === 0 || result.text === text) continue;
      try {
        writeFileAtomically(file, host.hadByteOrderMark(file) ? `\uFEFF${result.text}` : result.text, host.root);
      } catch (error) {
        // Read-only, a link out of the workspace, a full disk: this file's fixes are not applied
        // (its findings stay in the report), the other files' are.
        if (!(error instanceof NotWritten)) throw error;
        notWritten.set(file, error.message);
        continue;
      }
      host.forget(file);
      changed += result.applied.length;
      const passes = editsApplied.get(file) ?? editsApplied.set(file, []).get(file)!;
      passes[pass] = result.applied;
      for (const fix of new Set(result.applied.map((edit) => madeBy.get(edit)!))) made.push(fix);
    }
    if (changed === 0) break;
  }
  return { applied: made.map((fix) => placed(fix, editsApplied.get(fix.file) ?? [], host)), notWritten, withSyntaxErrors };
}

/**
 * Where a fix stands in the file as it was left: its finding's offset moved by every edit
 * applied before it, in its own pass and the later ones, and read against the final text.
 */
function placed(fix: { file: string; offset: number; pass: number; rule: string; title: string }, passes: readonly (readonly TextEdit[] | undefined)[], host: DiskHost): AppliedFix {
  let offset = fix.offset;
  for (let pass = fix.pass; pass < passes.length; pass++) {
    let shift = 0;
    for (const edit of passes[pass] ?? []) if (edit.span.start < offset) shift += edit.newText.length - (edit.span.end - edit.span.start);
    offset += shift;
  }
  const at = new LineIndex(host.readText(fix.file) ?? "").positionAt(offset);
  return { file: fix.file, line: at.line + 1, character: at.character + 1, rule: fix.rule, title: fix.title };
}
