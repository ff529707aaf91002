// §2 of the reading issue: what a 其中 list is a breakdown of, and where it ends.
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('sum-total', {
  valid: [
    // a 其中 naming posts within a staff count is a subset, not a breakdown
    { name: '编制12名。其中，主任1名，副主任3名', text: '核定事业编制12名。其中，主任1名，副主任3名。' },
    { name: '编制15名，其中局长1名、副局长2名', text: '核定编制15名，其中局长1名、副局长2名。' },
    { name: '在职人员30人，其中党组书记1人，副局长3人', text: '现有在职人员30人，其中党组书记1人，副局长3人，总工程师1人。' },
    // a 、 list ends at the next ，: the clause after it is another statement
    { name: '48 = 20 + 28, then 实有45人', text: '核定编制48名，其中行政编制20名、事业编制28名，年末实有在职人员45人。' },
    { name: '60 = 35 + 25, then 退休18人', text: '单位编制60人，其中行政编制35人、事业编制25人，离退休人员18人。' },
    { name: '100 = 60 + 40 万元, then 结转', text: '项目资金100万元，其中中央资金60万元、省级资金40万元，年末结转资金12万元。' },
    { name: '和-joined parts, then a clause', text: '核定编制48名，其中行政编制20名和事业编制28名，实有人员45人。' },
  ],
  invalid: [
    { name: '48 ≠ 20 + 26 (the 45 not added)', text: '核定编制48名，其中行政编制20名、事业编制26名，年末实有在职人员45人。', errors: [{ match: /20名 \+ 26名 合计 46名/ }] },
    { name: '100 ≠ 60 + 30 万元 (结转 not added)', text: '项目资金100万元，其中中央资金60万元、省级资金30万元，年末结转资金12万元。', errors: [{ match: /90万元.*100万元/ }] },
    { name: 'a breakdown by kind in a new sentence still counts', text: '年末实有人员48人。其中，在职人员30人，退休人员16人。', errors: [{ match: /46人.*48人/ }] },
    { name: '，-separated list keeps all its parts', text: '项目资金100万元，其中中央资金50万元，省级资金30万元，县级资金10万元。', errors: [{ match: /90万元.*100万元/ }] },
  ],
});

// bracketed sub-parts belong to their part, not to the outer sum
ruleTester('sum-total', {
  valid: [
    { name: '基本支出（其中人员经费、公用经费）、项目支出', text: '支出合计1995.25万元，其中基本支出1536.34万元（其中人员经费1198.34万元、日常公用经费338.00万元）、项目支出458.91万元。' },
    { name: 'thousands separators, half-width brackets', text: '支出合计53,046.53万元，其中基本支出41,546.53万元(其中人员经费30,000.00万元、日常公用经费11,546.53万元)，项目支出11,500.00万元。' },
    { name: 'staff with bracketed sub-counts', text: '实有人员48人，其中在职人员30人（其中行政12人、事业18人），退休人员18人。' },
  ],
  invalid: [
    { name: 'outer sum wrong', text: '支出合计1995.25万元，其中基本支出1536.34万元（其中人员经费1198.34万元、日常公用经费338.00万元）、项目支出450.91万元。', errors: [{ match: /1987\.25万元.*1995\.25万元/ }] },
    { name: 'inner sum wrong', text: '支出合计1995.25万元，其中基本支出1536.34万元（其中人员经费1190.34万元、日常公用经费338.00万元）、项目支出458.91万元。', errors: [{ match: /1528\.34万元.*1536\.34万元/ }] },
  ],
});
