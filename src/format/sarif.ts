// SARIF 2.1.0 (OASIS), the format GitHub code scanning and most CI dashboards ingest. One run; the driver lists every
// registered rule plus the two pseudo-rules the tool itself reports (`fatal`, `internal-error`), so every result has a
// ruleIndex. Files that could not be read appear twice on purpose: as toolExecutionNotifications (what the spec
// says) and as `fatal` results (what CI dashboards actually show).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileResult, LintMessage, RelatedLocation } from '../engine/result.js';
import type { Rule, Severity, SeveritySetting } from '../engine/rule.js';
import type { Locale, Localized } from '../i18n/locale.js';
import { ruleDocPath, type FormatContext, type Formatter } from './types.js';
import { displayPath, isInside } from './paths.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

/** Findings the tool reports about itself rather than about the report's content. */
const toolRules: { id: string; description: Localized }[] = [
  {
    id: 'fatal',
    description: {
      'zh-CN': '文件无法读取（格式不对、已加密、损坏或过大），未做检查',
      en: 'The file could not be read (wrong format, encrypted, damaged or too large), so it was not checked',
    },
  },
  {
    id: 'inline-config',
    description: {
      'zh-CN': '报告中含有关闭检查的指令（reportlint-disable…），审核时应留意；--no-inline-config 可忽略这些指令',
      en: 'The report contains directives that turn checks off (reportlint-disable…); a reviewer should know; --no-inline-config ignores them',
    },
  },
  {
    id: 'internal-error',
    description: {
      'zh-CN': '某条规则在该文件上运行出错；其余规则结果不受影响',
      en: 'A rule failed on this file; the other rules ran normally',
    },
  },
];

type Level = 'error' | 'warning' | 'note' | 'none';

function level(severity: Severity | SeveritySetting): Level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : severity === 'info' ? 'note' : 'none';
}

interface Descriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: Level; enabled: boolean };
  properties?: { tags: string[] };
}

function pascalCase(id: string) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

function descriptor(id: string, description: string, locale: Locale, defaultSeverity: SeveritySetting, tags: string[] = []): Descriptor {
  const docPath = ruleDocPath(id);
  const base = repositoryBlobBase();
  const seeAlso = locale === 'en' ? `Documentation: ${docPath}` : `说明见 ${docPath}`;
  const sentence = description.replace(/[。.．\s]+$/u, '') + (locale === 'en' ? '. ' : '。');
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: description },
    fullDescription: { text: `${sentence}${seeAlso}` },
    // helpUri must be an absolute URI; without a repository URL the relative doc path goes into `help` instead.
    ...(base ? { helpUri: `${base}/${docPath}` } : {}),
    help: { text: seeAlso, markdown: `[${docPath}](${base ? `${base}/${docPath}` : docPath})` },
    defaultConfiguration: { level: level(defaultSeverity), enabled: defaultSeverity !== 'off' },
    ...(tags.length ? { properties: { tags } } : {}),
  };
}

function driverRules(rules: readonly Rule[], locale: Locale): Descriptor[] {
  const list = rules.map((r) => descriptor(r.meta.id, r.meta.description[locale], locale, r.meta.defaultSeverity, r.meta.tags));
  for (const t of toolRules) {
    if (!list.some((d) => d.id === t.id)) list.push(descriptor(t.id, t.description[locale], locale, t.id === 'inline-config' ? 'info' : 'error', ['tool']));
  }
  return list;
}

/** A URI reference for a path: each segment percent-encoded (Chinese file names, spaces), slashes kept. */
function encodePath(path: string) {
  return path.split('/').map((s) => encodeURIComponent(s)).join('/');
}

function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  // Standard input has no path (ESLint calls it "<text>"): a bare relative reference, no base.
  if (!filePath || /^<.*>$|^-$/.test(filePath)) return { uri: encodePath(filePath.replace(/[<>-]/g, '') || 'stdin') };
  if (isInside(filePath, cwd)) return { uri: encodePath(displayPath(filePath, cwd)), uriBaseId: SOURCE_ROOT };
  return { uri: pathToFileURL(resolve(cwd, filePath)).href };
}

const mimeTypes: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.txt': 'text/plain',
};

const FINGERPRINT_KEY = 'reportlintFinding/v1';

/**
 * Stable across runs and unrelated edits (code scanning matches alerts by it): the file, the rule, the section path
 * and the excerpt, not the line number, which moves whenever text is added above.
 */
