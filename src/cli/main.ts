// Command-line entry: `reportlint [options] <files…>` plus `print`, `tree` and `rules`. Every failure ends as one
// clear line and exit code 2; no stack trace reaches the user (REPORTLINT_DEBUG=1 shows them).
import { Command, CommanderError, Option } from 'commander';
import type { Locale } from '../i18n/locale.js';
import { ConfigError } from '../config/rule-settings.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { UsageError } from './usage.js';
import { toolVersion } from './version.js';
import { cliIo, processIo, withCliIo, type CliIo } from './io.js';

/** The language for tool text before options are parsed: --locale if given, else zh-CN. */
function uiLocale(argv: readonly string[]): Locale {
  const i = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const value = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value && value.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function help(ui: Locale, zh: string, en: string) {
  return ui === 'en' ? en : zh;
}

export function buildProgram(ui: Locale, run: { exitCode: number }): Command {
  const h = (zh: string, en: string) => help(ui, zh, en);
  const program = new Command('reportlint');
  program
    .description(h('检查预算绩效自评报告（.docx、Markdown、纯文本）', 'Lint budget-performance self-evaluation reports (.docx, Markdown, text)'))
    .version(toolVersion(), '-v, --version')
    .helpOption('-h, --help', h('显示帮助', 'show help'))
    .enablePositionalOptions()
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeErr: (s) => cliIo().stderr.write(s),
      writeOut: (s) => cliIo().stdout.write(s),
      outputError: (s, write) => write(`reportlint: ${s.replace(/^error: /, '')}`),
    })
    .argument('[files...]', h('文件、文件夹或通配符；“-” 表示标准输入', 'files, folders or globs; "-" reads standard input'))
    .option('-f, --format <name[:file]>', h('输出格式，可重复：stylish json sarif github junit csv；“名称:文件” 写入文件', 'output format, repeatable: stylish json sarif github junit csv; "name:file" writes to a file'), collect, [])
    .option('-o, --output-file <file>', h('把输出写入文件而不是标准输出', 'write the output to a file instead of standard output'))
    .option('--locale <locale>', h('消息语言：zh-CN（默认）或 en', 'message language: zh-CN (default) or en'))
    .option('--profile <name>', h('报告模板，如 部门整体、项目支出', 'report template profile, e.g. 部门整体, 项目支出'))
    .option('-c, --config <file>', h('使用此配置文件（不再向上查找）', 'use this config file (no search)'))
    .option('--rule <id:severity>', h('覆盖规则级别，可重复，如 percent-sum:warning', 'override a rule, repeatable, e.g. percent-sum:warning'), collect, [])
    .option('--print-config <file>', h('显示对该文件生效的配置（JSON）', 'print the effective config for a file (JSON)'))
    .option('--max-warnings <n>', h('警告超过 n 个时以 1 退出', 'exit 1 when there are more than n warnings'))
    .option('--quiet', h('只报告错误', 'report errors only'))
    .option('--color', h('强制彩色输出', 'force colours'))
    .option('--no-color', h('不使用颜色', 'no colours'))
    .option('--ignore-pattern <pattern>', h('忽略匹配的文件（gitignore 语法），可重复', 'ignore matching files (gitignore syntax), repeatable'), collect, [])
    .option('--stdin', h('从标准输入读取一个报告', 'read one report from standard input'))
    .option('--stdin-filename <name>', h('标准输入内容的文件名（用于输出和查找配置）', 'file name for standard input (for output and config lookup)'))
    .option('--concurrency <n>', h('并行线程：auto（默认）、off 或线程数', 'threads: auto (default), off or a number'))
    .option('--cache', h('只检查有变化的文件（结果缓存）', 'only check changed files (result cache)'))
    .option('--cache-location <path>', h('缓存文件或文件夹（默认 .reportlintcache）', 'cache file or folder (default .reportlintcache)'))
    .option('--max-file-size <size>', h('超过此大小的文件不读取（默认 50MB）', 'refuse files bigger than this (default 50MB)'))
    .option('--timeout <duration>', h('每个文件的时限（默认 30s）', 'time limit per file (default 30s)'))
    .option('--year <year>', h('本批报告的评价年度（如 2025）：其他年度的报告报错（batch-year）', 'evaluated year of the batch (e.g. 2025): reports of another year are errors (batch-year)'))
    .option('--max-memory <mb>', h('每个读取线程的内存上限 MB（默认 1024）', 'heap limit per worker thread in MB (default 1024)'))
    .action(async (files: string[], options: Record<string, unknown>) => {
      const { lintCommand } = await import('./lint-command.js');
      run.exitCode = await lintCommand(files, options, ui);
    });

  program
    .command('print')
    .description(h('显示报告的带行号文本（诊断中的行号以此为准）', 'show the numbered text rendering (the lines findings refer to)'))
    .argument('<file>')
    .option('--locale <locale>', h('消息语言', 'message language'))
    .option('--max-file-size <size>', h('文件大小上限', 'file size limit'))
    .action(async (file: string, options: Record<string, unknown>) => {
      const { printCommand } = await import('./show-commands.js');
      run.exitCode = await printCommand(file, options, ui);
    });

  program
    .command('tree')
    .description(h('显示章节树和识别出的自评表', 'show the section tree and the recognised scoring tables'))
    .argument('<file>')
    .addOption(new Option('--format <format>', h('输出格式', 'output format')).choices(['text', 'json']).default('text'))
    .option('--locale <locale>', h('消息语言', 'message language'))
    .option('--max-file-size <size>', h('文件大小上限', 'file size limit'))
    .action(async (file: string, options: Record<string, unknown>) => {
      const { treeCommand } = await import('./show-commands.js');
      run.exitCode = await treeCommand(file, options, ui);
    });

  program
    .command('rules')
    .description(h('列出全部规则', 'list all rules'))
    .addOption(new Option('--format <format>', h('输出格式', 'output format')).choices(['text', 'json']).default('text'))
    .option('--locale <locale>', h('消息语言', 'message language'))
    .action(async (options: Record<string, unknown>) => {
      const { rulesCommand } = await import('./show-commands.js');
      run.exitCode = await rulesCommand(options, ui);
    });

  return program;
}

