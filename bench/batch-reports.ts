// A season of generated 部门整体支出绩效自评报告 (Markdown, one paragraph a line) for the batch checks: distinct units
// writing their own text from shared phrase pools, with planted copies (another unit's body, the unit name and the
// figures changed) and planted reports of a wrong year. Deterministic for a seed. Used by the duplicate-report /
// batch-year batch test and by the benchmark.

export interface GeneratedBatch {
  files: { name: string; text: string }[];
  /** [original, copy] file names of each planted duplicate. */
  duplicates: [string, string][];
  /** Files whose evaluated year is not the batch year. */
  wrongYear: string[];
}

export interface BatchSpec { count?: number; duplicates?: number; wrongYear?: number; year?: number; seed?: number }

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTIES = ['西岭', '南屏', '东川', '北塘', '青禾', '石门', '云溪', '松阳', '柳河', '桃源', '白沙', '金溪', '龙泉', '凤台', '安平', '永宁',
  '河口', '梅岭', '清水', '长乐', '丰城', '宁远', '黄岗', '新田', '双峰', '临江', '望城', '乐平', '兴隆', '平川', '玉山', '古城', '三河', '大洼',
  '红星', '银滩', '沙湾', '高台', '林口', '汤原'];
const BUREAUS: [string, string[]][] = [
  ['文化旅游局', ['公共文化服务', '全域旅游', '文物安全保护', '非遗传承', '送戏下乡', '全民阅读']],
  ['农业农村局', ['高标准农田建设', '农产品质量安全', '动物疫病防控', '农技推广', '乡村产业发展', '农村人居环境整治']],
  ['教育局', ['义务教育均衡发展', '学前教育普及', '教师队伍建设', '校园安全管理', '学生资助', '职业教育']],
  ['卫生健康局', ['基本公共卫生服务', '家庭医生签约', '传染病防控', '妇幼健康', '医疗机构监管', '健康教育']],
  ['民政局', ['城乡低保', '特困人员供养', '养老服务', '儿童福利', '殡葬管理', '社会组织登记']],
  ['水利局', ['河湖长制', '农村饮水安全', '防汛抗旱', '水土保持', '小型水库除险加固', '灌区改造']],
  ['自然资源局', ['耕地保护', '国土空间规划', '不动产登记', '地质灾害防治', '矿产资源管理', '林长制']],
  ['市场监管局', ['食品安全抽检', '特种设备检验', '价格监督检查', '知识产权保护', '消费维权', '计量监督']],
  ['科学技术协会', ['科普宣传', '青少年科技教育', '学会建设', '科技志愿服务', '院士专家工作站', '科普基地建设']],
  ['人力资源和社会保障局', ['就业创业服务', '职业技能培训', '社会保险扩面', '劳动保障监察', '人才引进', '欠薪治理']],
];
const VERBS = ['扎实推进', '统筹推进', '稳步开展', '持续深化', '全面落实', '认真组织', '积极推动', '大力实施'];
const RESULTS = ['群众满意度明显提升', '工作机制更加健全', '服务质量稳步提高', '基层基础不断夯实', '资金使用效益有所提高', '社会反响良好', '年度任务全面完成', '薄弱环节得到改善'];
const PROBLEMS = ['部分项目前期论证不充分', '资金支付进度偏慢', '基层专业人员不足', '绩效目标设定不够细化', '项目后续管护机制不健全', '部门间协调配合有待加强', '宣传覆盖面还不够广', '信息化水平不高'];
const MEASURES = ['加强项目前期论证', '加快资金支付进度', '充实基层专业力量', '细化量化绩效目标', '建立长效管护机制', '强化部门协作', '拓展宣传渠道', '推进信息化建设'];
/** Characters for made-up village and project names: every unit writes about its own places. */
const SYLLABLES = '安白柏板宝北碑沧岑茶长陈城川春慈大丹道德东董洞杜段丰枫凤福甘高葛沟谷关官广桂海汉杭何河鹤横洪后湖花华槐黄徽吉佳江蒋金锦井景靖九居君开康柯岚郎乐雷黎李莲良林临柳龙楼芦鹿罗洛马梅孟米苗明木南宁潘彭平蒲浦齐祁千乔秦青清庆邱泉饶仁荣如瑞沙山尚邵石寿舒双水顺松苏泰唐桃滕田通桐潼万旺望魏温文吴梧武西溪霞夏仙湘祥孝谢新兴熊秀徐许宣雪严岩杨姚野宜义银英永游余玉元岳云泽张章昭赵珍郑枝中钟周朱竹庄卓紫邹';
const PLACES = ['城关镇', '河西乡', '东岗镇', '南山乡', '北关街道', '新兴镇', '石桥乡', '高家镇', '李庄乡', '马场镇', '白杨乡', '青石镇'];

