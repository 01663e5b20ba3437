/** Writing a drafter's file: atomically (a temporary file renamed over it), never half-written. */
import * as fs from "node:fs";
import * as path from "node:path";

export function writeFileAtomically(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temporary, text, { encoding: "utf8", mode: fs.existsSync(file) ? fs.statSync(file).mode : 0o644 });
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
