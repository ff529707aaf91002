// Templates written in the config file (required-sections options): plain synonyms or regular expressions per
// section, an optional depth, and whether order matters. Turned into the same Profile shape as the built-ins.
import { z } from 'zod';
import type { Profile, SectionSpec } from './types.js';

const regexString = z.string().refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, { message: 'not a valid regular expression' });

export const customSectionSchema = z.strictObject({
  /** Shown to users and matched as a synonym itself. */
  name: z.string().min(1),
  /** Plain words any of which, found in a heading, make it this section. */
  synonyms: z.array(z.string().min(1)).default([]),
  /** Regular expressions over the heading title (whitespace removed). */
  patterns: z.array(regexString).default([]),
  level: z.number().int().min(1).max(9).optional(),
  optional: z.boolean().default(false),
  /** The signature / team-list section (signature-block checks its content). */
  signature: z.boolean().default(false),
});

export const customTemplateSchema = z.strictObject({
  /** Regular expression over the title: when it matches, this template is chosen without --profile. */
  match: regexString.optional(),
  ordered: z.boolean().default(true),
  sections: z.array(customSectionSchema).min(1),
});

export type CustomTemplate = z.output<typeof customTemplateSchema>;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function profileFromTemplate(id: string, template: CustomTemplate): Profile {
  const sections: SectionSpec[] = template.sections.map((section, index) => {
    const words = [section.name, ...section.synonyms].map((w) => escapeRegExp(w.replace(/\s+/g, '')));
    const spec: SectionSpec = {
      key: `custom-${index}`,
      group: index,
      name: { 'zh-CN': section.name, en: section.name },
      patterns: [new RegExp(words.join('|')), ...section.patterns.map((p) => new RegExp(p))],
    };
    if (section.level !== undefined) spec.level = section.level;
    if (section.optional) spec.optional = true;
    if (section.signature) spec.signature = true;
    return spec;
  });
  return { id, aliases: [id], name: { 'zh-CN': id, en: id }, ordered: template.ordered, sections };
}
