/**
 * Shrinks a failing text (delta debugging): drops chunks of lines, then of characters, while the
 * same property still fails. Time-boxed: a smaller input is a better report, never a reason to stall.
 */
export function minimize(text: string, stillFails: (candidate: string) => boolean, budgetMs = 20_000): string {
  const deadline = performance.now() + budgetMs;
  let current = text;
  for (const unit of ["line", "char"] as const) {
    let pieces = unit === "line" ? current.split(/(?<=\n)/) : [...current];
    let chunk = Math.max(1, Math.floor(pieces.length / 2));
    while (chunk >= 1 && performance.now() < deadline) {
      let removed = false;
      for (let start = 0; start < pieces.length && performance.now() < deadline; ) {
        const candidate = [...pieces.slice(0, start), ...pieces.slice(start + chunk)];
        const candidateText = candidate.join("");
        if (candidateText !== current && stillFails(candidateText)) {
          pieces = candidate;
          current = candidateText;
          removed = true;
        } else {
          start += chunk;
        }
      }
      if (!removed) chunk = Math.floor(chunk / 2);
    }
  }
  return current;
}
