import { describe, expect, it } from 'vitest';
import { docOf, outline, outlineOf } from './outline.js';
import { sectionize } from '../../src/tree/sectionize.js';
import { LintDocument } from '../../src/model/document.js';
import type { FlatDocument, ParagraphNode, SectionNode } from '../../src/model/types.js';

const lines = (...ls: string[]) => ls.join('\n');

/** A FlatDocument as a .docx reader would give it: one paragraph per line, optional style / heading hint. */
function flatOf(items: (string | { text: string; style?: string; hint?: number; autoLabel?: string })[]): FlatDocument {
  const blocks: ParagraphNode[] = items.map((item, i) => {
    const it = typeof item === 'string' ? { text: item } : item;
    const data: ParagraphNode['data'] = { segments: [{ offset: 0, line: i + 1, column: 1 }] };
    if (it.style) data.style = it.style;
    if (it.hint) data.headingHint = it.hint;
    if (it.autoLabel) data.autoLabel = it.autoLabel;
    return {
      type: 'paragraph', text: it.text, data,
      position: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: it.text.length + 1 } },
    };
  });
  return { format: 'docx', lines: blocks.map((b) => b.text), blocks, readerNotes: [] };
}

describe('proper Markdown: # headings and blank lines', () => {
  const text = lines(
    '# 某某区教育局2024年度部门整体支出绩效自评报告', '', '## 一、部门基本情况', '', '### （一）部门职能', '', '本部门主要职能包括：', '',
    '1. 贯彻执行教育方针政策；', '2. 管理区属学校；', '3. 组织教师培训。', '', '### （二）预算安排', '', '2024年预算收入500.00万元。', '',
    '## 二、绩效目标完成情况', '', '### （一）产出指标', '', '#### 1. 数量指标', '', '培训教师300人次。', '', '#### 2. 质量指标', '',
    '合格率98%。', '', '### （二）效益指标', '', '社会效益明显。', '', '## 三、存在问题', '', '经费使用进度偏慢。',
  );
  it('nests by label, the # title is the title', () => {
    const doc = docOf(text);
    expect(doc.title).toBe('某某区教育局2024年度部门整体支出绩效自评报告');
    expect(outline(doc.root)).toEqual([
      '一、部门基本情况', '  （一）部门职能', '  （二）预算安排', '二、绩效目标完成情况', '  （一）产出指标', '    1. 数量指标',
      '    2. 质量指标', '  （二）效益指标', '三、存在问题',
    ]);
  });
  it('the list under （一） is body text with labels', () => {
    const doc = docOf(text);
    const list = doc.paragraphs().filter((p) => p.label);
    expect(list.map((p) => p.text)).toEqual(['1. 贯彻执行教育方针政策；', '2. 管理区属学校；', '3. 组织教师培训。']);
    expect(doc.sectionPath(list[0]!)).toEqual(['一、部门基本情况', '（一）部门职能']);
  });
});

