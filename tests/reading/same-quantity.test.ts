// §2 of the reading issue: the same quantity means the same object, unit and period.
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('metric-consistency', {
  valid: [
    { name: '乡镇 vs 行政村 (full-width digits)', text: '一、概况\n全县１２个乡镇均建有综合文化站。\n二、成效\n文化活动覆盖全县108个行政村。' },
    { name: '社区 vs 小区', text: '一、概况\n全区共有15个社区。\n二、成效\n垃圾分类覆盖全区230个小区。' },
    { name: '名教师 vs 名学生', text: '一、概况\n全校有86名教师。\n二、成效\n组织全校1200名学生参加科普讲座。' },
    {
      name: 'a goal without a comparator in a 绩效目标 section is not a result',
      text: '一、部门整体支出绩效目标\n全年开展执法检查1100家次。\n二、绩效目标实现情况\n全年开展执法检查1180家次。',
    },
  ],
  invalid: [
    { name: '11 vs 13 乡镇', text: '一、概况\n全县辖１１个乡镇，均建有综合文化站。\n二、成效\n全县辖13个乡镇均开展了送文化下乡活动。', errors: [{ match: /13个.*１１个.*乡镇/ }] },
    { name: '资料 2000 vs 1000份 names why they are the same', text: '一、概况\n向群众发放了防治等资料2000份。\n二、成效\n制作与发放的科普宣传资料1000份。', errors: [{ match: /1000份.*2000份.*「资料」/ }] },
  ],
});

ruleTester('metric-consistency', {
  valid: [
    { name: 'next year\'s plan is another period', text: '一、成效\n全年完成维修养护工程132处。\n二、下一步计划\n2. 2026年计划完成维修养护工程90处，加强资金管理。' },
    { name: 'next year\'s plan, 份', text: '一、成效\n全年发放科普资料6274份。\n二、下一步计划\n2027年计划发放科普资料5427份。' },
    {
      name: 'the targets echoed next to two results are not one quantity',
      text: '一、成效\n完成情况：管理高血压患者3690人，未达到年度目标4421人，因部分患者外出务工。\n完成情况：服务老年人健康体检34900人，完成年度目标34000人。',
    },
  ],
  invalid: [
    { name: 'this year\'s two statements still compared', text: '一、概况\n全年发放科普资料6274份。\n二、成效\n向群众发放科普资料6000份。', errors: 1 },
  ],
});
