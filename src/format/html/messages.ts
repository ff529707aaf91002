// Text of the HTML report and of the `serve` page, zh-CN first. The page script gets the strings it needs as data.
import { formatMessage, type Locale, type Localized } from '../../engine/rule.js';

export const htmlMessages = {
  pageTitle: { 'zh-CN': 'reportlint 审核报告', en: 'reportlint review report' },
  generated: { 'zh-CN': 'reportlint {version} 生成 · {files} 份报告 · {errors} 个错误、{warnings} 个警告、{infos} 个提示', en: 'Made by reportlint {version} · {files} reports · {errors} errors, {warnings} warnings, {infos} infos' },
  overview: { 'zh-CN': '总览', en: 'Overview' },
  colFile: { 'zh-CN': '文件', en: 'File' },
  colUnit: { 'zh-CN': '单位', en: 'Unit' },
  colYear: { 'zh-CN': '年度', en: 'Year' },
  colKind: { 'zh-CN': '类型', en: 'Kind' },
  colScore: { 'zh-CN': '自评得分', en: 'Self-score' },
  colGrade: { 'zh-CN': '等级', en: 'Grade' },
  error: { 'zh-CN': '错误', en: 'Errors' },
  warning: { 'zh-CN': '警告', en: 'Warnings' },
  info: { 'zh-CN': '提示', en: 'Infos' },
  errorOne: { 'zh-CN': '错误', en: 'error' },
  warningOne: { 'zh-CN': '警告', en: 'warning' },
  infoOne: { 'zh-CN': '提示', en: 'info' },
  unreadable: { 'zh-CN': '无法读取', en: 'unreadable' },
  sortHint: { 'zh-CN': '点击列标题排序', en: 'click a column heading to sort' },
  filters: { 'zh-CN': '筛选', en: 'Filter' },
  severity: { 'zh-CN': '级别', en: 'Severity' },
  rules: { 'zh-CN': '规则', en: 'Rules' },
  allRules: { 'zh-CN': '全部', en: 'all' },
  noRules: { 'zh-CN': '不选', en: 'none' },
  findings: { 'zh-CN': '问题清单（{count}）', en: 'Findings ({count})' },
  noFindings: { 'zh-CN': '未发现问题', en: 'No findings' },
  beforeHeadings: { 'zh-CN': '标题之前（封面、标题）', en: 'Before the first heading (cover, title)' },
  unplaced: { 'zh-CN': '以下问题针对整个文件，未在正文中标注：', en: 'These findings concern the whole file and are not marked in the text:' },
  lineColumn: { 'zh-CN': '第 {line} 行第 {column} 列', en: 'line {line}, column {column}' },
  ruleDoc: { 'zh-CN': '规则说明：{rule}', en: 'rule documentation: {rule}' },
  backToTop: { 'zh-CN': '回到总览', en: 'back to the overview' },
  document: { 'zh-CN': '报告正文', en: 'Report text' },
  noDocument: { 'zh-CN': '（文件未能读取，没有正文可显示）', en: '(the file could not be read; there is no text to show)' },
  shownOf: { 'zh-CN': '显示 {shown} / {total} 个问题', en: 'showing {shown} of {total} findings' },
  // serve
  appTitle: { 'zh-CN': 'reportlint 报告审核', en: 'reportlint report review' },
  appIntro: { 'zh-CN': '把自评报告（.docx、.md、.xlsx）拖到这里，或点击选择文件。文件只在内存中检查，不会保存。', en: 'Drop self-evaluation reports (.docx, .md, .xlsx) here or click to choose files. Files are checked in memory and never stored.' },
  choose: { 'zh-CN': '选择文件', en: 'Choose files' },
  check: { 'zh-CN': '开始检查', en: 'Check' },
  checking: { 'zh-CN': '正在检查……', en: 'Checking…' },
  chosen: { 'zh-CN': '已选择 {count} 个文件', en: '{count} files chosen' },
  severities: { 'zh-CN': '本次会话的规则级别', en: 'Rule severities for this session' },
  severitiesHint: { 'zh-CN': '只影响本页面的检查，不写入任何配置文件。', en: 'Applies to checks from this page only; no config file is written.' },
  sevDefault: { 'zh-CN': '默认', en: 'default' },
  sevOff: { 'zh-CN': '关闭', en: 'off' },
  downloads: { 'zh-CN': '下载', en: 'Download' },
  dlAnnotated: { 'zh-CN': '带批注的 .docx', en: 'annotated .docx' },
  dlXlsx: { 'zh-CN': '问题清单 .xlsx', en: 'findings .xlsx' },
  dlLetter: { 'zh-CN': '审核意见函', en: 'review letter' },
  failed: { 'zh-CN': '检查失败：{reason}', en: 'check failed: {reason}' },
  // server answers
  tooLarge: { 'zh-CN': '文件 “{name}” 超过大小上限 {limit}，未检查', en: 'file "{name}" is larger than the limit of {limit} and was not checked' },
  tooMany: { 'zh-CN': '一次最多上传 {max} 个文件', en: 'at most {max} files per upload' },
  bodyTooLarge: { 'zh-CN': '上传内容超过上限 {limit}', en: 'the upload is larger than the limit of {limit}' },
  noUpload: { 'zh-CN': '没有收到文件：请用 multipart/form-data 上传（字段名 files）', en: 'no file received: upload with multipart/form-data (field name "files")' },
  badRules: { 'zh-CN': '规则设置无效：{detail}', en: 'invalid rule settings: {detail}' },
  notAvailable: { 'zh-CN': '此下载尚不可用：{what} 还未实现', en: 'this download is not available yet: {what} is not implemented' },
  notDocx: { 'zh-CN': '“{name}” 不是 .docx 文件，只能为 .docx 生成带批注的副本', en: '"{name}" is not a .docx file; annotated copies are made for .docx only' },
  notFoundPage: { 'zh-CN': '没有这个页面', en: 'no such page' },
} satisfies Record<string, Localized>;

export type HtmlMessageId = keyof typeof htmlMessages;

export function htmlMessage(id: HtmlMessageId, locale: Locale, data?: Record<string, string | number>): string {
  return formatMessage(htmlMessages[id][locale], data);
}
