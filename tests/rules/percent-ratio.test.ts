import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('percent-ratio', {
  valid: [
    { name: 'seed: 236.95 / 271.77 = 87.19 %', text: '其中基本支出271.77万元。基本支出中人员经费236.95万元，占基本支出87.19%，日常公用经费34.81万元，占基本支出12.81%。' },
    { name: 'whole percents of a third', text: '总支出300万元。培训费100万元，占总支出33%。' },
    { name: 'unknown whole', text: '人员经费236.95万元，占总支出87%。' },
    { name: 'rates are not shares', text: '预算数100万元，执行数98万元，执行率98%，满意度95%。' },
    { name: 'different years', text: '2023年总支出100万元。2024年人员经费60万元，占总支出50%。' },
    { name: 'approximate shares', text: '总支出100万元。人员经费60万元，约占总支出50%。' },
    { name: 'the whole rounded to one decimal', text: '总支出271.8万元。人员经费236.95万元，占总支出87.18%。' },
    { name: '文号 and dates around the figures', text: '根据财预〔2020〕10号，截至2025年12月31日，基本支出271.77万元，人员经费236.95万元，占基本支出87.19%。' },
    { name: 'counts', text: '培训学员200人，其中女性学员80人，占培训学员40%。' },
    { name: 'shares after the parts of a breakdown', text: '2024年部门决算收入合计1,234.56万元，比上年增加100.00万元，增长8.81%。其中：财政拨款收入1,200.00万元，占97.20%；其他收入34.56万元，占2.80%。' },
  ],
  invalid: [
    { name: 'seed variant 85.19 %', text: '其中基本支出271.77万元。人员经费236.95万元，占基本支出85.19%。', errors: [{ match: /87\.19.*85\.19%/, severity: 'error' }] },
    { name: 'one last-digit unit is a warning', text: '其中基本支出271.77万元。人员经费236.95万元，占基本支出87.20%。', errors: [{ match: '87.20%', severity: 'warning' }] },
    { name: 'A占B的P% with A stated elsewhere', text: '基本支出271.77万元，人员经费236.95万元。人员经费占基本支出的80%。', errors: [{ match: '80%' }] },
    { name: 'counts', text: '培训学员200人，其中女性学员80人，占培训学员50%。', errors: [{ match: /40\.00%.*50%/ }] },
    { name: '亿元 whole and 万元 part', text: '项目总投资1.2亿元，其中财政资金3000万元，占项目总投资30%。', errors: [{ match: '25.00%' }] },
    { name: 'whole in an earlier paragraph of the section', text: '一、收支情况\n总支出100万元。\n人员经费50万元，占总支出的40.0%。', errors: [{ match: '50.00%' }] },
    { name: 'full-width digits', text: '总支出２００万元。培训费５０万元，占总支出２０％。', errors: [{ match: '25.00%' }] },
    { name: 'two shares, one wrong', text: '基本支出271.77万元。人员经费236.95万元，占基本支出87.19%，日常公用经费34.81万元，占基本支出15.81%。', errors: [{ match: '15.81%' }] },
    { name: 'Chinese wording 占…比例', text: '收入总额500万元。财政拨款400万元，占收入总额的比例为70%。', errors: [{ match: '80.00%' }] },
    { name: 'shares after the parts of a breakdown, whole not named', text: '收入合计1,234.56万元。其中：财政拨款收入1,200.00万元，占95.20%；其他收入34.56万元，占4.80%。', errors: [{ match: /97\.20%.*95\.20%/ }, { match: /2\.80%.*4\.80%/ }] },
  ],
});
