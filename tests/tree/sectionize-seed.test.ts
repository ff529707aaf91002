import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docOf, outline } from './outline.js';
import type { SectionNode } from '../../src/model/types.js';

const SEED = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');

describe('sectionize on the 鹿泉 seed (pasted text, typed numbers, real mistakes)', () => {
  const doc = docOf(SEED);
  const top = doc.root.children.filter((c): c is SectionNode => c.type === 'section');
  const titles = (s: SectionNode) => s.children.filter((c): c is SectionNode => c.type === 'section').map((c) => c.heading.text.trim());

  it('has six top-level sections 一…六', () => {
    expect(top.map((s) => s.heading.label?.raw)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、']);
    expect(top.map((s) => s.heading.title)).toEqual([
      '部门基本情况', '自评工作开展情况', '部门整体支出绩效目标实现情况及指标分析', '评价结论和评价等级', '存在的问题及改进措施',
      '评价工作组人员名单及签字（姓名、工作单位、职务、职称）',
    ]);
  });

  it('keeps the title/cover lines before 一、 as title', () => {
    expect(doc.title).toBe('附件3鹿泉区科协部门2025年度整体支出绩效自评报告');
    expect(doc.root.data.titleNodes.map((p) => p.position.start.line)).toEqual([1, 3, 4]);
    // the intro paragraph stays a root paragraph but is not title
    expect(doc.root.children.filter((c) => c.type === 'paragraph')).toHaveLength(4);
  });

  it('一: （3） continues the （一）（二） siblings', () => {
    expect(titles(top[0]!)).toEqual(['（一）部门概况', '（二）部门收支预决算情况', '（3） 部门整体支出绩效目标、指标']);
    const third = top[0]!.children.filter((c): c is SectionNode => c.type === 'section')[2]!;
    expect(third.heading.data.levelKind).toBe('paren-chinese');
    expect(third.heading.label?.kind).toBe('paren-arabic');
    expect(third.heading.title).toBe('部门整体支出绩效目标、指标');
    expect(titles(third)).toEqual(['（一）总体绩效目标']);
  });

  it('the functions list 1.–7、 under （一）部门概况 is body text with labels', () => {
    const first = top[0]!.children[0] as SectionNode;
    expect(first.heading.text).toBe('（一）部门概况');
    expect(titles(first)).toEqual([]);
    const paras = first.children.filter((c) => c.type === 'paragraph');
    expect(paras).toHaveLength(8);
    expect(paras.slice(1).map((p) => p.type === 'paragraph' && p.label?.raw)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7、']);
  });

  it('二 and 五: （2） after （一） is the second sibling', () => {
    expect(titles(top[1]!)).toEqual(['（一）自评的组织工作', '（2） 自评的方法和过程']);
    expect(titles(top[4]!)).toEqual(['（一）存在的主要问题', '（2） 针对问题提出具体的改进措施或建议']);
  });

  it('三: （1） is the first sibling of （二） (look ahead), whose children are （一) （二）。 （三）', () => {
    expect(titles(top[2]!)).toEqual(['（1） 总体绩效目标实现情况', '（二）分项绩效目标实现情况及指标分析']);
    const second = top[2]!.children.filter((c): c is SectionNode => c.type === 'section')[1]!;
    expect(titles(second)).toEqual([
      '（一)科普活动成效明显，重点人群科学素质不断提升，提升居民科技创新能力。',
      '（二）。由我单位组织“科普进校园”活动，提升青少年科技创新能力。',
      '（三）定期更换鹿泉一中科普橱窗。',
    ]);
    const second2 = second.children.filter((c): c is SectionNode => c.type === 'section')[1]!;
    expect(second2.heading.title).toBe('由我单位组织“科普进校园”活动，提升青少年科技创新能力。');
    expect(second2.heading.label?.suffix).toBe('。');
  });

  it('四 and 六 have no subsections; list items inside a paragraph are body', () => {
    expect(titles(top[3]!)).toEqual([]);
    expect(titles(top[5]!)).toEqual([]);
    const problems = top[4]!.children[0] as SectionNode;
    expect(problems.children[0]).toMatchObject({ type: 'paragraph' });
  });

  it('the whole outline', () => {
    expect(outline(doc.root)).toEqual([
      '一、部门基本情况',
      '  （一）部门概况',
      '  （二）部门收支预决算情况',
      '  （3） 部门整体支出绩效目标、指标',
      '    （一）总体绩效目标',
      '      1、引导广大科技工作者在推动科技进步、推进自主创新实践中建功立业。',
      '      2、实施《全民科学素质行动计划纲要》，营造创新文化环境，为推动科技进步、推进科技创新培养人力资源。',
      '      3、建设“科技工作者之家”，为推动科技进步、推进科技创新提供人文支持。',
      '二、自评工作开展情况',
      '  （一）自评的组织工作',
      '  （2） 自评的方法和过程',
      '三、部门整体支出绩效目标实现情况及指标分析',
      '  （1） 总体绩效目标实现情况',
      '  （二）分项绩效目标实现情况及指标分析',
      '    （一)科普活动成效明显，重点人群科学素质不断提升，提升居民科技创新能力。',
      '    （二）。由我单位组织“科普进校园”活动，提升青少年科技创新能力。',
      '    （三）定期更换鹿泉一中科普橱窗。',
      '四、评价结论和评价等级',
      '五、存在的问题及改进措施',
      '  （一）存在的主要问题',
      '  （2） 针对问题提出具体的改进措施或建议',
      '六、评价工作组人员名单及签字（姓名、工作单位、职务、职称）',
    ]);
  });

  it('section positions cover the heading to the end of the last descendant', () => {
    for (const s of doc.sections()) {
      expect(s.position.start).toEqual(s.heading.position.start);
      for (const n of doc.textNodesIn(s)) {
        expect(n.position.end.line).toBeLessThanOrEqual(s.position.end.line);
      }
    }
    expect(top[5]!.position.end.line).toBe(71);
    expect(top[0]!.position.end.line).toBe(34);
    const heading = top[0]!.heading;
    expect(heading.position.start).toEqual({ line: 7, column: 6 });
    expect(doc.locate(heading).excerpt).toBe('一、部门基本情况');
  });

  it('sectionOf and sectionPath of a body paragraph', () => {
    const para = doc.paragraphs().find((p) => p.text.startsWith('完成情况：展科普'))!;
    expect(doc.sectionPath(para)).toEqual([
      '三、部门整体支出绩效目标实现情况及指标分析', '（二）分项绩效目标实现情况及指标分析',
      '（一)科普活动成效明显，重点人群科学素质不断提升，提升居民科技创新能力。',
    ]);
  });

  it('is deterministic', () => {
    expect(outline(docOf(SEED).root)).toEqual(outline(doc.root));
  });
});
