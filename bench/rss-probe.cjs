// Preloaded (`node -r bench/rss-probe.cjs …`) into the processes bench/cli.ts starts: reports the
// process's peak resident memory, worker threads included, as it exits.
process.on("exit", () => {
  process.stderr.write(`\n@@peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
