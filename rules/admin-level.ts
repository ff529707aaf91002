// The unit's administrative level (from its name: 鹿泉区科协 → 区) used consistently: "全县中心工作" in a 区 report
// is text copied from another unit's report. Only levels of the same tier are compared (区/县/旗, 市/州/盟,
// 乡/镇/街道): a 区 report may well speak of 全市, and a 市 may be a county-level city under a 州 or 盟.
import { z } from 'zod';
import { defineRule, docInfo, type AdminLevel } from '../src/rule-kit.js';

const TIERS: AdminLevel[][] = [['区', '县', '旗'], ['市', '州', '盟'], ['乡', '镇', '街道']];
/**
 * Levels of the same tier that can still be the unit's superior: a 市 may be a county-level city, under a 州
 * (开远市 in 红河州) or a 盟 (锡林浩特市 in 锡林郭勒盟). Only a level that can be neither the unit's own nor its
 * superior's is a finding.
 */
const MAY_BE_SUPERIOR: Partial<Record<AdminLevel, AdminLevel[]>> = { 市: ['州', '盟'] };

// "全县", "我县", "本县", "该县", "县委县政府", and 县委/县政府/县人民政府/县财政局 … after a particle or at a clause start
// (not "鹿泉县委", which names a place).
const GENERIC = '(全|我|本|该|各)';
const ORGANS = '(委(?![员会托屈])|人民政府|政府|人大|政协|纪委|财政局|财政|直(?!接|属于|观|线)|属(?!于|性|实)|领导|中心工作)';
const PARTICLE_BEFORE = /(^|[\s，。；：、“”‘’（）()《》\-—是在为由经向对与和及了的把将被按据受从于委])$/;

function levelPattern(level: AdminLevel): RegExp {
  return new RegExp(`(?<![安完健齐周万保全])${GENERIC}${level}(?![城域区级乡镇间分别块位划])|${level}${ORGANS}`, 'g');
}

export default defineRule({
  meta: {
    id: 'admin-level',
    description: {
      'zh-CN': '行政层级与报告单位一致（区级单位的报告中不应出现「全县」「县委」等）',
      en: 'The administrative level matches the reporting unit (no "全县" / "县委" in a district report)',
    },
    defaultSeverity: 'warning',
    options: z.object({
      /** Level to use when the title gives no unit: 区, 县, 市, 州, 旗, 乡, 镇, 街道. */
      level: z.enum(['省', '市', '州', '盟', '区', '县', '旗', '乡', '镇', '街道']).optional(),
    }),
    messages: {
      otherLevel: {
        'zh-CN': '报告单位「{unit}」为{level}级，此处「{found}」指{other}，应为「{expected}」（疑为其他单位报告的文字）',
        en: 'the reporting unit "{unit}" is at {level} level, but "{found}" speaks of a {other}; expected "{expected}" (text copied from another report?)',
      },
    },
    tags: ['consistency', 'place'],
  },
  check({ doc, options, report }) {
    const info = docInfo(doc);
    const level = info.level ?? options.level;
    if (!level) return;
    const tier = TIERS.find((t) => t.includes(level));
    if (!tier) return;
    // In an autonomous region "全区" means the region itself, so a county there may well write it.
    const inRegion = /自治区|广西|新疆|内蒙古|西藏|宁夏/.test(doc.lines.join('\n'));
    const superiors = MAY_BE_SUPERIOR[level] ?? [];
    const others = tier.filter((l) => l !== level && !superiors.includes(l) && !(inRegion && l === '区'));
    const patterns = others.map((other) => ({ other, re: levelPattern(other) }));
    const unit = info.unit ?? level;

    for (const node of doc.textNodes()) {
      const text = node.text;
      for (const { other, re } of patterns) {
        if (!text.includes(other)) continue; // both alternatives of the pattern contain the level word
        for (const m of text.matchAll(re)) {
          const start = m.index;
          const generic = m[1] !== undefined;
          // 县委 etc. count only when not preceded by a place name ("鹿泉县委" is another county named as such).
          if (!generic && !PARTICLE_BEFORE.test(text.slice(0, start))) continue;
          if (generic && m[1] === '各') continue; // "各县" speaks of counties in general
          const found = m[0];
          const expected = found.replace(other, level);
          report({ messageId: 'otherLevel', data: { unit, level, found, other, expected }, node, span: [start, start + found.length] });
        }
      }
    }
  },
});
