// The generated cases that fail today, each a misreading owned by issue 12 §2–§3 (src/quantity and the number
// and year rules; other helpers fix them in parallel). Targets and results are not listed: none fails in 2400
// generated reports. properties.test.ts accepts exactly these failure keys, so `npm test` stays green while the gaps stay visible; a listed key that no longer occurs in a full run
// (`npm run test:generated`) fails that run, so the list only shrinks. Keys: type|kind-or-rule|form[|rules], where
// type is miss (no finding), wrong-line, duplicate (more than one finding for one defect), false-alarm (a finding
// on text that is right), scale (findings change when 万元 amounts are written in 元) or docx (.md and .docx differ).
// '*' matches one segment. `example` is a sentence the generator wrote (seed in brackets).

export interface KnownFailure {
  key: string;
  why: string;
  example: string;
}

export const KNOWN_FAILURES: KnownFailure[] = [
  // ── sums (§2 date masking, parts dropped, A、B分别为, 元 parts) ──
  {
    key: 'miss|sum-mismatch|*',
    why: '§2: four-digit amounts with decimals (1689.60万元, 2017.00万元) are masked as dates, so the sum is never checked; the same text in 元 is checked',
    example: '[82] 项目支出3358.88万元，包括科普宣传活动经费1689.60万元、学会能力提升专项1669.26万元。 (parts 3358.86)',
  },
  { key: 'scale|sum-total|*', why: 'same masking: found in the 元 text, not in the 万元 text (or the reverse for the false alarms below)', example: '[25] 培训费330.2万元、监理费569.2万元和劳务费828.2万元，共计1727.5万元。' },
  {
    key: 'false-alarm|sum-total|bd:staff-qizhong',
    why: '§2: the figure after a breakdown is added to its parts: "核定编制34名，其中行政编制30名、事业编制4名，年末实有在编人员34人"',
    example: '[2] …核定编制34名，其中行政编制30名、事业编制4名，年末实有在编人员34人。 → 分项 30名 + 4名 + 34人 合计 68名',
  },
  {
    key: 'false-alarm|sum-total|bd:bracket-sub',
    why: '§2: bracketed sub-parts are added into the outer sum',
    example: '[24] 2025年度支出合计9.90亿元，其中基本支出70290.00万元（其中人员经费53420.00万元、日常公用经费16870.00万元）、项目支出28710.00万元。 → 分项 53420 + 16870 + 28710 vs 70290',
  },
  {
    key: 'wrong-line|sum-mismatch|*',
    why: 'the planted sum difference is missed and sum-total reports a false alarm elsewhere (the staffing breakdown)',
    example: '[6] 项目支出4448.00万元，其中农村饮水安全工程维修养护资金、小型水库除险加固资金、河道清淤专项经费分别为2423.99万元、2024.00万元、0.00万元。',
  },
  {
    key: 'false-alarm|sum-total|*',
    why: 'parts dropped from the sum: a date-shaped or four-digit part, a part in 元 next to 万元 parts, parts not named …资金/经费',
    example: '[276] 河道清淤专项经费6638.65万元、防汛抗旱物资储备经费5328万元和办公设备购置经费3500元，共计11967万元。 → 分项 5328万元 + 3500元',
  },

  // ── shares and ratios ──
  {
    key: 'false-alarm|percent-sum|*',
    why: 'shares of three or more parts that reach 100.00 only after rounding (99.99 %, 100.01 %) are warned; a part with share 0.00 %/0.01 % starts a new group',
    example: '[119] 项目资金总额208.14万元，其中中央补助资金49.86万元（占23.96%）、省级补助资金67.29万元（占32.33%）、县级配套资金90.99万元（占43.72%）。',
  },
  { key: 'scale|percent-sum|*', why: 'the same shares are or are not grouped depending on how the amounts next to them are read', example: '[64] …其中基本支出1217.55万元（占60.00%）、项目支出811.70万元（占41.00%）。' },
  {
    key: 'miss|percent-shares|*',
    why: 'shares after four-digit amounts (date masking) or in brackets are not summed',
    example: '[64] 2025年度支出合计2029.25万元，其中基本支出1217.55万元（占60.00%）、项目支出811.70万元（占41.00%）。',
  },
  {
    key: 'duplicate|percent-shares|*|percent-ratio+percent-sum',
    why: '§3: one wrong share is reported by percent-sum and by percent-ratio',
    example: '[45] 项目资金总额２.３０万元，其中中央补助资金１.１９万元（占51.74%）、省级补助资金０.７２万元（占31.30%）、县级配套资金０.３９万元（占17.96%）。',
  },
  {
    key: 'miss|percent-ratio|*',
    why: '§2 date masking: "项目资金总额2549.84万元，较上年的2383.03万元增长5.50%" and "收入合计2017.00万元，其中财政拨款收入1895.00万元，占收入合计的96.95%" are not recomputed (they are in 元)',
    example: '[27] 项目资金总额2549.84万元，较上年的2383.03万元增长5.50%，较2020年增加166.81万元。',
  },
  {
    key: 'false-alarm|percent-ratio|*',
    why: '§2: shares after a zero part ("老科协活动经费0万元，占0.00%") are paired with the wrong parts',
    example: '[1862] 项目支出39222.7万元，其中动物防疫补助资金11181.4万元，占项目支出的28.51%；农业技术推广经费9344.6万元，占23.82%；… → 11181.4万元 … 写作 23.82%',
  },
  { key: 'scale|percent-ratio|*', why: 'same masking, seen by comparing with the 元 text', example: '[540] 2021年度我局收入合计2017.00万元，其中财政拨款收入1895.00万元，占收入合计的96.95%；其他收入122.00万元。' },

  // ── grades, numbering, places ──
  {
    key: 'miss|score-grade|*+评价结论',
    why: '§2: "评价结论为“良”" is never checked against the score in the same sentence',
    example: '[50] 经自评，我局2025年度部门整体支出绩效自评得分为55.73分，评价结论为“中等”。',
  },
  {
    key: 'miss|heading-numbering|hn:runin-repeat',
    why: '§2: a repeated number in a list run into one paragraph is not seen',
    example: '[72] 自评工作分四步进行：1、制定自评方案，明确责任分工。1、收集决算报表和活动记录，核实基础数据。2、对照年度绩效目标逐项打分。3、汇总分析，形成自评报告。',
  },
  {
    key: 'miss|heading-numbering|hn:paren-dot',
    why: '§2: a stray "." after a "2）" marker ("1）总体目标… 2）.年度绩效指标…") is not reported',
    example: '[1383] 2）.年度绩效指标：…',
  },
  {
    key: 'false-alarm|admin-level|admin:prefecture',
    why: '§2: a county-level city writes its prefecture\'s 州委、州政府 correctly (开远市 in 红河州)',
    example: '[1] 1.总体目标：认真落实州委、州政府决策部署，全市基本公共卫生服务、医疗机构监督管理和健康促进，保障项目顺利实施。',
  },

  // ── years, sections, zero budgets ──
  {
    key: 'miss|wrong-fiscal-year|fy:evaluated-year',
    why: '§2: the sentence naming the evaluated year is not checked ("对2022年度项目资金使用…进行评价" in a 2023 report)',
    example: '[13] 根据《关于开展2023年度预算绩效自评工作的通知》（鹿财绩〔2024〕26号）要求，对2022年度项目资金使用和绩效目标完成情况进行评价。',
  },
  {
    key: 'miss|missing-section|sec:problems',
    why: 'a 项目支出 report without 存在的问题 passes: 「其他需要说明的问题」 is taken for it',
    example: '[33] 五、主要经验及做法 / 六、有关建议 / 七、其他需要说明的问题',
  },
  {
    key: 'miss|zero-budget-scored|zero:item-scored',
    why: '§2 "A和B共计" / "A、B分别为" assign amounts to the wrong names, so the zero item is not seen',
    example: '[56] …4.农村饮水安全工程维修养护资金综合绩效评分为96分，优。5.防汛抗旱物资储备经费综合绩效评分为87分，良。 (防汛抗旱物资储备经费0.00万元)',
  },
  {
    key: 'false-alarm|zero-budget-scored|*',
    why: 'same wrong assignment makes a funded item look unfunded',
    example: '[278] 3.小型水库除险加固资金综合绩效评分为99分，优。 → 「其支出为 0（小型水库除险加固资金万元…）」',
  },
  { key: 'scale|zero-budget-scored|*', why: 'same, depends on how the amounts are read', example: '[278]' },
];

const segMatch = (pattern: string, key: string) => {
  const p = pattern.split('|'), k = key.split('|');
  return p.length === k.length && p.every((seg, i) => seg === '*' || seg === k[i] || (seg.includes('*') && new RegExp(`^${seg.replace(/[.+?^${}()[\]\\]/g, '\\$&').replace(/\*/g, '[^|]*')}$`).test(k[i])));
};

export function knownFailure(key: string): KnownFailure | undefined {
  return KNOWN_FAILURES.find((k) => segMatch(k.key, key));
}
