/**
 * Diagnostics as the drafter types: pulled (LSP 3.17 `textDocument/diagnostic`, which VS Code
 * uses) or pushed (`publishDiagnostics`, for clients such as Neovim 0.7) after a short debounce.
 * A newer edit supersedes work for an older version: pushes are re-scheduled, pulls answer for
 * the latest text, and a cancelled pull is answered with ServerCancelled so the client retries.
 */
import {
  CodeLensRefreshRequest,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type DocumentDiagnosticReport,
} from "vscode-languageserver/node";
import type { LineIndex } from "../../../grammar/src/index.ts";
import type { FileReview } from "../analysis/review.ts";
import { ConfigProblems } from "./config-problems.ts";
import { toDiagnostic } from "./convert.ts";
import type { Session } from "./session.ts";

/** Keystrokes closer together than this are one edit for pushed diagnostics. */
export const PUSH_DEBOUNCE_MS = 150;

export class Diagnostics {
  private readonly connection: Connection;
  private readonly session: Session;
  private pushMode = false;
  /** Whether a pull client takes `workspace/diagnostic/refresh` (it says so in its capabilities). */
  private canRefresh = false;
  private canRefreshLenses = false;
  private readonly pending = new Map<string, NodeJS.Timeout>();
  /** resultId per URI: the client skips an unchanged report. */
  private readonly results = new Map<string, { id: string; review: FileReview }>();
  private nextResultId = 1;
  /** The configuration files' problems, shown on those files (config-problems.ts). */
  private readonly configProblems: ConfigProblems;

  constructor(connection: Connection, session: Session) {
    this.connection = connection;
    this.session = session;
    this.configProblems = new ConfigProblems(connection, session);
  }

  /**
   * Clients without pull diagnostics get pushed ones; a pull client that takes refresh requests
   * is asked to pull again when something other than the document changed. The case lenses
   * depend on what the findings do (imports, settings, files on disk): a client that takes code
   * lens refreshes is asked again whenever the findings of documents it did not edit may change.
   */
  configure({ push, canRefresh, canRefreshLenses = false }: { push: boolean; canRefresh: boolean; canRefreshLenses?: boolean }): void {
    this.pushMode = push;
    this.canRefresh = canRefresh;
    this.canRefreshLenses = canRefreshLenses;
  }

  private refreshLenses(): void {
    if (!this.canRefreshLenses) return;
    this.connection.sendRequest(CodeLensRefreshRequest.type).catch((error: unknown) => {
      this.connection.console.log(`Duty: the editor did not take a code lens refresh (${String(error)}).`);
    });
  }

  /**
   * Asks a pull client to pull again. One that did not say it can is not asked (it pulls when it
   * pulls), and a refusal changes nothing: the request must never take the server down.
   */
  private refresh(): void {
    if (!this.canRefresh) return;
    this.connection.languages.diagnostics.refresh().catch((error: unknown) => {
      this.connection.console.log(`Duty: the editor did not take a diagnostics refresh (${String(error)}).`);
    });
  }

  /** Diagnostics of a document, in protocol form. */
  compute(uri: string): { diagnostics: LspDiagnostic[]; review?: FileReview } {
    const review = this.session.review(uri);
    if (!review) return { diagnostics: [] };
    this.configProblems.reviewed(uri, review.configProblems);
    const lines = review.model.document.lines;
    const linesOf = (file: string): LineIndex | undefined => this.session.workspaceFor(file).document(file)?.lines;
    return { diagnostics: review.findings.map((finding) => toDiagnostic(finding, lines, this.session, linesOf)), review };
  }

  /** After an edit: schedule pushes for the document and its open dependents, or ask pull clients to refresh. */
  changed(uri: string): void {
    const dependents = this.session.dependentsOf(uri);
    if (dependents.length > 0) this.refreshLenses();
    if (!this.pushMode) {
      if (dependents.length > 0) this.refresh();
      return;
    }
    for (const target of [uri, ...dependents.map((document) => document.uri)]) this.schedule(target);
  }

  /** Everything may have changed (settings, folders, watched files): refresh all. */
  changedEverything(): void {
    this.refreshLenses();
    if (!this.pushMode) {
      this.refresh();
      return;
    }
    for (const document of this.session.openDocuments()) this.schedule(document.uri);
  }

  closed(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer) clearTimeout(timer);
    this.pending.delete(uri);
    this.results.delete(uri);
    this.configProblems.closed(uri);
    if (this.pushMode) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private schedule(uri: string): void {
    const previous = this.pending.get(uri);
    if (previous) clearTimeout(previous);
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        const document = this.session.document(uri);
        if (!document) return;
        const { diagnostics } = this.compute(uri);
        void this.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
      }, PUSH_DEBOUNCE_MS),
    );
  }

  async pull(uri: string, previousResultId: string | undefined, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    // Let newer edits and cancellations that are already queued arrive first.
    await new Promise((resolve) => setImmediate(resolve));
    if (token.isCancellationRequested) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, "A newer edit superseded this request", { retriggerRequest: true });
    }
    const { diagnostics, review } = this.compute(uri);
    const previous = this.results.get(uri);
    if (review && previous && previous.review === review && previous.id === previousResultId) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: previous.id };
    }
    const id = String(this.nextResultId++);
    if (review) this.results.set(uri, { id, review });
    return { kind: DocumentDiagnosticReportKind.Full, resultId: id, items: diagnostics };
  }
}
