// Who and what a report is about, read from its title/cover: evaluated year, unit, report kind, the unit's
// administrative level and the report date. Rules (fiscal-year, admin-level, required-sections) and the CLI's CSV
// summary share it through `docInfo(doc)`.
import { normalizeDigits } from './digits.js';
import type { LintDocument } from './document.js';
import type { ParagraphNode, TextNode } from './types.js';

export type ReportKind = 'department' | 'project' | 'table' | 'unknown';

/** Administrative levels a reporting unit can belong to, as written in its name. */
export type AdminLevel = '省' | '市' | '州' | '盟' | '区' | '县' | '旗' | '乡' | '镇' | '街道';

export interface TextSpan {
  node: TextNode;
  start: number;
  end: number;
}

export interface ReportDate extends TextSpan {
  year: number;
  month: number;
  day: number;
}

export interface DocInfo {
  /** Evaluated (budget) year, e.g. 2025 from "2025年度整体支出绩效自评报告". */
  year?: number;
  yearSpan?: TextSpan;
  /** Reporting unit, e.g. "鹿泉区科协". */
  unit?: string;
  /** Project name of a 项目支出 report, e.g. "农村饮水安全工程维修养护项目". */
  project?: string;
  kind: ReportKind;
  /** The words that decided the kind, e.g. "整体支出绩效自评报告". */
  kindLabel?: string;
  /** Administrative level of the unit (the most specific place in its name). */
  level?: AdminLevel;
  /** The place that gave the level, e.g. "鹿泉区". */
  place?: string;
  reportDate?: ReportDate;
}

export function docInfo(doc: LintDocument): DocInfo {
  return doc.memo('doc-info', () => computeDocInfo(doc));
}

const TITLE_MAX = 90;
const YEAR_RE = /((?:19|20)\d{2})\s*年(度)?(?!\s*\d{1,2}\s*月)/;
const REPORT_WORDS = /(绩效|自评|评价|决算|预算|报告|自评表)/;

function computeDocInfo(doc: LintDocument): DocInfo {
  const candidates = titleCandidates(doc);
  const info: DocInfo = { kind: 'unknown' };

  const titleLine = candidates.find((n) => REPORT_WORDS.test(n.text) && /(报告|自评表|评价表)/.test(n.text))
    ?? candidates.find((n) => REPORT_WORDS.test(n.text));
  const titleText = candidates.map((n) => n.text).join('');

  const kind = reportKind(titleLine ? joinedTitle(candidates, titleLine) : titleText);
  info.kind = kind.kind;
  if (kind.label) info.kindLabel = kind.label;

  for (const node of orderedForYear(candidates, titleLine)) {
    const field = /(评价年度|预算年度|所属年度|年度)\s*[:：]\s*((?:19|20)\d{2})/.exec(asciiDigits(node.text));
    const m = field ?? YEAR_RE.exec(asciiDigits(node.text));
    if (!m) continue;
    const digits = field ? m[2]! : m[1]!;
    const start = m.index + m[0].indexOf(digits);
    info.year = Number(digits);
    info.yearSpan = { node, start, end: start + digits.length };
    break;
  }

  const projectField = candidates.map((n) => /项目名称\s*[:：]\s*([^\s:：，。]{2,60})/.exec(n.text)).find(Boolean);
  let unit = unitName(candidates, titleLine);
  if (projectField) info.project = projectField[1]!;
  // "正定县农村饮水安全工程维修养护项目2025年度项目支出绩效自评报告": the words before the year name the project.
  if (unit && /项目$/.test(unit) && !UNIT_FIELD.test(candidates.map((n) => n.text).join('\n'))) {
    info.project ??= unit;
    const place = adminPlace(unit);
    if (place) { info.level = place.level; info.place = place.place; }
    unit = undefined;
  }
  if (unit) {
    info.unit = unit;
    const place = adminPlace(unit);
    if (place) {
      info.level = place.level;
      info.place = place.place;
    }
  }

  const date = findReportDate(doc, candidates);
  if (date) info.reportDate = date;
  return info;
}

/** Short title/cover paragraphs before the first heading (long preamble sentences are not title text). */
function titleCandidates(doc: LintDocument): ParagraphNode[] {
  const nodes = doc.root.data.titleNodes.length ? doc.root.data.titleNodes : firstParagraphs(doc);
  return nodes.filter((n) => n.text.trim().length > 0 && n.text.trim().length <= TITLE_MAX && !/[。；]$/.test(n.text.trim()));
}

