/**
 * `duty/heap` (a Duty request, for `npm run bench:lsp` and the tests): the server's heap after a
 * full garbage collection, so that memory growth over thousands of edits can be measured, and
 * the size its young generation had before that collection (young-generation.ts).
 */
import * as v8 from "node:v8";
import * as vm from "node:vm";
import { RequestType0 } from "vscode-languageserver/node";
import type { Feature } from "./feature.ts";
import { youngGenerationSize } from "./young-generation.ts";

export const HEAP_REQUEST = new RequestType0<{ heapUsed: number; rss: number; youngGeneration: number }, void>("duty/heap");

function collectGarbage(): void {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as (() => void) | undefined;
  gc?.();
}

export const heapFeature: Feature = {
  capabilities() {
    return {};
  },
  register({ connection }) {
    connection.onRequest(HEAP_REQUEST, () => {
      const youngGeneration = youngGenerationSize();
      collectGarbage();
      const { heapUsed, rss } = process.memoryUsage();
      return { heapUsed, rss, youngGeneration };
    });
  },
};
