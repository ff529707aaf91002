// Text from a report or a file name must never reach a terminal raw: an ESC sequence can clear the screen, retitle
// the window or hide lines (ESC[2J, OSC 0;…BEL), a bidi override can reorder what a reviewer reads. Every human
// format and CLI view passes such text through terminalSafe; colours the formatter adds itself come after.

// C0 controls except tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate characters.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const UNSAFE_BUT_CR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Control characters shown as visible escapes (ESC → \u{1b}): nothing is lost and nothing runs. `keepCr` leaves
 * carriage returns to formats that encode them themselves (CSV quoting, GitHub's %0D).
 */
export function terminalSafe(text: string, keepCr = false): string {
  return text.replace(keepCr ? UNSAFE_BUT_CR : UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** Also newlines and tabs, for one-line fields (a message, a path inside a line of output). */
export function terminalSafeLine(text: string): string {
  return terminalSafe(text).replace(/\t/g, ' ').replace(/\s*\n\s*/g, ' ');
}
