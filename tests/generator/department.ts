// A 部门整体支出绩效自评报告 (Hebei layout, as fixtures/clean-department-2025.md), with one optional planted defect.
import { COUNTIES, CITY_CODE, PEOPLE, SECTORS } from './catalogue.js';
import { certainRateError, D, Decimal, splitExact } from './numbers.js';
import { buildTargets, drawTotal, runInList, targetTags, writeResults, writeScore } from './sections.js';
import {
  amt, breakdownText, padding, writtenStep, BREAKDOWN_FORMS, GRADE_WORDS, gradeOf, pct, share, targetPhrase,
  type BreakdownForm, type BreakdownPlan, type Ctx, type Item, type Target,
} from './parts.js';
import { cnNumber } from './writer.js';

function pickForm(ctx: Ctx, exclude: string[] = []): BreakdownForm {
  return ctx.rng.pick(BREAKDOWN_FORMS.filter((f) => !exclude.includes(f)));
}

/** One-last-unit (warning) or a larger difference (error), for a sum defect on a part written with `step`. */
function sumDelta(ctx: Ctx, part: Decimal, step: Decimal): Decimal {
  const units = ctx.rng.pick([1, 1, 2, 7, 18, 100]);
  const d = step.mul(units);
  return part.gt(d.mul(2)) && ctx.rng.chance(0.5) ? d.neg() : d;
}