function firstParagraphs(doc: LintDocument): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  for (const child of doc.root.children) {
    if (child.type !== 'paragraph') break;
    out.push(child);
    if (out.length >= 8) break;
  }
  return out;
}

/** A title split over lines ("鹿泉区科协部门" / "2025年度整体支出绩效自评报告") read as one. */
function joinedTitle(candidates: ParagraphNode[], titleLine: ParagraphNode): string {
  const i = candidates.indexOf(titleLine);
  const before = i > 0 && !/[:：]/.test(candidates[i - 1]!.text) ? candidates[i - 1]!.text.trim() : '';
  return before + titleLine.text.trim();
}

function orderedForYear(candidates: ParagraphNode[], titleLine: ParagraphNode | undefined): ParagraphNode[] {
  if (!titleLine) return candidates;
  const i = candidates.indexOf(titleLine);
  return [titleLine, ...(i > 0 ? [candidates[i - 1]!] : []), ...candidates.filter((n, j) => j !== i && j !== i - 1)];
}

export function reportKind(title: string): { kind: ReportKind; label?: string } {
  const t = title.replace(/\s+/g, '');
  let m = /(部门|单位)?(\(单位\)|（单位）)?整体支出[^，。]{0,12}?(绩效)?(自评|评价)?(报告|表)?/.exec(t);
  if (m && /整体支出/.test(m[0])) {
    if (/自评表|评价表/.test(t) && !/报告/.test(t)) return { kind: 'table', label: m[0] };
    return { kind: 'department', label: m[0] };
  }
  m = /项目(支出)?[^，。]{0,8}?绩效(自评|评价)(报告|表)/.exec(t);
  if (m) return { kind: m[3] === '表' ? 'table' : 'project', label: m[0] };
  // Central transfer-payment and special-fund reports ("…专项资金绩效自评报告") follow the 项目支出 templates (§2.4).
  m = /(专项资金|转移支付|补助资金|专项经费)[^，。]{0,8}?绩效(自评|评价)(报告|表)/.exec(t);
  if (m) return { kind: m[3] === '表' ? 'table' : 'project', label: m[0] };
  m = /绩效自评表|绩效评价表|自评表/.exec(t);
  if (m) return { kind: 'table', label: m[0] };
  m = /项目(支出)?[^，。]{0,12}?(绩效)?(自评|评价)?报告/.exec(t);
  if (m && /绩效|自评|评价/.test(t)) return { kind: 'project', label: m[0] };
  return { kind: 'unknown' };
}

const UNIT_FIELD = /(?:部门全称|部门名称|单位名称|单位全称|项目单位|填报单位|实施单位|主管部门|评价单位|报送单位)(?:（公章）|\(公章\))?\s*[:：]\s*([^\s:：，。]{2,40})/;

function unitName(candidates: ParagraphNode[], titleLine: ParagraphNode | undefined): string | undefined {
  for (const node of candidates) {
    const m = UNIT_FIELD.exec(node.text);
    if (m) return cleanUnit(m[1]!);
  }
  if (!titleLine) return undefined;
  const title = asciiDigits(joinedTitle(candidates, titleLine).replace(/\s+/g, ''));
  const yearAt = YEAR_RE.exec(title);
  let unit = '';
  if (yearAt && yearAt.index > 0) unit = title.slice(0, yearAt.index);
  else if (yearAt) {
    const after = title.slice(yearAt.index + yearAt[0].length);
    const kind = /(部门|单位)?整体支出|项目支出|[^，。]{2,30}?项目/.exec(after);
    unit = kind ? after.slice(0, kind.index) : '';
  } else {
    const kind = /(部门|单位)?整体支出|项目支出|绩效/.exec(title);
    unit = kind ? title.slice(0, kind.index) : '';
  }
  unit = unit.replace(/^(附件\s*\d*|关于)/, '');
  return unit.length >= 2 ? cleanUnit(unit) : undefined;
}

function cleanUnit(raw: string): string {
  return raw.replace(/^(附件\s*\d*[:：]?|关于)/, '').replace(/(部门|单位|（盖章）|（公章）|\(公章\))+$/, '').replace(/的$/, '');
}

