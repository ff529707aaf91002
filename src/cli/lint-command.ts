// The default command: expand inputs, resolve each file's config, lint (workers, cache), format, pick the exit code.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { FileResult } from '../engine/result.js';
import type { Locale, Localized } from '../i18n/locale.js';
import { ConfigLoader } from '../config/load.js';
import { ConfigResolver, configBaseDir, resolvedRules, validateRules, type CliOverrides } from '../config/effective.js';
import { planRules } from '../config/rule-settings.js';
import type { EffectiveConfig } from '../config/schema.js';
import { IgnoreMatcher, readIgnoreFile } from '../batch/ignore.js';
import { expandInputs } from '../batch/inputs.js';
import { runBatch, type Job } from '../batch/run.js';
import { DEFAULT_CACHE_NAME, ResultCache } from '../batch/cache.js';
import { readStream } from '../batch/read-input.js';
import { registeredRules } from '../batch/registry.js';
import { phaseLine, timingTable } from './views/timing.js';
import { markPhase, noteWorkerLoad } from './phases.js';
import { formatterNames, isBinaryFormat, loadBinaryFormatter, loadFormatter, needsView } from '../format/index.js';
import { terminalSafe } from '../format/terminal.js';
import { reviewText } from '../i18n/review.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { cliIo } from './io.js';
import { checkProfile } from './profile.js';
import {
  UsageError, commonOverrides, parseConcurrency, parseFormats, parseLocale, parseMaxWarnings, parseYear, useColor,
} from './usage.js';
import { codeFingerprint, toolVersion } from './version.js';

interface LintCliOptions {
  format: string[];
  outputFile?: string;
  locale?: string;
  profile?: string;
  config?: string;
  rule: string[];
  printConfig?: string;
  maxWarnings?: string;
  quiet?: boolean;
  color?: boolean;
  ignorePattern: string[];
  stdin?: boolean;
  stdinFilename?: string;
  concurrency?: string;
  cache?: boolean;
  cacheLocation?: string;
  maxFileSize?: string;
  timeout?: string;
  maxMemory?: string;
  inlineConfig?: boolean;
  year?: string;
}

/** A line on stderr (file names in it escaped: a name can hold terminal control characters too). */
export function warn(text: string) {
  cliIo().stderr.write(`reportlint: ${terminalSafe(text)}\n`);
}

/** A finished lint run: the results in input order, the language for tool text, what the batch skipped. */
export interface LintRun {
  results: FileResult[];
  locale: Locale;
  cwd: string;
  skipped: number;
}

export async function lintCommand(files: string[], raw: Record<string, unknown>, ui: Locale): Promise<number> {
  markPhase('loading');
  const o = raw as unknown as LintCliOptions;
  const early = parseLocale(o.locale, ui) ?? ui;
  const formats = parseFormats(o.format, formatterNames, early, o.outputFile);
  const maxWarnings = parseMaxWarnings(o.maxWarnings, early);
  checkBinaryTargets(formats, o.outputFile, early);
  const run = await lintInputs(files, raw, ui, formats.some((f) => needsView(f.name)));
  if (typeof run === 'number') return run;
  const { results, cwd, skipped } = run;
  ui = run.locale;

  const shown = o.quiet ? results.map(errorsOnly) : results;
  await writeOutputs(shown, formats, o, ui, cwd, skipped);
  markPhase('output');
  if (process.env.TIMING) cliIo().stderr.write(phaseLine(results, ui));

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (results.length > 0 && results.every((r) => r.fatal)) return 2;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) {
    warn(cliMessage('maxWarnings', ui, { count: warnings, max: maxWarnings }) + (o.quiet ? cliMessage('quietHidden', ui, { count: warnings }) : ''));
    return 1;
  }
  return 0;
}

/**
 * Expand the inputs, resolve each file's config and lint every file (workers, cache). Shared by the lint command,
 * `annotate` and `letter`; returns an exit code instead when there was nothing to lint (--print-config).
 */