function report(rand: () => number, unit: string, topics: string[], year: number, figures: () => string): { title: string; body: string } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const shuffled = [...topics].sort(() => rand() - 0.5);
  const places = [...PLACES].sort(() => rand() - 0.5);
  const name = () => `${pick([...SYLLABLES])}${pick([...SYLLABLES])}`;
  const para = (topic: string, i: number) =>
    `${i}.${topic}：${pick(VERBS)}${topic}工作，在${places[i]}${name()}村、${places[i + 3]}${name()}社区开展专项行动${figures()}次，覆盖群众${figures()}人次，${pick(RESULTS)}；`
    + `实施${name()}${name()}${topic}示范点和${name()}河${name()}段配套工程，针对${places[i + 6]}${name()}片区${topic}短板，${pick(VERBS)}整改，${pick(RESULTS)}。`;
  const body = [
    '一、部门基本情况', '（一）部门概况',
    `${unit}围绕${shuffled[0]}和${shuffled[1]}两项重点，${pick(VERBS)}各项工作，${pick(RESULTS)}，${places[0]}、${places[1]}两地试点经验在全县推广。`,
    '（二）部门收支预决算情况',
    `${year}年度财政拨款收入${figures()}.${figures()}万元，财政拨款支出与收入持平。`,
    '二、绩效目标实现情况',
    ...shuffled.slice(0, 4).map((t, i) => para(t, i + 1)),
    '三、评价结论和评价等级',
    `经自评，本部门${year}年度部门整体支出绩效自评得分${90 + Math.floor(rand() * 9)}分，评价等级为优。`,
    '四、存在的问题及改进措施',
    `一是${pick(PROBLEMS)}，${places[2]}等地表现较为突出；二是${pick(PROBLEMS)}。下一步将${pick(MEASURES)}，${pick(MEASURES)}，推动${shuffled[2]}提质增效。`,
  ];
  return { title: `${unit}${year}年度部门整体支出绩效自评报告`, body: body.join('\n') };
}

export function generateBatch(spec: BatchSpec = {}): GeneratedBatch {
  const { count = 200, duplicates = 5, wrongYear = 3, year = 2025, seed = 2025 } = spec;
  const rand = prng(seed);
  const figures = () => String(10 + Math.floor(rand() * 890));
  const files: GeneratedBatch['files'] = [];
  const units: string[] = [];
  for (let i = 0; units.length < count; i++) units.push(`${COUNTIES[i % COUNTIES.length]}县${BUREAUS[Math.floor(i / COUNTIES.length) % BUREAUS.length]![0]}`);
  const bodies: string[] = [];
  const out: GeneratedBatch = { files, duplicates: [], wrongYear: [] };
  // copies at the end of the batch, originals spread over it; wrong years on other files
  const copyOf = new Map<number, number>();
  for (let d = 0; d < duplicates; d++) copyOf.set(count - 1 - d, 7 + d * 31);
  const wrong = new Set(Array.from({ length: wrongYear }, (_, w) => 5 + Math.floor((w * count) / wrongYear)));
  for (let i = 0; i < count; i++) {
    const unit = units[i]!;
    const topics = BUREAUS[Math.floor(i / COUNTIES.length) % BUREAUS.length]![1];
    const y = wrong.has(i) ? year - 2 : year;
    const name = `report-${String(i + 1).padStart(3, '0')}.md`;
    const original = copyOf.get(i);
    let title: string, body: string;
    if (original !== undefined) {
      // another unit's body: its unit name swapped for this one, every figure changed
      const source = units[original]!;
      title = `${unit}${y}年度部门整体支出绩效自评报告`;
      const changed = (n: string) => (Number(n) < 100 || (n.length === 4 && /^20/.test(n)) ? n : String(Number(n) + 7));
      body = bodies[original]!.replaceAll(source, unit).split('\n')
        .map((line) => line.replace(/^(\d+\.)?(.*)$/, (_, label: string | undefined, rest: string) => `${label ?? ''}${rest.replace(/\d+/g, changed)}`)).join('\n');
      out.duplicates.push([files[original]!.name, name]);
    } else {
      ({ title, body } = report(rand, unit, topics, y, figures));
    }
    bodies.push(body);
    if (wrong.has(i)) out.wrongYear.push(name);
    files.push({ name, text: `${title}\n${body}\n` });
  }
  return out;
}
