// The default command: expand inputs, resolve each file's config, lint (workers, cache), format, pick the exit code.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { FileResult } from '../engine/result.js';
import type { Locale } from '../i18n/locale.js';
import { ConfigLoader } from '../config/load.js';
import { ConfigResolver, configBaseDir, resolvedRules, validateRules, type CliOverrides } from '../config/effective.js';
import type { EffectiveConfig } from '../config/schema.js';
import { IgnoreMatcher, readIgnoreFile } from '../batch/ignore.js';
import { expandInputs } from '../batch/inputs.js';
import { runBatch, type Job } from '../batch/run.js';
import { DEFAULT_CACHE_NAME, ResultCache } from '../batch/cache.js';
import { phaseLine, timingTable } from './views/timing.js';
import { markPhase } from './phases.js';
import { formatterNames, loadFormatter } from '../format/index.js';
import { registeredRules } from '../lint-file.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { cliIo } from './io.js';
import {
  UsageError, parseConcurrency, parseFormats, parseLocale, parseMaxWarnings, parseMemory, parseRuleOptions, parseSizeOption,
  parseTimeout,
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
}

export async function lintCommand(files: string[], raw: Record<string, unknown>, ui: Locale): Promise<number> {
  markPhase('loading');
  const o = raw as unknown as LintCliOptions;
  const cwd = process.cwd();
  const locale = parseLocale(o.locale, ui);
  ui = locale ?? ui;
  const overrides: CliOverrides = {
    configFile: o.config ? resolve(cwd, o.config) : undefined,
    locale,
    profile: o.profile,
    rules: parseRuleOptions(o.rule, ui),
    maxFileSize: parseSizeOption(o.maxFileSize, ui),
    timeoutMs: parseTimeout(o.timeout, ui),
    maxMemoryMb: parseMemory(o.maxMemory, ui),
  };
  const concurrency = parseConcurrency(o.concurrency, ui);
  const maxWarnings = parseMaxWarnings(o.maxWarnings, ui);
  const formats = parseFormats(o.format, formatterNames, ui);
  const resolver = new ConfigResolver(new ConfigLoader(), overrides);
  const cwdConfig = resolver.forDirectory(cwd);
  ui = locale ?? cwdConfig.locale;

  if (o.printConfig) {
    const target = resolve(cwd, o.printConfig);
    const config = resolver.forDirectory(dirname(target));
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
  for (const path of expanded.ignoredExplicit) cliIo().stderr.write(`reportlint: ${cliMessage('ignoredExplicit', ui, { path })}\n`);

  // Standard input (if asked for) comes first, then the files in argument order.
  const jobs: Job[] = [];
  if (stdinCount) {
    const name = o.stdinFilename ? resolve(cwd, o.stdinFilename) : '<stdin>';
    const config = resolver.forDirectory(o.stdinFilename ? dirname(name) : cwd);
    jobs.push({ filePath: name, bytes: await readStdin(), config });
  }
  const configIgnores = new Map<EffectiveConfig, IgnoreMatcher>();
  for (const file of expanded.files) {
    const config = resolver.forDirectory(dirname(file.path));
    if (!file.explicit && config.ignorePatterns.length) {
      let matcher = configIgnores.get(config);
      if (!matcher) configIgnores.set(config, (matcher = new IgnoreMatcher(config.ignorePatterns, configBaseDir(config, cwd))));
      if (matcher.ignores(file.path, file.root)) continue;
    }
    jobs.push({ filePath: file.path, config });
  }

  // Rules are loaded here only when some config names rules (to check them before linting anything).
  const configs = resolver.configs();
  if (configs.some((c) => Object.keys(c.rules).length > 0)) {
    const rules = await registeredRules();
    for (const config of configs) validateRules(config, overrides, rules);
  }

  markPhase('config');
  const cache = o.cache ? ResultCache.open(o.cacheLocation ?? DEFAULT_CACHE_NAME, `${toolVersion()}:${codeFingerprint()}`) : undefined;
  const progress = progressReporter(jobs.length, ui);
  const { results, stats } = await runBatch(jobs, {
    concurrency,
    maxMemoryMb: Math.max(...jobs.map((j) => j.config.limits.maxMemoryMb), cwdConfig.limits.maxMemoryMb),
    cache,
    onProgress: progress?.update,
  });
  progress?.clear();
  cache?.save();
  markPhase('lint');

  if (process.env.REPORTLINT_DEBUG) {
    cliIo().stderr.write(`reportlint debug: files=${stats.files} parsed=${stats.parsed} cacheHits=${stats.cacheHits} poolSize=${stats.poolSize} workersStarted=${stats.workersStarted}\n`);
  }

  const shown = o.quiet ? results.map(errorsOnly) : results;
  await writeOutputs(shown, formats, o, ui, cwd);
  markPhase('output');
  if (process.env.TIMING) cliIo().stderr.write(timingTable(results, ui) + phaseLine(results, ui));

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (results.length > 0 && results.every((r) => r.fatal)) return 2;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) {
    cliIo().stderr.write(`reportlint: ${cliMessage('maxWarnings', ui, { count: warnings, max: maxWarnings })}\n`);
    return 1;
  }
  return 0;
}

async function writeOutputs(results: FileResult[], formats: { name: string; file?: string }[], o: LintCliOptions, locale: Locale, cwd: string) {
  const toStdout: string[] = [];
  const toOutputFile: string[] = [];
  for (const request of formats) {
    const formatter = await loadFormatter(request.name);
    const target = request.file ?? o.outputFile;
    const color = !target && (o.color ?? (cliIo().stdout.isTTY === true && !process.env.NO_COLOR));
    // json and stylish never look at the rule list; the others (SARIF's rule table) get it
    const rules = request.name === 'json' || request.name === 'stylish' ? [] : await registeredRules();
    const text = formatter(results, { locale, rules, cwd, color, toolVersion: toolVersion() });
    if (request.file) writeFile(resolve(cwd, request.file), text, locale);
    else if (o.outputFile) toOutputFile.push(text);
    else toStdout.push(text);
  }
  if (o.outputFile && toOutputFile.length) writeFile(resolve(cwd, o.outputFile), toOutputFile.join(''), locale);
  if (toStdout.length) await new Promise<void>((done) => cliIo().stdout.write(toStdout.join(''), () => done()));
}

function writeFile(path: string, text: string, locale: Locale) {
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
    limits: config.limits,
    rules: resolvedRules(rules, config.rules),
  };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of cliIo().stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return new Uint8Array(Buffer.concat(chunks));
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