/**
 * Runs one command line and returns its exit code. `io` replaces the process's streams (tests run the CLI in-process
 * this way); without it the process's own streams are used and uncaught errors end the process with exit 2.
 */
export async function main(argv: readonly string[] = process.argv, io?: CliIo): Promise<number> {
  const ui = uiLocale(argv.slice(2));
  if (!io) {
    installLastResort(ui);
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
  }
  return withCliIo(io ?? processIo(), async () => {
    const run = { exitCode: 0 };
    try {
      await buildProgram(ui, run).parseAsync([...argv]);
      return run.exitCode;
    } catch (error) {
      return reportFailure(error, ui);
    }
  });
}

function reportFailure(error: unknown, ui: Locale): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    // commander has already printed its "error: …" line
    cliIo().stderr.write(`${cliMessage('usageHint', ui)}\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    cliIo().stderr.write(`reportlint: ${error.message}\n${cliMessage('usageHint', ui)}\n`);
    return 2;
  }
  if (error instanceof ConfigError) {
    cliIo().stderr.write(`reportlint: ${cliMessage('configError', ui, { detail: error.message })}\n`);
    return 2;
  }
  return unexpected(error, ui);
}

function unexpected(error: unknown, ui: Locale): number {
  const reason = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
  cliIo().stderr.write(`reportlint: ${cliMessage('unexpected', ui, { reason })}\n`);
  if (process.env.REPORTLINT_DEBUG && error instanceof Error && error.stack) cliIo().stderr.write(`${error.stack}\n`);
  return 2;
}

function installLastResort(ui: Locale) {
  const die = (error: unknown) => {
    unexpected(error, ui);
    process.exit(2);
  };
  process.on('uncaughtException', die);
  process.on('unhandledRejection', die);
}
