// Report templates ("profiles"): the sections a kind of report must have, in order, with the headings that count.

/** One part of a template. A heading matches when its title (label removed) matches one of `patterns`. */
export interface SectionSpec {
  /** Stable key, e.g. "conclusion". */
  key: string;
  /** Name shown to users, e.g. "评价结论和评价等级". */
  name: { 'zh-CN': string; en: string };
  /** Regular expressions over the heading title with whitespace removed. */
  patterns: RegExp[];
  /** Only headings at this section depth count (1 = top level); undefined = any depth. */
  level?: number;
  /** Sections of one group may come in any order among themselves; groups must follow each other. */
  group: number;
  /** May also open the report, before every other section (Hunan reports state the 自评得分 first). */
  mayLead?: boolean;
  /** Its place differs between the templates (资金投入和使用情况: inside 项目概况, after it, or inside the analysis): not
   * checked for order. */
  floating?: boolean;
  /** Present in some reports only: never reported missing, but still checked for order. */
  optional?: boolean;
  /** The section is the 评价工作组人员名单 / 签字 block (signature-block checks its content). */
  signature?: boolean;
}

export interface Profile {
  id: string;
  /** Names accepted in `--profile` / settings.profile. */
  aliases: string[];
  name: { 'zh-CN': string; en: string };
  sections: SectionSpec[];
  /** Sections must appear in template order. */
  ordered: boolean;
}