function fingerprint(filePath: string, cwd: string, m: LintMessage): string {
  const key = [displayPath(filePath, cwd), m.ruleId, m.section.join('\u0000'), m.excerpt || m.message].join('\u0001');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

function isToolFailure(m: LintMessage) {
  return m.ruleId === 'fatal' || m.ruleId === 'internal-error';
}

function region(m: LintMessage) {
  return {
    ...regionOf(m), ...(m.excerpt ? { snippet: { text: m.excerpt } } : {}),
    // .xlsx: the line of the text rendering is one cell; the region also names it ("自评表!F12")
    ...(m.cell ? { properties: { cell: m.cell } } : {}),
  };
}

/** A place in another report (batch rules): SARIF relatedLocations entry, its region and a short message. */
function relatedLocation(r: RelatedLocation, id: number, cwd: string, locale: Locale) {
  const region = { ...regionOf(r), ...(r.excerpt ? { snippet: { text: r.excerpt } } : {}) };
  const text = locale === 'en' ? `${displayPath(r.filePath, cwd)}, line ${r.line}` : `${displayPath(r.filePath, cwd)} 第 ${r.line} 行`;
  return { id, physicalLocation: { artifactLocation: artifactLocation(r.filePath, cwd), region }, message: { text } };
}

function regionOf(p: { line: number; column: number; endLine: number; endColumn: number }) {
  const startLine = Math.max(1, p.line);
  const startColumn = Math.max(1, p.column);
  const endLine = Math.max(startLine, p.endLine || startLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, p.endColumn || startColumn) : Math.max(1, p.endColumn || 1);
  return { startLine, startColumn, endLine, endColumn };
}

export const sarifFormatter: Formatter = (results: FileResult[], context: FormatContext) => {
  const { locale, cwd } = context;
  const rules = driverRules(context.rules, locale);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts: { location: { uri: string; uriBaseId?: string }; mimeType?: string }[] = [];
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];

  for (const file of results) {
    const location = artifactLocation(file.filePath, cwd);
    const index = artifacts.length;
    const mimeType = mimeTypes[extname(file.filePath).toLowerCase()];
    artifacts.push({ location, ...(mimeType ? { mimeType } : {}) });
    for (const m of file.messages) {
      const physicalLocation = { artifactLocation: { ...location, index }, region: region(m) };
      const known = ruleIndex.get(m.ruleId);
      sarifResults.push({
        ruleId: m.ruleId,
        ...(known !== undefined ? { ruleIndex: known } : {}),
        level: level(m.severity),
        message: { text: m.message },
        locations: [{ physicalLocation }],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(file.filePath, cwd, m) },
        ...(m.related?.length ? { relatedLocations: m.related.map((r, id) => relatedLocation(r, id, cwd, locale)) } : {}),
        ...(m.section.length ? { properties: { section: m.section } } : {}),
      });
      if (isToolFailure(m)) {
        notifications.push({
          level: 'error',
          message: { text: m.message },
          locations: [{ physicalLocation: { artifactLocation: { ...location, index } } }],
          descriptor: { id: m.ruleId },
        });
      }
    }
  }

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'reportlint',
            version: context.toolVersion,
            semanticVersion: /^\d+\.\d+\.\d+/.test(context.toolVersion) ? context.toolVersion : undefined,
            informationUri: informationUri(),
            language: locale,
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(cwd) } },
        artifacts,
        results: sarifResults,
        language: locale,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function directoryUri(dir: string) {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

// ── the package's own metadata (homepage / repository), read once ──

interface PackageInfo {
  homepage?: string;
  repository?: string | { url?: string };
}

let packageInfo: PackageInfo | undefined;

function readPackageInfo(): PackageInfo {
  if (packageInfo) return packageInfo;
  packageInfo = {};
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        const json = JSON.parse(readFileSync(candidate, 'utf8')) as PackageInfo & { name?: string };
        if (json.name === 'reportlint') {
          packageInfo = json;
          break;
        }
      } catch {
        // an unreadable package.json only costs the links
      }
    }
    dir = dirname(dir);
  }
  return packageInfo;
}

/** https://host/owner/repo from package.json `repository` ("github:owner/repo", "git+https://…git", "owner/repo"). */
export function repositoryUrl(repository: PackageInfo['repository']): string | undefined {
  const raw = typeof repository === 'string' ? repository : repository?.url;
  if (!raw) return undefined;
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (shorthand) {
    const host = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' }[shorthand[1] ?? 'github'];
    return `https://${host}/${shorthand[2].replace(/\.git$/, '')}`;
  }
  const url = raw.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/^ssh:\/\/git@/, 'https://')
    .replace(/^git@([^:]+):/, 'https://$1/').replace(/\.git$/, '');
  return /^https?:\/\//.test(url) ? url : undefined;
}

/** Where files of the repository's default branch are shown, e.g. https://github.com/o/r/blob/HEAD. */
export function blobBase(repository: PackageInfo['repository']): string | undefined {
  const repo = repositoryUrl(repository);
  if (!repo) return undefined;
  return repo.includes('gitlab') ? `${repo}/-/blob/HEAD` : repo.includes('bitbucket') ? `${repo}/src/HEAD` : `${repo}/blob/HEAD`;
}

export function repositoryBlobBase(): string | undefined {
  return blobBase(readPackageInfo().repository);
}

function informationUri(): string | undefined {
  const info = readPackageInfo();
  return repositoryUrl(info.repository) ?? (info.homepage && /^https?:\/\//.test(info.homepage) ? info.homepage : undefined);
}
