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
  const locale = document.locale;
  const say = (template: Localized, args?: Record<string, string | number>): string => format(template[locale], args);
  for (const rule of rules) {
    const settings = configuration.rules.get(rule.meta.id);
    const level = settings?.level ?? rule.meta.severity;
    if (level === "off") continue;
    const context: RuleContext = {
      model,
      document,
      file: document.file,
      locale,
      laws: configuration.laws,
      options: optionsOf(configuration, rule),
      say,
      report: (report: RuleReport) => {
        const line = document.lines.positionAt(report.span.start).line;
        if (isSuppressed(suppressions, rule.meta.id, line)) return;
        // Built by assignment, optional parts only when present, in the order the JSON report
        // shows them: spreading one-key objects made two to four throwaway objects per finding.
        const explanation: Record<string, unknown> = {};
        if (report.clause) {
          const clause: Record<string, unknown> = { kind: report.clause.kind };
          if (report.clause.name) clause["name"] = report.clause.name.text;
          explanation["clause"] = clause;
        }
        if (report.tier) explanation["tier"] = report.tier;
        if (report.field) explanation["field"] = report.field;
        explanation["laws"] = report.laws ?? rule.meta.laws;
        const finding: Record<string, unknown> = { rule: rule.meta.id, severity: level, span: report.span, message: report.message, file };
        if (report.related) finding["related"] = report.related;
        if (report.data) finding["data"] = report.data;
        finding["explanation"] = explanation;
        findings.push(finding as unknown as Finding);
      },
    };
    rule.check(context);
  }
  return findings;
}

/** Each rule's options under a configuration, merged once rather than for every file reviewed. */
const mergedOptions = new WeakMap<Configuration, Map<Rule, Readonly<Record<string, unknown>>>>();

function optionsOf(configuration: Configuration, rule: Rule): Readonly<Record<string, unknown>> {
  let byRule = mergedOptions.get(configuration);
  if (!byRule) mergedOptions.set(configuration, (byRule = new Map()));
  let options = byRule.get(rule);
  if (!options) byRule.set(rule, (options = { ...rule.meta.options, ...configuration.rules.get(rule.meta.id)?.options }));
  return options;
}
