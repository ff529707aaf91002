// Readers for the formats, written from their specifications, so the tests check the output by reading it back.
import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

export interface Command { command: string; properties: Record<string, string>; message: string }

// Parses workflow commands the way the Actions runner does: split on the first space and the first "::" after it,
// properties on ",", key=value on the first "=", then unescape.
export function unescapeData(text: string) {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
export function unescapeProperty(text: string) {
  return unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));
}
export function parseCommand(line: string): Command {
  const match = /^::(\w+) ([^]*?)::([^]*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const pair of match[2].split(',')) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: match[1], properties, message: unescapeData(match[3]) };
}
export function commands(out: string) {
  return out.split('\n').filter(Boolean).map(parseCommand);
}

export interface Element { name: string; attributes: Record<string, string>; children: Element[]; text: string }

/** Parses with a conforming XML parser (throws on anything not well-formed) into a small element tree. */
export function parseXml(xml: string): Element {
  const parser = new SaxesParser();
  const root: Element = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('error', (e) => { throw e; });
  parser.on('opentag', (tag) => {
    const el: Element = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => { stack[stack.length - 1].text += t; });
  parser.on('closetag', () => { stack.pop(); });
  parser.write(xml).close();
  return root.children[0];
}

/** RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks; records end with CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i++; continue; }
      field += ch; i++; continue;
    }
    if (ch === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true; i++; continue;
    }
    if (ch === ',') { row.push(field); field = ''; i++; continue; }
    if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    if (ch === '\n' || ch === '\r') throw new Error(`bare line break at ${i}`);
    field += ch; i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) throw new Error('last record without CRLF');
  return rows;
}

const schema = JSON.parse(readFileSync(new URL('./sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
// Both are CommonJS with `exports.default` pointing at the export itself, which works under every interop.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
export const validateSarif = ajv.compile(schema);

/** Schema violations of a SARIF log, as readable strings (empty when valid). */
export function sarifErrors(log: unknown): string[] {
  if (validateSarif(log)) return [];
  return (validateSarif.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`);
}