// Words that contain a level character but are not places: with the character before ("城市", "社区", "开发区")
// and starting with it ("市场", "区域"). "平山县城市管理局" is 平山县 + 城市管理局.
const NOT_A_PLACE = /^(城市|都市|超市|社区|园区|小区|片区|景区|城区|矿区|辖区|校区|牧区|山区|库区|城乡|城镇|村镇|集镇|乡镇|发区)/;
const NOT_A_PLACE_AT = /^(市场|市民|区域|区块|乡村|乡土|镇痛)/;
const AUTONOMOUS = /^[\u4e00-\u9fa5]{1,14}?族自治(区|州|县|旗)/;
const LEVEL_SUFFIX = /(自治区|自治州|自治县|自治旗|特别行政区|街道|地区|省|市|州|盟|区|县|旗|乡|镇)/g;

/**
 * The most specific place in a unit name: "石家庄市鹿泉区科协" → 鹿泉区 (区). Reads places left to right as a chain
 * (省 → 市 → 区/县 → 乡/镇/街道) and stops at the first word that is not a place.
 */
export function adminPlace(unit: string): { place: string; level: AdminLevel } | undefined {
  let rest = unit.replace(/\s+/g, '');
  let found: { place: string; level: AdminLevel } | undefined;
  while (rest.length > 1) {
    LEVEL_SUFFIX.lastIndex = 0;
    let m: RegExpExecArray | null;
    let step: { place: string; level: AdminLevel } | undefined;
    // "东乡族自治县", "黔东南苗族侗族自治州": the 乡/南 inside the name is not a level.
    const autonomous = AUTONOMOUS.exec(rest);
    if (autonomous) step = { place: autonomous[0], level: normalizeLevel(`自治${autonomous[1]}`) };
    while (!step && (m = LEVEL_SUFFIX.exec(rest))) {
      if (m.index === 0) continue;
      if (m.index > 7) break;
      const word = rest.slice(m.index - 1);
      if (NOT_A_PLACE.test(word) || NOT_A_PLACE_AT.test(rest.slice(m.index))) continue;
      let place = rest.slice(0, m.index + m[0].length);
      if (/[的和与及、，]/.test(place)) break;
      let suffix = m[0];
      // The level character can end the proper name itself: 平乡县, 新乡市, 杭州市, 通州区 — the level is the next one.
      const next = /^(省|市|州|区|县|旗|镇)/.exec(rest.slice(place.length));
      if (next && suffix.length === 1 && !NOT_A_PLACE_AT.test(rest.slice(place.length))) {
        place += next[0];
        suffix = next[0];
      }
      step = { place, level: normalizeLevel(suffix) };
      break;
    }
    if (!step) break;
    found = step;
    rest = rest.slice(step.place.length);
  }
  return found;
}

function normalizeLevel(suffix: string): AdminLevel {
  switch (suffix) {
    case '自治区': case '特别行政区': return '省';
    case '自治州': return '州';
    case '自治县': return '县';
    case '自治旗': return '旗';
    case '地区': return '市';
    default: return suffix as AdminLevel;
  }
}

/** Full-width digits (２０２５) as ASCII, offsets unchanged: the shared helper under its old name. */
export const asciiDigits = normalizeDigits;

const DATE_RE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/;
const DATE_FIELD = /(填报日期|报告日期|报送日期|自评日期|评价日期|编制日期|日期)\s*[:：]\s*/;

function findReportDate(doc: LintDocument, candidates: ParagraphNode[]): ReportDate | undefined {
  const fromNode = (node: TextNode, from = 0): ReportDate | undefined => {
    const m = DATE_RE.exec(asciiDigits(node.text).slice(from));
    if (!m) return undefined;
    const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    const start = from + m.index;
    return { node, start, end: start + m[0].length, year: Number(y), month: Number(mo), day: Number(d) };
  };
  // A labelled field anywhere on the cover or in the closing lines.
  const closing = doc.paragraphs().slice(-8);
  for (const node of [...candidates, ...closing]) {
    const field = DATE_FIELD.exec(node.text);
    if (field) {
      const date = fromNode(node, field.index + field[0].length);
      if (date) return date;
    }
  }
  // A date standing alone on a line at the end (after the signature) or on the cover.
  for (const node of [...closing.slice().reverse(), ...candidates]) {
    const text = asciiDigits(node.text).trim();
    if (DATE_RE.test(text) && text.replace(DATE_RE, '').replace(/[\s（）()]/g, '').length === 0) return fromNode(node);
  }
  return undefined;
}
