// §2 of the reading issue, sums: totals stated after their parts, 具体包括, "X中：" in the next paragraph, parts of any
// name and unit, the tolerance of the stated total, and the names a list gives its figures (zero-budget-scored).
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { lintDocument, lintText, parseReport } from '../../src/api.js';
import { makeDocx } from '../helpers/make-docx.js';
import type { RuleEntries } from '../../src/config/rule-settings.js';
import { ruleTester } from '../helpers/rule-tester.js';

// ── the total stated after its parts: "A a，B b，项目支出合计 N" ──
ruleTester('sum-total', {
  valid: [
    { name: 'parts agree with 项目支出合计', text: '政府性基金预算财政拨款水利建设项目301.00万元，小型水库除险加固资金223.30万元，农村饮水安全工程维修养护资金0.00万元，项目支出合计524.30万元。' },
    { name: 'parts agree with 收入合计', text: '2024年度我局财政拨款收入1,280.40万元，事业收入36.00万元，其他收入14.50万元，收入合计1,330.90万元。' },
    { name: 'other kinds before 支出合计 are not its parts', text: '年初结转结余10万元，本年收入50万元，支出合计40万元。' },
    { name: 'another whole of the same kind is not a part', text: '人员经费80万元，公用经费20万元，基本支出100万元，项目支出合计50万元。' },
    { name: 'what was done with the money is not a part', text: '项目资金100万元，已支付80万元，资金合计100万元。' },
    { name: 'a total after a 其中 list is not one more part', text: '收入合计300万元，其中财政拨款200万元，其他收入100万元，支出合计280万元。' },
    { name: 'a 合计 repeating the total of a 其中 list', text: '总支出100万元，其中基本支出60万元，项目支出40万元，合计100万元。' },
  ],
  invalid: [
    {
      name: 'generated: the first part is not named …资金/经费',
      text: '政府性基金预算财政拨款水利建设项目301.00万元，小型水库除险加固资金223.48万元，农村饮水安全工程维修养护资金0.00万元，项目支出合计524.30万元。',
      errors: [{ match: /524\.48万元.*524\.30万元/, severity: 'error' }],
    },
    { name: '收入合计, three parts', text: '2024年度我局财政拨款收入1,280.40万元，事业收入36.00万元，其他收入12.50万元，收入合计1,330.90万元。', errors: [{ match: /1328\.90万元/ }] },
    { name: 'in 元', text: '工程建设费1,250,000元，监理费86,000元，培训费30,500元，项目支出合计1,376,500元。', errors: [{ match: /1366500元/ }] },
    { name: 'counts', text: '在职人员30人，退休人员16人，人员合计48人。', errors: [{ match: /46人.*48人/ }] },
    { name: 'a last-digit slip is a warning', text: '人员经费236.95万元，日常公用经费34.81万元，基本支出合计271.77万元。', errors: [{ match: /271\.76万元.*271\.77万元/, severity: 'warning' }] },
    { name: 'a total after a wrong 其中 list: one finding', text: '总支出100万元，其中基本支出60万元，项目支出30万元，合计90万元。', errors: [{ match: /90万元.*100万元/ }] },
  ],
});

// ── 具体包括 / 具体为 ──
ruleTester('sum-total', {
  valid: [
    { name: '具体包括, agreeing', text: '项目支出345.10万元，具体包括健康教育专项经费175.00万元、基本公共卫生服务补助资金80.80万元、村医补助资金89.30万元。' },
    { name: '具体为, agreeing', text: '项目资金58.6万元，具体为设备购置费32.4万元、培训费16.2万元、宣传费10.0万元。' },
  ],
  invalid: [
    {
      name: 'generated: 具体包括',
      text: '项目支出345.10万元，具体包括健康教育专项经费174.00万元、基本公共卫生服务补助资金80.80万元、村医补助资金89.30万元。',
      errors: [{ match: /344\.10万元.*345\.10万元/ }],
    },
    { name: '具体包括：with a colon', text: '项目资金58.6万元，具体包括：设备购置费32.4万元、培训费16.2万元、宣传费9.0万元。', errors: [{ match: /57\.6万元/ }] },
    { name: '具体为, counts', text: '共开展培训20期，具体为线上培训8期、线下培训11期。', errors: [{ match: /19期.*20期/ }] },
  ],
});

