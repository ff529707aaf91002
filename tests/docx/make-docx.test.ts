import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { makeDocx } from '../helpers/make-docx.js';

interface MNode { type: string; value?: string; children?: MNode[]; styleName?: string; colSpan?: number; rowSpan?: number; numbering?: unknown }
const txt = (n: MNode): string => (n.type === 'text' ? n.value ?? '' : (n.children ?? []).map(txt).join(''));

describe('makeDocx', () => {
  it('builds a docx that mammoth reads', async () => {
    const bytes = makeDocx({
      lists: [{ numId: 1, levels: [{ numFmt: 'chineseCounting', lvlText: '%1、' }] }],
      blocks: [
        { text: '标题', style: 'Title' },
        { text: '项目基本情况', style: 'Heading 1', numbering: { numId: 1, ilvl: 0 } },
        '正文段落。',
        { table: [['指标', '分值'], [{ text: '合计', gridSpan: 2 }], [{ text: '上', vMerge: 'restart' }, 'x'], [{ vMerge: 'continue' }, 'y']] },
      ],
      footnotes: ['脚注一'],
    });
    let doc: MNode | undefined;
    await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, {
      transformDocument: (d: MNode) => { doc = d; return { ...d, children: [] }; },
    } as never);
    const kids = doc!.children!;
    expect(kids[0]!.styleName).toBe('Title');
    expect(kids[1]!.styleName).toBe('heading 1');
    expect(kids[1]!.numbering).toBeTruthy();
    expect(txt(kids[2]!)).toBe('正文段落。');
    const table = kids[3]!;
    expect(table.type).toBe('table');
    expect(table.children![1]!.children![0]!.colSpan).toBe(2);
    expect(table.children![2]!.children![0]!.rowSpan).toBe(2);
  });
});
