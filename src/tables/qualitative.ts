// Qualitative results and their score bands (财预〔2020〕10号 第十八条 as encoded by finance systems, domain guide
// §4): 达成年度指标 → [80 %, 100 %]; 部分达成年度指标并具有一定效果 → [60 %, 80 %); 未达成年度指标且效果较差 → [0, 60 %).
// Result words vary ("效果较明显", "已完成", "基本达成"); they are normalised to one of the three outcomes first.

export type Outcome = 'achieved' | 'partial' | 'missed';

const MISSED = /未达成|未完成|未达到|未实现|未开展|没有(?:完成|达到)|效果(?:较|很)?差|较差|不理想|不达标|不合格|无成效|无效果/;
const PARTIAL = /部分|基本(?:达成|完成|实现|达到|满意)|一定(?:效果|成效|提升|改善)|有所(?:提升|提高|改善|增强)|效果一般|^一般$|初步|尚可|逐步/;
const ACHIEVED = /达成|完成|达到|实现|达标|符合|满足|合格|显著|明显|良好|较好|^好$|^高$|^较高$|^优$|提升|提高|改善|增强|有效|持续|长期|稳定|正常|按时|及时|^是$|满意/;

/** The outcome a result text claims; undefined when the words say nothing clear. */
export function outcomeOf(result: string, target?: string): Outcome | undefined {
  const t = result.replace(/\s+/g, '');
  if (!t) return undefined;
  if (target && t === target.replace(/\s+/g, '')) return 'achieved';
  if (MISSED.test(t)) return 'missed';
  if (PARTIAL.test(t)) return 'partial';
  if (ACHIEVED.test(t)) return 'achieved';
  return undefined;
}

/** Band as shares of the weight: [low, high], lowInclusive always, highInclusive only for 达成. */
export const BANDS: Record<Outcome, { low: number; high: number; highInclusive: boolean; zh: string; en: string }> = {
  achieved: { low: 0.8, high: 1, highInclusive: true, zh: '达成', en: 'achieved' },
  partial: { low: 0.6, high: 0.8, highInclusive: false, zh: '部分达成', en: 'partly achieved' },
  missed: { low: 0, high: 0.6, highInclusive: false, zh: '未达成', en: 'not achieved' },
};
