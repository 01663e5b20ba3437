/**
 * Inline suppression: `// duty-ignore rule-id: reason` on the line above silences that rule's
 * findings starting on the next line. The reason is required — a silenced finding must say why —
 * so a suppression without one is itself a finding. So is a rule id that names no rule: it silences
 * nothing, and without a word the drafter is left to guess why the finding is still there.
 */
import type { Comment, Diagnostic, Locale, Localized, ParsedDocument } from "../../../grammar/src/index.ts";
import { format } from "../../../grammar/src/locale.ts";
import { SYNTAX_MESSAGES } from "../../../grammar/src/messages.ts";
import { closest } from "../../../grammar/src/suggest.ts";
import { CATALOGUE, catalogueEntry } from "./catalogue.ts";

export interface Suppression {
  readonly rules: readonly string[];
  readonly reason: string;
  /** The line (0-based) whose findings it silences. */
  readonly line: number;
  readonly comment: Comment;
}

const DIRECTIVE = /^\/\/\s*duty-ignore\s+([a-z]+\/[a-z-]+(?:\s*,\s*[a-z]+\/[a-z-]+)*)\s*(?::\s*(.*))?$/;
const RULE_ID = /[a-z]+\/[a-z-]+/g;

const MISSING_REASON: Localized = {
  en: "This suppression gives no reason. Write `// duty-ignore {rules}: why this finding does not apply here`.",
  "zh-Hans": "此处忽略未说明理由。请写成“// duty-ignore {rules}: 不适用的理由”。",
  "zh-Hant": "此處忽略未說明理由。請寫成「// duty-ignore {rules}: 不適用的理由」。",
};

const UNKNOWN_RULE: Localized = {
  en: "`{rule}` is not a Duty rule, so this suppression silences nothing for it.{suggestion} The rules are listed in docs/rules/README.md.",
  "zh-Hans": "Duty 没有名为“{rule}”的规则，此处忽略对它不起作用。{suggestion}规则列表见 docs/rules/README.md。",
  "zh-Hant": "Duty 沒有名為「{rule}」的規則，此處忽略對它不起作用。{suggestion}規則列表見 docs/rules/README.md。",
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
    }
    // Reported with or without the reason, so that fixing one problem does not reveal the other
    // only on the next run.
    problems.push(...unknownRules(comment, document.locale as Locale));
    if (reason === "") continue;
    suppressions.push({ rules, reason, line: document.lines.positionAt(comment.span.start).line + 1, comment });
  }
  return { suppressions, problems };
}

/** One finding per id that names no rule, on the id itself: the suggestion replaces exactly it. */
function unknownRules(comment: Comment, locale: Locale): Diagnostic[] {
  const problems: Diagnostic[] = [];
  // Only up to the reason's colon: a reason may mention `family/name` words of its own.
  const directive = comment.text.indexOf("duty-ignore");
  const colon = comment.text.indexOf(":", directive);
  const ids = comment.text.slice(directive, colon < 0 ? undefined : colon);
  for (const id of ids.matchAll(RULE_ID)) {
    if (catalogueEntry(id[0])) continue;
    const suggestion = closest(id[0], CATALOGUE.map((entry) => entry.id));
    const start = comment.span.start + directive + id.index;
    problems.push({
      rule: "suppression/unknown-rule",
      severity: "warning",
      span: { start, end: start + id[0].length },
      message: format(UNKNOWN_RULE[locale], { rule: id[0], suggestion: suggestion ? format(SYNTAX_MESSAGES.didYouMean[locale], { name: suggestion }) : "" }),
      ...(suggestion ? { data: { suggestion } } : {}),
    });
  }
  return problems;
}

export function isSuppressed(suppressions: readonly Suppression[], rule: string, line: number): boolean {
  return suppressions.some((suppression) => suppression.line === line && suppression.rules.includes(rule));
}
