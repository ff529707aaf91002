// Budget adjustments and low execution rates, in the 自评表 fund block and in the text, with whether the report gives
// a reason for them anywhere (the fund row's 原因 cell, or a sentence about the adjustment / the under-spending).
import { Decimal } from 'decimal.js';
import type { LintDocument } from '../model/document.js';
import type { TextNode } from '../model/types.js';
import { scoringTables } from './index.js';
import type { CellValue, FundRow } from './types.js';
import { MONEY_FACTORS } from '../quantity/units.js';
import { writtenDecimals } from '../quantity/listing.js';

export interface Adjustment {
  initial: string;
  adjusted: string;
  change: Decimal;
  /** The size of the change as printed, in the adjusted figure's unit ("23.60", "30.00万元"). */
  changeText: string;
  node: TextNode;
  span?: [number, number];
}

export interface LowRate {
  rate: string;
  value: Decimal;
  node: TextNode;
  span?: [number, number];
}

const ADJUST_REASON = /(?:追加|调增|调减|追减|核减|压减|收回|增补|补充下达|新增安排|调剂|调出|调入)[^。\n]{0,30}(?:资金|预算|经费|万元|元)|(?:资金|预算|经费)[^。\n]{0,12}(?:追加|调增|调减|追减|核减|压减|收回)|预算调整(?:的)?(?:原因|说明|情况|系|是因为|主要)|因[^。\n]{0,40}(?:调整|追加|调减)预算/;
const RATE_REASON = /(?:执行率|支出进度|执行进度|支付进度|资金支付|结余|未支付|未执行|未使用|未拨付|尚未)[^。\n]{0,50}(?:原因|由于|因为|主要是|受[^。\n]{0,20}影响|系)|(?:原因|由于|因为|主要是|受)[^。\n]{0,60}(?:执行率|未支付|未执行|结余|支付进度|未拨付|尚未|结转|延期|未完工|未验收|未结算)/;


const given = (v: CellValue | undefined) => {
  const t = v?.text.replace(/\s+/g, '') ?? '';
  return t !== '' && !v?.notApplicable && !/^(?:无|没有|暂无|不适用|[—\-/／、\\]+)$/.test(t);
};

function reasonIn(doc: LintDocument, re: RegExp): boolean {
  return doc.textNodes().some((n) => n.type !== 'heading' && re.test(n.text));
}

export function adjustmentExplained(doc: LintDocument, row?: FundRow): boolean {
  return given(row?.reason) || doc.memo('tables:adjustReason', () => reasonIn(doc, ADJUST_REASON));
}

export function lowRateExplained(doc: LintDocument, row?: FundRow): boolean {
  return given(row?.reason) || doc.memo('tables:rateReason', () => reasonIn(doc, RATE_REASON));
}

/** The first fund row of each 自评表 whose 年初预算 differs from the 全年/调整后 budget. */
export function tableAdjustments(doc: LintDocument): (Adjustment & { row: FundRow })[] {
  return scoringTables(doc).flatMap((t) => {
    const row = t.fund.find((f) => f.initialBudget?.value !== undefined && f.budget?.value !== undefined && !f.initialBudget.value.equals(f.budget.value));
    if (!row) return [];
    const node = row.budget!.cell;
    const change = row.budget!.value!.minus(row.initialBudget!.value!);
    const places = Math.max(...[row.initialBudget!.text, row.budget!.text].map(writtenDecimals));
    return [{ row, initial: row.initialBudget!.text, adjusted: row.budget!.text, change, changeText: change.abs().toFixed(places), node: node.data.segments?.length ? node : row.labelCell }];
  });
}

const AMOUNT = '(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(万元|元|亿元)';
const NARRATIVE = new RegExp(`年初预算(?:数|资金|安排)?(?:为|是|共)?[:：]?\\s*${AMOUNT}[^。；;\\n]{0,60}?(?:调整后|全年)预算(?:数|资金)?(?:为|是|共)?[:：]?\\s*${AMOUNT}`, 'g');
const SCALE = MONEY_FACTORS;

export function narrativeAdjustments(doc: LintDocument): Adjustment[] {
  const out: Adjustment[] = [];
  for (const node of doc.textNodes()) {
    if (node.type !== 'paragraph') continue;
    for (const m of node.text.matchAll(NARRATIVE)) {
      const a = new Decimal(m[1]!.replace(/,/g, '')).times(SCALE[m[2]!]!);
      const b = new Decimal(m[3]!.replace(/,/g, '')).times(SCALE[m[4]!]!);
      if (a.equals(b)) continue;
      const change = b.minus(a);
      const changeText = `${change.abs().dividedBy(SCALE[m[4]!]!).toFixed(Math.max(writtenDecimals(m[1]!), writtenDecimals(m[3]!)))}${m[4]}`;
      out.push({ initial: `${m[1]}${m[2]}`, adjusted: `${m[3]}${m[4]}`, change, changeText, node, span: [m.index!, m.index! + m[0].length] });
    }
  }
  return out;
}

/** The fund block's execution rate (as stated, else executed / budget) when below the threshold (a fraction). */
export function tableLowRates(doc: LintDocument, threshold: number): (LowRate & { row: FundRow })[] {
  return scoringTables(doc).flatMap((t) => {
    const row = t.fund.find((f) => f.rate?.value !== undefined || (f.budget?.value && f.executed?.value !== undefined));
    if (!row) return [];
    let pct: Decimal | undefined;
    if (row.rate?.value !== undefined) pct = row.rate.unit === '%' || row.rate.value.gt(1) ? row.rate.value : row.rate.value.times(100);
    else if (row.budget?.value && !row.budget.value.isZero()) pct = row.executed!.value!.dividedBy(row.budget.value).times(100);
    if (!pct || pct.gte(threshold * 100)) return [];
    const node = row.rate?.cell.data.segments?.length ? row.rate.cell : row.labelCell;
    return [{ row, rate: row.rate?.text ?? `${pct.toDecimalPlaces(2).toString()}%`, value: pct, node }];
  });
}

const RATE_TEXT = /(?:预算|资金|支出)?执行率(?:为|是|达到|仅为|仅|只有)?[:：]?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

export function narrativeLowRates(doc: LintDocument, threshold: number): LowRate[] {
  const out: LowRate[] = [];
  for (const node of doc.textNodes()) {
    if (node.type !== 'paragraph') continue;
    for (const m of node.text.matchAll(RATE_TEXT)) {
      const v = new Decimal(m[1]!);
      if (v.gte(threshold * 100)) continue;
      // a target ("执行率不低于90%", "执行率达到85%以上") is not a result
      if (/(?:不低于|不少于|达到|≥|以上|目标)/.test(node.text.slice(Math.max(0, m.index! - 6), m.index! + m[0].length + 3))) continue;
      out.push({ rate: `${m[1]}%`, value: v, node, span: [m.index!, m.index! + m[0].length] });
    }
  }
  return out;
}
