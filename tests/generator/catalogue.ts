// What the generated reports talk about: units, projects and indicators of a few sectors, in the words real reports
// use (see fixtures/clean-*.md and fixtures/realistic/*).
export interface Indicator {
  verb: string;
  obj: string;
  unit: string;
  lo: number;
  hi: number;
  group: '产出' | '效益';
}

export interface Sector {
  org: string; // 科学技术协会
  short: string; // 科协
  self: string; // 我会
  duty: string;
  offices: string[];
  projects: string[]; // names of funded items (…经费/…资金/…专项 and a few without those words)
  project: string; // a project report's project name
  indicators: Indicator[];
  rate: string; // a quality rate indicator (…合格率/…完好率)
  qualitative: string; // a qualitative benefit
  reverse: { obj: string; unit: '%' | '万元' | '元/亩'; max: number }; // a reverse target
}

export const COUNTIES = ['平山县', '正定县', '鹿泉区', '栾城区', '井陉县', '赞皇县', '元氏县', '灵寿县', '行唐县', '深泽县', '开远市'];
export const CITY_CODE: Record<string, string> = {
  平山县: '平财预', 正定县: '正财预', 鹿泉区: '鹿财绩', 栾城区: '栾财预', 井陉县: '井财预',
  赞皇县: '赞财预', 元氏县: '元财预', 灵寿县: '灵财绩', 行唐县: '行财预', 深泽县: '深财预', 开远市: '开财预',
};

export const SECTORS: Sector[] = [
  {
    org: '科学技术协会', short: '科协', self: '我会', duty: '组织开展群众性科普活动，服务科技工作者',
    offices: ['办公室', '学会部', '科普部'],
    projects: ['科普宣传活动经费', '青少年科技创新大赛经费', '科普设施维护经费', '科技工作者培训经费', '学会能力提升专项'],
    project: '科普惠民服务项目',
    indicators: [
      { verb: '开展', obj: '科普宣传活动', unit: '次', lo: 6, hi: 30, group: '产出' },
      { verb: '发放', obj: '科普资料', unit: '份', lo: 2000, hi: 12000, group: '产出' },
      { verb: '举办', obj: '科技工作者培训班', unit: '期', lo: 3, hi: 12, group: '产出' },
      { verb: '更新', obj: '科普画廊', unit: '块', lo: 8, hi: 40, group: '产出' },
      { verb: '组织', obj: '青少年科技创新大赛参赛学生', unit: '人', lo: 150, hi: 800, group: '产出' },
      { verb: '惠及', obj: '科普活动受益群众', unit: '人次', lo: 8000, hi: 60000, group: '效益' },
    ],
    rate: '科普活动按期完成率', qualitative: '公民科学素质',
    reverse: { obj: '单次活动平均成本', unit: '万元', max: 2 },
  },
  {
    org: '水利局', short: '水利局', self: '我局', duty: '负责全县水资源管理、农村饮水安全和水利工程建设管理',
    offices: ['办公室', '水政股', '工程建设股', '农村水利股'],
    projects: ['农村饮水安全工程维修养护资金', '小型水库除险加固资金', '河道清淤专项经费', '防汛抗旱物资储备经费', '政府性基金预算财政拨款水利建设项目'],
    project: '农村饮水安全工程维修养护项目',
    indicators: [
      { verb: '完成', obj: '维修养护工程', unit: '处', lo: 20, hi: 90, group: '产出' },
      { verb: '改造', obj: '供水管网', unit: '公里', lo: 12, hi: 80, group: '产出' },
      { verb: '清淤', obj: '河道', unit: '公里', lo: 5, hi: 40, group: '产出' },
      { verb: '新建', obj: '集中供水站', unit: '座', lo: 3, hi: 15, group: '产出' },
      { verb: '保障', obj: '农村饮水受益群众', unit: '人', lo: 20000, hi: 160000, group: '效益' },
    ],
    rate: '工程验收合格率', qualitative: '农村供水保障水平',
    reverse: { obj: '水质检测不合格率', unit: '%', max: 5 },
  },
  {
    org: '农业农村局', short: '农业农村局', self: '我局', duty: '负责全县农业农村经济发展、动物防疫和农业技术推广',
    offices: ['办公室', '计划财务股', '畜牧兽医股', '农技推广站'],
    projects: ['动物防疫补助资金', '农业技术推广经费', '高标准农田建设资金', '耕地地力保护补贴资金'],
    project: '高标准农田建设项目',
    indicators: [
      { verb: '建设', obj: '高标准农田', unit: '亩', lo: 3000, hi: 30000, group: '产出' },
      { verb: '培训', obj: '高素质农民', unit: '人', lo: 100, hi: 900, group: '产出' },
      { verb: '推广', obj: '农业主推技术', unit: '项', lo: 4, hi: 15, group: '产出' },
      { verb: '发放', obj: '技术明白纸', unit: '份', lo: 3000, hi: 20000, group: '产出' },
      { verb: '带动', obj: '项目区农户', unit: '户', lo: 800, hi: 6000, group: '效益' },
    ],
    rate: '重大动物疫病免疫密度', qualitative: '农业综合生产能力',
    reverse: { obj: '亩均建设成本', unit: '元/亩', max: 2600 },
  },
  {
    org: '卫生健康局', short: '卫健局', self: '我局', duty: '负责全县基本公共卫生服务、医疗机构监督管理和健康促进',
    offices: ['办公室', '规划财务股', '基层卫生股', '疾病预防控制股'],
    projects: ['基本公共卫生服务补助资金', '家庭医生签约服务经费', '健康教育专项经费', '村医补助资金'],
    project: '基本公共卫生服务项目',
    indicators: [
      { verb: '开展', obj: '健康知识讲座', unit: '场', lo: 20, hi: 120, group: '产出' },
      { verb: '建立', obj: '居民电子健康档案', unit: '份', lo: 50000, hi: 300000, group: '产出' },
      { verb: '管理', obj: '高血压患者', unit: '人', lo: 3000, hi: 20000, group: '产出' },
      { verb: '培训', obj: '乡村医生', unit: '人次', lo: 100, hi: 600, group: '产出' },
      { verb: '服务', obj: '65岁以上老年人健康体检', unit: '人', lo: 5000, hi: 40000, group: '效益' },
    ],
    rate: '适龄儿童疫苗接种率', qualitative: '居民健康素养水平',
    reverse: { obj: '孕产妇死亡率', unit: '%', max: 1 },
  },
];

export const PEOPLE = ['王建平', '李秀梅', '张国强', '刘晓东', '陈静', '赵红霞', '孙志刚', '周丽娟', '吴海涛', '郑文博'];