// ── the whole named in the next paragraph ("实际支出中：…"), reported on the line of the stated total ──
ruleTester('sum-total', {
  valid: [
    { name: '实际支出中, agreeing', text: '实际支出7033万元。\n实际支出中：工程建设费3384万元，培训费3649万元。' },
    { name: '全年支出中, agreeing', text: '全年支出1,250.60万元。\n全年支出中：人员经费850.60万元，公用经费400.00万元。' },
  ],
  invalid: [
    { name: '实际支出中 (label 支出)', text: '实际支出7032万元。\n实际支出中：工程建设费3384万元，培训费3649万元。', errors: [{ match: /7033万元.*7032万元/, severity: 'warning', line: 1 }] },
    { name: '全年支出中', text: '全年支出1,250.60万元。\n全年支出中：人员经费800.00万元，公用经费400.00万元。', errors: [{ match: /1200\.00万元.*1,250\.60万元/, severity: 'error', line: 1 }] },
    { name: '累计支出中, 元 parts', text: '累计支出95.20万元。\n累计支出中：科普活动经费600000元，设备购置费342000元。', errors: [{ match: /94\.20万元.*95\.20万元/, line: 1 }] },
  ],
});

// ── "项目支出包括A a、B b": the whole named before the marker, its figure stated in an earlier sentence ──
ruleTester('sum-total', {
  valid: [
    { name: 'agreeing, after a change clause', text: '2024年度支出合计152.40万元，较上年的140.00万元增长10.86%。其中基本支出118.40万元，项目支出34.00万元。项目支出包括科普日活动经费20.00万元、科技工作者培训经费14.00万元、老科协活动经费0万元。' },
    { name: 'another whole of that name is not stated', text: '项目支出34.00万元。本单位支出包括人员经费20.00万元、公用经费13.00万元。' },
  ],
  invalid: [
    {
      name: '项目支出包括, one part short',
      text: '2024年度支出合计152.40万元。其中基本支出118.40万元，项目支出34.00万元。项目支出包括科普日活动经费20.00万元、科技工作者培训经费13.00万元、老科协活动经费0万元。',
      errors: [{ match: /33\.00万元.*34\.00万元/ }],
    },
    { name: '具体包括： in the next paragraph, on the total\'s line', text: '项目支出34.00万元。\n项目支出具体包括：科普日活动经费20.00万元、科技工作者培训经费13.00万元。', errors: [{ match: /33\.00万元.*34\.00万元/, line: 1 }] },
  ],
});

// ── the tolerance is the last written digit of the stated total; parts are read as written ──
ruleTester('sum-total', {
  valid: [
    { name: 'a total rounded to one decimal', text: '支出总额271.8万元，其中人员经费236.95万元，日常公用经费34.81万元。' },
    { name: 'a total rounded to whole 万元', text: '支出合计272万元，其中基本支出236.95万元，项目支出34.81万元。' },
    { name: 'a 元 part beside 万元 parts is converted, not dropped', text: '河道清淤专项经费6638.65万元、防汛抗旱物资储备经费5328万元和办公设备购置经费3500元，共计11967万元。' },
    { name: 'the same with 11967.00', text: '河道清淤专项经费6638.65万元、防汛抗旱物资储备经费5328万元和办公设备购置经费3500元，共计11967.00万元。' },
    { name: 'whole parts beside one-decimal parts, agreeing', text: '监理费476.5万元、宣传费800.2万元和培训费630万元，合计1,906.7万元。' },
  ],
  invalid: [
    { name: '0.3万元 off a one-decimal total, a whole part among them', text: '监理费476.5万元、宣传费800.2万元和培训费630万元，合计1,906.4万元。', errors: [{ match: /1906\.7万元.*1,906\.4万元/, severity: 'error' }] },
    { name: 'the same in 元', text: '监理费4,765,000元、宣传费8,002,000元和培训费6,300,000元，合计19,064,000元。', errors: [{ match: /19067000元/, severity: 'error' }] },
    { name: 'a one-decimal part does not widen a two-decimal total', text: '实际支出1,113.21万元，其中监理费341.8万元、材料费341.92万元、设备购置费429.52万元。', errors: [{ match: /1113\.24万元/, severity: 'error' }] },
    { name: 'a whole part does not widen it either: last digit', text: '实际支出1768.27万元，包括监理费703.78万元、宣传费231万元、设备购置费511.59万元、材料费321.91万元。', errors: [{ match: /1768\.28万元/, severity: 'warning' }] },
    { name: 'a 元 part beside 万元 parts, total off', text: '河道清淤专项经费6638.65万元、防汛抗旱物资储备经费5328万元和办公设备购置经费3500元，共计11966.65万元。', errors: [{ match: /11967\.00万元.*11966\.65万元/, severity: 'error' }] },
  ],
});