export async function lintInputs(files: string[], raw: Record<string, unknown>, ui: Locale, withView = false): Promise<LintRun | number> {
  const o = { format: [], rule: [], ignorePattern: [], ...raw } as unknown as LintCliOptions;
  const cwd = process.cwd();
  const locale = parseLocale(o.locale, ui);
  ui = locale ?? ui;
  const overrides: CliOverrides = {
    ...commonOverrides(o, cwd, locale, ui),
    noInlineConfig: o.inlineConfig === false ? true : undefined,
    year: parseYear(o.year, ui),
  };
  const concurrency = parseConcurrency(o.concurrency, ui);
  const resolver = new ConfigResolver(new ConfigLoader(), overrides);
  const cwdConfig = await resolver.resolve(cwd);
  ui = locale ?? cwdConfig.locale;

  if (o.printConfig) {
    const target = resolve(cwd, o.printConfig);
    const config = await resolver.resolve(dirname(target));
    const rules = await registeredRules();
    validateRules(config, overrides, rules);
    cliIo().stdout.write(`${JSON.stringify(printableConfig(config, rules), null, 2)}\n`);
    return 0;
  }

  // Inputs: "-" / --stdin, then files, folders and globs in the order given.
  const stdinCount = files.filter((f) => f === '-').length + (o.stdin ? 1 : 0);
  if (stdinCount > 1) throw new UsageError(cliMessage('stdinTwice', ui));
  const paths = files.filter((f) => f !== '-');
  if (paths.length === 0 && stdinCount === 0) throw new UsageError(cliMessage('noFiles', ui));

  const ignore = new IgnoreMatcher([...readIgnoreFile(cwd), ...o.ignorePattern], cwd);
  const expanded = await expandInputs(paths, cwd, ignore);
  if (expanded.skipped.length) {
    const files = expanded.skipped.map((p) => relative(cwd, p) || p).join(ui === 'en' ? ', ' : '、');
    process.stderr.write(`reportlint: ${cliMessage('skippedInFolder', ui, { count: expanded.skipped.length, files })}\n`);
  }
  if (expanded.unmatched.length) {
    throw new UsageError(expanded.unmatched
      .map(({ arg, missing }) => cliMessage(missing ? 'notFound' : 'noMatch', ui, { path: arg, pattern: arg }))
      .join('\n'));
  }
  for (const path of expanded.ignoredExplicit) warn(cliMessage('ignoredExplicit', ui, { path }));
  for (const text of expanded.warnings) warn(text[ui]);

  // Standard input (if asked for) comes first, then the files in argument order.
  const jobs: Job[] = [];
  if (stdinCount) {
    const name = o.stdinFilename ? resolve(cwd, o.stdinFilename) : '<stdin>';
    const config = await resolver.resolve(o.stdinFilename ? dirname(name) : cwd);
    const read = await readStream(cliIo().stdin, config.limits.maxFileSize);
    jobs.push('bytes' in read ? { filePath: name, bytes: read.bytes, config } : { filePath: name, error: read.error, config });
  }
  const configIgnores = new Map<EffectiveConfig, IgnoreMatcher>();
  for (const file of expanded.files) {
    const config = await resolver.resolve(dirname(file.path));
    // config ignorePatterns apply to named files too, as .reportlintignore and --ignore-pattern do
    if (config.ignorePatterns.length && !file.error) {
      let matcher = configIgnores.get(config);
      if (!matcher) configIgnores.set(config, (matcher = new IgnoreMatcher(config.ignorePatterns, configBaseDir(config, cwd))));
      if (matcher.ignores(file.path, file.root)) {
        if (file.explicit) warn(cliMessage('ignoredExplicit', ui, { path: file.path }));
        continue;
      }
    }
    jobs.push({ filePath: file.path, openPath: file.openPath, error: file.error, config });
  }

  // Rules named in a config are checked, and their options parsed, once here; workers get them parsed. The
  // registry is loaded only when some config names rules.
  const configs = resolver.configs();
  for (const config of configs) {
    if (config.settings.profile !== undefined) checkProfile(config.settings.profile, config, ui, o.profile !== undefined ? '--profile' : config.configFile ?? 'config');
  }
  if (configs.some((c) => Object.keys(c.rules).length > 0)) {
    const rules = await registeredRules();
    for (const config of configs) {
      validateRules(config, overrides, rules);
      config.plan = planRules(rules, config.rules, config.configFile ?? 'config');
    }
  }

  markPhase('config');
  const cache = o.cache
    ? ResultCache.open(o.cacheLocation ?? DEFAULT_CACHE_NAME, `${toolVersion()}:${codeFingerprint()}`, (text: Localized) => warn(text[ui]))
    : undefined;
  const progress = progressReporter(jobs.length, ui);
  const { results, stats } = await runBatch(jobs, {
    concurrency,
    maxMemoryMb: Math.max(...jobs.map((j) => j.config.limits.maxMemoryMb), cwdConfig.limits.maxMemoryMb),
    cache,
    withView,
    onProgress: progress?.update,
  });
  progress?.clear();
  cache?.save();
  markPhase('lint');
  noteWorkerLoad(stats.workerLoadMs);

  if (process.env.TIMING) cliIo().stderr.write(timingTable(results, ui));
  if (process.env.REPORTLINT_DEBUG) {
    cliIo().stderr.write(`reportlint debug: files=${stats.files} parsed=${stats.parsed} cacheHits=${stats.cacheHits} poolSize=${stats.poolSize} workersStarted=${stats.workersStarted}\n`);
  }

  return { results, locale: ui, cwd, skipped: expanded.ignoredExplicit.length + expanded.skipped.length };
}

