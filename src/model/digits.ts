// Full-width digits as ASCII: the one implementation (quantities, tables, doc info and rules use it).

/** Full-width digits and dot (２０２５．５) as ASCII, one UTF-16 unit for one, so offsets into the original stay valid. */
export function normalizeDigits(text: string): string {
  return text.replace(/[０-９．]/g, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}
