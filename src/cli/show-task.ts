// The worker-thread task behind `print` and `tree`: read the file and render it there, so a hostile file meets the
// same heap cap and clock as when linting. Returns the text to print, or the reader's cause when it cannot be read.
import { parseReport, readFailureText } from '../api.js';
import { ReadError } from '../parse/errors.js';
import type { Locale } from '../i18n/locale.js';

export interface ShowTaskOptions {
  view: 'print' | 'tree-text' | 'tree-json';
  locale: Locale;
  maxFileSize: number;
}

export type ShowTaskResult = { text: string } | { error: string };

export async function runTask(bytes: Uint8Array, filePath: string, options: ShowTaskOptions, onPhase: (phase: string) => void): Promise<ShowTaskResult> {
  onPhase('read');
  let doc;
  try {
    doc = await parseReport(bytes, filePath, { maxFileSize: options.maxFileSize });
  } catch (error) {
    return { error: error instanceof ReadError ? error.text[options.locale] : readFailureText(error, bytes, options.locale) };
  }
  onPhase('render');
  const [{ renderPrint, renderTree, treeToJson }, tables] = await Promise.all([import('./views/tree.js'), import('./views/scoring-tables.js')]);
  if (options.view === 'print') return { text: renderPrint(doc) };
  if (options.view === 'tree-json') return { text: `${JSON.stringify({ ...treeToJson(doc), scoringTables: tables.scoringTablesJson(doc) }, null, 2)}\n` };
  const scoring = tables.renderScoringTables(doc, options.locale);
  return { text: renderTree(doc, { locale: options.locale }) + (scoring ? `\n${scoring}\n` : '') };
}
