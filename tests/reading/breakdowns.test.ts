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

// "A、B分别为a、b": the values go to the names in order, and the list is summed
ruleTester('sum-total', {
  valid: [
    { name: '其中A、B、C分别为 (agree)', text: '项目支出4438.00万元，其中农村饮水安全工程维修养护资金、小型水库除险加固资金、河道清淤专项经费分别为2423.99万元、2014.01万元、0.00万元。' },
    { name: 'A和B分别为 a和b (agree, counts)', text: '共开展培训30期，其中线上培训和线下培训分别为12期和18期。' },
    { name: 'ambiguous clause still silent', text: '支出100万元，其中A项目预算50万元执行45万元，B项目预算50万元执行40万元。' },
  ],
  invalid: [
    { name: '其中A、B、C分别为 (4448 ≠ 4437.99)', text: '项目支出4448.00万元，其中农村饮水安全工程维修养护资金、小型水库除险加固资金、河道清淤专项经费分别为2423.99万元、2014.00万元、0.00万元。', errors: [{ match: /4437\.99万元.*4448\.00万元/ }] },
    { name: 'A、B分别为 without 其中', text: '项目支出300万元，A资金、B资金分别为100万元、150万元。', errors: [{ match: /250万元.*300万元/ }] },
    { name: 'A和B分别为 a和b', text: '共开展培训30期，其中线上培训和线下培训分别为12期和16期。', errors: [{ match: /28期.*30期/ }] },
  ],
});
