// Terminal display width: CJK and full-width characters take two columns (for aligned tables with Chinese text).
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    w += (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000 ? 2 : 1;
  }
  return w;
}

export const padEnd = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - displayWidth(text)));
export const padStart = (text: string, to: number) => ' '.repeat(Math.max(0, to - displayWidth(text))) + text;