describe('skipped levels and other numbering', () => {
  it('一、 then 1. then （1）', () => {
    expect(outlineOf(lines(
      'XX县农业农村局项目支出绩效自评报告', '一、项目概况', '1. 项目背景', '本项目于2023年立项。', '2. 资金情况', '项目资金100万元。',
      '二、绩效分析', '1、产出', '完成率100%。', '2、效益', '效益良好。', '（1）经济效益', '增收10万元。', '（2）社会效益', '带动就业20人。',
      '三、结论', '自评得分95分，等级为优。',
    ))).toEqual([
      '一、项目概况', '  1. 项目背景', '  2. 资金情况', '二、绩效分析', '  1、产出', '  2、效益', '    （1）经济效益', '    （2）社会效益', '三、结论',
    ]);
  });

  it('all five GB/T 9704 levels', () => {
    expect(outlineOf(lines(
      '一、总体情况', '（一）目标', '1. 数量', '（1）培训人次', '①线上培训', '完成200人次。', '②线下培训', '完成100人次。', '（2）活动场次',
      '完成10场。', '2. 质量', '合格率95%。', '（二）完成', '完成。',
    ))).toEqual([
      '一、总体情况', '  （一）目标', '    1. 数量', '      （1）培训人次', '        ①线上培训', '        ②线下培训', '      （2）活动场次',
      '    2. 质量', '  （二）完成',
    ]);
  });

  it('full-width digits and brackets of both widths', () => {
    expect(outlineOf(lines('一、概况', '(一)职能', '正文', '(二)人员', '正文', '二、分析', '１．产出', '正文', '２．效益', '正文'))).toEqual([
      '一、概况', '  (一)职能', '  (二)人员', '二、分析', '  １．产出', '  ２．效益',
    ]);
  });

  it('multi-level 1 / 1.1 / 1.1.1 numbering', () => {
    expect(outlineOf(lines(
      '报告', '1 概述', '1.1 背景', '正文', '1.2 目标', '正文', '2 分析', '2.1 产出', '正文', '2.1.1 数量', '正文', '2.1.2 质量', '正文',
      '2.2 效益', '正文',
    ))).toEqual(['1 概述', '  1.1 背景', '  1.2 目标', '2 分析', '  2.1 产出', '    2.1.1 数量', '    2.1.2 质量', '  2.2 效益']);
  });

  it('numbers that are quantities are not labels', () => {
    expect(outlineOf(lines('一、概况', '2.5万元用于采购。', '3 个项目已完成。', '2024.12 完成验收。', '二、结论', '正文'))).toEqual(['一、概况', '二、结论']);
  });
});

describe('list items and prose', () => {
  it('runs of one-line numbered items are body paragraphs with labels', () => {
    const doc = docOf(lines('一、目标', '（一）分项目标', '1.开展培训5次。', '2.发放资料1000份。', '3.举办活动2场。', '（二）总体目标', '完成任务。'));
    expect(outline(doc.root)).toEqual(['一、目标', '  （一）分项目标', '  （二）总体目标']);
    expect(doc.paragraphs().filter((p) => p.label).map((p) => p.label!.raw)).toEqual(['1.', '2.', '3.']);
  });

  it('a list that starts again at 1 after other text stays body text', () => {
    const doc = docOf(lines('一、目标', '年度目标：', '1. 开展活动6次。', '2. 发放资料2000份。', '实现情况：', '1. 开展活动6次。', '2. 发放资料2100份。'));
    expect(outline(doc.root)).toEqual(['一、目标']);
    expect(doc.paragraphs().filter((p) => p.label).map((p) => p.label!.value)).toEqual([1, 2, 1, 2]);
  });

  it('circled and paren-arabic runs are body too', () => {
    expect(outlineOf(lines('一、问题', '①资金拨付慢；', '②制度不完善；', '③人员不足。', '二、建议', '（1）加快拨付；', '（2）完善制度。'))).toEqual(['一、问题', '二、建议']);
  });

  it('a long numbered paragraph that is prose does not swallow the sections after it', () => {
    const doc = docOf(lines(
      '一、基本情况',
      '1. 本单位严格执行预算。全年收入合计120万元，支出合计118万元，结余2万元，资金使用规范，未发现违规问题，相关台账齐全。',
      '二、绩效目标', '（一）总体目标', '完成年度任务。', '三、问题', '资金拨付慢。',
    ));
    expect(outline(doc.root)).toEqual(['一、基本情况', '二、绩效目标', '  （一）总体目标', '三、问题']);
    expect(doc.paragraphs()[0]!.label?.raw).toBe('1.');
  });

  it('a numbered line with prose below it is a heading', () => {
    expect(outlineOf(lines('一、成效', '1.科普宣传', '开展活动3次。', '2.科普进校园', '参与学校3所。'))).toEqual(['一、成效', '  1.科普宣传', '  2.科普进校园']);
  });

  it('items inside a paragraph are not headings', () => {
    const doc = docOf(lines('一、问题', '1、存在问题：（1）认识不足。（2）基层工作不扎实。（3）资金紧张。', '二、措施', '正文'));
    expect(outline(doc.root)).toEqual(['一、问题', '二、措施']);
  });

  it('（一）/一、 short lines are headings even without content', () => {
    expect(outlineOf(lines('一、概况', '（一）职能', '（二）人员', '二、分析'))).toEqual(['一、概况', '  （一）职能', '  （二）人员', '二、分析']);
  });
});