async function writeOutputs(results: FileResult[], formats: { name: string; file?: string }[], o: LintCliOptions, locale: Locale, cwd: string, skipped: number) {
  const toStdout: string[] = [];
  for (const request of formats) {
    const target = request.file;
    const color = !request.file && useColor(o.color, cliIo().stdout.isTTY === true, process.env);
    // json and stylish never look at the rule list; the others (SARIF's rule table) get it
    const rules = request.name === 'json' || request.name === 'stylish' ? [] : await registeredRules();
    const context = { locale, rules, cwd, color, toolVersion: toolVersion(), skipped };
    if (isBinaryFormat(request.name)) {
      const bytes = await (await loadBinaryFormatter(request.name))(results, context);
      writeFile(resolve(cwd, target!), bytes, locale);
      continue;
    }
    const formatter = await loadFormatter(request.name);
    const text = formatter(results, context);
    if (request.file) writeFile(resolve(cwd, request.file), text, locale);
    else toStdout.push(text);
  }
  if (toStdout.length) await new Promise<void>((done) => cliIo().stdout.write(toStdout.join(''), () => done()));
}

/** A binary format (xlsx, docx-letter) needs a file of its own: `--output-file`, or `name:file`. */
function checkBinaryTargets(formats: { name: string; file?: string }[], outputFile: string | undefined, locale: Locale) {
  for (const f of formats) {
    if (!isBinaryFormat(f.name) || f.file) continue;
    const sharing = formats.filter((g) => !g.file).length > 1;
    if (!outputFile || sharing) throw new UsageError(reviewText('binaryNeedsFile', locale, { name: f.name }));
  }
}

export function writeFile(path: string, text: string | Uint8Array, locale: Locale) {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(cliMessage('writeFailed', locale, { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
}

function errorsOnly(result: FileResult): FileResult {
  const messages = result.messages.filter((m) => m.severity === 'error');
  return { ...result, messages, warningCount: 0, infoCount: 0 };
}

function printableConfig(config: EffectiveConfig, rules: Awaited<ReturnType<typeof registeredRules>>) {
  return {
    configFile: config.configFile ?? null,
    locale: config.locale,
    profile: config.settings.profile ?? null,
    templates: config.settings.templates ?? {},
    ignorePatterns: config.ignorePatterns,
    noInlineConfig: config.noInlineConfig,
    limits: config.limits,
    rules: resolvedRules(rules, config.rules),
  };
}

function progressReporter(total: number, locale: Locale) {
  if (!cliIo().stderr.isTTY || total < 20) return undefined;
  let last = 0;
  return {
    update: (done: number, all: number) => {
      const now = Date.now();
      if (now - last < 100 && done < all) return;
      last = now;
      cliIo().stderr.write(`\r\x1b[K${cliMessage('progress', locale, { done, total: all })}`);
    },
    clear: () => cliIo().stderr.write('\r\x1b[K'),
  };
}
