// Text the command line itself prints (usage errors, fatal read outcomes it decides, summaries), zh-CN and en.
import { formatMessage, type Locale, type Localized } from './locale.js';

const cliMessages = {
  configError: {
    'zh-CN': '配置有误：{detail}',
    en: 'configuration error: {detail}',
  },
  readFailedCommand: {
    'zh-CN': '{path}：{reason}',
    en: '{path}: {reason}',
  },
  usageHint: {
    'zh-CN': '运行 reportlint --help 查看用法',
    en: 'run reportlint --help for usage',
  },
  noFiles: {
    'zh-CN': '没有给出要检查的文件：reportlint [选项] <文件、文件夹或通配符…>（或用 --stdin 从标准输入读取）',
    en: 'no files to check: reportlint [options] <files, folders or globs…> (or --stdin to read standard input)',
  },
  noMatch: {
    'zh-CN': '“{pattern}” 没有匹配到任何报告文件（.docx、.xlsx、.md、.markdown、.txt、.doc 等；或全部被忽略规则排除）',
    en: '"{pattern}" matched no report file (.docx, .xlsx, .md, .markdown, .txt, .doc …; or all matches are ignored)',
  },
  notFound: {
    'zh-CN': '找不到文件或文件夹：{path}',
    en: 'no such file or folder: {path}',
  },
  badOption: {
    'zh-CN': '选项 {option} 的值 “{value}” 无效：{allowed}',
    en: 'option {option}: "{value}" is not valid: {allowed}',
  },
  unknownFormat: {
    'zh-CN': '未知的输出格式 “{name}”，可用：{known}',
    en: 'unknown output format "{name}"; available: {known}',
  },
  stdinTwice: {
    'zh-CN': '标准输入只能读取一次（“-” 或 --stdin 只能出现一次）',
    en: 'standard input can be read only once ("-" or --stdin once)',
  },
  unexpected: {
    'zh-CN': 'reportlint 意外出错：{reason}。请把命令和输入文件报告给维护者（设置 REPORTLINT_DEBUG=1 可看到详细信息）',
    en: 'reportlint failed unexpectedly: {reason}. Please report the command and input to the maintainers (REPORTLINT_DEBUG=1 shows details)',
  },
  writeFailed: {
    'zh-CN': '无法写入 {path}：{reason}',
    en: 'cannot write {path}: {reason}',
  },
  tooLarge: {
    'zh-CN': '文件大小 {size}，超过上限 {limit}，未读取。请确认文件是否正确；确需检查时用 --max-file-size 调大上限',
    en: 'the file is {size}, over the {limit} limit, so it was not read. Check it is the right file; use --max-file-size to raise the limit if needed',
  },
  ioError: {
    'zh-CN': '无法读取文件（{reason}）。请确认文件存在且有读取权限',
    en: 'the file could not be read ({reason}). Check that it exists and is readable',
  },
  timeout: {
    'zh-CN': '文档过大或结构异常：{seconds} 秒内未能读完，已停止处理此文件。请在 Word 中打开后另存为新的 .docx（删除多余的图片、嵌入对象或超大表格）再检查；确属正常的大文件可用 --timeout 延长时限',
    en: 'the document is too large or malformed: it could not be read within {seconds} s, so processing stopped. Open it in Word and save it as a new .docx (remove large images, embedded objects or huge tables), then check again; for a genuinely large file raise --timeout',
  },
  outOfMemory: {
    'zh-CN': '文档过大或结构异常：读取时内存超过 {mb} MB 上限，已停止处理此文件。请在 Word 中打开后另存为新的 .docx（删除多余的图片、嵌入对象或超大表格）再检查',
    en: 'the document is too large or malformed: reading it needed more than the {mb} MB memory limit, so processing stopped. Open it in Word and save it as a new .docx (remove large images, embedded objects or huge tables), then check again',
  },
  workerCrashed: {
    'zh-CN': '处理此文件时读取进程异常退出（{reason}），已跳过。请在 Word 中另存为新的 .docx 后重试；如仍出错请报告给维护者',
    en: 'the reading process stopped unexpectedly on this file ({reason}), so it was skipped. Save it as a new .docx in Word and try again; report it to the maintainers if it persists',
  },
  readerFailed: {
    'zh-CN': '无法解析此文件（读取器内部错误）。请在 Word 中另存为新的 .docx 后重试；如仍出错请把文件报告给维护者',
    en: 'the file could not be parsed (internal reader error). Save it as a new .docx in Word and try again; report the file to the maintainers if it persists',
  },
  ruleTimeout: {
    'zh-CN': '超过 {seconds} 秒仍未结束',
    en: 'it did not finish within {seconds} s',
  },
  summary: {
    'zh-CN': '✖ {total} 个问题（{errors} 个错误，{warnings} 个警告，{infos} 条提示）',
    en: '✖ {total} {problemWord} ({errors} {errorWord}, {warnings} {warningWord}, {infos} info)',
  },
  maxWarnings: {
    'zh-CN': '警告数 {count} 超过了 --max-warnings {max} 的上限',
    en: 'reportlint found too many warnings ({count}; --max-warnings is {max})',
  },
  progress: {
    'zh-CN': '已检查 {done}/{total} 个文件',
    en: 'checked {done}/{total} files',
  },
  timingTitle: {
    'zh-CN': '规则',
    en: 'Rule',
  },
  timingTime: {
    'zh-CN': '耗时 (ms)',
    en: 'Time (ms)',
  },
  timingRelative: {
    'zh-CN': '占比',
    en: 'Relative',
  },
  timingPhases: {
    'zh-CN': '阶段 (ms)：模块加载 {loading} | 配置 {config} | 读取 {read} | 规则 {rules} | 输出 {output}（读取与规则为各文件合计，共 {files} 个文件，检查墙钟 {lint}；检查线程自启动至加载完毕 {worker}，与主线程的加载和配置同时进行）',
    en: 'Phases (ms): module loading {loading} | config {config} | reading {read} | rules {rules} | output {output} (reading and rules summed over {files} files; linting wall {lint}; the worker thread took {worker} from its start to its modules loaded, alongside the main thread\'s loading and config)',
  },
  timingParse: {
    'zh-CN': '（解析）',
    en: '(parse)',
  },
  rulesHeader: {
    'zh-CN': '规则 | 默认级别 | 说明 | 文档',
    en: 'rule | default | description | doc',
  },
  formatsNeedFiles: {
    'zh-CN': '有多个输出格式（{names}）都要写入 -o {file}，会混在同一个文件里。请给每个格式指定自己的文件，如 --format json:out.json --format csv:out.csv',
    en: 'several formats ({names}) would all be written to -o {file}, mixed in one file. Give each format its own file, e.g. --format json:out.json --format csv:out.csv',
  },
  quietHidden: {
    'zh-CN': '（--quiet 只显示错误，这 {count} 个警告未列出；去掉 --quiet 可查看）',
    en: ' (--quiet shows errors only, so these {count} warnings were not listed; run without --quiet to see them)',
  },
  unknownProfile: {
    'zh-CN': '未知的报告模板 “{name}”，可用：{known}',
    en: 'unknown report template "{name}"; available: {known}',
  },
  pathShadowsCommand: {
    'zh-CN': '“{name}” 既是子命令名，也是当前文件夹中的文件或文件夹；它不在第一个参数的位置，已按要检查的路径处理。要运行 {name} 子命令，请把它写在最前面：reportlint {name} …',
    en: '"{name}" is both a subcommand and a file or folder here; as it is not the first argument it was taken as a path to check. To run the {name} subcommand, put it first: reportlint {name} …',
  },
  commandShadowsPath: {
    'zh-CN': '已运行子命令 {name}；当前文件夹中也有名为 “{name}” 的文件或文件夹，要检查它请写作 ./{name}',
    en: 'ran the {name} subcommand; there is also a file or folder named "{name}" here: to check it, write ./{name}',
  },
  ignoredExplicit: {
    'zh-CN': '已按忽略规则跳过：{path}',
    en: 'skipped (matches an ignore pattern): {path}',
  },
  skippedInFolder: {
    'zh-CN': '文件夹中有 {count} 个文件未检查：{files}（PDF、旧版 .xls 无法检查，请提交 .docx / .xlsx 原件；“~$”开头的是 Office 打开文档时生成的临时文件）',
    en: '{count} files in the folder were not checked: {files} (PDF and legacy .xls cannot be checked: submit the .docx / .xlsx original; "~$" files are Office lock files)',
  },
} satisfies Record<string, Localized>;

export type CliMessageId = keyof typeof cliMessages;

export function cliMessage(id: CliMessageId, locale: Locale, data?: Record<string, string | number>): string {
  return formatMessage(cliMessages[id][locale], data);
}

export function cliLocalized(id: CliMessageId, data?: Record<string, string | number>): Localized {
  return { 'zh-CN': cliMessage(id, 'zh-CN', data), en: cliMessage(id, 'en', data) };
}
