/** Full-width digits, as Chinese input methods type them, read as ASCII digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９．]/g, (c) => (c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