// ── parts of any name, bracketed and nested sub-parts ──
ruleTester('sum-total', {
  valid: [
    { name: '亿元 total, bracketed sub-parts not added', text: '2025年度支出合计9.90亿元，其中基本支出70290.00万元（其中人员经费53420.00万元、日常公用经费16870.00万元）、项目支出28710.00万元。' },
    { name: 'nested breakdown, both agree', text: '项目支出500.00万元，其中水利建设项目300.00万元、监理费200.00万元。水利建设项目中，工程建设费180.00万元，设备购置费120.00万元。' },
    { name: 'staff breakdown followed by another count', text: '核定编制34名，其中行政编制30名、事业编制4名，年末实有在编人员34人。' },
  ],
  invalid: [
    { name: 'parts named 项目 and 费', text: '项目支出160万元，其中政府性基金预算财政拨款水利建设项目100万元、监理费20万元、培训费30万元。', errors: [{ match: /150万元.*160万元/ }] },
    { name: '费 parts with 和 and 合计', text: '工程建设费100万元、监理费20万元和培训费30万元，合计160万元。', errors: [{ match: /150万元.*160万元/ }] },
    {
      name: 'bracketed sub-parts checked against their own part only',
      text: '2025年度支出合计9.90亿元，其中基本支出70290.00万元（其中人员经费53420.00万元、日常公用经费16860.00万元）、项目支出28710.00万元。',
      errors: [{ match: /70280\.00万元.*70290\.00万元/ }],
    },
    {
      name: 'nested breakdown: only the inner one is wrong',
      text: '项目支出500.00万元，其中水利建设项目300.00万元、监理费200.00万元。水利建设项目中，工程建设费180.00万元，设备购置费110.00万元。',
      errors: [{ match: /290\.00万元.*300\.00万元/ }],
    },
  ],
});

// ── the names a list gives its figures: a zero item is seen, a funded one is not taken for zero ──
ruleTester('zero-budget-scored', {
  valid: [
    {
      name: 'A、B分别为 0、40: B is funded (the 0 is A\'s)',
      text: '河道清淤专项经费、防汛抗旱物资储备经费分别为0万元、40万元。\n1.防汛抗旱物资储备经费综合绩效评分为84分，良好。',
    },
    {
      name: '其中A、B、C分别为: the scored ones are funded',
      text: '项目支出120.00万元，其中河道清淤专项经费、小型水库除险加固资金、防汛抗旱物资储备经费分别为80.00万元、40.00万元、0.00万元。\n1.河道清淤专项经费综合绩效评分为87分，良。2.小型水库除险加固资金综合绩效评分为96分，优。',
    },
    {
      name: 'A a和B 0元: A is funded',
      text: '河道清淤专项经费80万元、防汛抗旱物资储备经费40万元和办公设备购置经费0元，共计120万元。\n1.河道清淤专项经费综合绩效评分为87分。2.防汛抗旱物资储备经费综合绩效评分为84分。',
    },
  ],
  invalid: [
    {
      name: '其中A、B、C分别为 …、0.00: C scored',
      text: '项目支出120.00万元，其中河道清淤专项经费、小型水库除险加固资金、防汛抗旱物资储备经费分别为80.00万元、40.00万元、0.00万元。\n1.河道清淤专项经费综合绩效评分为87分，良。2.小型水库除险加固资金综合绩效评分为96分，优。3.防汛抗旱物资储备经费综合绩效评分为84分，良好。',
      errors: [{ match: /防汛抗旱物资储备经费.*84分.*防汛抗旱物资储备经费0\.00万元/ }],
    },
    {
      name: 'the zero first',
      text: '项目支出120.00万元，其中河道清淤专项经费、小型水库除险加固资金、防汛抗旱物资储备经费分别为0.00万元、40.00万元、80.00万元。\n1.河道清淤专项经费综合绩效评分为87分，良。2.小型水库除险加固资金综合绩效评分为96分，优。3.防汛抗旱物资储备经费综合绩效评分为84分，良好。',
      errors: [{ match: /河道清淤专项经费.*87分/ }],
    },
    {
      name: 'A、B分别为 without a total',
      text: '河道清淤专项经费、防汛抗旱物资储备经费分别为40万元、0万元。\n1.河道清淤专项经费综合绩效评分为87分。2.防汛抗旱物资储备经费综合绩效评分为84分。',
      errors: [{ match: /防汛抗旱物资储备经费.*84分/ }],
    },
    {
      name: 'A a、B 0和C c元，共计: B scored',
      text: '河道清淤专项经费80万元、防汛抗旱物资储备经费0万元和办公设备购置经费3500元，共计80.35万元。\n1.河道清淤专项经费综合绩效评分为87分。2.防汛抗旱物资储备经费综合绩效评分为84分。',
      errors: [{ match: /防汛抗旱物资储备经费.*84分/ }],
    },
    {
      name: 'total after the parts',
      text: '河道清淤专项经费80.00万元，防汛抗旱物资储备经费0.00万元，项目支出合计80.00万元。\n1.河道清淤专项经费综合绩效评分为87分。2.防汛抗旱物资储备经费综合绩效评分为84分。',
      errors: [{ match: /防汛抗旱物资储备经费.*84分/ }],
    },
  ],
});