describe('real numbering mistakes', () => {
  it('（3） among （一）（二） and （2） after （一） stay siblings', () => {
    expect(outlineOf(lines('一、概况', '（一）职能', '正文', '（二）人员', '正文', '（3） 目标', '正文', '二、工作', '（一）组织', '正文', '（2） 方法', '正文')))
      .toEqual(['一、概况', '  （一）职能', '  （二）人员', '  （3） 目标', '二、工作', '  （一）组织', '  （2） 方法']);
  });

  it('（1） first under 三、 followed later by （二） is the first sibling (look ahead)', () => {
    const doc = docOf(lines('三、分析', '（1） 总体', '正文', '1.一项', '2.二项', '（二）分项', '正文', '四、结论', '正文'));
    expect(outline(doc.root)).toEqual(['三、分析', '  （1） 总体', '  （二）分项', '四、结论']);
    expect(doc.headings()[1]!.data.levelKind).toBe('paren-chinese');
  });

  it('a real （1）（2） list under （一） is not promoted', () => {
    expect(outlineOf(lines('一、概况', '（一）目标', '（1）培训', '完成。', '（2）活动', '完成。', '（二）完成', '正文')))
      .toEqual(['一、概况', '  （一）目标', '    （1）培训', '    （2）活动', '  （二）完成']);
  });

  it('（2） is not promoted when a （1） paragraph came before it', () => {
    const doc = docOf(lines('一、概况', '（一）问题', '（1）认识不足。多数人员认为科普工作不重要，不能立即转化为生产力，于是很少用心考虑。', '（2）经费不足', '（二）措施', '正文'));
    expect(outline(doc.root)).toEqual(['一、概况', '  （一）问题', '  （二）措施']);
  });

  it('value 1 right after a heading of its kind nests, mismatched brackets and stray 。 are headings', () => {
    const doc = docOf(lines('三、分析', '（二）分项绩效', '（一)科普活动成效明显。', '正文', '（二）。科普进校园。', '正文', '（三）科普橱窗。', '正文', '四、结论'));
    expect(outline(doc.root)).toEqual(['三、分析', '  （二）分项绩效', '    （一)科普活动成效明显。', '    （二）。科普进校园。', '    （三）科普橱窗。', '四、结论']);
    const stray = doc.headings()[3]!;
    expect(stray.title).toBe('科普进校园。');
    expect(stray.text.slice(stray.titleOffset)).toBe(stray.title);
  });

  it('a skipped number or a duplicate stays a sibling', () => {
    expect(outlineOf(lines('一、甲', '正文', '三、丙', '正文', '三、丁', '正文'))).toEqual(['一、甲', '三、丙', '三、丁']);
  });
});

