/** Core results → protocol types: spans to ranges, findings to diagnostics. */
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic as LspDiagnostic,
  type Range,
} from "vscode-languageserver/node";
import type { LineIndex, Span } from "../../../grammar/src/index.ts";
import type { Finding } from "../analysis/finding.ts";
import { docsUrl } from "../host/docs.ts";
import type { Session } from "./session.ts";

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** Findings whose subject is obsolete text: shown struck through by editors that support it. */
const DEPRECATED_RULES = new Set(["cite/repealed"]);

export function toRange(lines: LineIndex, span: Span): Range {
  return lines.rangeOf(span);
}

export function toDiagnostic(finding: Finding, lines: LineIndex, session: Session, linesOf: (file: string) => LineIndex | undefined): LspDiagnostic {
  const related = (finding.related ?? []).flatMap((info) => {
    const file = info.uri ?? finding.file;
    const relatedLines = file === finding.file ? lines : linesOf(file);
    if (!relatedLines) return [];
    return [{ location: { uri: session.uriOf(file), range: relatedLines.rangeOf(info.span) }, message: info.message }];
  });
  return {
    range: lines.rangeOf(finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: docsUrl(finding.rule) },
    source: "duty",
    message: finding.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    ...(DEPRECATED_RULES.has(finding.rule) ? { tags: [DiagnosticTag.Deprecated] } : {}),
    data: { rule: finding.rule, ...(finding.data ?? {}) },
  };
}
