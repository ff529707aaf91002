// A file that cannot be read becomes one `fatal` finding with a specific cause in the user's language.
import type { Localized } from '../engine/rule.js';

export type ReadErrorCode =
  | 'empty' | 'legacy-doc' | 'encrypted' | 'rtf' | 'html' | 'wordml2003' | 'flat-opc' | 'not-word' | 'spreadsheet'
  | 'presentation' | 'corrupt-zip' | 'no-main-part' | 'broken-xml' | 'zip-bomb' | 'too-large' | 'timeout'
  | 'out-of-memory' | 'not-text' | 'io' | 'unknown';

export class ReadError extends Error {
  readonly code: ReadErrorCode;
  readonly text: Localized;
  constructor(code: ReadErrorCode, text: Localized) {
    super(text.en);
    this.name = 'ReadError';
    this.code = code;
    this.text = text;
  }
}
