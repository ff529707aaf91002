import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('duplicate-item', {
  valid: [
    { name: 'distinct names', text: '内设机构5个，分别为办公室、财务股、业务股、法规股、信息中心。' },
    { name: 'amounts may repeat', text: '三笔资金分别为10万元、20万元、10万元。' },
    { name: 'dates may repeat', text: '检查日期分别为3月、5月、3月。' },
    { name: 'two lists naming the same unit', text: '下属单位3个，分别为县图书馆、县文化馆、县博物馆。其中县图书馆、县文化馆为全额拨款。' },
    { name: 'repeated word in prose, not a list', text: '财务股负责财务管理，财务股还负责资产管理。' },
    { name: 'numbered list items may repeat a word', text: '开展活动2次：\n1.科普讲座。\n2.科普讲座进校园。' },
    { name: 'names that share a prefix', text: '包括县图书馆、县图书馆分馆、县文化馆。' },
    { name: 'one-character items', text: '等级分别为优、良、优。' },
  ],
  invalid: [
    { name: '财务股 twice after a count', text: '内设机构5个，分别为办公室、财务股、业务股、财务股、信息中心。', errors: [{ match: '财务股', excerpt: '财务股' }] },
    { name: 'twice after 包括', text: '主要包括县图书馆、县文化馆、县图书馆。', errors: [{ match: '县图书馆' }] },
    { name: 'twice after a colon', text: '下设二级单位3个：县图书馆、县文化馆、县文化馆。', errors: [{ match: '第 2 项和第 3 项' }] },
    { name: 'three times: two findings', text: '分别为甲镇、乙镇、甲镇、甲镇。', errors: [{ match: '第 1 项和第 3 项' }, { match: '第 1 项和第 4 项' }] },
    { name: 'list before a count', text: '内设办公室、财务股、财务股、业务股4个股室。', errors: [{ match: '财务股' }] },
    { name: 'names with quotes', text: '开展活动3次，分别为“科普日”、“科技周”、“科普日”。', errors: [{ match: '科普日' }] },
    { name: 'list ending in 等 still has a repeat', text: '包括东村、西村、东村等。', errors: [{ match: '东村' }] },
    { name: 'people named twice', text: '评价工作组成员4名，分别为王秀英、李志强、王秀英、陈晓东。', errors: [{ match: '王秀英' }] },
  ],
});
