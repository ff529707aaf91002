// Text of the reviewer's artefacts: Word comments, the findings spreadsheet and CSV, the 审核意见 letter, the
// Markdown annotations and the people's terminal format (stylish). zh-CN first.
import { formatMessage, type Locale, type Localized } from './locale.js';

/** A finding's severity (as engine/rule.ts has it; i18n sits below the engine). */
type Severity = 'error' | 'warning' | 'info';

export const severityWords: Record<Severity, Localized> = {
  error: { 'zh-CN': '错误', en: 'error' },
  warning: { 'zh-CN': '警告', en: 'warning' },
  info: { 'zh-CN': '提示', en: 'info' },
};

export function severityWord(severity: Severity, locale: Locale): string {
  return (severityWords[severity] ?? severityWords.info)[locale];
}

/** Report kinds as doc-info names them, in words a reviewer expects; an unknown code is shown as it is. */
const kindNames: Record<string, Localized> = {
  department: { 'zh-CN': '部门整体支出', en: 'department-wide spending' },
  project: { 'zh-CN': '项目支出', en: 'project spending' },
  table: { 'zh-CN': '自评表', en: 'self-evaluation table' },
};

export function reportKindName(kind: string | undefined, locale: Locale): string | undefined {
  return kind && (kindNames[kind]?.[locale] ?? kind);
}

export const reviewMessages = {
  commentHead: { 'zh-CN': '【{severity}】{rule}', en: '[{severity}] {rule}' },
  commentSection: { 'zh-CN': '章节：{section}', en: 'Section: {section}' },
  markdownComment: { 'zh-CN': '审核意见【{severity}】{rule}（第 {line} 行）：{message}', en: 'review [{severity}] {rule} (line {line}): {message}' },
  // CSV / xlsx
  colFile: { 'zh-CN': '文件', en: 'file' },
  colTitle: { 'zh-CN': '标题', en: 'title' },
  colUnit: { 'zh-CN': '单位', en: 'unit' },
  colYear: { 'zh-CN': '年度', en: 'year' },
  colKind: { 'zh-CN': '报告类型', en: 'report kind' },
  colSelfScore: { 'zh-CN': '自评得分', en: 'self-score' },
  colGrade: { 'zh-CN': '等级', en: 'grade' },
  colErrors: { 'zh-CN': '错误数', en: 'errors' },
  colWarnings: { 'zh-CN': '警告数', en: 'warnings' },
  colInfos: { 'zh-CN': '提示数', en: 'infos' },
  colUnreadable: { 'zh-CN': '无法读取原因', en: 'not readable because' },
  colSection: { 'zh-CN': '章节', en: 'section' },
  colLine: { 'zh-CN': '行', en: 'line' },
  colColumn: { 'zh-CN': '列', en: 'column' },
  colSeverity: { 'zh-CN': '级别', en: 'severity' },
  colRule: { 'zh-CN': '规则', en: 'rule' },
  colMessage: { 'zh-CN': '问题说明', en: 'message' },
  colExcerpt: { 'zh-CN': '原文摘录', en: 'excerpt' },
  sheetSummary: { 'zh-CN': '汇总', en: '汇总 (summary)' },
  sheetFindings: { 'zh-CN': '问题清单', en: '问题清单 (findings)' },
  // letter
  letterTitle: { 'zh-CN': '预算绩效自评报告审核意见', en: 'Review of the budget-performance self-evaluation report' },
  letterTo: { 'zh-CN': '{unit}：', en: 'To: {unit}' },
  letterUnknownUnit: { 'zh-CN': '报送单位', en: 'the reporting unit' },
  letterReport: { 'zh-CN': '审核报告：{title}', en: 'Report reviewed: {title}' },
  letterIntro: {
    'zh-CN': '经审核，你单位报送的自评报告存在以下问题（{errors} 处错误，{warnings} 处警告），请逐项核实、修改后重新报送。',
    en: 'The report you submitted has the following problems ({errors} errors, {warnings} warnings). Please check and correct each one and resubmit the report.',
  },
  letterIntroInfos: { 'zh-CN': '另有 {infos} 条提示供参考。', en: 'There are also {infos} notes for reference.' },
  letterClean: { 'zh-CN': '经审核，未发现需要修改的问题。', en: 'No problems requiring correction were found.' },
  letterUnreadable: { 'zh-CN': '报告无法读取：{reason}', en: 'The report could not be read: {reason}' },
  letterWholeDocument: { 'zh-CN': '全文', en: 'Whole document' },
  letterExcerpt: { 'zh-CN': '原文：“{excerpt}”', en: 'Text: “{excerpt}”' },
  letterRule: { 'zh-CN': '（{severity}，规则 {rule}）', en: ' ({severity}, rule {rule})' },
  letterSignature: { 'zh-CN': '审核单位：＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日', en: 'Reviewed by: ____________    Date: ____________' },
  // stylish
  fileCount: {
    'zh-CN': '{errors} 个错误，{warnings} 个警告，{infos} 条提示',
    en: '{errors} errors, {warnings} warnings, {infos} infos',
  },
  batchSummary: {
    'zh-CN': '共检查 {files} 个文件：{clean} 个无问题，{withErrors} 个有错误，{unreadable} 个无法读取，{skipped} 个已跳过',
    en: '{files} files checked: {clean} clean, {withErrors} with errors, {unreadable} unreadable, {skipped} skipped',
  },
  binaryNeedsFile: {
    'zh-CN': '{name} 格式输出的是文件，请用 --output-file 文件名 或 --format {name}:文件名 指定写入位置',
    en: 'the {name} format is a file: give it one with --output-file FILE or --format {name}:FILE',
  },
  annotateSuffix: { 'zh-CN': '审核意见', en: '审核意见' },
  letterSuffix: { 'zh-CN': '审核意见函', en: '审核意见函' },
  annotateWritten: { 'zh-CN': '已写入 {path}（{count} 条批注）', en: 'wrote {path} ({count} comments)' },
  letterWritten: { 'zh-CN': '已写入 {path}', en: 'wrote {path}' },
  annotateUnreadable: {
    'zh-CN': '{path} 无法加批注：{reason}',
    en: '{path} could not be annotated: {reason}',
  },
  excerptLabel: { 'zh-CN': '原文', en: 'text' },
} satisfies Record<string, Localized>;

export type ReviewMessageId = keyof typeof reviewMessages;

export function reviewText(id: ReviewMessageId, locale: Locale, data?: Record<string, string | number>): string {
  return formatMessage(reviewMessages[id][locale], data);
}
