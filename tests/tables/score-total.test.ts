import { readFileSync } from 'node:fs';
import { ruleTester } from '../helpers/rule-tester.js';
import { selfEval } from './build.js';

const fixture = (name: string) => readFileSync(`fixtures/tables/${name}.md`, 'utf8');
const table = (fundScore: string, scores: [string, string, string], total: string, text: { before?: string; after?: string } = {}) =>
  selfEval({
    fund: [['年度资金总额', '10.00', '10.00', '9.00', '10', '90.00%', fundScore]],
    rows: [
      ['产出指标（50分）', '数量指标', '培训人数', '≥800人', '812人', '50', scores[0], ''],
      ['效益指标（30分）', '社会效益指标', '就业率', '≥60%', '66%', '30', scores[1], ''],
      ['满意度指标（10分）', '满意度', '学员满意度', '≥90%', '95%', '10', scores[2], ''],
    ],
    total: ['100', total],
    ...text,
  });

ruleTester('score-total', {
  valid: [
    { name: 'clean fixture with the score in the text', text: fixture('clean') },
    { name: 'kepu fixture: 79', text: fixture('kepu') },
    { name: 'Sichuan fixture: 96.5 and the conclusion', text: fixture('sichuan') },
    { name: 'decimals add up', text: table('9', ['48.5', '27.3', '9.6'], '94.4') },
    { name: 'a text score rounded from the table', text: table('9', ['48.5', '27', '9'], '93.5', { after: '经自评，该项目自评得分94分。' }) },
    { name: 'the department score is another figure', text: table('9', ['50', '30', '10'], '99', { before: '部门整体支出自评得分95分。' }) },
    { name: 'no total row: nothing to compare', text: selfEval({ rows: [['产出指标', '数量', '培训人数', '≥800人', '812人', '50', '50', '']] }) },
    { name: 'narrative check off', text: table('9', ['50', '30', '10'], '99', { after: '自评得分90分。' }), options: { narrative: false } },
  ],
  invalid: [
    {
      name: 'no fund block: the message does not speak of a 预算执行率 score of 0',
      text: selfEval({ rows: [['产出指标（50分）', '数量指标', '培训人数', '≥800人', '812人', '50', '45', '疫情影响']], total: ['50', '48'] }),
      errors: [{ match: /^各项得分合计 45，但总分为 48\n/ }],
    },
    { name: 'total fixture: 94.2 against 96.2', text: fixture('total'), errors: [{ match: /合计 94\.2.*总分为 96\.2/, severity: 'error', excerpt: '96.2' }] },
    { name: 'total 98 with scores adding to 94', text: table('9', ['48', '27', '10'], '98'), errors: [{ match: /合计 94.*98/, severity: 'error' }] },
    { name: 'one decimal unit off: warning', text: table('9', ['48.5', '27.3', '9.6'], '94.5'), errors: [{ match: /合计 94\.4.*94\.5/, severity: 'warning' }] },
    {
      name: 'the text quotes another score',
      text: table('9', ['48', '27', '8'], '92', { after: '综上，本项目自评得分为90分，评价等级为优。' }),
      errors: [{ match: /自评得分为 90 分.*总分为 92/, excerpt: '90' }],
    },
    {
      name: 'a total above 100',
      text: table('10', ['55', '30', '10'], '105'),
      errors: [{ match: /总分 105 超过总分值 100/ }],
    },
    {
      name: 'the fund score is part of the sum',
      text: table('8', ['50', '30', '10'], '100', { after: '自评得分100分。' }),
      errors: [{ match: /合计 98（含预算执行率得分 8）/ }],
    },
  ],
});
