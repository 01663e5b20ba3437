/**
 * `duty check --fix`: applies each finding's unattended quick fix (the editor's preferred fix,
 * when it chooses nothing for the drafter: fixes.ts `FixUse`), re-reviews, and repeats until
 * nothing more can be fixed. Files are written atomically; each fix applied is listed, so that
 * nothing changes in a drafter's file unseen.
 */
import { fixesFor, type Fix } from "../analysis/fixes/fixes.ts";
import { applyEdits } from "../analysis/fixes/apply.ts";
import type { TextEdit } from "../analysis/fixes/writer.ts";
import { formatBlockers } from "../analysis/format/index.ts";
import { reviewFile } from "../analysis/review.ts";
import type { Workspace } from "../analysis/workspace.ts";
import type { DiskHost } from "../host/disk.ts";
import { NotWritten, writeFileAtomically } from "../host/write.ts";

const MAX_PASSES = 8;

/** A fix applied: where its finding was (1-based, in the text the fix was made to), its rule and its title. */
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
  const applied: AppliedFix[] = [];
  const notWritten = new Map<string, string>();
  const withSyntaxErrors = new Map<string, string>();
  const untouched = (file: string): boolean => notWritten.has(file) || withSyntaxErrors.has(file);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = new Map<string, TextEdit[]>();
    const madeBy = new Map<TextEdit, AppliedFix>();
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
      const lines = review.model.document.lines;
      for (const finding of review.findings) {
        const preferred: Fix | undefined = fixesFor(finding, review.model).find((fix) => fix.unattended);
        if (!preferred) continue;
        const at = lines.positionAt(finding.span.start);
        const made = { file, line: at.line + 1, character: at.character + 1, rule: finding.rule, title: preferred.title };
        for (const edit of preferred.edits) {
          (edits.get(edit.file) ?? edits.set(edit.file, []).get(edit.file)!).push(edit);
          madeBy.set(edit, made);
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
      for (const made of new Set(result.applied.map((edit) => madeBy.get(edit)!))) applied.push(made);
    }
    if (changed === 0) break;
  }
  return { applied, notWritten, withSyntaxErrors };
}
