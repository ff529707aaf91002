// §2 of the reading issue: run-in lists inside one paragraph, "1）." forms; §4: one advice per label.
import { describe, expect, it } from 'vitest';
import { lintWithRule, ruleTester, type InvalidCase, type ValidCase } from '../helpers/rule-tester.js';
import { sameOnDocx } from './docx-variants.js';

const doc = (...lines: string[]) => `一、存在的问题及改进措施\n${lines.join('\n')}\n`;

const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    { name: 'run-in list in order', text: doc('针对上述问题，我局将采取以下措施：1.加强项目前期论证。2.完善绩效跟踪机制。3.推进资金支付进度。') },
    { name: 'run-in list with 、', text: doc('主要做法：1、健全制度；2、强化监督；3、严格考核。') },
    { name: 'decimals after a full stop are no labels', text: doc('全年支出合计120万元。3.5万元用于设备购置。2.5万元用于培训。') },
    { name: 'a paragraph with its own label continuing inline', text: doc('4.完成年度考核考评工作。5.对受理的投诉及时办结。6.按时报送统计报表。') },
    { name: 'the 1. form', text: doc('1.加强项目前期论证。', '2.完善绩效跟踪机制。') },
  ],
  invalid: [
    { name: 'run-in 1.…2.…2.', text: doc('针对上述问题，我局将采取以下措施：1.加强项目前期论证。2.完善绩效跟踪机制。2.推进资金支付进度。'), errors: [{ match: /2\..*3\./ }] },
    { name: 'run-in 4.…4.…5. after its own label', text: doc('4.完成年度考核考评工作。4.对受理的投诉及时办结。5.按时报送统计报表。'), errors: [{ match: /4\..*5\./ }] },
    { name: 'run-in 1、2、4、 gap', text: doc('主要做法：1、健全制度；2、强化监督；4、严格考核。'), errors: [{ match: /4、.*3、/ }] },
    { name: '"1）." items', text: doc('1）.加强项目前期论证。', '2）.完善绩效跟踪机制。'), errors: [{ match: /「.」/ }, { match: /「.」/ }] },
    { name: '"2）." in a list of "1." items: one finding, the stray mark', text: doc('1.总体目标：保障项目顺利实施。', '2）.年度绩效指标：完成维修养护工程达到53处。'), errors: [{ match: /2）.*「）」.*「2\.」/ }] },
    { name: '"2)." in a list of "1、" items: one finding', text: doc('1、总体目标：保障项目顺利实施。', '2).年度绩效指标：培训乡村医生不少于264人次。'), errors: [{ match: /多了.*「2、」/ }] },
    { name: '"2）." in a list of "1）" items: the dot', text: doc('1）总体目标：保障项目顺利实施。', '2）.年度绩效指标：开展科普宣传活动16次。'), errors: [{ match: /多了「.」，应为「2）」/ }] },
    { name: '"1)." items', text: doc('1).加强项目前期论证。', '2).完善绩效跟踪机制。'), errors: [{ match: /「.」/ }, { match: /「.」/ }] },
  ],
};
ruleTester('heading-numbering', cases);
sameOnDocx('heading-numbering', [...cases.valid, ...cases.invalid]);

describe('one advice per label', () => {
  it('（一) under （二）: the bracket is reported, no contradicting "应为「1.」"', async () => {
    const text = '一、基本情况\n（一）概况\n正文。\n（二）分项绩效目标实现情况\n（一)科普活动成效明显\n正文。\n（二）科普进校园\n正文。\n';
    const found = await lintWithRule('heading-numbering', { text });
    const onLine = found.filter((m) => m.line === 5);
    const advice = new Set(onLine.map((m) => /应为「([^」]+)」/.exec(m.message)?.[1]).filter(Boolean));
    expect(onLine.length).toBeGreaterThan(0);
    expect([...advice]).toHaveLength(1);
  });
});
