/**
 * `duty check --fix`: applies each finding's unattended quick fix (the editor's preferred fix,
 * when it chooses nothing for the drafter: fixes.ts `FixUse`), re-reviews, and repeats until
 * nothing more can be fixed. Files are written atomically.
 */
import { fixesFor } from "../analysis/fixes/fixes.ts";
import { applyEdits } from "../analysis/fixes/apply.ts";
import type { TextEdit } from "../analysis/fixes/writer.ts";
import { reviewFile } from "../analysis/review.ts";
import type { Workspace } from "../analysis/workspace.ts";
import type { DiskHost } from "../host/disk.ts";
import { OutsideWorkspace, writeFileAtomically } from "../host/write.ts";

const MAX_PASSES = 8;

/** Returns how many fixes were applied; `host` forgets what it read so the next review sees the new text. */
export function fixFiles(files: readonly string[], workspace: Workspace, host: DiskHost): number {
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = new Map<string, TextEdit[]>();
    for (const file of files) {
      const review = reviewFile(workspace, file);
      if (!review) continue;
      for (const finding of review.findings) {
        const preferred = fixesFor(finding, review.model).find((fix) => fix.unattended);
        if (!preferred) continue;
        for (const edit of preferred.edits) (edits.get(edit.file) ?? edits.set(edit.file, []).get(edit.file)!).push(edit);
      }
    }
    let changed = 0;
    for (const [file, fileEdits] of edits) {
      const text = host.readText(file);
      if (text === undefined) continue;
      const result = applyEdits(text, fileEdits);
      if (result.applied.length === 0 || result.text === text) continue;
      try {
        writeFileAtomically(file, host.hadByteOrderMark(file) ? `\uFEFF${result.text}` : result.text, host.root);
      } catch (error) {
        // A link out of the workspace: its fixes are not applied (its findings stay in the report).
        if (error instanceof OutsideWorkspace) continue;
        throw error;
      }
      host.forget(file);
      changed += result.applied.length;
    }
    applied += changed;
    if (changed === 0) break;
  }
  return applied;
}
