// A 项目支出绩效自评报告 (the outline of 财预〔2020〕10号 附件3, as fixtures/clean-project-2025.md).
import { COUNTIES, CITY_CODE, SECTORS } from './catalogue.js';
import { buildTargets, drawTotal, runInList, targetTags, writeResults, writeScore } from './sections.js';
import { certainRateError, D, Decimal, splitExact } from './numbers.js';
import { amt, breakdownText, padding, writtenStep, BREAKDOWN_FORMS, pct, share, targetPhrase, type BreakdownForm, type Ctx, type Item, type Target } from './parts.js';
import { cnNumber } from './writer.js';
import { scoreTable } from './table.js';

export function writeProject(ctx: Ctx): void {
  const { rng: r, w, year, defect } = ctx;
  const sector = r.pick(SECTORS);
  const county = r.pick(COUNTIES);
  w.jurisdiction = county.endsWith('区') ? '区' : county.endsWith('市') ? '市' : '县';
  const dept = `${county}${sector.org}`;
  const code = CITY_CODE[county];
  const docNo = `${code}〔${year + 1}〕${r.int(1, 30)}号`;

  w.push(`${county}${sector.project}`, 'title');
  w.push(`${year}年度项目支出绩效自评报告`, 'title');

  const fyForm = defect === 'wrong-fiscal-year' ? r.pick(['fy:evaluated-year', 'fy:execution']) : '';
  const phForm = defect === 'placeholder' ? r.pick(['ph:XX-county', 'ph:fill-prompt', 'ph:pending']) : '';
  if (defect === 'heading-numbering' && r.chance(0.8)) {
    const form = r.pick(['hn:form-switch', 'hn:skip', 'hn:repeat', 'hn:half-bracket']);
    w.labelOverride = {
      h2Index: r.int(2, 7), form, shift: form === 'hn:skip' ? 1 : form === 'hn:repeat' ? -1 : 0,
      label: (n) => form === 'hn:form-switch' ? `（${n}）` : form === 'hn:skip' ? `（${cnNumber(n + 1)}）` : form === 'hn:repeat' ? `（${cnNumber(n - 1)}）` : `（${cnNumber(n)})`,
    };
  }

  w.heading1('基本情况');
  w.heading2('项目概况');
  // a share defect needs a total that splits into three sources (seeds 6087, 6961 drew 0.02万元)
  const splits = (t: Decimal) => t.div(t.decimalPlaces() === 0 ? 1 : '0.01').gte(3);
  let drawn = drawTotal(ctx, 'project');
  while (defect === 'percent-shares' && !splits(drawn.wan)) drawn = drawTotal(ctx, 'project');
  const { wan: T, form: magForm, step } = drawn;
  w.forms.add(magForm);
  const spendPct = r.int(85, 100);
  const S = spendPct === 100 ? T : T.mul(spendPct).div(100).div(step).floor().mul(step);
  const rate = share(S, T);
  const execYear = fyForm === 'fy:execution' ? year - 1 : year;
  const towns = r.int(8, 20);
  let overview = `本项目由${phForm === 'ph:XX-county' ? 'XX县' : county}${sector.org}实施，覆盖全县${towns}个乡镇${towns * r.int(8, 15)}个行政村。${execYear}年度预算资金${amt(ctx, { wan: T })}，实际支出${amt(ctx, { wan: S })}，预算执行率${pct(rate)}${rate.lt(90) ? '，执行率偏低的原因是部分工程尚未完工，尾款未支付' : ''}。`;
  if (phForm === 'ph:fill-prompt') overview += '（此处填写项目立项依据）';
  const ov = w.push(overview, 'execution', 'mc:different-objects', 'rates-near-shares');
  if (fyForm === 'fy:execution') w.plant('wrong-fiscal-year', fyForm, [ov], `${year - 1}年度预算资金`);
  if (phForm) { if (phForm !== 'ph:pending') w.plant('placeholder', phForm, [ov], phForm); }

  // funding sources (shares allowed) and spending items (the sum defect goes here)
  const srcStep = T.decimalPlaces() === 0 ? D(1) : D('0.01');
  const canSplit = T.div(srcStep).gte(3);
  if (canSplit) {
    const srcVals = splitExact(T, 3, srcStep, () => r.next());
    const srcParts: Item[] = [{ name: '中央补助资金', wan: srcVals[0] }, { name: '省级补助资金', wan: srcVals[1] }, { name: '县级配套资金', wan: srcVals[2] }];
    const shareDefect = defect === 'percent-shares';
    const form: BreakdownForm = shareDefect ? r.pick(['bd:shares', 'bd:bracket-shares', 'bd:fenbie-shares'] as const) : r.pick(BREAKDOWN_FORMS.filter((f) => f !== 'bd:nested' && f !== 'bd:bracket-sub' && f !== 'bd:next-para'));
    const plan = { total: { name: '项目资金总额', wan: T }, parts: srcParts, form, lead: '', ...(shareDefect ? { shareDelta: { index: 2, delta: D(r.pick(['1', '2.5', '-3', '10'])) } } : {}) };
    const bd = breakdownText(ctx, plan);
    const sumTo = bd.shares.reduce((a, b) => a.add(b), D(0));
    const lines = bd.texts.map((t) => (/占/.test(t) && !sumTo.eq(100) ? w.push(t, 'shares:rounded', form) : w.push(t, form)));
    if (shareDefect) w.plant('percent-shares', form, lines, '县级配套资金占比');
  }
  const ratioDefect = defect === 'percent-ratio';
  if (ratioDefect || r.chance(0.4)) {
    const last = T.div(D(1).add(D(r.int(-15, 25)).div(100))).toDecimalPlaces(2);
    const g = share(T.sub(last), last);
    const gw = ratioDefect ? g.add(certainRateError(T, last, g, D(r.pick(['2', '-1.5', '0.8', '5'])), ctx.style)) : g;
    const l = w.push(`项目资金总额${amt(ctx, { wan: T })}，较上年的${amt(ctx, { wan: last })}${g.gte(0) ? '增长' : '下降'}${pct(gw.abs())}，较${year - 1}年${g.gte(0) ? '增加' : '减少'}${amt(ctx, { wan: T.sub(last).abs() })}。`, 'ratio:growth', 'year:last-year-compare');
    if (ratioDefect) w.plant('percent-ratio', 'ratio:growth', [l], '较上年增长率');
  }
  if (S.div(step).gte(3)) {
    const nItems = r.int(2, 4);
    const names = r.sample(['工程建设费', '设备购置费', '材料费', '劳务费', '监理费', '培训费', '宣传费'], nItems);
    const vals = splitExact(S, nItems, step, () => r.next());
    const items: Item[] = names.map((n, i) => ({ name: n, wan: vals[i] }));
    const form: BreakdownForm = r.pick(BREAKDOWN_FORMS.filter((f) => f !== 'bd:nested' && f !== 'bd:bracket-sub' && f !== 'bd:shares' && f !== 'bd:bracket-shares' && f !== 'bd:fenbie-shares'));
    const plan = { total: { name: '实际支出', wan: S }, parts: items, form, lead: '', ...(defect === 'sum-mismatch' ? { sumDelta: { index: 0, delta: Decimal.max(step, writtenStep(ctx, S)).mul(r.pick([1, 1, 3, 25])) } } : {}) };
    const bd = breakdownText(ctx, plan);
    const lines = bd.texts.map((t) => w.push(t, form));
    if (defect === 'sum-mismatch') w.plant('sum-mismatch', form, [lines[0], lines[bd.partsAt]], `${items[0].name} +${plan.sumDelta!.delta}`);
  } else if (defect === 'sum-mismatch') throw new Error('no room for a sum defect');

  w.heading2('项目绩效目标');
  // the item markers of this short list: 1. / 1) / 1）; the numbering defect "2）." (a stray 。/. after the marker)
  const mk = r.pick(['.', ')', '）']);
  const parenDot = defect === 'heading-numbering' && !w.labelOverride && r.chance(0.5);
  const m2 = parenDot ? `2${mk === '.' ? '）' : mk}.` : `2${mk}`;
  if (mk !== '.') w.forms.add(`list:1${mk}`);
  if (county === '开远市') w.push(`1${mk}总体目标：认真落实州委、州政府决策部署，${sector.duty.replace(/^负责/, '')}，保障项目顺利实施。`, 'admin:prefecture', 'goal');
  else w.push(`1${mk}总体目标：${sector.duty.replace(/^负责/, '')}，保障项目顺利实施。`, 'goal');
  const targets = buildTargets(ctx, sector);
  const layout = r.pick(['tr:sections', 'tr:one-sentence', 'tr:label-lines', 'tr:separate-lines'] as const);
  w.forms.add(layout);
  const targetLines = new Map<Target, number>();
  const tl = w.push(`${m2}年度绩效指标：${targets.map((t) => targetPhrase(ctx, t)).join('；')}。`, `targets:${layout}`, ...targetTags(targets));
  for (const t of targets) targetLines.set(t, tl);
  if (parenDot) w.plant('heading-numbering', 'hn:paren-dot', [tl], `${m2}年度绩效指标`);

  w.heading1(r.pick(['绩效评价工作开展情况', '自评工作开展情况']));
  w.heading2('评价目的、对象和范围');
  const evalYear = fyForm === 'fy:evaluated-year' ? year - 1 : year;
  // the sentence naming the evaluated year, in the wordings real reports use
  const scope = r.pick([
    `对${evalYear}年度项目资金使用和绩效目标完成情况进行评价`,
    `对${evalYear}年度项目资金使用情况开展了绩效自评`,
    `${county}${sector.org}对${evalYear}年度项目进行自评`,
    `本次评价的是${evalYear}年度${sector.project.replace(/绩效.*$/, '')}`,
  ]);
  const intro = w.push(`根据《关于开展${year}年度预算绩效自评工作的通知》（${docNo}）要求，${scope}。`, 'intro', 'year:doc-number', 'year:notice-title');
  if (fyForm === 'fy:evaluated-year') w.plant('wrong-fiscal-year', fyForm, [intro], scope);
  w.heading2('评价方法和评分标准');
  const dnForm = defect === 'doc-number-two-ways' ? r.pick(['dn:cjk-brackets', 'dn:square', 'dn:lenticular']) : '';
  const docNo2 = dnForm === 'dn:cjk-brackets' ? docNo.replace('〔', '﹝').replace('〕', '﹞') : dnForm === 'dn:square' ? docNo.replace('〔', '[').replace('〕', ']') : dnForm ? docNo.replace('〔', '【').replace('〕', '】') : docNo;
  const surveys = r.int(100, 600);
  const mc = defect === 'metric-inconsistency';
  const m = w.push(`采用比较法，按照${docNo2}和财预〔2020〕10号文件规定的评分标准打分，共发放满意度调查问卷${mc ? surveys + r.pick([20, 50, 100]) : surveys}份。`, 'method', 'year:doc-number');
  if (dnForm) w.plant('doc-number-two-ways', dnForm, [m], docNo2);
  const surveyLine = m;

  // Half the project reports end with their scoring table; the text then states the table's total.
  const table = defect !== 'target-without-result' && r.chance(0.5) ? scoreTable(ctx, T, S, rate, targets) : undefined;
  if (table) w.forms.add('table:self-eval');
  w.heading1('综合评价情况及评价结论');
  const { score } = writeScore(ctx, '项目自评得分', table?.total);
  if (r.chance(0.5)) {
    const a = score.mul('0.2').toDecimalPlaces(1, Decimal.ROUND_DOWN), b = score.mul('0.2').toDecimalPlaces(1, Decimal.ROUND_DOWN), c = score.mul('0.4').toDecimalPlaces(1, Decimal.ROUND_DOWN);
    const d = score.sub(a).sub(b).sub(c);
    w.push(`其中，项目决策${a}分，项目过程${b}分，项目产出${c}分，项目效益${d}分。`, 'bd:score');
  }

  w.heading1('绩效评价指标分析');
  w.heading2('项目决策情况');
  w.push('立项依据充分，程序规范，绩效目标明确合理。', 'prose');
  padding(ctx, 2, 6);
  w.heading2('项目过程情况');
  w.push(`资金拨付及时，截至${year}年12月31日已全部拨付，财务管理制度健全。`, 'prose', 'year:deadline');
  w.heading2('项目产出及效益情况');
  writeResults(ctx, targets, layout, targetLines, surveys);
  if (mc) w.plant('metric-inconsistency', 'mc:survey-count', [surveyLine, w.paragraphs.findIndex((p) => p.text.includes(`满意度调查问卷${surveys}份`)) + 1], '满意度调查问卷份数两处不同');

  w.heading1('主要经验及做法');
  w.push('建立“县乡村”三级管护责任制，压实各方责任。', 'prose');
  runInList(ctx, '主要做法：', ['健全管护制度，明确管护责任', '加强资金监管，确保专款专用', '强化督导检查，及时整改问题', '公开项目信息，接受群众监督']);
  padding(ctx, 4, 12);
  const missingProblems = defect === 'missing-section' && r.chance(0.5);
  if (missingProblems) w.plant('missing-section', 'sec:problems', [], '存在的问题');
  else {
    w.heading1('存在的问题及原因分析');
    w.push('部分基层管护人员专业能力不足，项目宣传覆盖面有待扩大。', 'prose');
  }
  const missingAdvice = defect === 'missing-section' && !missingProblems;
  if (missingAdvice) w.plant('missing-section', 'sec:improvement', [], '改进措施（有关建议）');
  else {
    w.heading1('有关建议');
    w.push(`加强管护人员培训，${year + 1}年起将项目绩效目标细化到季度。`, 'prose', 'year:next-plan');
  }
  w.heading1('其他需要说明的问题');
  const other = w.push(phForm === 'ph:pending' ? '待补充' : '无。', 'prose');
  if (phForm === 'ph:pending') w.plant('placeholder', phForm, [other, other - 1], '待补充');
  w.push(dept, 'signoff');
  w.push(`${year + 1}年${r.int(1, 3)}月${r.int(1, 28)}日`, 'year:filing-date');
  if (table) {
    w.push(`附件：${year}年度项目支出绩效自评表`, 'table-title');
    w.push('', 'blank'); // a Markdown table needs a blank line before it (the .docx has no such paragraph)
    table.rows.forEach((row, i) => {
      const line = w.push('', i < 3 ? 'table:funds' : /^总分/.test(row[0]) ? 'table:total' : 'table:indicators');
      w.paragraphs[line - 1].row = row;
      if (i === 0) w.tableStart = line;
      // the missed target is stated again in its table row: one defect, reportable in either place
      const missed = targets.find((t) => t.outcome === 'missed-no-reason');
      if (missed && w.defect && row[2] === missed.obj) w.defect.lines.push(line);
    });
  }
}