export function writeDepartment(ctx: Ctx): void {
  const { rng: r, w, year, defect } = ctx;
  const sector = r.pick(SECTORS);
  const county = r.pick(COUNTIES);
  w.jurisdiction = county.endsWith('区') ? '区' : county.endsWith('市') ? '市' : '县';
  const unit = `${county}${sector.org}`;
  const code = CITY_CODE[county];
  const docNo = `${code}〔${year + 1}〕${r.int(1, 30)}号`;

  if (r.chance(0.5)) w.push('附件', 'cover');
  w.push(unit, 'title');
  w.push(`${year}年度部门整体支出绩效自评报告`, 'title');

  const fyForm = defect === 'wrong-fiscal-year' ? r.pick(['fy:evaluated-year', 'fy:income', 'fy:execution']) : '';
  const evalYear = fyForm === 'fy:evaluated-year' ? year - 1 : year;
  const phForm = defect === 'placeholder' ? r.pick(['ph:XX-county', 'ph:fill-prompt', 'ph:XX-amount', 'ph:pending']) : '';
  const introCounty = phForm === 'ph:XX-county' ? 'XX县' : county;
  const intro = w.push(
    `根据${introCounty}财政局《关于开展${year}年度预算绩效自评工作的通知》（${docNo}）要求，按照“客观公正、科学规范、绩效导向”的原则，${sector.self}对${evalYear}年度部门整体支出情况开展了绩效自评，形成本报告。`,
    'intro', 'year:doc-number', 'year:notice-title',
  );
  if (fyForm === 'fy:evaluated-year') w.plant('wrong-fiscal-year', fyForm, [intro], `对${evalYear}年度部门整体支出…开展了绩效自评`);
  if (phForm === 'ph:XX-county') w.plant('placeholder', phForm, [intro], 'XX县财政局');

  // Which level-2 heading gets a numbering defect (counted over the whole report; there are at least 8).
  if (defect === 'heading-numbering' && r.chance(0.8)) {
    const form = r.pick(['hn:form-switch', 'hn:skip', 'hn:repeat', 'hn:half-bracket']);
    w.labelOverride = {
      h2Index: r.int(2, 7), form, shift: form === 'hn:skip' ? 1 : form === 'hn:repeat' ? -1 : 0,
      label: (n) => form === 'hn:form-switch' ? `（${n}）` : form === 'hn:skip' ? `（${cnNumber(n + 1)}）` : form === 'hn:repeat' ? `（${cnNumber(n - 1)}）` : `（${cnNumber(n)})`,
    };
  }

  w.heading1('部门基本情况');
  w.heading2('部门概况');
  const staff = r.int(8, 60);
  const actualStaff = staff - r.int(0, 3);
  const offices = sector.offices;
  let overview = `${unit}${sector.duty}。${sector.self === '我会' ? '我会' : '本单位'}内设${offices.join('、')}${offices.length}个股室，核定编制${staff}人，年末实有在编人员${actualStaff}人。`;
  const tags = ['overview'];
  const staffForm = r.next();
  if (staffForm < 0.25) {
    // a breakdown followed by a figure that is not one of its parts
    const admin = r.int(2, staff - 2);
    overview = overview.replace(`核定编制${staff}人，`, `核定编制${staff}名，其中行政编制${admin}名、事业编制${staff - admin}名，`);
    tags.unshift('bd:staff-qizhong');
  } else if (staffForm < 0.55) {
    const lead = r.int(1, 2), deputy = r.int(1, 4);
    overview += `领导职数${lead + deputy}名。其中，主任${lead}名，副主任${deputy}名。`;
    tags.unshift('bd:subset-qizhong');
  }
  if (phForm === 'ph:fill-prompt') overview += '（此处填写机构设置情况）';
  const ovLine = w.push(overview, ...tags);
  if (phForm === 'ph:fill-prompt') w.plant('placeholder', phForm, [ovLine], '（此处填写机构设置情况）');

  // ── money ──
  w.heading2('部门收支预决算情况');
  const { wan: E, form: magForm, step } = drawTotal(ctx, 'dept');
  w.forms.add(magForm);
  const split2 = (total: Decimal, lo: number, hi: number) => {
    const first = total.mul(D(r.int(lo, hi)).div(100)).div(step).floor().mul(step);
    return [first, total.sub(first)];
  };
  const [basic, project] = split2(E, 60, 85);
  const [personnel, publicExp] = split2(basic, 75, 90);
  const other = E.mul(D(r.int(1, 6)).div(100)).div(step).floor().mul(step).add(step);
  const carry = r.chance(0.5) ? step.mul(r.int(1, 50)) : D(0);
  const income = E.add(carry);
  const fiscal = income.sub(other);
  const big: Item['style'] = magForm === 'amt:yi' ? { unit: '亿元' } : undefined;

  // income: 2 parts, or 3 with shares that may reach 100 only after rounding
  const threeIncome = r.chance(0.4);
  const incomeParts: Item[] = threeIncome
    ? (() => { const [a, b] = split2(other, 40, 60); return [{ name: '财政拨款收入', wan: fiscal }, { name: '事业收入', wan: a }, { name: '其他收入', wan: b }]; })()
    : [{ name: '财政拨款收入', wan: fiscal }, { name: '其他收入', wan: other }];
  const fyIncome = fyForm === 'fy:income' ? year - 1 : year;
  const incomeForm = pickForm(ctx, ['bd:nested', 'bd:bracket-sub', 'bd:next-para', 'bd:gongji']);
  const incomeShares = incomeParts.map((p) => share(p.wan, income));
  const roundedShares = !incomeShares.reduce((a, b) => a.add(b), D(0)).eq(100);
  const incomePlan: BreakdownPlan = { total: { name: '收入合计', wan: income }, parts: incomeParts, form: incomeForm, lead: `${fyIncome}年度${sector.self}` };
  const shareDefect = defect === 'percent-shares';
  const ratioDefect = defect === 'percent-ratio' ? r.pick(['ratio:growth', 'ratio:single-share']) : '';
  let incomeTexts = breakdownText(ctx, incomePlan).texts;
  let incomeTextForm: string = incomeForm;
  if (ratioDefect === 'ratio:single-share' || (!threeIncome && r.chance(0.3))) {
    // only the first part with its share: percent-sum has nothing to add, percent-ratio checks A ÷ B
    const s = incomeShares[0].add(ratioDefect === 'ratio:single-share' ? D(r.pick(['0.5', '1.2', '3', '-2.4'])) : 0);
    incomeTexts = [`${fyIncome}年度${sector.self}收入合计${amt(ctx, { wan: income, style: big })}，其中财政拨款收入${amt(ctx, { wan: fiscal })}，占收入合计的${pct(s)}；其他收入${amt(ctx, { wan: other })}。`];
    incomeTextForm = 'ratio:single-share';
  }
  const incLines = incomeTexts.map((t) => (roundedShares && /占/.test(t) ? w.push(t, 'shares:rounded', incomeTextForm) : w.push(t, incomeTextForm)));
  if (fyForm === 'fy:income') w.plant('wrong-fiscal-year', fyForm, [incLines[0]], `${year - 1}年度…收入合计`);
  if (ratioDefect === 'ratio:single-share') w.plant('percent-ratio', 'ratio:single-share', [incLines[0]], '财政拨款收入占收入合计的比例');
  if (!carry.isZero()) w.push(`年初结转和结余${amt(ctx, { wan: carry })}，全部为财政拨款结转。`, 'carry');

  // expenditure: total, basic + project, basic = personnel + public, with or without shares
  const expForm = shareDefect ? r.pick(['bd:shares', 'bd:bracket-shares', 'bd:fenbie-shares', 'shares:structure'] as const) : pickForm(ctx, ['bd:gongji', 'bd:next-para']);
  const last = E.div(D(1).add(D(r.int(-15, 25)).div(100))).toDecimalPlaces(2);
  const growth = share(E.sub(last), last);
  const grWritten = ratioDefect === 'ratio:growth' ? growth.add(certainRateError(E, last, growth, D(r.pick(['2', '-1.5', '0.8', '5'])), ctx.style, { ...ctx.style, ...big })) : growth;
  const growthText = `支出合计较上年的${amt(ctx, { wan: last })}${growth.gte(0) ? '增长' : '下降'}${pct(grWritten.abs())}`;
  const expTotal: Item = { name: '支出合计', wan: E, style: big };
  const expParts: Item[] = [{ name: '基本支出', wan: basic }, { name: '项目支出', wan: project }];
  const subParts: Item[] = [{ name: '人员经费', wan: personnel }, { name: '日常公用经费', wan: publicExp }];
  if (expForm === 'shares:structure') {
    const exp = breakdownText(ctx, { total: expTotal, parts: expParts, form: 'bd:qizhong', lead: `${year}年度` }).texts[0];
    w.push(`${exp}${growthText}。`, 'bd:qizhong', 'year:last-year-compare');
    const s = expParts.map((p) => share(p.wan, E));
    const bad = s.map((x, i) => (i === 1 ? x.add(D(r.pick(['1', '2.5', '-3', '10']))) : x));
    const line = w.push(`从支出结构看，基本支出占支出合计的${pct(bad[0])}，项目支出占支出合计的${pct(bad[1])}，预算执行率${pct(share(E, income))}。`, 'shares:structure', 'rates-near-shares');
    w.plant('percent-shares', 'shares:structure', [line], '项目支出占比');
  } else {
    const plan: BreakdownPlan = { total: expTotal, parts: expParts, form: expForm as BreakdownForm, lead: `${year}年度`, sub: subParts };
    if (shareDefect) plan.shareDelta = { index: 1, delta: D(r.pick(['1', '2.5', '-3', '10'])) };
    const texts = breakdownText(ctx, plan).texts;
    texts[texts.length - 1] += `${growthText}。`;
    const lines = texts.map((t) => w.push(t, expForm, 'year:last-year-compare', ...(/占/.test(t) ? ['shares:two-parts'] : [])));
    if (shareDefect) w.plant('percent-shares', expForm, lines, '项目支出占比');
    if (expForm !== 'bd:nested' && expForm !== 'bd:bracket-sub') {
      const bForm = r.pick(['basic:zhong', 'bd:shares', 'bd:bracket-shares'] as const);
      if (bForm === 'basic:zhong') w.push(`基本支出中，人员经费${amt(ctx, { wan: personnel })}，日常公用经费${amt(ctx, { wan: publicExp })}。`, 'bd:zhong-sentence');
      else w.push(breakdownText(ctx, { total: { name: '基本支出', wan: basic }, parts: subParts, form: bForm }).texts[0], bForm);
    }
  }
  if (ratioDefect === 'ratio:growth') w.plant('percent-ratio', 'ratio:growth', [w.paragraphs.findIndex((p) => p.tags.includes('year:last-year-compare')) + 1], '较上年增长率');

  // project items
  const nItems = r.int(2, Math.min(5, sector.projects.length));
  const names = r.sample(sector.projects, nItems);
  const zero = defect === 'zero-budget-scored' || r.chance(0.15);
  const itemVals = splitExact(project, nItems, step.gt(project.div(nItems * 2)) ? D('0.01') : step, () => r.next());
  const items: Item[] = names.map((name, i) => ({ name, wan: itemVals[i] }));
  const zeroName = sector.projects.find((p) => !names.includes(p)) ?? '老科协活动经费';
  if (zero) items.push({ name: zeroName, wan: D(0) });
  if (r.chance(0.2)) { // a small item written in 元
    const y = items[0];
    if (y.wan.gt('0.5') && project.decimalPlaces() <= 2) {
      const smallV = D('0.35');
      items.push({ name: '办公设备购置经费', wan: smallV, style: { unit: '元', decimals: 'minimal' } });
      y.wan = y.wan.sub(smallV);
      w.forms.add('amt:yuan-item');
    }
  }
  const projForm = defect === 'sum-mismatch' ? pickForm(ctx, ['bd:shares', 'bd:bracket-shares', 'bd:fenbie-shares', 'bd:nested', 'bd:bracket-sub']) : pickForm(ctx, ['bd:nested', 'bd:bracket-sub']);
  const pPlan: BreakdownPlan = { total: { name: '项目支出', wan: project }, parts: items, form: projForm, lead: '' };
  if (projForm === 'bd:nested' || projForm === 'bd:bracket-sub') pPlan.form = 'bd:qizhong';
  let sumIndex = -1;
  if (defect === 'sum-mismatch') {
    sumIndex = r.int(0, names.length - 1);
    const unit = Decimal.max(ctx.style.decimals === 'fixed2' ? D('0.01') : step, writtenStep(ctx, project));
    pPlan.sumDelta = { index: sumIndex, delta: sumDelta(ctx, items[sumIndex].wan, unit) };
  }
  const pTexts = breakdownText(ctx, pPlan);
  const yuanItem = items.some((i) => i.style?.unit === '元');
  const pRounded = /占/.test(pTexts.texts.join('')) && !pTexts.shares.reduce((a, b) => a.add(b), D(0)).eq(100);
  const pTags = [...(pRounded ? ['shares:rounded'] : []), ...(yuanItem ? ['amt:yuan-item'] : []), ...(zero ? ['zero-item'] : [])];
  const pLines = pTexts.texts.map((t) => w.push(t, ...pTags, pPlan.form));
  if (defect === 'sum-mismatch') w.plant('sum-mismatch', pPlan.form, [pLines[0], pLines[pTexts.partsAt]], `${items[sumIndex].name} ${pPlan.sumDelta!.delta.toString()}万元`);
  const endCarry = carry;
  const xxLine = w.push(`年末结转和结余${phForm === 'ph:XX-amount' ? 'XX万元' : amt(ctx, { wan: income.sub(E).add(endCarry).sub(carry) })}。`, 'carry');
  if (phForm === 'ph:XX-amount') w.plant('placeholder', phForm, [xxLine], '年末结转和结余XX万元');

  // targets
  w.heading2('部门整体支出绩效目标、指标');
  if (county === '开远市') w.push(`总体目标：围绕市委、市政府中心工作，认真落实州委、州政府决策部署，${sector.duty.replace(/^负责/, '')}，提高财政资金使用效益。`, 'admin:prefecture', 'goal');
  else w.push(`总体目标：围绕县委、县政府中心工作，${sector.duty.replace(/^负责/, '')}，提高财政资金使用效益。`, 'goal');
  const targets = buildTargets(ctx, sector);
  const layout = r.pick(['tr:sections', 'tr:one-sentence', 'tr:label-lines', 'tr:separate-lines'] as const);
  w.forms.add(layout);
  const targetLines = new Map<Target, number>();
  const tline = w.push(`年度绩效指标：${targets.map((t) => targetPhrase(ctx, t)).join('；')}。`, `targets:${layout}`, ...targetTags(targets));
  for (const t of targets) targetLines.set(t, tline);

  w.heading1('自评工作开展情况');
  w.heading2('自评的组织工作');
  w.push(`${sector.self}成立了由主要负责人任组长、分管负责人任副组长、各股室负责人为成员的绩效自评工作组，制定自评工作方案，明确分工和时间安排。`, 'prose');
  runInList(ctx, '自评工作分四步进行：', ['制定自评方案，明确责任分工', '收集决算报表和活动记录，核实基础数据', '对照年度绩效目标逐项打分', '汇总分析，形成自评报告']);
  padding(ctx, 2, 6);
  w.heading2('自评的方法和过程');
  const dnForm = defect === 'doc-number-two-ways' ? r.pick(['dn:cjk-brackets', 'dn:square', 'dn:lenticular']) : '';
  const docNo2 = dnForm === 'dn:cjk-brackets' ? docNo.replace('〔', '﹝').replace('〕', '﹞') : dnForm === 'dn:square' ? docNo.replace('〔', '[').replace('〕', ']') : dnForm ? docNo.replace('〔', '【').replace('〕', '】') : docNo;
  const surveys = r.int(100, 600);
  const mcDefect = defect === 'metric-inconsistency';
  const method = w.push(
    `自评采用比较法和因素分析法，按照${docNo2}文件要求，对照年初设定的绩效目标逐项核实完成情况，共发放满意度调查问卷${mcDefect ? surveys + r.pick([20, 50, 100]) : surveys}份。数据来源为${year}年度部门决算报表、会计账簿和活动记录。自评工作于${year + 1}年1月开始，${year + 1}年2月完成。`,
    'method', 'year:filing-period', 'year:doc-number',
  );
  if (dnForm) w.plant('doc-number-two-ways', dnForm, [method], docNo2);
  const surveyLine = method;

  w.heading1('部门整体支出绩效目标实现情况及指标分析');
  w.heading2('总体绩效目标实现情况');
  const rate = share(E, income);
  const execYear = fyForm === 'fy:execution' ? year - 1 : year;
  const exLine = w.push(`${execYear}年部门全年预算${amt(ctx, { wan: income })}，实际支出${amt(ctx, { wan: E, style: big })}，预算执行率为${pct(rate)}${rate.lt(90) ? '，执行率偏低的原因是年初结转资金尚未使用完毕' : ''}，各项资金使用规范，总体绩效目标基本实现。`, 'execution', 'rates-near-shares');
  if (fyForm === 'fy:execution') w.plant('wrong-fiscal-year', fyForm, [exLine], `${year - 1}年部门全年预算`);
  padding(ctx, 3, 10);
  w.heading2('分项绩效目标实现情况及指标分析');
  writeResults(ctx, targets, layout, targetLines, surveys);
  if (mcDefect) w.plant('metric-inconsistency', 'mc:survey-count', [surveyLine, w.paragraphs.findIndex((p) => p.text.includes(`满意度调查问卷${surveys}份`)) + 1], '满意度调查问卷份数两处不同');

  // conclusion
  const missingConclusion = defect === 'missing-section' && r.chance(0.5);
  if (missingConclusion) {
    w.plant('missing-section', 'sec:conclusion', [], '评价结论和评价等级');
  } else {
    w.heading1('评价结论和评价等级');
    writeScore(ctx, `经自评，${sector.self}${year}年度部门整体支出绩效自评得分为`);
    const scored = items.filter((i) => !i.style);
    const parts = scored.map((it, k) => {
      const s = it.wan.isZero() && defect !== 'zero-budget-scored' ? undefined : D(r.int(82, 99));
      return s && `${k + 1}.${it.name}综合绩效评分为${s}分，${r.pick(GRADE_WORDS[gradeOf(s)])}。`;
    }).filter(Boolean);
    const line = w.push(`根据项目执行情况和项目绩效情况，${parts.join('')}`, 'item-scores');
    if (defect === 'zero-budget-scored') w.plant('zero-budget-scored', 'zero:item-scored', [line], `${zeroName} 0 元却评分`);
  }

  const missingProblems = defect === 'missing-section' && !missingConclusion;
  if (missingProblems) {
    w.plant('missing-section', 'sec:problems', [], '存在的问题');
    w.heading1('改进措施');
  } else {
    w.heading1('存在的问题及改进措施');
    w.heading2('存在的主要问题');
    w.push('1. 绩效目标设置不够细化，部分指标只设定了数量，缺少质量方面的要求。', 'list');
    w.push('2. 基层工作力量薄弱，部分工作向乡镇延伸不够。', 'list');
    w.heading2('改进措施');
  }
  w.push(`1. 在${year + 1}年度预算编制中细化绩效指标，增加质量和效果类指标。`, 'list', 'year:next-plan');
  if (phForm === 'ph:pending') {
    const l = w.push('2. 待补充。', 'list');
    w.plant('placeholder', phForm, [l], '待补充');
  } else if (r.chance(0.3)) {
    const t = targets[0];
    w.push(`2. ${year + 1}年计划${t.kind === 'count' ? `${t.verb}${t.obj}${t.target.add(2)}${t.unit}` : '进一步扩大服务覆盖面'}，加强资金管理。`, 'year:next-plan-figure', 'list');
  } else w.push('2. 加强业务培训，提升预算绩效管理水平。', 'list');

  w.heading1('评价工作组人员名单及签字（姓名、工作单位、职务、职称）');
  const ppl = r.sample(PEOPLE, 3);
  w.push(`组长：${ppl[0]}（${sector.short}主要负责人）`, 'signature');
  w.push(`副组长：${ppl[1]}（${sector.short}分管负责人）`, 'signature');
  w.push(`成员：${ppl[2]}（办公室主任、会计师）`, 'signature');
  w.push(unit, 'signoff');
  w.push(`${year + 1}年${r.int(1, 3)}月${r.int(1, 28)}日`, 'year:filing-date');
}