describe('title, table of contents, unlabelled headings', () => {
  it('skips table-of-contents lines and keeps the cover as title', () => {
    const doc = docOf(lines('某单位绩效自评报告', '目录', '一、基本情况……………………1', '二、绩效分析..........3', '三、结论\t5',
      '一、基本情况', '正文', '二、绩效分析', '正文', '三、结论', '正文'));
    expect(outline(doc.root)).toEqual(['一、基本情况', '二、绩效分析', '三、结论']);
    expect(doc.title).toBe('某单位绩效自评报告');
    expect(doc.headings()[0]!.position.start.line).toBe(6);
  });

  it('a plain TOC without page numbers ends where the body repeats its entries', () => {
    const doc = docOf(lines(
      '洪江市人民政府办公室2023年度部门决算', '目 录', '第一部分 洪江市人民政府办公室概况', '一、部门职责', '二、机构设置', '第二部分 部门决算表',
      '一、收入支出决算总表', '二、收入决算表', '第一部分', '洪江市人民政府办公室概况', '一、 部门职责', '协助市政府领导同志审核公文。', '二、机构设置',
      '本单位内设5个股室。', '第二部分 部门决算表', '一、收入支出决算总表', '见附表。', '二、收入决算表', '见附表。',
    ));
    expect(outline(doc.root)).toEqual([
      '第一部分', '  一、 部门职责', '  二、机构设置', '第二部分 部门决算表', '  一、收入支出决算总表', '  二、收入决算表',
    ]);
    expect(doc.title).toBe('洪江市人民政府办公室2023年度部门决算');
    expect(doc.root.children.filter((c) => c.type === 'paragraph' && c.data.toc)).toHaveLength(7);
    expect(doc.sections()[0]!.heading.data.part).toBe(true);
  });

  it('a TOC whose entries never repeat is left alone (no heading lost)', () => {
    expect(outlineOf(lines('报告', '目录', '一、概况', '正文。', '二、分析', '正文。'))).toEqual(['一、概况', '二、分析']);
  });

  it('第一部分 / 第二部分 parts sit above 一、 and close each other', () => {
    const doc = docOf(lines('某局2024年度部门整体支出绩效自评报告', '第一部分 部门概况', '一、职能', '正文。', '二、机构', '正文。', '第二部分 绩效自评情况', '一、自评结论', '正文。'));
    expect(outline(doc.root)).toEqual(['第一部分 部门概况', '  一、职能', '  二、机构', '第二部分 绩效自评情况', '  一、自评结论']);
    expect(doc.title).toBe('某局2024年度部门整体支出绩效自评报告');
  });

  it('"第一部分资金用于…" in a sentence is body text', () => {
    expect(outlineOf(lines('一、概况', '第一部分资金用于设备采购，第二部分用于培训。', '二、结论'))).toEqual(['一、概况', '二、结论']);
  });

  it('skips toc-styled paragraphs of a .docx', () => {
    const root = sectionize(flatOf([
      { text: '报告', style: 'Title' }, { text: '一、基本情况 2', style: 'toc 1' }, { text: '（一）概况 2', style: 'toc 2' },
      { text: '一、基本情况', style: 'heading 1', hint: 1 }, '正文',
    ]));
    expect(outline(root)).toEqual(['一、基本情况']);
    expect(root.data.title).toBe('报告');
  });

  it('unlabelled headings take the level learned from labelled headings of the same style', () => {
    const doc = docOf(lines('# 报告', '', '## 一、概况', '', '正文A', '', '## 二、分析', '', '### （一）产出', '', '正文B', '', '## 附件说明', '', '正文C', '', '## 三、结论', '', '正文D'));
    expect(outline(doc.root)).toEqual(['一、概况', '二、分析', '  （一）产出', '附件说明', '三、结论']);
  });

  it('styled .docx: the title is Heading 1, 一、 Heading 2, unlabelled Heading 3 goes under them', () => {
    const root = sectionize(flatOf([
      { text: '某单位2024年度绩效自评报告', style: 'heading 1', hint: 1 },
      { text: '一、概况', style: 'heading 2', hint: 2 }, '正文',
      { text: '项目背景', style: 'heading 3', hint: 3 }, '正文',
      { text: '二、分析', style: 'heading 2', hint: 2 }, '正文',
    ]));
    expect(outline(root)).toEqual(['一、概况', '  项目背景', '二、分析']);
    expect(root.data.title).toBe('某单位2024年度绩效自评报告');
  });

  it('technical numbering with styles: bare "1 章", 1.1, 1.1.1 and an unlabelled heading of the same style', () => {
    const root = sectionize(flatOf([
      { text: '1. 概述', hint: 1 }, { text: '1.1. 背景', hint: 2 }, '正文', { text: '1.2. 目标', hint: 2 }, '正文',
      { text: '附录说明', style: 'heading 1', hint: 1 }, '正文',
      { text: '1 第一章', style: 'heading 1', hint: 1 }, { text: '1.1 图片', hint: 2 }, { text: '1.1.1 分组图片', hint: 3 }, '正文',
      { text: '2 第二章', style: 'heading 1', hint: 1 }, '正文',
    ]));
    expect(outline(root)).toEqual([
      '1. 概述', '  1.1. 背景', '  1.2. 目标', '附录说明', '1 第一章', '  1.1 图片', '    1.1.1 分组图片', '2 第二章',
    ]);
  });

  it('passes the reader\'s directives and notes through to the root', () => {
    const flat = flatOf(['一、概况', '正文']);
    flat.directives = [{ kind: 'disable-line', rules: ['terms'], line: 2, endLine: 2 }];
    flat.readerNotes = [{ code: 'tracked-changes', message: { 'zh-CN': '修订', en: 'tracked' }, line: 2 }];
    const root = sectionize(flat);
    expect(root.data.directives).toEqual(flat.directives);
    expect(root.data.readerNotes).toEqual(flat.readerNotes);
    expect(root.data.format).toBe('docx');
  });

  it('auto-numbered labels are marked as such', () => {
    const root = sectionize(flatOf(['一、概况', { text: '1.科普宣传', autoLabel: '1.' }, '正文', { text: '2.进校园', autoLabel: '2.' }, '正文']));
    const sec = (root.children[0] as SectionNode).children[0] as SectionNode;
    expect(sec.heading.label).toMatchObject({ raw: '1.', source: 'auto' });
  });

  it('without numbering, # headings decide; a single leading # is the title', () => {
    const doc = docOf(lines('# 标题报告', '', '## 概述', '', '文字', '', '## 分析', '', '### 细节', '', '文字', '', '## 结论', '', '文字'));
    expect(outline(doc.root)).toEqual(['概述', '分析', '  细节', '结论']);
    expect(doc.title).toBe('标题报告');
  });

  it('plain text without any heading: no sections, title is the short first lines', () => {
    const doc = docOf(lines('关于某项目的说明', '本项目总投资100万元，已全部完成。各项指标均达到预期目标，群众满意度较高。', '特此说明。'));
    expect(doc.sections()).toHaveLength(0);
    expect(doc.title).toBe('关于某项目的说明');
    expect(doc.paragraphs()).toHaveLength(3);
  });

  it('empty input gives an empty root', () => {
    const doc = docOf('');
    expect(doc.sections()).toHaveLength(0);
    expect(doc.root.position.start).toEqual({ line: 1, column: 1 });
    expect(doc.title).toBe('');
  });
});

