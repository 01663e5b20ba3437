/**
 * The review of one file: the language core's diagnostics, the semantic model's name and import
 * findings, and (from the rules registry) the review rules — as findings located in the file.
 */
import { inFile, type Finding } from "./finding.ts";
import type { SemanticModel } from "./model.ts";
import { checkImportedNames, checkImports, checkNames } from "./name-checks.ts";
import { runRules } from "./rules/run-rules.ts";
import type { Workspace } from "./workspace.ts";

export interface FileReview {
  readonly file: string;
  readonly model: SemanticModel;
  readonly findings: readonly Finding[];
  /** Problems in the configuration or law files that apply to this file (located in those files). */
  readonly configProblems: readonly Finding[];
}

/** Undefined when the file cannot be read through the workspace's host. */
export function reviewFile(workspace: Workspace, file: string): FileReview | undefined {
  const model = workspace.model(file);
  if (!model) return undefined;
  const path = model.file.path;
  const document = model.document;
  const configuration = workspace.configuration(path);
  const findings = [
    ...inFile(path, [...document.diagnostics, ...checkImports(workspace, path, document.locale), ...checkNames(model), ...checkImportedNames(workspace, model)]),
    ...runRules(model, configuration),
  ];
  return { file: path, model, findings: findings.sort((a, b) => a.span.start - b.span.start), configProblems: configuration.problems };
}
