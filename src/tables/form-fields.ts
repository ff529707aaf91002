// The labelled fields of a 自评表 form (项目名称, 主管部门, 年度目标完成情况, 评价结论 …) and the state of each: filled,
// empty, only its printed instruction, or only a placeholder. A value sits right of its label (主管部门 | …) or under
// it when the row is a row of labels (年度目标 | 年度目标完成情况, values in the next row). Shared by empty-section
// (empty field), placeholder (instruction or placeholder only; instruction beside content) and signature-block.
import type { LintDocument } from '../model/document.js';
import type { TableCellNode } from '../model/types.js';
import { buildGrid, cellAt, cellText, rowCells, type Grid } from './grid.js';

export type FieldState = 'filled' | 'empty' | 'instruction' | 'instructionBeside';

export interface FormField {
  /** The field's name as printed ("年度目标完成情况"). */
  label: string;
  labelCell: TableCellNode;
  /** The value cell; undefined for a label row with no value cell at all. */
  valueCell?: TableCellNode;
  state: FieldState;
  /** The instruction text found in the value cell. */
  instruction?: string;
  /** What belongs in the field, in both languages. */
  expects: { zh: string; en: string };
}

const FIELDS: [RegExp, string, string][] = [
  [/^项目名称$/, '项目的全称', 'the full name of the project'],
  [/^主管部门$/, '主管部门的名称', 'the name of the supervising department'],
  [/^(?:项目)?实施单位$/, '实施单位的名称', 'the name of the implementing unit'],
  [/^项目负责人$/, '项目负责人姓名', 'the name of the person in charge'],
  [/^联系电话$/, '联系电话', 'a telephone number'],
  [/^填报日期$/, '填报日期', 'the date of filing'],
  [/^(?:年度目标|预期目标)$/, '年初设定的年度绩效目标', 'the annual target set at the start of the year'],
  [/^(?:实际完成情况|年度目标完成情况|年度总体目标完成情况)$/, '对照年度目标的实际完成情况', 'what was actually achieved against the annual target'],
  [/^项目实施内容及过程概述$/, '项目实施的内容和过程', 'what the project did and how'],
  [/^(?:评价结论|自评结论)$/, '自评总分、等级和主要结论', 'the total self-score, its grade and the main conclusions'],
  [/^(?:存在(?:的)?问题)$/, '项目实施中存在的具体问题', 'the concrete problems found'],
  [/^(?:改进措施|整改措施|改进意见)$/, '针对问题的改进措施和时限', 'measures against the problems, with dates'],
  [/^(?:评价工作组|评价工作组(?:人员)?(?:名单)?(?:及)?签字|签字)$/, '评价工作组成员姓名及签字', 'the evaluation team members and their signatures'],
];

/** Printed instructions of the provincial forms: an imperative about what to write, usually with a length note. */
const LENGTH_NOTE = /[（(]\s*(?:\d+\s*字(?:以内|左右|以下)|不超过\s*\d+\s*字|限\s*\d+\s*字(?:以内)?)\s*[)）]/;
const INSTRUCTION_VERB = /^(?:请|须|需|应|对照|根据|按照|围绕|结合|针对|简述|简要|概述|说明|描述|填写|列明|写明|提出|分析)|(?:说明|填写|写明|列明|简述|概述|提出|描述)[^。]{0,30}(?:情况|内容|原因|问题|措施|打算|结论|等级|总分|及时限)/;

function labelOf(text: string): [RegExp, string, string] | undefined {
  const t = text.replace(/\s+/g, '').replace(/[:：]$/, '').replace(/[（(][^（）()]*[)）]$/, '');
  return FIELDS.find(([re]) => re.test(t));
}

/** 'instruction' when the text is nothing but a printed instruction; 'instructionBeside' when one is left beside content. */
export function instructionState(text: string): { state: FieldState; instruction?: string } {
  const t = text.trim();
  if (t === '') return { state: 'empty' };
  const note = LENGTH_NOTE.exec(t);
  if (!note) return { state: 'filled' };
  // The sentence that holds the note: an instruction when it reads as one and is short.
  const before = t.slice(0, note.index);
  const sentenceStart = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1;
  const sentence = t.slice(sentenceStart, note.index + note[0].length);
  const isInstruction = INSTRUCTION_VERB.test(sentence.replace(/\s+/g, '')) && sentence.length <= 80;
  const rest = (t.slice(0, sentenceStart) + t.slice(note.index + note[0].length)).replace(/[\s\p{P}\p{S}]/gu, '');
  if (isInstruction && rest === '') return { state: 'instruction', instruction: sentence };
  return { state: 'instructionBeside', instruction: isInstruction ? sentence : note[0] };
}

/** Column titles that are not fields but share a row with field labels (年度总体目标 | 年度目标 | 年度目标完成情况). */
const HEADER_WORD = /^(?:年度总体目标|总体目标|绩效目标|项目资金|预算执行情况)/;

function fieldsOf(grid: Grid): FormField[] {
  const out: FormField[] = [];
  const isLabel = (c: TableCellNode | undefined) => Boolean(c && labelOf(cellText(c)));
  for (let r = 0; r < grid.rowCount; r++) {
    const cells = rowCells(grid, r).filter((c) => !c.continued);
    const filled = cells.filter((c) => cellText(c.cell) !== '');
    // A row of labels only: the values are in the row below, under each label.
    const labelRow = filled.length > 0 && filled.every((c) => isLabel(c.cell) || HEADER_WORD.test(cellText(c.cell)));
    cells.forEach(({ cell, column }, i) => {
      const f = labelOf(cellText(cell));
      // "项目负责人：" is a signature line (signature-block), not a field label.
      if (!f || emptySignatures(cell.text).length > 0) return;
      let valueCell: TableCellNode | undefined;
      if (labelRow) {
        const below = cellAt(grid, r + 1, column);
        if (below && below !== cell && !isLabel(below)) valueCell = below;
      } else {
        // The cells right of the label up to the next label; Markdown leaves a merged cell's other columns empty.
        const right: TableCellNode[] = [];
        for (const c of cells.slice(i + 1)) {
          if (isLabel(c.cell)) break;
          right.push(c.cell);
        }
        valueCell = right.find((c) => cellText(c) !== '') ?? right[0];
      }
      const label = cellText(cell).replace(/[:：]$/, '');
      const { state, instruction } = valueCell ? instructionState(valueCell.text) : { state: 'empty' as const, instruction: undefined };
      out.push({ label, labelCell: cell, valueCell, state, instruction, expects: { zh: f[1], en: f[2] } });
    });
  }
  return out;
}

/** Fields of every table that reads as a form (at least two field labels), in document order. */
export function formFields(doc: LintDocument): FormField[] {
  return doc.memo('tables:formFields', () => doc.tables().flatMap((t) => {
    const fields = fieldsOf(buildGrid(t));
    return fields.length >= 2 ? fields : [];
  }));
}

// "项目负责人：", "财务负责人：  ", "填表人：" with nothing after the colon (several may share one line).
const SIGNER = /(项目负责人|财务负责人|单位负责人|填表人|填报人|审核人|经办人)\s*[:：][ \t\u3000]*(?=$|[ \t\u3000]{2,}|\n|(?:项目|财务|单位)负责人|填表人|填报人|审核人|经办人)/g;

/** Signature labels with nothing after the colon in one text. */
export function emptySignatures(text: string): { label: string; start: number; end: number }[] {
  const out: { label: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(SIGNER)) out.push({ label: m[1]!, start: m.index!, end: m.index! + m[1]!.length });
  return out;
}
