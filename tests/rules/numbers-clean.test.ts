// Correct report text, as departments write it, must give no finding of any numbers rule.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';

const RULES = ['sum-total', 'percent-sum', 'percent-ratio', 'metric-consistency', 'target-actual', 'deviation-explained', 'score-grade', 'zero-budget-scored', 'over-completion'];

const CLEAN: [string, string][] = [
  ['budget with 其中 lists', '2024年度收入预算合计356.78万元，其中：一般公共预算拨款收入350.00万元，其他收入6.78万元。支出预算合计356.78万元，其中：基本支出300.50万元，项目支出56.28万元。'],
  ['三公经费 with a change and a breakdown', '“三公”经费支出2.30万元，较上年减少0.50万元，下降17.86%。其中：公务接待费0.80万元，公务用车运行维护费1.50万元，因公出国（境）费0万元。'],
  ['two breakdowns in one sentence', '本部门共有编制人数15人，其中行政编制10人，事业编制5人；实有人数14人，其中在职12人，退休2人。'],
  ['approximate and large counts', '全年共组织开展科普活动15场次，受益群众达1.2万人次，发放宣传资料8000余份。'],
  ['rates and percentage points', '部门预算执行率为98.65%，较上年提高2.1个百分点，群众满意度96.4%。'],
  ['execution', '预算资金12万元，实际支出10.2万元，执行率85%。'],
  ['a single part', '项目资金12万元，其中财政拨款12万元。'],
  ['breakdown in brackets', '发放科普资料1000份（其中宣传册500份、挂图500份）。'],
  ['assets', '资产总额120.5万元，其中流动资产50.5万元，固定资产70万元。'],
  ['per-month averages', '2025年1月至12月，共开展活动24次，平均每月2次。'],
  ['grade legend', '评分标准：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。'],
  ['score and grade', '经自评，本项目综合得分92.5分，评价等级为优。'],
  ['last year vs this year', '今年开展科普宣传活动10次。\n上年开展科普宣传活动8次。'],
  ['parts of a total in another paragraph', '全年开展科普活动15场。\n其中科普进社区活动5场，科普进校园活动10场。'],
  ['shares of income and spending', '收入合计186.40万元，其中财政拨款收入180.00万元，占收入合计的96.57%；其他收入6.40万元，占收入合计的3.43%。'],
  ['completion of the budget is not a share', '“三公”经费支出决算为2.3万元，完成预算的76.67%。'],
  ['targets met, in a different section', '一、绩效目标\n年度绩效指标：开展培训不少于4期，培训人员不少于200人次，满意度不低于90%。\n二、完成情况\n全年开展培训5期，培训人员236人次，满意度95%。'],
  ['cost target met', '绩效指标：项目总成本不超过12万元，完成时间不超过12个月。\n完成情况：项目总成本10.2万元，11个月完成。'],
  ['文号, dates, phones', '根据《关于开展2024年度预算绩效自评工作的通知》（平财预〔2025〕3号），联系人张三，电话0311-82012345，于2025年2月20日前报送。'],
];

describe('numbers rules on clean text', () => {
  for (const [name, text] of CLEAN) {
    it(name, async () => {
      const result = await lintText(text, { rules: Object.fromEntries(RULES.map((id) => [id, 'error'])), only: true });
      expect(result.messages.map((m) => `${m.ruleId}: ${m.message} «${m.excerpt}»`)).toEqual([]);
    });
  }
});