describe('a 项目支出 report pasted as plain text', () => {
  const text = lines(
    '2024年度XX项目支出绩效自评报告', '一、项目基本情况', '（一）项目概况', '项目名称：农村饮水安全工程。项目实施单位：XX县水利局。',
    '（二）项目资金情况', '1.资金安排情况', '年初预算200万元，全年预算200万元。', '2.资金使用情况', '实际支出180万元，执行率90%。',
    '（三）项目绩效目标', '1.总体目标', '保障农村饮水安全。', '2.年度绩效目标', '（1）数量指标：新建水厂2座。', '（2）质量指标：水质达标率100%。',
    '（3）时效指标：12月底前完工。', '二、绩效评价工作开展情况', '（一）评价目的、对象和范围', '评价目的是提高资金使用效益。',
    '（二）评价原则、指标体系、方法和标准', '1.评价原则', '科学规范、公正公开。', '2.评价方法', '采用比较法。', '三、综合评价情况及评价结论',
    '经评价，本项目得分92分，等级为优。', '四、绩效评价指标分析', '（一）项目决策情况', '项目立项规范。', '（二）项目过程情况', '资金管理规范。',
    '（三）项目产出情况', '1.数量指标：新建水厂2座，完成率100%。', '2.质量指标：水质达标率100%。', '（四）项目效益情况', '受益人口1万人。',
    '五、主要经验及做法', '无。', '六、存在的问题及原因分析', '资金拨付不及时。', '七、有关建议', '加快资金拨付进度。', '八、其他需要说明的问题', '无。',
  );
  it('three levels, indicator lists as body text', () => {
    const doc = docOf(text);
    expect(doc.title).toBe('2024年度XX项目支出绩效自评报告');
    expect(outline(doc.root)).toEqual([
      '一、项目基本情况', '  （一）项目概况', '  （二）项目资金情况', '    1.资金安排情况', '    2.资金使用情况', '  （三）项目绩效目标', '    1.总体目标',
      '    2.年度绩效目标', '二、绩效评价工作开展情况', '  （一）评价目的、对象和范围', '  （二）评价原则、指标体系、方法和标准', '    1.评价原则',
      '    2.评价方法', '三、综合评价情况及评价结论', '四、绩效评价指标分析', '  （一）项目决策情况', '  （二）项目过程情况', '  （三）项目产出情况',
      '  （四）项目效益情况', '五、主要经验及做法', '六、存在的问题及原因分析', '七、有关建议', '八、其他需要说明的问题',
    ]);
    expect(doc.paragraphs().filter((p) => p.label).map((p) => p.label!.raw)).toEqual(['（1）', '（2）', '（3）', '1.', '2.']);
  });

  it('the same report with blank lines, indentation and Markdown headings gives the same tree', () => {
    const md = text.split('\n').map((l) => (/^[一二三四五六七八]、/.test(l) ? `## ${l}` : /^（[一二三四]）/.test(l) ? `### ${l}` : `\u3000\u3000${l}`)).join('\n\n');
    expect(outlineOf(md)).toEqual(outlineOf(text));
  });
});

