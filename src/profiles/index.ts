// Choosing the template a report is checked against, and finding each template section among its headings.
import type { LintDocument } from '../model/document.js';
import type { SectionNode } from '../model/types.js';
import { docInfo } from '../model/doc-info.js';
import { builtinProfiles, departmentProfile, projectProfile } from './builtin.js';
import { profileFromTemplate, type CustomTemplate } from './custom.js';
import type { Profile, SectionSpec } from './types.js';

export type { Profile, SectionSpec } from './types.js';
export { builtinProfiles, departmentProfile, hebeiDepartmentProfile, projectProfile } from './builtin.js';
export { customTemplateSchema, profileFromTemplate, type CustomTemplate } from './custom.js';

export type ProfileChoice =
  | { profile: Profile; how: 'named' | 'title' }
  | { unknown: string; known: string[] }
  | undefined;

const normalizeName = (s: string) => s.trim().toLowerCase().replace(/\s+/g, '');

/**
 * The profile for a document: `requested` (rule option or --profile) by id or alias, else a custom template whose
 * `match` fits the title, else a built-in chosen from the report kind in the title. Undefined for a 自评表 or a
 * document whose kind cannot be told.
 */
export function chooseProfile(
  doc: LintDocument, requested: string | undefined, templates: Record<string, CustomTemplate> = {},
): ProfileChoice {
  const custom = Object.entries(templates).map(([id, t]) => ({ profile: profileFromTemplate(id, t), match: t.match }));
  const all = [...custom.map((c) => c.profile), ...builtinProfiles];
  if (requested && requested.trim()) {
    const want = normalizeName(requested);
    const found = all.find((p) => normalizeName(p.id) === want || p.aliases.some((a) => normalizeName(a) === want));
    if (found) return { profile: found, how: 'named' };
    return { unknown: requested, known: all.map((p) => p.id) };
  }
  for (const c of custom) {
    if (c.match && new RegExp(c.match).test(doc.title)) return { profile: c.profile, how: 'title' };
  }
  const kind = docInfo(doc).kind;
  if (kind === 'department') return { profile: departmentProfile, how: 'title' };
  if (kind === 'project') return { profile: projectProfile, how: 'title' };
  return undefined;
}

/** Heading title without label and whitespace, half-width brackets made full width, for pattern matching. */
export function normalizedTitle(section: SectionNode): string {
  const h = section.heading;
  const title = h.label ? h.title : h.text;
  return title.replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

export function sectionMatches(spec: SectionSpec, section: SectionNode): boolean {
  if (spec.level !== undefined && section.depth !== spec.level) return false;
  const title = normalizedTitle(section);
  return spec.patterns.some((p) => p.test(title));
}

/**
 * The heading that stands for each template section: the shallowest matching section, the earliest among equals
 * (a top-level "五、存在的问题及改进措施" is preferred over a sub-heading that mentions 问题 in passing).
 */
export function matchProfile(doc: LintDocument, profile: Profile): Map<string, SectionNode> {
  const found = new Map<string, SectionNode>();
  const sections = doc.sections();
  for (const spec of profile.sections) {
    let best: SectionNode | undefined;
    for (const section of sections) {
      if (!sectionMatches(spec, section)) continue;
      if (!best || section.depth < best.depth) best = section;
    }
    if (best) found.set(spec.key, best);
  }
  return found;
}

/** The signature/team-list section of a document, whatever the profile. */
export function findSignatureSection(doc: LintDocument, profile?: Profile): SectionNode | undefined {
  const spec = (profile ?? departmentProfile).sections.find((s) => s.signature)
    ?? departmentProfile.sections.find((s) => s.signature)!;
  const matches = doc.sections().filter((s) => sectionMatches({ ...spec, level: undefined }, s));
  return matches.sort((a, b) => a.depth - b.depth)[0];
}
