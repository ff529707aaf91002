// The formatter registry. Each formatter is loaded only when asked for, so the default run stays light.
import type { BinaryFormatter, Formatter } from './types.js';

const loaders: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylishFormatter,
  json: async () => (await import('./json.js')).jsonFormatter,
  sarif: async () => (await import('./sarif.js')).sarifFormatter,
  github: async () => (await import('./github.js')).githubFormatter,
  junit: async () => (await import('./junit.js')).junitFormatter,
  csv: async () => (await import('./csv.js')).csvFormatter,
  'csv-summary': async () => (await import('./csv.js')).csvSummaryFormatter,
  html: async () => (await import('./html/index.js')).htmlFormatter,
};

/** Formats that show the document itself: the run must carry each file's document view for them. */
export const needsView = (name: string) => name === 'html';

/** Formats that are files, not text: written only to `--output-file` or `name:file`. */
const binaryLoaders: Record<string, () => Promise<BinaryFormatter>> = {
  xlsx: async () => (await import('./xlsx.js')).xlsxFormatter,
  'docx-letter': async () => (await import('./letter.js')).letterFormatter,
};

export const formatterNames = [...Object.keys(loaders), ...Object.keys(binaryLoaders)];

export function isBinaryFormat(name: string): boolean {
  return Object.hasOwn(binaryLoaders, name);
}

export async function loadBinaryFormatter(name: string): Promise<BinaryFormatter> {
  const load = binaryLoaders[name];
  if (!load) throw new Error(`unknown binary formatter ${name}`);
  return load();
}

export async function loadFormatter(name: string): Promise<Formatter> {
  const load = loaders[name];
  if (!load) throw new Error(`unknown formatter ${name}`);
  return load();
}

export type { BinaryFormatter, Formatter, FormatContext } from './types.js';
