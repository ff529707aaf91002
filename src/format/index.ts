// The formatter registry. Each formatter is loaded only when asked for, so the default run stays light.
import type { Formatter } from './types.js';

const loaders: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylishFormatter,
  json: async () => (await import('./json.js')).jsonFormatter,
  sarif: async () => (await import('./sarif.js')).sarifFormatter,
  github: async () => (await import('./github.js')).githubFormatter,
  junit: async () => (await import('./junit.js')).junitFormatter,
  csv: async () => (await import('./csv.js')).csvFormatter,
  html: async () => (await import('./html/index.js')).htmlFormatter,
};

/** Formats that show the document itself: the run must carry each file's document view for them. */
export const needsView = (name: string) => name === 'html';

export const formatterNames = Object.keys(loaders);

export function hasFormatter(name: string): boolean {
  return Object.hasOwn(loaders, name);
}

export async function loadFormatter(name: string): Promise<Formatter> {
  const load = loaders[name];
  if (!load) throw new Error(`unknown formatter ${name}`);
  return load();
}

export type { Formatter, FormatContext } from './types.js';
