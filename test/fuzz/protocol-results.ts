/**
 * What a client can rely on in the server's answers, checked against the document as the client
 * had it when it asked: every range lies in it (a line that exists, a character within the line
 * or at its end), a range does not end before it starts, an outline symbol's range contains its
 * selection range and its children (VS Code rejects an outline that breaks this), folding ranges
 * and semantic tokens stay within the lines, and the edits of a rename or a quick fix to the
 * document touch only ranges in it. Answers about other files are not checked here.
 */
import type { TextDocument } from "vscode-languageserver-textdocument";

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface WorkspaceEdit {
  changes?: Record<string, { range: Range }[]>;
  documentChanges?: { textDocument?: { uri: string }; edits?: { range: Range }[] }[];
}
interface SelectionRange {
  range: Range;
  parent?: SelectionRange;
}

function isRange(value: unknown): value is Range {
  const range = value as Range | undefined;
  return typeof range?.start?.line === "number" && typeof range.end?.line === "number";
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function contains(outer: Range, inner: Range): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** Problems with a range of `document`, described for the report. */
function rangeProblem(range: Range, document: TextDocument): string | undefined {
  for (const position of [range.start, range.end]) {
    if (!Number.isInteger(position.line) || !Number.isInteger(position.character) || position.line < 0 || position.character < 0) return `position ${JSON.stringify(position)} is not one`;
    if (position.line >= document.lineCount) return `line ${position.line} of a document of ${document.lineCount} lines`;
    const lineLength = document.offsetAt({ line: position.line + 1, character: 0 }) - document.offsetAt({ line: position.line, character: 0 });
    if (position.character > lineLength) return `character ${position.character} of line ${position.line}, which has ${lineLength}`;
  }
  if (!before(range.start, range.end)) return `a range that ends before it starts: ${JSON.stringify(range)}`;
  return undefined;
}

/** Checks one answer; returns what is wrong with it. */
export function checkAnswer(method: string, result: unknown, document: TextDocument | undefined): string[] {
  if (!document || result === null || result === undefined) return [];
  const uri = document.uri;
  const problems: string[] = [];
  const range = (value: unknown, what: string): void => {
    if (!isRange(value)) {
      problems.push(`${what}: not a range (${JSON.stringify(value)})`);
      return;
    }
    const problem = rangeProblem(value, document);
    if (problem) problems.push(`${what}: ${problem}`);
  };
  const inThisFile = (location: { uri?: string; targetUri?: string }): boolean => (location.uri ?? location.targetUri) === uri;
  /** The edits of a workspace edit to this document (as changes or as document changes). */
  const edits = (edit: WorkspaceEdit, what: string): void => {
    for (const each of edit.changes?.[uri] ?? []) range(each.range, what);
    for (const change of edit.documentChanges ?? []) if (change.textDocument?.uri === uri) for (const each of change.edits ?? []) range(each.range, what);
  };
  switch (method) {
    case "textDocument/hover": {
      const hover = result as { range?: Range };
      if (hover.range) range(hover.range, "hover range");
      break;
    }
    case "textDocument/definition":
    case "textDocument/references": {
      for (const location of [result].flat() as { uri?: string; range?: Range; targetUri?: string; targetRange?: Range; targetSelectionRange?: Range; originSelectionRange?: Range }[]) {
        if (location.originSelectionRange) range(location.originSelectionRange, "origin");
        if (!inThisFile(location)) continue;
        if (location.range) range(location.range, "location");
        if (location.targetRange) range(location.targetRange, "target range");
        if (location.targetSelectionRange) range(location.targetSelectionRange, "target selection");
      }
      break;
    }
    case "textDocument/documentHighlight":
    case "textDocument/codeLens":
    case "textDocument/formatting":
    case "textDocument/rangeFormatting":
      for (const item of result as { range: Range }[]) range(item.range, method.slice(13));
      break;
    case "textDocument/rename":
      edits(result as WorkspaceEdit, "rename edit");
      break;
    case "textDocument/codeAction":
      for (const action of result as { title?: string; edit?: WorkspaceEdit }[]) if (action.edit) edits(action.edit, `quick fix "${action.title}"`);
      break;
    case "textDocument/prepareRename": {
      const answer = result as Range | { range: Range };
      range("range" in answer ? answer.range : answer, "rename range");
      break;
    }
    case "textDocument/documentSymbol": {
      // Flat symbols (for a client without hierarchical support) carry a location instead.
      const flat = result as { name: string; location?: { uri: string; range: Range } }[];
      if (flat.some((symbol) => symbol.location)) {
        for (const symbol of flat) if (symbol.location?.uri === uri) range(symbol.location.range, `symbol ${symbol.name}`);
        break;
      }
      const visit = (symbols: { name: string; range: Range; selectionRange: Range; children?: unknown[] }[], parent?: Range): void => {
        for (const symbol of symbols) {
          range(symbol.range, `symbol ${symbol.name}`);
          range(symbol.selectionRange, `symbol ${symbol.name}'s selection`);
          if (isRange(symbol.range) && isRange(symbol.selectionRange) && !contains(symbol.range, symbol.selectionRange)) problems.push(`symbol ${symbol.name}: its selection range is not inside its range`);
          if (parent && isRange(symbol.range) && !contains(parent, symbol.range)) problems.push(`symbol ${symbol.name}: outside its parent`);
          if (symbol.children) visit(symbol.children as typeof symbols, symbol.range);
        }
      };
      visit(result as Parameters<typeof visit>[0]);
      break;
    }
    case "textDocument/foldingRange":
      for (const fold of result as { startLine: number; endLine: number }[]) {
        if (!(fold.startLine >= 0 && fold.startLine <= fold.endLine && fold.endLine < document.lineCount)) problems.push(`folding range ${fold.startLine}–${fold.endLine} of ${document.lineCount} lines`);
      }
      break;
    case "textDocument/selectionRange":
      for (const item of result as SelectionRange[]) {
        for (let level: SelectionRange | undefined = item; level; level = level.parent) {
          range(level.range, "selection range");
          if (level.parent && isRange(level.parent.range) && isRange(level.range) && !contains(level.parent.range, level.range)) problems.push("a selection range outside its parent");
        }
      }
      break;
    case "textDocument/semanticTokens/full": {
      const data = (result as { data: number[] }).data;
      let line = 0;
      let character = 0;
      for (let i = 0; i + 4 < data.length; i += 5) {
        const [deltaLine = 0, deltaStart = 0, length = 0] = data.slice(i, i + 3);
        line += deltaLine;
        character = deltaLine === 0 ? character + deltaStart : deltaStart;
        const problem = rangeProblem({ start: { line, character }, end: { line, character: character + length } }, document);
        if (problem) {
          problems.push(`semantic token ${i / 5}: ${problem}`);
          break;
        }
      }
      break;
    }
  }
  return problems;
}
