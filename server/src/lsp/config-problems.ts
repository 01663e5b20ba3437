/**
 * Problems in the `.duty.json` files and law files that apply to the open documents, published on
 * those files: a misspelt rule id is shown where it is written, as `duty check` reports it. The
 * editor does not ask Duty for a JSON file's diagnostics, so they are pushed, whatever the client
 * does for policies. Each open document's review names the problems of its configuration (one
 * list per configuration, shared by its files); a file's diagnostics are those of every open
 * document's configuration located in it, sent again only when they change.
 */
import { MessageType, ShowMessageNotification, type Connection, type Diagnostic as LspDiagnostic } from "vscode-languageserver/node";
import { LineIndex } from "../../../grammar/src/index.ts";
import type { Finding } from "../analysis/finding.ts";
import { toDiagnostic } from "./convert.ts";
import type { Session } from "./session.ts";

export class ConfigProblems {
  private readonly connection: Connection;
  private readonly session: Session;
  /** The configuration problems of each open document's last review. */
  private readonly byDocument = new Map<string, readonly Finding[]>();
  /** What each file was last sent, as JSON (to send only a change). */
  private readonly sent = new Map<string, string>();
  private readonly told = new Set<string>();

  constructor(connection: Connection, session: Session) {
    this.connection = connection;
    this.session = session;
  }

  /** A document was reviewed under a configuration with these problems. */
  reviewed(documentUri: string, problems: readonly Finding[]): void {
    if (this.byDocument.get(documentUri) === problems) return;
    if (problems.length === 0 && !this.byDocument.has(documentUri)) return;
    this.byDocument.set(documentUri, problems);
    this.publish();
  }

  closed(documentUri: string): void {
    if (this.byDocument.delete(documentUri)) this.publish();
  }

  private publish(): void {
    const byFile = new Map<string, Finding[]>();
    const seen = new Set<string>();
    for (const problems of this.byDocument.values()) {
      for (const problem of problems) {
        const key = `${problem.file}\u0000${problem.span.start}\u0000${problem.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const list = byFile.get(problem.file);
        if (list) list.push(problem);
        else byFile.set(problem.file, [problem]);
      }
    }
    const stale = new Set(this.sent.keys());
    for (const [file, problems] of byFile) {
      const text = this.session.workspaceFor(file).host.readText(file);
      if (text === undefined) {
        // A file that is not there (a law file a setting names) has nowhere to show a problem.
        for (const problem of problems) this.tell(problem.message);
        continue;
      }
      const uri = this.session.uriOf(file);
      stale.delete(uri);
      const lines = new LineIndex(text);
      this.send(uri, problems.map((problem) => toDiagnostic(problem, lines, this.session, () => undefined)));
    }
    for (const uri of stale) this.send(uri, []);
  }

  /** Shows a problem as a message, once a session: it recurs with every review. */
  private tell(text: string): void {
    if (this.told.has(text)) return;
    this.told.add(text);
    // A notification, not a request: nothing is asked of the drafter, and no answer is awaited.
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Duty: ${text}` });
  }

  private send(uri: string, diagnostics: LspDiagnostic[]): void {
    const json = JSON.stringify(diagnostics);
    if ((this.sent.get(uri) ?? "[]") === json) return;
    if (diagnostics.length === 0) this.sent.delete(uri);
    else this.sent.set(uri, json);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }
}
