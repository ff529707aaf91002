import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, parseText } from '../../src/api.js';
import { adminPlace, docInfo, reportKind } from '../../src/model/doc-info.js';

const SEED = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');

describe('docInfo', () => {
  it('reads the 鹿泉 report (Markdown and both .docx)', async () => {
    const docs = [
      parseText(SEED),
      await parseReport(new Uint8Array(readFileSync(new URL('../../fixtures/luquan-2025-plain.docx', import.meta.url))), 'p.docx'),
      await parseReport(new Uint8Array(readFileSync(new URL('../../fixtures/luquan-2025-styled.docx', import.meta.url))), 's.docx'),
    ];
    for (const doc of docs) {
      const info = docInfo(doc);
      expect(info).toMatchObject({ year: 2025, unit: '鹿泉区科协', kind: 'department', level: '区', place: '鹿泉区' });
      expect(info.reportDate).toBeUndefined();
      expect(info.yearSpan!.node.text.slice(info.yearSpan!.start, info.yearSpan!.end)).toBe('2025');
    }
  });

  it('is memoized per document', () => {
    const doc = parseText(SEED);
    expect(docInfo(doc)).toBe(docInfo(doc));
  });

  it.each([
    ['平山县农业农村局2024年度部门整体支出绩效自评报告', { year: 2024, unit: '平山县农业农村局', kind: 'department', level: '县' }],
    ['2023年度石家庄市桥西区教育局部门整体支出绩效自评报告', { year: 2023, unit: '石家庄市桥西区教育局', kind: 'department', level: '区', place: '桥西区' }],
    ['关于2025年度农村公路养护项目支出绩效自评报告', { year: 2025, kind: 'project' }],
    ['2025年度项目支出绩效自评表', { year: 2025, kind: 'table' }],
    ['铜冶镇人民政府\n2025年度整体支出绩效自评报告', { year: 2025, unit: '铜冶镇人民政府', level: '镇', kind: 'department' }],
    ['会议纪要', { kind: 'unknown' }],
    // Regressions from fixtures/realistic: a place name that ends in a level character, a special-fund report.
    ['平乡县农业农村局\n2024年度部门整体支出绩效自评报告', { year: 2024, unit: '平乡县农业农村局', level: '县', place: '平乡县', kind: 'department' }],
    ['湘潭市2022年度中央补助地方公共文化服务体系建设专项资金绩效自评报告', { year: 2022, unit: '湘潭市', level: '市', kind: 'project' }],
    ['长沙市岳麓区教育局２０２４年度部门整体支出绩效自评报告', { year: 2024, unit: '长沙市岳麓区教育局', level: '区', kind: 'department' }],
  ])('title %s', (title, want) => {
    const info = docInfo(parseText(`${title}\n\n一、基本情况\n正文。\n`));
    expect(info).toMatchObject(want);
    if (!('year' in want)) expect(info.year).toBeUndefined();
  });

  it('reads cover fields and the report date', () => {
    const doc = parseText('2025年度部门整体支出绩效自评报告\n部门全称（公章）：正定县科学技术协会\n填报日期：2026年2月10日\n\n一、基本情况\n正文。\n');
    expect(docInfo(doc)).toMatchObject({ unit: '正定县科学技术协会', level: '县', reportDate: { year: 2026, month: 2, day: 10 } });
  });

  it('tells a project name from a unit', () => {
    const info = docInfo(parseText('正定县农村饮水安全工程维修养护项目\n2025年度项目支出绩效自评报告\n\n一、基本情况\n正文。\n'));
    expect(info).toMatchObject({ project: '正定县农村饮水安全工程维修养护项目', level: '县', place: '正定县', kind: 'project', year: 2025 });
    expect(info.unit).toBeUndefined();
    const withFields = docInfo(parseText('2025年度项目支出绩效自评报告\n项目名称：科普惠农项目\n实施单位：正定县科学技术协会\n\n一、基本情况\n正文。\n'));
    expect(withFields).toMatchObject({ project: '科普惠农项目', unit: '正定县科学技术协会', level: '县' });
  });

  it('reads a closing date written in full-width digits', () => {
    const doc = parseText('某区科协2025年度整体支出绩效自评报告\n\n一、基本情况\n正文。\n\n某区科学技术协会\n\n２０２６年１月１５日\n');
    const date = docInfo(doc).reportDate!;
    expect(date).toMatchObject({ year: 2026, month: 1, day: 15 });
    expect(date.node.text.slice(date.start, date.end)).toBe('２０２６年１月１５日');
  });

  it('reads a closing date line at the end', () => {
    const doc = parseText('某区科协2025年度整体支出绩效自评报告\n\n一、基本情况\n正文。\n\n某区科学技术协会\n\n2026年1月15日\n');
    expect(docInfo(doc).reportDate).toMatchObject({ year: 2026, month: 1, day: 15 });
  });
});

describe('adminPlace', () => {
  it.each([
    ['鹿泉区科协', '鹿泉区', '区'],
    ['石家庄市鹿泉区科协', '鹿泉区', '区'],
    ['平山县城市管理综合行政执法局', '平山县', '县'],
    ['桥西区市场监督管理局', '桥西区', '区'],
    ['石家庄市财政局', '石家庄市', '市'],
    ['鹿泉区获鹿镇街道办事处', '获鹿镇', '镇'],
    ['阿拉善左旗教育局', '阿拉善左旗', '旗'],
    ['恩施土家族苗族自治州林业局', '恩施土家族苗族自治州', '州'],
    // The level character ends the proper name: the level is the suffix after it.
    ['平乡县农业农村局', '平乡县', '县'],
    ['新乡市财政局', '新乡市', '市'],
    ['杭州市西湖区教育局', '西湖区', '区'],
    ['北京市通州区科学技术协会', '通州区', '区'],
    ['镇平县文化广电和旅游局', '镇平县', '县'],
    ['德州市乡村振兴局', '德州市', '市'],
    ['贵州省黔东南苗族侗族自治州凯里市财政局', '凯里市', '市'],
    ['东乡族自治县教育局', '东乡族自治县', '县'],
    ['湘西土家族苗族自治州泸溪县财政局', '泸溪县', '县'],
    ['广西壮族自治区横县财政局', '横县', '县'],
  ])('%s → %s (%s)', (unit, place, level) => {
    expect(adminPlace(unit)).toEqual({ place, level });
  });
  it('a unit without a place', () => expect(adminPlace('中国科学技术协会')).toBeUndefined());
});

describe('reportKind', () => {
  it.each([
    ['部门整体支出绩效自评报告', 'department'],
    ['单位整体支出绩效自评报告', 'department'],
    ['部门整体支出绩效自评表', 'table'],
    ['科普活动项目支出绩效自评报告', 'project'],
    ['项目绩效自评报告', 'project'],
    ['中央补助地方公共文化服务体系建设专项资金绩效自评报告', 'project'],
    ['农业相关转移支付资金绩效自评表', 'table'],
    ['年度工作总结', 'unknown'],
  ])('%s → %s', (title, kind) => expect(reportKind(title).kind).toBe(kind));
});