describe('blank paragraphs of a .docx are not content', () => {
  it('a list with empty paragraphs between items is still a list', () => {
    const root = sectionize(flatOf(['一、目标', '1.开展活动6次。', '', '2.发放资料2000份。', '  ', '3.更新橱窗12次。', '', '二、结论', '正文']));
    expect(outline(root)).toEqual(['一、目标', '二、结论']);
  });
  it('value 1 right after a heading with only blank paragraphs between still nests', () => {
    const root = sectionize(flatOf(['三、分析', '（二）分项', '', '（一）科普活动', '正文', '（二）进校园', '正文']));
    expect(outline(root)).toEqual(['三、分析', '  （二）分项', '    （一）科普活动', '    （二）进校园']);
  });
});

describe('Word paragraphs with soft line breaks', () => {
  it('a numbered line after a line break is a heading candidate, positions stay exact', () => {
    const lines = ['报告', '一、概况', '（一）职能', '正文。', '（二）人员', '正文。'];
    const text = '一、概况\n（一）职能\n正文。';
    const merged: ParagraphNode = {
      type: 'paragraph', text,
      position: { start: { line: 2, column: 1 }, end: { line: 4, column: 4 } },
      data: { style: 'Normal', headingHint: 2, segments: [{ offset: 0, line: 2, column: 1 }, { offset: 5, line: 3, column: 1 }, { offset: 11, line: 4, column: 1 }] },
    };
    const para = (line: number): ParagraphNode => ({
      type: 'paragraph', text: lines[line - 1]!, data: { segments: [{ offset: 0, line, column: 1 }] },
      position: { start: { line, column: 1 }, end: { line, column: lines[line - 1]!.length + 1 } },
    });
    const root = sectionize({ format: 'docx', lines, blocks: [para(1), merged, para(5), para(6)], readerNotes: [] });
    expect(outline(root)).toEqual(['一、概况', '  （一）职能', '  （二）人员']);
    const doc = new LintDocument(root);
    const sub = doc.headings()[1]!;
    expect(sub.position).toEqual({ start: { line: 3, column: 1 }, end: { line: 3, column: 6 } });
    expect(doc.locate(sub, [3, 5])).toMatchObject({ line: 3, column: 4, excerpt: '职能' });
    expect(sub.data.headingHint).toBeUndefined();
    expect(doc.headings()[0]!.data.headingHint).toBe(2);
    const body = doc.paragraphs().find((p) => p.text === '正文。')!;
    expect(doc.locate(body)).toMatchObject({ line: 4, column: 1, endLine: 4, endColumn: 4 });
  });

  it('a paragraph whose later lines are not numbered stays one paragraph', () => {
    const root = sectionize(flatOf(['一、概况', '第一行\n第二行']));
    expect((root.children[0] as SectionNode).children).toHaveLength(1);
  });
});

describe('tables are section content', () => {
  it('a GFM table under a heading belongs to it and gives the heading content', () => {
    const doc = docOf(lines('一、指标', '1.产出指标', '| 指标 | 值 |', '| --- | --- |', '| 次数 | 3 |', '2.效益指标', '| 指标 | 值 |', '| --- | --- |', '| 满意度 | 95% |'));
    expect(outline(doc.root)).toEqual(['一、指标', '  1.产出指标', '  2.效益指标']);
    const cell = doc.tables()[1]!.children[1]!.children[1]!;
    expect(doc.sectionPath(cell)).toEqual(['一、指标', '2.效益指标']);
    expect(doc.sections()[2]!.position.end.line).toBe(9);
  });
});
