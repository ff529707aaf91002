// The template's required sections are present (matched through synonyms) and in the template's order.
import { z } from 'zod';
import { chooseProfile, customTemplateSchema, defineRule, matchProfile, type Profile, type SectionNode, type SectionSpec } from '../src/rule-kit.js';

const options = z.object({
  /** Template to use; overrides settings.profile (--profile) and the choice from the title. */
  profile: z.string().optional(),
  /** Custom templates, by name: { sections: [{ name, synonyms, patterns, level, optional }], ordered, match }; the
   * config's top-level `templates` are seen by every rule, these only by this one. */
  templates: z.record(z.string(), customTemplateSchema).default({}),
  /** Report sections out of template order (warning). */
  checkOrder: z.boolean().default(true),
});

export default defineRule({
  meta: {
    id: 'required-sections',
    description: {
      'zh-CN': '报告包含模板要求的各部分，且顺序符合模板（部门整体支出 / 项目支出 / 自定义模板）',
      en: 'The report has every section its template requires, in the template order (department / project / custom)',
    },
    defaultSeverity: 'error',
    options,
    messages: {
      missingAfter: {
        'zh-CN': '缺少「{section}」部分（{profile}模板要求），应位于「{after}」之后',
        en: 'section "{section}" is missing (required by the {profile} template); it belongs after "{after}"',
      },
      missingBefore: {
        'zh-CN': '缺少「{section}」部分（{profile}模板要求），应位于「{before}」之前',
        en: 'section "{section}" is missing (required by the {profile} template); it belongs before "{before}"',
      },
      missingAlone: {
        'zh-CN': '缺少「{section}」部分（{profile}模板要求）',
        en: 'section "{section}" is missing (required by the {profile} template)',
      },
      outOfOrder: {
        'zh-CN': '「{heading}」（{section}）的位置不符合{profile}模板顺序，应位于「{after}」之后、「{before}」之前',
        en: '"{heading}" ({section}) is out of the {profile} template order; it belongs after "{after}" and before "{before}"',
      },
      outOfOrderAfter: {
        'zh-CN': '「{heading}」（{section}）的位置不符合{profile}模板顺序，应位于「{after}」之后',
        en: '"{heading}" ({section}) is out of the {profile} template order; it belongs after "{after}"',
      },
      outOfOrderBefore: {
        'zh-CN': '「{heading}」（{section}）的位置不符合{profile}模板顺序，应位于「{before}」之前',
        en: '"{heading}" ({section}) is out of the {profile} template order; it belongs before "{before}"',
      },
      unknownProfile: {
        'zh-CN': '未知的报告模板「{name}」，可用模板：{known}',
        en: 'unknown report template "{name}"; known templates: {known}',
      },
    },
    tags: ['structure', 'template'],
  },
  check({ doc, options, settings, locale, report }) {
    const choice = chooseProfile(doc, options.profile ?? settings.profile, { ...settings.templates, ...options.templates });
    if (!choice) return;
    if ('unknown' in choice) {
      report({ messageId: 'unknownProfile', data: { name: choice.unknown, known: choice.known.join('、') }, node: doc.root.data.titleNodes[0] ?? doc.root });
      return;
    }
    const profile = choice.profile;
    const found = matchProfile(doc, profile);
    const profileName = profile.name[locale];
    const at = (s: SectionNode) => s.heading.text.trim();
    const nameOf = (spec: SectionSpec) => spec.name[locale];

    profile.sections.forEach((spec, index) => {
      if (spec.optional || found.has(spec.key)) return;
      const before = profile.sections.slice(0, index).reverse().find((s) => found.has(s.key));
      const after = profile.sections.slice(index + 1).find((s) => found.has(s.key));
      const data = { section: nameOf(spec), profile: profileName };
      if (before) {
        const prev = lastSectionWithin(found.get(before.key)!, doc.sections());
        report({ messageId: 'missingAfter', data: { ...data, after: at(found.get(before.key)!) }, node: (after ? found.get(after.key)! : prev).heading });
      } else if (after) {
        report({ messageId: 'missingBefore', data: { ...data, before: at(found.get(after.key)!) }, node: found.get(after.key)!.heading });
      } else {
        report({ messageId: 'missingAlone', data, node: doc.root.data.titleNodes[0] ?? doc.sections()[0]?.heading ?? doc.root });
      }
    });

    if (options.checkOrder && profile.ordered) reportOrder(profile, found, (spec, heading, after, before) => {
      const data = { heading: at(heading), section: nameOf(spec), profile: profileName };
      const name = (s: SectionSpec | undefined) => (s ? at(found.get(s.key)!) : '');
      const messageId = after && before ? 'outOfOrder' : after ? 'outOfOrderAfter' : 'outOfOrderBefore';
      report({ messageId, severity: 'warning', data: { ...data, after: name(after), before: name(before) }, node: heading.heading });
    });
  },
});

