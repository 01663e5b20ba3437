/** Limits on what the parsers read, shared by both (parse.ts, clean-parse.ts). */

/** Deeper nesting than this is never meaningful in Duty and would only exhaust the stack. */
export const MAX_NESTING = 32;
/** Larger files are refused with a finding rather than risking the editor's memory. */
export const MAX_FILE_LENGTH = 16 * 1024 * 1024;
