import { readFileSync } from 'node:fs';
import { ruleTester } from '../helpers/rule-tester.js';

const SEED = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');
const head = '一、评价结论\n自评得分90分。\n';

ruleTester('signature-block', {
  valid: [
    { name: 'the 鹿泉 team list (role：name)', text: SEED },
    { name: 'name (role)', text: `${head}二、评价工作组人员名单\n张三（局长、组长）\n李四（财务股股长）\n` },
    { name: 'a table of names, units and roles', text: `${head}二、评价工作组人员名单及签字\n\n| 姓名 | 工作单位 | 职务 | 签字 |\n|---|---|---|---|\n| 张三 | 县财政局 | 局长 |  |\n` },
    { name: 'role then name separated by a space', text: `${head}二、评价工作组成员\n组长 张三\n成员 李四、王五\n` },
    { name: 'names in the heading after a colon', text: `${head}二、评价工作组：组长张三，成员李四\n` },
    { name: 'a report without a team list', text: `${head}二、存在的问题\n经费不足。\n` },
  ],
  invalid: [
    { name: 'the 鹿泉 team list removed', text: SEED.replace(/科协主席：邢亚旗[\s\S]*$/, ''), errors: [{ match: /六、评价工作组人员名单及签字.*未列出任何人员/ }] },
    { name: 'only a signature line', text: `${head}二、评价工作组人员名单及签字（姓名、工作单位、职务、职称）\n签字：________\n`, errors: [{ match: '未列出任何人员' }] },
    { name: 'only a fill-in prompt', text: `${head}二、评价工作组人员名单\n（此处填写评价工作组成员）\n`, errors: [{ match: '未列出任何人员' }] },
    { name: 'names without roles', text: `${head}二、评价工作组人员名单\n张三、李四、王五\n`, errors: [{ match: /只列出姓名（张三、李四、王五）/ }] },
    { name: 'an empty table with column titles only', text: `${head}二、评价工作组人员名单及签字\n\n| 姓名 | 工作单位 | 职务 | 签字 |\n|---|---|---|---|\n|  |  |  |  |\n`, errors: [{ match: '未列出任何人员' }] },
    { name: 'XX placeholders instead of people', text: `${head}二、评价小组成员名单\n组长：XXX\n`, errors: 1 },
  ],
});