// ── the same findings in 元 as in 万元, and in .docx as in .md ──
const RULES: RuleEntries = { 'sum-total': ['error', {}], 'zero-budget-scored': ['warning', {}] };
const keys = (ms: { ruleId: string; line: number }[]) => ms.map((m) => `${m.ruleId}@${m.line}`).sort();
const toYuan = (text: string) => text.replace(/([\d,]+(?:\.\d+)?)万元/g, (_, n: string) => `${new Decimal(n.replace(/,/g, '')).mul(10000).toFixed()}元`);

const SCALE_CASES = [
  '监理费476.5万元、宣传费800.2万元和培训费630万元，合计1,906.4万元。',
  '实际支出1,113.21万元，其中监理费341.8万元、材料费341.92万元、设备购置费429.52万元。',
  '实际支出1768.27万元，包括监理费703.78万元、宣传费231万元、设备购置费511.59万元、材料费321.91万元。',
  '项目支出中：学会能力提升专项306.38万元，科普设施维护经费225.3万元，科技工作者培训经费190.57万元，办公设备购置经费3500元。',
  '政府性基金预算财政拨款水利建设项目301.00万元，小型水库除险加固资金223.48万元，农村饮水安全工程维修养护资金0.00万元，项目支出合计524.30万元。',
  '实际支出7032万元。\n实际支出中：工程建设费3384万元，培训费3649万元。',
];

describe('sum findings do not depend on writing 万元 amounts in 元', () => {
  it('converts as expected', () => expect(toYuan('合计1,906.4万元和630万元、0.35万元')).toBe('合计19064000元和6300000元、3500元'));
  it.each(SCALE_CASES)('%s', async (text) => {
    const wan = await lintText(`项目支出722.61万元。\n${text}`, { rules: RULES, only: true });
    const yuan = await lintText(toYuan(`项目支出722.61万元。\n${text}`), { rules: RULES, only: true });
    expect(keys(wan.messages).length).toBeGreaterThan(0);
    expect(keys(yuan.messages)).toEqual(keys(wan.messages));
  });
});

describe('.docx gives the same sum findings as .md', () => {
  const paragraphs = [
    '政府性基金预算财政拨款水利建设项目301.00万元，小型水库除险加固资金223.48万元，农村饮水安全工程维修养护资金0.00万元，项目支出合计524.30万元。',
    '实际支出7032万元。',
    '实际支出中：工程建设费3384万元，培训费3649万元。',
    '项目支出345.10万元，具体包括健康教育专项经费174.00万元、基本公共卫生服务补助资金80.80万元、村医补助资金89.30万元。',
    '河道清淤专项经费、防汛抗旱物资储备经费分别为40万元、0万元。',
    '1.河道清淤专项经费综合绩效评分为87分。2.防汛抗旱物资储备经费综合绩效评分为84分。',
  ];
  it('same rule and line', async () => {
    const md = await lintText(paragraphs.join('\n'), { rules: RULES, only: true });
    const docx = await lintDocument(await parseReport(makeDocx({ blocks: paragraphs }), 'sums.docx'), { rules: RULES, only: true });
    expect(keys(md.messages)).toEqual(['sum-total@1', 'sum-total@2', 'sum-total@4', 'zero-budget-scored@6']);
    expect(keys(docx.messages)).toEqual(keys(md.messages));
  });
});
