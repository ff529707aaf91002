import { readFileSync } from 'node:fs';
import { ruleTester } from '../helpers/rule-tester.js';
import { selfEval } from './build.js';

const fixture = (name: string) => readFileSync(`fixtures/tables/${name}.md`, 'utf8');
const fund = [['年度资金总额', '10.00', '10.00', '10.00', '10', '100.00%', '10']];
const standard = (overrides: Partial<Record<'p' | 'e' | 's' | 'f', string>> = {}, rows?: string[][]) =>
  selfEval({
    fund: [['年度资金总额', '10.00', '10.00', '10.00', overrides.f ?? '10', '100.00%', overrides.f ?? '10']],
    rows: rows ?? [
      [`产出指标（${overrides.p ?? '50'}分）`, '数量指标', '培训人数', '≥800人', '812人', '30', '30', ''],
      ['', '质量指标', '合格率', '≥90%', '95%', '20', '20', ''],
      [`效益指标（${overrides.e ?? '30'}分）`, '社会效益指标', '就业率', '≥60%', '66%', '30', '30', ''],
      [`满意度指标（${overrides.s ?? '10'}分）`, '服务对象满意度指标', '学员满意度', '≥90%', '95%', '10', '10', ''],
    ],
    total: ['100', '100'],
  });

ruleTester('weight-sum', {
  valid: [
    { name: 'clean fixture', text: fixture('clean') },
    { name: 'kepu fixture (weights are right there)', text: fixture('kepu') },
    { name: 'Sichuan fixture', text: fixture('sichuan') },
    { name: 'reordered columns', text: fixture('reordered') },
    { name: 'standard weights', text: standard() },
    {
      name: '预算执行率 listed as an indicator row is not counted twice',
      text: standard({}, [
        ['产出指标（50分）', '数量指标', '培训人数', '≥800人', '812人', '50', '50', ''],
        ['效益指标（30分）', '社会效益指标', '就业率', '≥60%', '66%', '30', '30', ''],
        ['满意度指标（10分）', '满意度', '满意度', '≥90%', '95%', '10', '10', ''],
        ['预算执行率', '预算执行率', '预算执行率', '100%', '100%', '10', '10', ''],
      ]),
      options: { checkDefaults: false },
    },
    {
      name: 'no group labels, weights add to 100 without a fund block',
      text: selfEval({
        rows: [
          ['产出指标', '数量指标', '培训人数', '≥800人', '812人', '60', '60', ''],
          ['效益指标', '社会效益指标', '就业率', '≥60%', '66%', '30', '30', ''],
          ['满意度指标', '满意度', '满意度', '≥90%', '95%', '10', '10', ''],
        ],
        total: ['100', '100'],
      }),
      options: { checkDefaults: false },
    },
    {
      name: 'adjusted first-level weights with the check off',
      text: standard({}, [
        ['产出指标（60分）', '数量指标', '培训人数', '≥800人', '812人', '60', '60', ''],
        ['效益指标（20分）', '社会效益指标', '就业率', '≥60%', '66%', '20', '20', ''],
        ['满意度指标（10分）', '满意度', '满意度', '≥90%', '95%', '10', '10', ''],
      ]),
      options: { checkDefaults: false },
    },
  ],
  invalid: [
    {
      name: 'a truncated table (no total row, the last weight cell empty): one finding, no sum',
      text: selfEval({ fund, rows: [['产出指标（50分）', '数量指标', '培训人数', '≥800人', '812人', '', '30', '']] }),
      errors: [{ match: /不完整.*培训人数/ }],
    },
    {
      name: 'an indicator block with no 预算执行 block: one finding, no sum',
      text: selfEval({ rows: [['产出指标（50分）', '数量指标', '培训人数', '≥800人', '812人', '50', '50', ''], ['效益指标（30分）', '社会效益指标', '就业率', '≥60%', '66%', '30', '30', ''], ['满意度指标（10分）', '满意度', '满意度', '≥90%', '95%', '10', '10', '']], total: ['100', '90'] }),
      options: { checkDefaults: false },
      errors: [{ match: /不完整.*预算执行.*90/ }],
    },
    {
      name: 'no fund block: the message does not speak of a 预算执行率 weight of 0',
      text: selfEval({ rows: [['产出指标（50分）', '数量指标', '培训人数', '≥800人', '812人', '50', '50', ''], ['效益指标（30分）', '社会效益指标', '就业率', '≥60%', '66%', '30', '30', '']], total: ['90', '80'] }),
      errors: [{ match: /^各项分值合计 80，但总分行的分值为 90\n/ }],
    },
    {
      name: 'merged fixture: 产出 45 of 50, all 95',
      text: fixture('merged'),
      errors: [{ match: /产出指标.*合计 45.*50 分/, severity: 'error' }, { match: /合计 95.*应为 100/, severity: 'error' }],
    },
    {
      name: 'the total row states 100 but the weights add to 95',
      text: selfEval({
        fund,
        rows: [
          ['产出指标', '数量指标', '培训人数', '≥800人', '812人', '45', '45', ''],
          ['效益指标', '社会效益指标', '就业率', '≥60%', '66%', '30', '30', ''],
          ['满意度指标', '满意度', '满意度', '≥90%', '95%', '10', '10', ''],
        ],
        total: ['100', '95'],
      }),
      options: { checkDefaults: false },
      errors: [{ match: /合计 95（指标 85 \+ 预算执行率 10），但总分行的分值为 100/ }],
    },
    {
      name: 'a level-2 group weight',
      text: selfEval({
        fund,
        rows: [
          ['产出指标（50分）', '数量指标（30分）', '培训人数', '≥800人', '812人', '20', '20', ''],
          ['', '', '培训期数', '≥20期', '20期', '5', '5', ''],
          ['', '质量指标（20分）', '合格率', '≥90%', '95%', '25', '20', ''],
          ['效益指标（30分）', '社会效益指标', '就业率', '≥60%', '66%', '30', '30', ''],
          ['满意度指标（10分）', '满意度', '满意度', '≥90%', '95%', '10', '10', ''],
        ],
        total: ['100', '95'],
      }),
      errors: [{ match: /数量指标.*合计 25.*30 分/ }, { match: /质量指标.*合计 25.*20 分/ }],
    },
    {
      name: 'weights add to 105 without a total row',
      text: selfEval({
        fund,
        rows: [
          ['产出指标', '数量指标', '培训人数', '≥800人', '812人', '55', '55', ''],
          ['效益指标', '社会效益指标', '就业率', '≥60%', '66%', '30', '30', ''],
          ['满意度指标', '满意度', '满意度', '≥90%', '95%', '10', '10', ''],
        ],
      }),
      options: { checkDefaults: false },
      errors: [{ match: /合计 105.*应为 100/ }],
    },
    {
      name: 'first-level weights 60/20/10/10 are an info',
      text: standard({ p: '60', e: '20' }, [
        ['产出指标（60分）', '数量指标', '培训人数', '≥800人', '812人', '60', '60', ''],
        ['效益指标（20分）', '社会效益指标', '就业率', '≥60%', '66%', '20', '20', ''],
        ['满意度指标（10分）', '满意度', '满意度', '≥90%', '95%', '10', '10', ''],
      ]),
      errors: [{ match: /产出 60、效益 20、满意度 10、预算执行率 10.*产出 50/, severity: 'info' }],
    },
    {
      name: 'Sichuan: 绩效指标（90分） but the indicators add to 85',
      text: fixture('sichuan').replace('| 维修养护供水工程处数 | ≥ | 120 | 处 | 126 | 20 | 20 |', '| 维修养护供水工程处数 | ≥ | 120 | 处 | 126 | 15 | 15 |'),
      errors: [
        { match: /绩效指标.*合计 85.*90 分/, severity: 'error' },
        { match: /产出 45.*产出 50/, severity: 'info' },
        { match: /合计 95.*总分行的分值为 100/, severity: 'error' },
      ],
    },
    {
      name: 'the profile total can be changed',
      text: standard(),
      options: { total: 90 },
      errors: [{ match: /应为 90/ }],
    },
  ],
});
