// Command-line entry: `reportlint [options] <files…>` plus `print`, `tree` and `rules`. Every failure ends as one
// clear line and exit code 2; no stack trace reaches the user (REPORTLINT_DEBUG=1 shows them).
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { terminalSafe } from '../format/terminal.js';
import { errorZh, helpZh } from './commander-zh.js';
import type { Locale } from '../i18n/locale.js';
import { ConfigError } from '../config/rule-settings.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { UsageError } from './usage.js';
import { toolVersion } from './version.js';
import { cliIo, processIo, withCliIo, type CliIo } from './io.js';
import { startLintWorkerEarly } from './early-start.js';

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
    .version(toolVersion(), '-v, --version', h('显示版本号', 'output the version number'))
    .helpOption('-h, --help', h('显示帮助', 'show help'))
    .helpCommand('help [command]', h('显示子命令的帮助', 'show help for a command'))
    .enablePositionalOptions()
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeErr: (s) => cliIo().stderr.write(s),
      writeOut: (s) => cliIo().stdout.write(ui === 'en' ? s : helpZh(s)),
      outputError: (s, write) => write(`reportlint: ${terminalSafe(ui === 'en' ? s.replace(/^error: /, '') : errorZh(s))}`),
    })
    .argument('[files...]', h('文件、文件夹或通配符；“-” 表示标准输入', 'files, folders or globs; "-" reads standard input'))
    .option('-f, --format <name[:file]>', h('输出格式，可重复：stylish json sarif github junit csv csv-summary xlsx docx-letter html；“名称:文件” 写入文件', 'output format, repeatable: stylish json sarif github junit csv csv-summary xlsx docx-letter html; "name:file" writes to a file'), collect, [])
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
    .option('--no-inline-config', h('不理会报告中关闭检查的指令（审核他人报告时使用；指令仍会列出）', 'ignore the directives in reports that turn checks off (for reviewers; the directives are still listed)'))
    .action(async (files: string[], options: Record<string, unknown>) => {
      const { lintCommand } = await import('./lint-command.js');
      run.exitCode = await lintCommand(files, options, ui);
    });

  // The reviewer's artefacts: lint like the default command, then write one file per report.
  const reviewCommand = (name: string, zh: string, en: string) => program
    .command(name)
    .description(h(zh, en))
    .argument('<files...>', h('文件、文件夹或通配符', 'files, folders or globs'))
    .option('--out-dir <dir>', h('写入此文件夹（默认：原文件旁边）', 'write into this folder (default: beside each input)'))
    .option('--suffix <text>', h('文件名后缀', 'file name suffix'))
    .option('--locale <locale>', h('消息语言：zh-CN（默认）或 en', 'message language: zh-CN (default) or en'))
    .option('--profile <name>', h('报告模板，如 部门整体、项目支出', 'report template profile, e.g. 部门整体, 项目支出'))
    .option('-c, --config <file>', h('使用此配置文件（不再向上查找）', 'use this config file (no search)'))
    .option('--rule <id:severity>', h('覆盖规则级别，可重复', 'override a rule, repeatable'), collect, [])
    .option('--ignore-pattern <pattern>', h('忽略匹配的文件（gitignore 语法），可重复', 'ignore matching files (gitignore syntax), repeatable'), collect, [])
    .option('--concurrency <n>', h('并行线程：auto（默认）、off 或线程数', 'threads: auto (default), off or a number'))
    .option('--max-file-size <size>', h('超过此大小的文件不读取（默认 50MB）', 'refuse files bigger than this (default 50MB)'))
    .option('--timeout <duration>', h('每个文件的时限（默认 30s）', 'time limit per file (default 30s)'));
  reviewCommand('annotate', '为每份报告写一个带批注的副本（<名称>.审核意见.docx；Markdown 中为 HTML 注释）',
    'write a copy of each report with every finding as a comment (<name>.审核意见.docx; HTML comments in Markdown)')
    .action(async (files: string[], options: Record<string, unknown>) => {
      const { annotateCommand } = await import('./review-commands.js');
      run.exitCode = await annotateCommand(files, options, ui);
    });
  reviewCommand('letter', '为每份报告写一份审核意见函（<名称>.审核意见函.docx）', 'write a review letter for each report (<name>.审核意见函.docx)')
    .option('--include-info', h('也列出提示级别的问题', 'list info findings too'))
    .action(async (files: string[], options: Record<string, unknown>) => {
      const { letterCommand } = await import('./review-commands.js');
      run.exitCode = await letterCommand(files, options, ui);
    });

  program
    .command('print')
    .description(h('显示报告的带行号文本（诊断中的行号以此为准）', 'show the numbered text rendering (the lines findings refer to)'))
    .argument('<file>', h('报告文件', 'report file'))
    .option('--locale <locale>', h('消息语言', 'message language'))
    .option('--max-file-size <size>', h('文件大小上限', 'file size limit'))
    .option('--timeout <duration>', h('时限（默认 30s）', 'time limit (default 30s)'))
    .option('--max-memory <mb>', h('内存上限 MB（默认 1024）', 'heap limit in MB (default 1024)'))
    .action(async (file: string, options: Record<string, unknown>) => {
      const { printCommand } = await import('./show-commands.js');
      run.exitCode = await printCommand(file, options, ui);
    });

  program
    .command('tree')
    .description(h('显示章节树和识别出的自评表', 'show the section tree and the recognised scoring tables'))
    .argument('<file>', h('报告文件', 'report file'))
    .addOption(new Option('--format <format>', h('输出格式', 'output format')).choices(['text', 'json']).default('text'))
    .option('--locale <locale>', h('消息语言', 'message language'))
    .option('--max-file-size <size>', h('文件大小上限', 'file size limit'))
    .option('--timeout <duration>', h('时限（默认 30s）', 'time limit (default 30s)'))
    .option('--max-memory <mb>', h('内存上限 MB（默认 1024）', 'heap limit in MB (default 1024)'))
    .action(async (file: string, options: Record<string, unknown>) => {
      const { treeCommand } = await import('./show-commands.js');
      run.exitCode = await treeCommand(file, options, ui);
    });

  program
    .command('serve')
    .description(h('启动本机审核页面：拖入报告查看问题、下载带批注的文档', 'start the local review app: drop reports, see findings, download annotated copies'))
    .option('--port <port>', h('端口（默认 8030；0 表示任选）', 'port (default 8030; 0 picks a free one)'))
    .option('--host <host>', h('绑定地址（默认 127.0.0.1，只有本机可访问）', 'address to bind (default 127.0.0.1: this machine only)'))
    .option('--locale <locale>', h('页面和消息语言', 'page and message language'))
    .option('-c, --config <file>', h('使用此配置文件', 'use this config file'))
    .option('--profile <name>', h('报告模板', 'report template profile'))
    .option('--rule <id:severity>', h('覆盖规则级别，可重复', 'override a rule, repeatable'), collect, [])
    .option('--max-files <n>', h('每次上传的文件数上限（默认 20）', 'most files per upload (default 20)'))
    .option('--max-file-size <size>', h('每个文件的大小上限（默认 50MB）', 'size limit per file (default 50MB)'))
    .option('--timeout <duration>', h('每个文件的时限（默认 30s）', 'time limit per file (default 30s)'))
    .option('--max-memory <mb>', h('每个读取线程的内存上限 MB（默认 1024）', 'heap limit per worker thread in MB (default 1024)'))
    .action(async (options: Record<string, unknown>) => {
      const { serveCommand } = await import('./serve-command.js');
      run.exitCode = await serveCommand(options, ui);
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
    startLintWorkerEarly(argv);
    installLastResort(ui);
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
  }
  return withCliIo(io ?? processIo(), async () => {
    const run = { exitCode: 0 };
    try {
      const program = buildProgram(ui, run);
      await program.parseAsync(pathsBeforeCommands(program, [...argv], ui));
      return run.exitCode;
    } catch (error) {
      return reportFailure(error, ui);
    }
  });
}

