/**
 * Inline suppression: `// duty-ignore rule-id: reason` on the line above silences that rule's
 * findings starting on the next line. The reason is required — a silenced finding must say why —
 * so a suppression without one is itself a finding.
 */
import type { Comment, Diagnostic, Locale, Localized, ParsedDocument } from "../../../grammar/src/index.ts";
import { format } from "../../../grammar/src/locale.ts";

export interface Suppression {
  readonly rules: readonly string[];
  readonly reason: string;
  /** The line (0-based) whose findings it silences. */
  readonly line: number;
  readonly comment: Comment;
}

const DIRECTIVE = /^\/\/\s*duty-ignore\s+([a-z]+\/[a-z-]+(?:\s*,\s*[a-z]+\/[a-z-]+)*)\s*(?::\s*(.*))?$/;

const MISSING_REASON: Localized = {
  en: "This suppression gives no reason. Write `// duty-ignore {rules}: why this finding does not apply here`.",
  "zh-Hans": "此处忽略未说明理由。请写成“// duty-ignore {rules}: 不适用的理由”。",
  "zh-Hant": "此處忽略未說明理由。請寫成「// duty-ignore {rules}: 不適用的理由」。",
};

export function readSuppressions(document: ParsedDocument): { suppressions: Suppression[]; problems: Diagnostic[] } {
  const suppressions: Suppression[] = [];
  const problems: Diagnostic[] = [];
  for (const comment of document.tree.comments) {
    if (comment.block || !comment.text.includes("duty-ignore")) continue;
    const match = DIRECTIVE.exec(comment.text.trim());
    if (!match) continue;
    const rules = (match[1] ?? "").split(",").map((rule) => rule.trim());
    const reason = (match[2] ?? "").trim();
    if (reason === "") {
      problems.push({
        rule: "suppression/missing-reason",
        severity: "warning",
        span: comment.span,
        message: format(MISSING_REASON[document.locale as Locale], { rules: rules.join(", ") }),
      });
      continue;
    }
    suppressions.push({ rules, reason, line: document.lines.positionAt(comment.span.start).line + 1, comment });
  }
  return { suppressions, problems };
}

export function isSuppressed(suppressions: readonly Suppression[], rule: string, line: number): boolean {
  return suppressions.some((suppression) => suppression.line === line && suppression.rules.includes(rule));
}
