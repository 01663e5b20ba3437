/**
 * `duty-language-server`: the Language Server Protocol over stdio (`--stdio`) or, for VS Code,
 * Node IPC (`--node-ipc`). The transport is chosen from the command line by createConnection.
 */
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./server.ts";

startServer(createConnection(ProposedFeatures.all));
