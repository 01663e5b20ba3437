/**
 * Answers written from JSON encoded before. A keystroke in a long policy changes one clause's
 * outline symbol, but the answer to `textDocument/documentSymbol` holds every clause's: for the
 * 236 KiB benchmark policy, serialising its 2 MB whole cost ~20 ms per keystroke, most of the
 * server's work for it. So the outline keeps each clause's symbol as an `EncodedJson` — the value
 * and, once asked, its UTF-8 JSON — and `ENCODED_JSON`, the encoder of the stream transports
 * (stdio; main.ts), writes a response whose result is a list of them by joining their bytes.
 * Anything else, and every message over Node IPC (serialised by Node itself), goes through
 * `JSON.stringify`, where `toJSON` gives the plain value: the bytes on the wire are the same.
 */
import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from "vscode-languageserver/node";

export class EncodedJson<T> {
  readonly value: T;
  private bytes: Buffer | undefined;

  constructor(value: T) {
    this.value = value;
  }

  /** `JSON.stringify(value)` in UTF-8, made when first written and kept. */
  get utf8(): Buffer {
    this.bytes ??= Buffer.from(JSON.stringify(this.value), "utf8");
    return this.bytes;
  }

  toJSON(): T {
    return this.value;
  }
}

const COMMA = Buffer.from(",");
const LIST_END = Buffer.from("]}");

/** A message in UTF-8 JSON: the same bytes as `JSON.stringify`, with a list of encoded values joined. */
export function encodeMessage(message: Message): Buffer {
  const result: unknown = "result" in message ? message.result : undefined;
  if (!isEncodedList(result) || !("id" in message)) return Buffer.from(JSON.stringify(message), "utf8");
  // A response's keys are jsonrpc, id and result, in the order the connection wrote them.
  const parts: Buffer[] = [Buffer.from(`{"jsonrpc":${JSON.stringify(message.jsonrpc)},"id":${JSON.stringify(message.id)},"result":[`, "utf8")];
  for (let i = 0; i < result.length; i++) {
    if (i > 0) parts.push(COMMA);
    parts.push(result[i]!.utf8);
  }
  parts.push(LIST_END);
  return Buffer.concat(parts);
}

function isEncodedList(value: unknown): value is readonly EncodedJson<unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => item instanceof EncodedJson);
}

/** vscode-jsonrpc's JSON encoder, but for `encodeMessage`'s lists; other charsets as before. */
export const ENCODED_JSON: ContentTypeEncoder = {
  name: "application/json",
  encode(message: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      const utf8 = /^utf-?8$/i.test(options.charset);
      return Promise.resolve(utf8 ? encodeMessage(message) : Buffer.from(JSON.stringify(message), options.charset));
    } catch (error) {
      return Promise.reject(error);
    }
  },
};
