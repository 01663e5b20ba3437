/**
 * `duty-language-server`: the Language Server Protocol over stdio (`--stdio`; VS Code starts it
 * so too) or, for other clients, Node IPC (`--node-ipc`), a socket or a pipe, chosen from the
 * command line by createConnection.
 */
import { Console } from "node:console";
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from "vscode-languageserver/node";
import { ENCODED_JSON } from "./encoded-json.ts";
import { startServer } from "./server.ts";
import { keepYoungGenerationSmall } from "./young-generation.ts";

function connect(): Connection {
  if (!process.argv.includes("--stdio")) return createConnection(ProposedFeatures.all);
  // Answers are written with ENCODED_JSON, which sends the outline's kept JSON as it is
  // (encoded-json.ts). Standard output is the protocol's: what anything logs goes to standard
  // error, which editors show in the server's log.
  globalThis.console = new Console(process.stderr, process.stderr);
  process.stdin.on("end", () => process.exit(shutdownRequested ? 0 : 1));
  const writer = new StreamMessageWriter(process.stdout, { charset: "utf-8", contentTypeEncoder: ENCODED_JSON });
  return createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), writer);
}

// Keystrokes in long policies reuse the same few megabytes (young-generation.ts).
keepYoungGenerationSmall();
// A promise left unhandled somewhere (a request the editor refused, a write to a closed pipe)
// must not end the session the drafter is working in: it is logged and the server goes on.
process.on("unhandledRejection", (reason) => console.error(`duty-language-server: unhandled rejection: ${String(reason)}`));
let shutdownRequested = false;
const connection = connect();
const server = startServer(connection);
connection.onShutdown(() => {
  shutdownRequested = true;
  server.dispose();
});
