/**
 * Test policies that read like documentation. In a file's source:
 *
 *   «…»   an expected range (ranges may nest); looked up by the text they enclose
 *
 * and in a snippet handed to `cursor`:
 *
 *   ‸     the cursor, inside a snippet that occurs exactly once in the file
 *
 * e.g. `ws.cursor("warnings.duty", "holder: tel‸ler")`. Markers are removed before the files are
 * written. Positions are computed here the slow, obvious way (lines end at \n, \r\n or \r;
 * characters are UTF-16 units), independently of the server's LineIndex.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Location, Position, Range } from "vscode-languageserver-protocol/node";
import { SERVER } from "./client.ts";

const OPEN = "«";
const CLOSE = "»";
const CURSOR = "‸";

export interface Mark {
  /** The text between the markers. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly range: Range;
}

export interface Marked {
  readonly text: string;
  readonly marks: readonly Mark[];
}

/** Strips `«…»` markers, returning the text and the marked ranges in order of their `«`. */
export function marked(source: string): Marked {
  let text = "";
  const starts: number[] = [];
  const spans: { start: number; end: number; order: number }[] = [];
  let order = 0;
  for (const char of source) {
    if (char === OPEN) starts.push(text.length);
    else if (char === CLOSE) {
      const start = starts.pop();
      assert.ok(start !== undefined, `unbalanced ${CLOSE} in test source`);
      spans.push({ start, end: text.length, order: order++ });
    } else text += char;
  }
  assert.equal(starts.length, 0, `unbalanced ${OPEN} in test source`);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    text,
    marks: spans.map(({ start, end }) => ({ text: text.slice(start, end), start, end, range: { start: positionAt(text, start), end: positionAt(text, end) } })),
  };
}

/** The LSP position of an offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const char = text[i];
    if (char === "\r" && text[i + 1] === "\n") {
      if (i + 1 === offset) break;
      i++;
    }
    if (char === "\r" || char === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** The offset of an LSP position. */
export function offsetAt(text: string, position: Position): number {
  let line = 0;
  let offset = 0;
  while (line < position.line) {
    const next = text.slice(offset).search(/\r\n|\r|\n/);
    assert.ok(next >= 0, `line ${position.line} is past the end of the text`);
    offset += next + (text.startsWith("\r\n", offset + next) ? 2 : 1);
    line++;
  }
  return offset + position.character;
}

/** The text an LSP range covers. */
export function textAt(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** Unix line ends to Windows ones. */
export function crlf(source: string): string {
  return source.replace(/\r?\n/g, "\r\n");
}

/** Runs `node esbuild.mjs` unless dist/server.cjs is newer than every source it is built from. */
export function ensureBuilt(): void {
  const newest = (folder: string): number =>
    fs.readdirSync(folder, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
      .reduce((latest, entry) => Math.max(latest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs), 0);
  const built = fs.existsSync(SERVER) ? fs.statSync(SERVER).mtimeMs : 0;
  if (built < Math.max(newest("server/src"), newest("grammar/src"))) execFileSync(process.execPath, ["esbuild.mjs"]);
}

/** A throw-away workspace folder written from marked sources. */
export class TestWorkspace {
  readonly root: string;
  private readonly files = new Map<string, Marked>();

  constructor(sources: Readonly<Record<string, string>>) {
    this.root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "duty-lsp-")));
    for (const [name, source] of Object.entries(sources)) {
      const file = marked(source);
      this.files.set(name, file);
      fs.mkdirSync(path.dirname(this.path(name)), { recursive: true });
      fs.writeFileSync(this.path(name), file.text);
    }
  }

  path(name: string): string {
    return path.join(this.root, ...name.split("/"));
  }

  uri(name: string): string {
    return pathToFileURL(this.path(name)).href;
  }

  /** The file's text as written (markers removed). */
  text(name: string): string {
    const file = this.files.get(name);
    assert.ok(file, `no file ${name} in the test workspace`);
    return file.text;
  }

  /** Where the `‸` of a snippet falls; the snippet must occur exactly once in the file. */
  cursor(name: string, snippet: string): Position {
    const text = this.text(name);
    const at = snippet.indexOf(CURSOR);
    assert.ok(at >= 0, `no ${CURSOR} in “${snippet}”`);
    const plain = snippet.replace(CURSOR, "");
    const found = text.indexOf(plain);
    assert.ok(found >= 0, `“${plain}” is not in ${name}`);
    assert.equal(text.indexOf(plain, found + 1), -1, `“${plain}” occurs more than once in ${name}`);
    return positionAt(text, found + at);
  }

  /** The ranges marked `«text»` in a file, in order. */
  marks(name: string, text: string): Range[] {
    const file = this.files.get(name);
    assert.ok(file, `no file ${name} in the test workspace`);
    return file.marks.filter((mark) => mark.text === text).map((mark) => mark.range);
  }

  /** Every `«text»` range in every file, as locations sorted by file path, then position. */
  locations(text: string): Location[] {
    return [...this.files.keys()].sort((a, b) => (this.path(a) < this.path(b) ? -1 : 1)).flatMap((name) => this.marks(name, text).map((range) => ({ uri: this.uri(name), range })));
  }

  remove(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
