import { ruleTester } from '../helpers/rule-tester.js';

const numbered = (head: string, n: number) => [head, ...['春节民俗文化周', '油菜花旅游节', '端午龙舟邀请赛', '中秋非遗展演月', '国庆文旅消费季', '冬季冰雪节'].slice(0, n).map((t, i) => `${i + 1}.${t}。`)].join('\n');

ruleTester('count-vs-list', {
  valid: [
    { name: 'count and names agree', text: '内设机构5个，分别为办公室、财务股、业务股、法规股、信息中心。' },
    { name: 'list ending in 等', text: '内设机构6个，分别为办公室、财务股、业务股、法规股等。' },
    { name: 'list ending in 等等', text: '下属单位8个，包括县图书馆、县文化馆、县博物馆等等。' },
    { name: '包括 without a count', text: '主要职能包括：文化事业管理、旅游市场监管、文物保护利用。' },
    { name: 'count stated for a subset (其中 … 3名)', text: '现有在职干部职工52人，其中取得文物保护工程资质的专业技术人员3名，分别为王秀英、李志强、陈晓东。' },
    { name: 'count in Chinese numerals', text: '下设二级单位三个，分别为县图书馆、县文化馆、县博物馆。' },
    { name: 'counts of different things in one sentence', text: '全年接待游客86.2万人次，举办旅游推介会4场，分别在成都、重庆、西安、昆明举办。' },
    { name: 'two counts joined: the list covers both', text: '建成村级服务站3个、服务点2个，分别为东村、西村、南村、北村、中村。' },
    { name: 'list before the count', text: '内设办公室、文化艺术股、旅游产业股、文物保护股4个股室，下属县图书馆、县文化馆2个事业单位。' },
    { name: 'items that are figures are a breakdown, not names', text: '下属单位5个，分别为行政单位2个、事业单位3个。' },
    { name: 'last item A和B read as two', text: '开展专项检查3次，分别为春季检查、汛期检查和冬季检查。' },
    { name: 'numbered list of the stated length', text: numbered('全年举办大型文旅节会活动4次：', 4) },
    { name: '包括 naming fewer than the count (partial)', text: '下属单位5个，包括县图书馆、县文化馆。' },
    { name: 'target with 不少于 after a list of verbs', text: '新建、改扩建中小学校不少于5所。' },
    { name: 'a count for a larger whole right before the count for the list', text: '共有5个乡镇12个村：东乡、西乡、南乡、北乡、中乡。' },
    { name: 'numbered items with sub-items between them', text: '主要做了三个方面的工作：\n1.加强管理。\n2.强化监督。\n（1）开展检查。\n3.完善制度。' },
    { name: 'numbered items with prose between them', text: '主要做了三个方面的工作：\n1.加强管理。\n具体做法如下。\n2.强化监督。\n3.完善制度。' },
    { name: '一是…二是… clauses are not a list of names', text: '落实“三个一”要求：一是建立台账，明确责任；二是定期调度，及时通报。' },
  ],
  invalid: [
    { name: '6 stated, 5 named', text: '内设机构6个，分别为办公室、财务股、业务股、法规股、信息中心。', errors: [{ match: /6个.*5 项/, excerpt: '6个' }] },
    { name: '3 stated, 4 named after a colon', text: '下设二级单位3个：县图书馆、县文化馆、县博物馆、县非遗保护中心。', errors: [{ match: '4 项' }] },
    { name: '5 次 then 4 numbered items', text: numbered('全年举办大型文旅节会活动5次：', 4), errors: [{ match: /5次.*4 项/, line: 1 }] },
    { name: 'four aspects, three numbered', text: '主要做了四个方面的工作：\n1.加强管理。\n2.强化监督。\n3.完善制度。', errors: [{ match: '四个方面' }] },
    { name: '3 次 then 4 numbered items', text: numbered('组织开展文旅节会3次：', 4), errors: [{ match: '4 项' }] },
    { name: 'Chinese numeral count, too many names', text: '下设二级单位两个，分别为县图书馆、县文化馆、县博物馆。', errors: [{ match: '3 项' }] },
    { name: 'list before the count', text: '内设办公室、文化艺术股、旅游产业股4个股室。', errors: [{ match: '3 项' }] },
    { name: '包括 naming more than the count', text: '下属单位2个，包括县图书馆、县文化馆、县博物馆。', errors: [{ match: '3 项' }] },
    { name: 'items separated by ；', text: '内设机构3个，分别为：办公室，负责日常事务；财务股，负责财务管理。', errors: [{ match: '2 项' }] },
    { name: '分别是 with names', text: '聘请第三方机构4家，分别是甲公司、乙公司、丙公司。', errors: [{ match: '3 项' }] },
    { name: 'count with a noun after the classifier', text: '设立6个工作组，分别为综合组、督导组、宣传组、保障组、财务组。', errors: [{ match: '5 项' }] },
  ],
});
