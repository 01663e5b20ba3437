// The language server's entry point (dist/server.cjs): turns on Node's compile cache, then loads
// the server itself (dist/server-main.cjs). The cache keeps V8's compiled code of the bundle
// between starts, in the system's temporary folder, checked against the bundle's content: it
// saves compiling 1.3 MB of JavaScript on every editor start after the first (~40 ms).
// Older Node versions (an editor's own runtime) lack it and start as before.
const nodeModule = require("node:module");
let caching = false;
if (typeof nodeModule.enableCompileCache === "function") {
  try {
    const status = nodeModule.enableCompileCache().status;
    const { ENABLED, ALREADY_ENABLED } = nodeModule.constants?.compileCacheStatus ?? {};
    caching = status === ENABLED || status === ALREADY_ENABLED;
  } catch {
    // An unwritable temporary folder only costs the cache.
  }
}
require("./server-main.cjs");
// Node writes the cache when the process exits, but not when a signal stops it — as the test
// client and the benchmarks stop the server, and as an editor does when the server is slow to
// exit: the cache was then never made, and every start compiled the bundle again. So it is
// written as soon as the bundle is loaded (once per bundle: later starts find it and have
// nothing to write).
if (caching && typeof nodeModule.flushCompileCache === "function") {
  setImmediate(() => {
    try {
      nodeModule.flushCompileCache();
    } catch {
      // As above: only the cache is lost.
    }
  });
}