/** The last section nested in `section` (where text "after" it would go). */
function lastSectionWithin(section: SectionNode, all: readonly SectionNode[]): SectionNode {
  let last = section;
  for (const s of all) if (s !== section && isInside(s, section)) last = s;
  return last;
}

function isInside(inner: SectionNode, outer: SectionNode): boolean {
  const a = inner.position.start, s = outer.position.start, e = outer.position.end;
  return (a.line > s.line || (a.line === s.line && a.column >= s.column)) && (a.line < e.line || (a.line === e.line && a.column < e.column));
}

/**
 * Sections out of order: the matched headings sorted by position give a sequence of template groups; the longest
 * non-decreasing subsequence is taken as "in order" and every other section is reported once.
 */
function reportOrder(
  profile: Profile, found: Map<string, SectionNode>,
  onOutOfOrder: (spec: SectionSpec, section: SectionNode, after: SectionSpec | undefined, before: SectionSpec | undefined) => void,
) {
  const matched = profile.sections
    .map((spec, index) => ({ spec, index, section: found.get(spec.key) }))
    .filter((p): p is { spec: SectionSpec; index: number; section: SectionNode } => p.section !== undefined);
  // A section nested in another matched one ("（二）资金投入和使用情况" under "一、基本情况") has its place in that
  // section, as the national and provincial templates allow: its order is not certain, so it is not checked.
  const present = matched.filter((p) => !p.spec.floating && !matched.some((o) => o !== p && o.section !== p.section && isInside(p.section, o.section)));
  const byPosition = [...present].sort((a, b) =>
    a.section.position.start.line - b.section.position.start.line || a.section.position.start.column - b.section.position.start.column || a.index - b.index);
  if (byPosition[0]?.spec.mayLead) byPosition.shift();
  const n = byPosition.length;
  const length = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < j; i++) {
      if (byPosition[i]!.spec.group <= byPosition[j]!.spec.group && length[i]! + 1 > length[j]!) {
        length[j] = length[i]! + 1;
        prev[j] = i;
      }
    }
  }
  let end = 0;
  for (let j = 1; j < n; j++) if (length[j]! > length[end]!) end = j;
  const keep = new Set<number>();
  for (let j = n ? end : -1; j >= 0; j = prev[j]!) keep.add(j);
  byPosition.forEach((p, j) => {
    if (keep.has(j)) return;
    // The template section it should follow: the last kept one of an earlier group.
    const kept = [...keep].map((k) => byPosition[k]!);
    const after = kept.filter((k) => k.spec.group < p.spec.group).sort((a, b) => b.spec.group - a.spec.group || b.index - a.index)[0];
    const before = kept.filter((k) => k.spec.group > p.spec.group).sort((a, b) => a.spec.group - b.spec.group || a.index - b.index)[0];
    if (after || before) onOutOfOrder(p.spec, p.section, after?.spec, before?.spec);
  });
}