/**
 * Subcommands (`rules`, `print`, `tree`) have one unambiguous form: the first argument. A subcommand name after
 * options (`reportlint --format json rules`) that also exists as a path here is that path: a CI job over a folder
 * called rules must lint it, not list the rules and pass. It is rewritten to ./name, with a warning; a first
 * argument that is also a path here runs the subcommand, with a warning saying how to lint the path.
 */
export function pathsBeforeCommands(program: Command, argv: string[], ui: Locale): string[] {
  const commands = new Set(program.commands.map((c) => c.name()));
  const takesValue = new Set(program.options.filter((o) => o.required || o.optional).flatMap((o) => [o.short, o.long].filter(Boolean) as string[]));
  for (let i = 2; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') return argv;
    if (token.startsWith('-') && token !== '-') {
      if (!token.includes('=') && takesValue.has(token)) i++;
      continue;
    }
    if (commands.has(token) && existsSync(resolve(token))) {
      if (i === 2) {
        cliIo().stderr.write(`reportlint: ${cliMessage('commandShadowsPath', ui, { name: token })}\n`);
        return argv;
      }
      cliIo().stderr.write(`reportlint: ${cliMessage('pathShadowsCommand', ui, { name: token })}\n`);
      return [...argv.slice(0, i), `.${sep}${token}`, ...argv.slice(i + 1)];
    }
    return argv;
  }
  return argv;
}

function reportFailure(error: unknown, ui: Locale): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    // commander has already printed its "error: …" line
    cliIo().stderr.write(`${cliMessage('usageHint', ui)}\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    cliIo().stderr.write(`reportlint: ${terminalSafe(error.message)}\n${cliMessage('usageHint', ui)}\n`);
    return 2;
  }
  if (error instanceof ConfigError) {
    cliIo().stderr.write(`reportlint: ${terminalSafe(cliMessage('configError', ui, { detail: error.text?.[ui] ?? error.message }))}\n`);
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
