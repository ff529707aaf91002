import { readFileSync } from 'node:fs';
import { ruleTester } from '../helpers/rule-tester.js';

const SEED = readFileSync(new URL('../../fixtures/luquan-2025.md', import.meta.url), 'utf8');
const p = (body: string) => `一、自评工作开展情况\n${body}\n`;

ruleTester('doc-number', {
  valid: [
    { name: 'the 鹿泉 report with both 文号 written correctly', text: SEED.replace('鹿发﹝2019﹞8号', '鹿发〔2019〕8号') },
    { name: 'several correct numbers', text: p('依据财预〔2020〕10号、财预〔2021〕101号和冀财绩〔2022〕3号文件，按国办发〔2018〕108号要求开展自评。') },
    { name: 'a court case number is not a 文号', text: p('涉及（2019）冀01民终123号判决，已执行完毕。') },
    { name: 'dates and house numbers', text: p('2025年12月8号召开评审会，地址为建设路20号，2019年8号楼完成改造。') },
    { name: 'a 文号 inside a cited title', text: p('《河北省财政厅关于印发〈省级部门预算绩效管理办法〉的通知》（冀财预〔2019〕45号）。') },
    { name: 'amounts and serial numbers', text: p('共发放资料20198份，编号第2019号的设备已报废。') },
  ],
  invalid: [
    { name: '﹝﹞ after 〔〕 in the 鹿泉 report', text: SEED, errors: [{ match: /鹿发﹝2019﹞8号.*〔〕.*第 6 行.*鹿发〔2019〕8号/, excerpt: '鹿发﹝2019﹞8号', severity: 'warning' }] },
    { name: 'square and lenticular brackets', text: p('依据财预[2020]10号和冀财绩【2021】5号文件。'), errors: [{ match: /财预\[2020\]10号.*财预〔2020〕10号/ }, { match: /冀财绩【2021】5号.*冀财绩〔2021〕5号/ }] },
    { name: 'half- and full-width round brackets', text: p('依据石财预(2022)3号、鹿财（2023）12号。'), errors: [{ excerpt: '石财预(2022)3号' }, { excerpt: '鹿财（2023）12号' }] },
    { name: 'a two-digit year', text: p('依据鹿发〔19〕8号。'), errors: [{ match: /四位.*鹿发〔2019〕8号/ }] },
    { name: '第 before the serial number', text: p('依据冀财绩〔2021〕第5号。'), errors: [{ match: /不加「第」.*冀财绩〔2021〕5号/ }] },
    { name: 'zero padding', text: p('依据石财预〔2022〕08号。'), errors: [{ match: /不编虚位.*石财预〔2022〕8号/ }] },
    { name: 'year and serial run together', text: p('依据鹿发20198号文件。'), errors: [{ match: /连写.*鹿发〔2019〕8号/, excerpt: '鹿发20198号' }] },
    { name: 'an unclosed bracket', text: p('依据鹿发〔20198号文件。'), errors: [{ match: /括号不完整/, excerpt: '鹿发〔20198号' }] },
    { name: 'angle brackets', text: p('依据鹿发〈2019〉8号文件。'), errors: [{ match: '〈〉' }] },
    { name: 'the same number written with a space', text: p('依据鹿发〔2019〕8号，再次强调鹿发〔2019〕 8号要求。'), errors: [{ match: /两种写法/ }] },
  ],
});
