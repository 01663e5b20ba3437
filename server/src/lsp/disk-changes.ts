/**
 * How the server learns that files changed on disk behind the editor's back: a `.duty.json`
 * written, a law file edited, an imported policy pulled from version control.
 *
 * - A client that lets a server register file watchers (VS Code, Neovim 0.10+, …) is asked to
 *   watch policies, config files and JSON files (a law file may have any name), and reports
 *   events as `workspace/didChangeWatchedFiles`.
 * - A client that cannot be asked (Neovim before 0.10, many smaller editors), or that refuses,
 *   would otherwise leave the server believing the disk as it first read it until a restart. For
 *   those the server looks itself: every few seconds it compares the files it has read or looked
 *   for, and the folders of its workspace scan, with the disk now (Session.changedOnDisk) — stats
 *   on Node's thread pool, off the keystroke path, and never more than ~2 % of the time however
 *   many files there are.
 */
import { DidChangeWatchedFilesNotification, type ClientCapabilities, type Connection, type Disposable } from "vscode-languageserver/node";
import type { Session } from "./session.ts";

/** What the client is asked to watch: the same files the VS Code extension watched itself before. */
export const WATCHED_GLOBS: readonly string[] = ["**/*.duty", "**/.duty.json", "**/*.json"];

/** The shortest pause between two looks at the disk. */
export const POLL_INTERVAL_MS = 2000;
/** A look that took this long is followed by a pause this many times as long (at least the interval). */
const PAUSE_PER_LOOK = 50;

/** Whether the client lets the server register file watchers. */
export function canRegisterWatchers(capabilities: ClientCapabilities): boolean {
  return capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
}

/**
 * Starts following the disk: watchers registered with the client when it allows, otherwise the
 * server's own looks. `changed` runs after files changed (the session already knows which).
 */
export function followDiskChanges(connection: Connection, session: Session, capabilities: ClientCapabilities, changed: () => void): Disposable {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const look = async (): Promise<void> => {
    const started = performance.now();
    try {
      const files = await session.changedOnDisk();
      if (stopped) return;
      for (const file of files) session.changedOnDiskAt(file);
      if (files.length > 0) changed();
    } catch (error) {
      connection.console.error(`Duty: could not look for changes on disk: ${String(error)}`);
    }
    schedule(Math.max(POLL_INTERVAL_MS, (performance.now() - started) * PAUSE_PER_LOOK));
  };
  const schedule = (pause: number): void => {
    if (stopped) return;
    timer = setTimeout(() => void look(), pause);
    // Looking at the disk must not keep a server alive whose client has gone.
    timer.unref();
  };
  const lookItself = (): void => {
    session.lookAtDiskItself();
    schedule(POLL_INTERVAL_MS);
  };

  if (canRegisterWatchers(capabilities)) {
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) }).catch((error: unknown) => {
      connection.console.warn(`Duty: the editor would not watch files (${String(error)}); the server looks at the disk itself.`);
      lookItself();
    });
  } else {
    lookItself();
  }
  return {
    dispose() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
