// Text for limits and input faults: time and memory limits, files that cannot be opened, standard input, the cache,
// folder walks. zh-CN first. Where the advice differs for a Word file and a text file, both variants are here.
import { formatMessage, type Locale, type Localized } from './locale.js';

export const limitMessages = {
  adviceDocx: {
    'zh-CN': '请在 Word 中打开后另存为新的 .docx（删除多余的图片、嵌入对象或超大表格）再检查。',
    en: 'Open it in Word and save it as a new .docx (remove large images, embedded objects or huge tables), then check again. ',
  },
  adviceText: {
    'zh-CN': '请确认这是正常的报告文本（没有超长的行、数字或嵌套），必要时删去异常部分再检查。',
    en: 'Check that this is ordinary report text (no extremely long lines, numbers or nesting); remove the abnormal part if needed, then check again. ',
  },
  timeoutRead: {
    'zh-CN': '文档过大或结构异常：读取 {elapsed} 后仍未读完，超过每个文件 {limit}的时限，已停止处理此文件。{advice}确属正常的大文件可用 --timeout 延长时限',
    en: 'the document is too large or malformed: it was still being read after {elapsed}, over the {limit} limit per file, so processing stopped. {advice}For a genuinely large file raise --timeout',
  },
  timeoutRule: {
    'zh-CN': '此文件的检查超过每个文件 {limit}的时限（读取和全部规则合计），已停止：读取用时 {read}，超时发生在规则 {rule} 运行时（已运行 {elapsed}）。请把此文件报告给 reportlint 维护者；确属正常的大文件可用 --timeout 延长时限',
    en: 'checking this file took longer than the {limit} limit per file (reading and all rules together), so it stopped: reading took {read}, and the limit ran out while rule {rule} ran (for {elapsed}). Please report this file to the reportlint maintainers; for a genuinely large file raise --timeout',
  },
  timeoutStart: {
    'zh-CN': '检查线程未能在 {limit} 内启动（机器过于繁忙？），此文件未检查。请稍后重试',
    en: 'the checking thread did not start within {limit} (is the machine overloaded?), so this file was not checked. Try again later',
  },
  outOfMemory: {
    'zh-CN': '文档过大或结构异常：{phase}时内存超过 {mb} MB 上限，已停止处理此文件。{advice}确属正常的大文件可用 --max-memory 调大上限',
    en: 'the document is too large or malformed: {phase} needed more than the {mb} MB memory limit, so processing stopped. {advice}For a genuinely large file raise --max-memory',
  },
  phaseRead: { 'zh-CN': '读取', en: 'reading it' },
  phaseRule: { 'zh-CN': '运行规则 {rule} ', en: 'rule {rule}' },
  phaseRender: { 'zh-CN': '生成显示内容', en: 'rendering it' },
  workerCrashed: {
    'zh-CN': '处理此文件时检查线程异常退出（{reason}），已跳过。{advice}如仍出错请报告给维护者',
    en: 'the checking thread stopped unexpectedly on this file ({reason}), so it was skipped. {advice}Report it to the maintainers if it persists',
  },
  tooLarge: {
    'zh-CN': '文件大小 {size}，超过上限 {limit}，未读取。请确认文件是否正确；确需检查时用 --max-file-size 调大上限',
    en: 'the file is {size}, over the {limit} limit, so it was not read. Check it is the right file; use --max-file-size to raise the limit if needed',
  },
  stdinTooLarge: {
    'zh-CN': '标准输入超过上限 {limit}，已停止读取，未检查。确需检查时用 --max-file-size 调大上限',
    en: 'standard input is over the {limit} limit, so reading stopped and nothing was checked. Use --max-file-size to raise the limit if needed',
  },
  stdinFailed: {
    'zh-CN': '无法读取标准输入（{reason}）',
    en: 'standard input could not be read ({reason})',
  },
  notFound: {
    'zh-CN': '找不到此文件。请确认路径和文件名（含扩展名）是否正确',
    en: 'there is no such file. Check the path and the file name (with its extension)',
  },
  noPermission: {
    'zh-CN': '没有读取此文件的权限。请确认文件权限，或把文件复制到有权限的位置再检查',
    en: 'there is no permission to read this file. Check its permissions, or copy it somewhere readable and check the copy',
  },
  isDirectory: {
    'zh-CN': '这是文件夹，不是文件。要检查文件夹中的全部报告，请直接把文件夹交给 reportlint 检查（reportlint 文件夹名）',
    en: 'this is a folder, not a file. To check every report in it, give the folder to the lint command (reportlint FOLDER)',
  },
  notRegular: {
    'zh-CN': '这不是普通文件（{kind}），为安全起见未打开。请把报告保存为普通文件后再检查；要从管道读取请用 --stdin',
    en: 'this is not a regular file ({kind}), so it was not opened. Save the report as a regular file and check that; to read from a pipe use --stdin',
  },
  kindFifo: { 'zh-CN': '命名管道 FIFO', en: 'a named pipe (FIFO)' },
  kindDevice: { 'zh-CN': '设备文件', en: 'a device file' },
  kindSocket: { 'zh-CN': '套接字', en: 'a socket' },
  kindOther: { 'zh-CN': '特殊文件', en: 'a special file' },
  symlinkLoop: {
    'zh-CN': '符号链接形成循环（或层数过多），无法打开。请检查这个链接指向哪里',
    en: 'the symbolic link forms a loop (or too many levels of links), so it cannot be opened. Check where the link points',
  },
  nameTooLong: {
    'zh-CN': '路径或文件名过长，无法打开。请把文件移到较短的路径下或改短文件名',
    en: 'the path or file name is too long to open. Move the file to a shorter path or shorten its name',
  },
  tooManyOpen: {
    'zh-CN': '同时打开的文件过多，系统拒绝打开此文件。请减少同时运行的程序后重试',
    en: 'too many files are open at once, so the system refused to open this one. Close other programs and try again',
  },
  diskError: {
    'zh-CN': '读取时磁盘或网络盘出错（{code}）。请把文件复制到本地磁盘后再检查',
    en: 'a disk or network-drive error occurred while reading ({code}). Copy the file to a local disk and check the copy',
  },
  ioOther: {
    'zh-CN': '无法读取此文件（系统错误 {code}）。请确认文件存在且有读取权限',
    en: 'the file could not be read (system error {code}). Check that it exists and is readable',
  },
  folderUnreadable: {
    'zh-CN': '无法读取此文件夹（{reason}），其中的报告未检查。请确认文件夹权限',
    en: 'this folder could not be read ({reason}), so the reports in it were not checked. Check the folder permissions',
  },
  reasonPermission: { 'zh-CN': '没有权限', en: 'no permission' },
  folderLoop: {
    'zh-CN': '已跳过 {path}：这个符号链接指向已在检查中的文件夹（循环）',
    en: 'skipped {path}: this symbolic link points to a folder already being walked (a loop)',
  },
  cacheUnreadable: {
    'zh-CN': '无法读取缓存 {path}（{reason}），本次不使用缓存，全部重新检查',
    en: 'the cache {path} could not be read ({reason}); it is not used this time and every file is checked',
  },
  cacheUnwritable: {
    'zh-CN': '无法写入缓存 {path}（{reason}），检查结果已照常输出，但未缓存',
    en: 'the cache {path} could not be written ({reason}); the results are printed as usual but not cached',
  },
  cacheDamaged: {
    'zh-CN': '缓存 {path} 中有 {count} 条记录已损坏，已忽略并重新检查相应文件',
    en: '{count} entries of the cache {path} are damaged; they were ignored and those files checked again',
  },
  nestingTooDeep: {
    'zh-CN': '文档结构异常：{what}嵌套层级超过 {max} 层（正常报告不会这样），为安全起见拒绝读取。{advice}',
    en: 'the document is malformed: {what} is nested more than {max} levels deep (no genuine report is), so it was refused for safety. {advice}',
  },
} satisfies Record<string, Localized>;

export type LimitMessageId = keyof typeof limitMessages;

export function limitMessage(id: LimitMessageId, locale: Locale, data?: Record<string, string | number>): string {
  return formatMessage(limitMessages[id][locale], data);
}

export function limitLocalized(id: LimitMessageId, data?: Record<string, string | number> | ((locale: Locale) => Record<string, string | number>)): Localized {
  const at = (locale: Locale) => limitMessage(id, locale, typeof data === 'function' ? data(locale) : data);
  return { 'zh-CN': at('zh-CN'), en: at('en') };
}

/** "1 毫秒", "1.5 秒", "2 分 30 秒" (never "0 秒" for a positive duration). */
export function formatDuration(ms: number, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (ms < 1000) return zh ? `${Math.max(0, Math.round(ms))} 毫秒` : `${Math.max(0, Math.round(ms))} ms`;
  if (ms < 60_000) {
    const s = Math.round(ms / 100) / 10;
    return zh ? `${s} 秒` : `${s} s`;
  }
  const minutes = Math.floor(ms / 60_000);
  const s = Math.round((ms - minutes * 60_000) / 1000);
  return zh ? `${minutes} 分${s ? ` ${s} 秒` : '钟'}` : `${minutes} min${s ? ` ${s} s` : ''}`;
}
