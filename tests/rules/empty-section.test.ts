import { readFileSync } from 'node:fs';
import { ruleTester } from '../helpers/rule-tester.js';

const SEED = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');

ruleTester('empty-section', {
  valid: [
    { name: 'the 鹿泉 report', text: SEED },
    { name: 'every heading has text', text: '一、基本情况\n本局编制20人。\n二、自评情况\n成立工作组。\n' },
    { name: 'a parent whose content is in its subsections', text: '一、基本情况\n（一）概况\n本局编制20人。\n（二）收支\n收入100万元。\n' },
    { name: 'a section holding only a table', text: '一、指标完成情况\n\n| 指标 | 目标值 | 完成值 |\n|---|---|---|\n| 培训人次 | 1000 | 1050 |\n' },
    { name: 'a heading that is a whole sentence', text: '一、实现情况\n（一）科普活动成效明显，重点人群科学素质不断提升。\n（二）科普进校园活动覆盖全区中小学。\n' },
    { name: 'content after a colon in the heading', text: '一、评价结论\n自评得分90分。\n二、评价工作组：张三（组长）、李四（成员）\n' },
    { name: 'an allowed empty heading', text: '一、基本情况\n本局编制20人。\n二、附件\n', options: { allow: ['附件'] } },
  ],
  invalid: [
    { name: 'a top-level heading with nothing under it', text: '一、基本情况\n本局编制20人。\n二、自评工作开展情况\n三、问题\n经费不足。\n', errors: [{ match: /「二、自评工作开展情况」下没有内容/, excerpt: '二、自评工作开展情况', severity: 'error' }] },
    { name: 'the last heading is empty', text: '一、基本情况\n本局编制20人。\n二、评价工作组人员名单及签字\n', errors: [{ match: '二、评价工作组人员名单及签字' }] },
    { name: 'an empty subsection among full ones', text: '一、基本情况\n（一）概况\n本局编制20人。\n（二）收支情况\n（三）绩效目标\n培训1000人次。\n', errors: [{ match: '（二）收支情况' }] },
    { name: 'a parent and all its subsections empty: one finding', text: '一、基本情况\n本局编制20人。\n二、自评情况\n（一）组织\n（二）方法\n三、问题\n经费不足。\n', errors: [{ match: /「二、自评情况」及其 2 个下级标题/ }] },
    { name: 'only a fill-in prompt under the heading', text: '一、基本情况\n（此处填写部门职能、机构设置和人员情况）\n二、问题\n经费不足。\n', errors: [{ match: '一、基本情况' }] },
    { name: 'only 待补充 under the heading', text: '一、基本情况\n待补充\n二、问题\n经费不足。\n', errors: [{ match: '一、基本情况' }] },
    { name: 'a table with column titles only does not count as content', text: '一、指标完成情况\n\n| 指标 | 目标值 |\n|---|---|\n|  |  |\n\n二、问题\n经费不足。\n', errors: [{ match: '一、指标完成情况' }] },
  ],
});
