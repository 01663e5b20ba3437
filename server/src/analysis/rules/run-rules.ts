/**
 * Runs the review rules over one file's model with its configuration: levels, options, and
 * inline suppressions applied; each finding carries its explanation.
 */
import type { Localized } from "../../../../grammar/src/index.ts";
import { format } from "../../../../grammar/src/locale.ts";
import type { Configuration } from "../config.ts";
import type { Finding } from "../finding.ts";
import type { SemanticModel } from "../model.ts";
import { isSuppressed, readSuppressions } from "../suppressions.ts";
import { RULES } from "./registry.ts";
import type { Rule, RuleContext, RuleReport } from "./rule.ts";

export function runRules(model: SemanticModel, configuration: Configuration, rules: readonly Rule[] = RULES): Finding[] {
  const document = model.document;
  const file = model.file.path;
  const { suppressions, problems } = readSuppressions(document);
  const findings: Finding[] = problems.map((problem) => ({ ...problem, file }));
  for (const rule of rules) {
    const settings = configuration.rules.get(rule.meta.id);
    const level = settings?.level ?? rule.meta.severity;
    if (level === "off") continue;
    const context: RuleContext = {
      model,
      document,
      file: document.file,
      locale: document.locale,
      laws: configuration.laws,
      options: { ...rule.meta.options, ...settings?.options },
      say: (template: Localized, args?: Record<string, string | number>) => format(template[document.locale], args),
      report: (report: RuleReport) => {
        const line = document.lines.positionAt(report.span.start).line;
        if (isSuppressed(suppressions, rule.meta.id, line)) return;
        findings.push({
          rule: rule.meta.id,
          severity: level,
          span: report.span,
          message: report.message,
          file,
          ...(report.related ? { related: report.related } : {}),
          ...(report.data ? { data: report.data } : {}),
          explanation: {
            ...(report.clause ? { clause: { kind: report.clause.kind, ...(report.clause.name ? { name: report.clause.name.text } : {}) } } : {}),
            ...(report.tier ? { tier: report.tier } : {}),
            ...(report.field ? { field: report.field } : {}),
            laws: report.laws ?? rule.meta.laws,
          },
        });
      },
    };
    rule.check(context);
  }
  return findings;
}
