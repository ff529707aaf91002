import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('percent-sum', {
  valid: [
    { name: 'three thirds make 99.99 % after rounding', text: '甲类占总收入33.33%，乙类占总收入33.33%，丙类占总收入33.33%。' },
    { name: 'three shares at 100.01 % after rounding', text: '中央补助资金占23.96%，省级补助资金占32.33%，县级配套资金占43.72%。' },
    { name: 'seed: 87.19 % + 12.81 %', text: '基本支出中人员经费236.95万元，占基本支出87.19%，日常公用经费34.81万元，占基本支出12.81%。' },
    { name: 'seed: 100 % + 0 %', text: '财政拨款支出271.77万元，其中基本支出271.77万元，占总支出100%，项目支出0万元，占总支出0%。' },
    { name: 'rates are not shares', text: '预算执行率98%，群众满意度95%，任务完成率100%。' },
    { name: 'growth rates are not shares', text: '支出同比增长12%，较上年下降3%，增长率为5%。' },
    { name: 'a single share', text: '人员经费占基本支出87.19%。' },
    { name: 'shares of different wholes', text: '人员经费占总收入60%，公用经费占总支出30%。' },
    { name: 'rounded shares within half a unit', text: '甲类占总量33.3%，乙类占总量33.3%，丙类占总量33.4%。' },
    { name: 'satisfaction breakdown without a named whole is not a share list', text: '群众满意度95%，其中非常满意占60%，满意占35%。' },
    { name: '文号 before the shares', text: '根据财预〔2020〕10号，人员经费占总支出60%，公用经费占总支出40%。' },
    { name: 'the same part stated twice is one share', text: '人员经费占基本支出的87.19%，日常公用经费占基本支出的12.81%，即人员经费占基本支出的87.19%。' },
    { name: 'shares after the parts of a breakdown (whole not named)', text: '2024年部门决算收入合计1,234.56万元，比上年增加100.00万元，增长8.82%。其中：财政拨款收入1,200.00万元，占97.20%；其他收入34.56万元，占2.80%。' },
    // one defect, one finding: a share wrong against its own amount is percent-ratio's
    { name: 'one share wrong against its amount (percent-ratio reports it)', text: '2024年部门决算收入合计1,234.56万元，比上年增加100.00万元，增长8.82%。其中：财政拨款收入1,200.00万元，占97.20%；其他收入34.56万元，占3.80%。' },
    { name: 'a list whose shares add up', text: '1. 财政拨款收入占总收入的96.57%。\n2. 其他收入占总收入的3.43%。' },
    { name: 'list items with shares of different wholes', text: '1. 人员经费占基本支出的87.19%。\n2. 项目支出占总支出的20%。' },
  ],
  invalid: [
    { name: 'variant summing to 99.5 %', text: '基本支出中人员经费236.95万元，占基本支出87.19%，日常公用经费34.81万元，占基本支出12.31%。', errors: [{ match: '99.50%', severity: 'error' }] },
    { name: '占比 shares', text: '财政拨款占比60%，其他收入占比30%。', errors: [{ match: '90%' }] },
    { name: 'more than 100 %', text: '人员经费占总支出的50.5%，公用经费占总支出的50.5%。', errors: [{ match: '101.0%' }] },
    { name: 'one last-digit unit is a warning', text: '甲类占总收入50.00%，乙类占总收入49.99%。', errors: [{ match: '99.99%', severity: 'warning' }] },
    { name: 'three shares two units off', text: '甲类占总收入33.33%，乙类占总收入33.33%，丙类占总收入33.32%。', errors: [{ match: '99.98%' }] },
    { name: 'whole percents one unit off', text: '城镇居民占受益人群的45%，农村居民占受益人群的54%。', errors: [{ match: '99%', severity: 'warning' }] },
    { name: 'full-width digits', text: '甲项目占总量６０％，乙项目占总量３０％。', errors: [{ match: '90%' }] },
    { name: 'shares of a breakdown over 100 %', text: '其中基本支出占总支出80%，项目支出占总支出30%。', errors: [{ match: '110%' }] },
    { name: '比重 wording', text: '工资福利支出比重为70%，商品和服务支出比重为20%。', errors: [{ match: '90%' }] },
    {
      name: 'a 占比 table column',
      text: '| 项目 | 金额（万元） | 占比 |\n| --- | --- | --- |\n| 人员经费 | 60 | 60% |\n| 公用经费 | 30 | 30% |\n| 合计 | 90 | 100% |',
      errors: [{ match: '90%' }],
    },
    { name: 'shares after the parts of a breakdown add up to 101 %, none checkable against an amount', text: '其中：财政拨款收入占97.20%；其他收入占3.80%。收入合计的构成中，财政拨款收入占收入合计的97.20%，其他收入占收入合计的3.80%。', errors: [{ match: '101.00%' }] },
    { name: 'a wrong share percent-ratio cannot check, next to a right one it can', text: '基本支出271.77万元，人员经费236.95万元，占基本支出87.19%，日常公用经费占基本支出15.81%。', errors: [{ match: '103.00%' }] },
    { name: 'a list of shares', text: '一、收入情况\n1. 财政拨款收入占总收入的90.57%。\n2. 其他收入占总收入的3.43%。', errors: [{ match: '94.00%', excerpt: '3.43%' }] },
  ],
});
