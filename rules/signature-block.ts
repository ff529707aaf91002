// The 评价工作组人员名单 / 签字 section lists at least one person with a role (Hebei-style 部门整体 reports).
import { z } from 'zod';
import { chooseProfile, defineRule, emptySignatures, findPlaceholders, findSignatureSection, type SectionNode } from '../src/rule-kit.js';

const ROLES = '主席|副主席|主任|副主任|局长|副局长|书记|副书记|科长|副科长|股长|组长|副组长|成员|组员|会计|出纳|主管|干事|所长|站长|院长|校长|馆长|队长|经理|部长|秘书长|处长|负责人|委员|审核人|填报人|联系人|专员|科员|职员|工程师|会计师|审计师|经济师|教师|主任科员|调研员|四级调研员|一级科员|理事长|董事长|总监|财务|办公室|评价组|专家';
const NAME = '[\\u4e00-\\u9fff·]{2,4}';
// "科协主席：邢亚旗", "组长：张三", "张三（组长）", "张三 局长", "组长 张三"
const ROLE_THEN_NAME = new RegExp(`(?:${ROLES})\\s*[:：]?\\s*${NAME}|(?:${ROLES})\\s+${NAME}`);
const NAME_THEN_ROLE = new RegExp(`${NAME}\\s*[（(]\\s*(?:[^）)]{0,12})?(?:${ROLES})[^）)]{0,12}[）)]|${NAME}\\s+(?:[\\u4e00-\\u9fff]{0,10})?(?:${ROLES})`);
// Column titles and template words that are not names.
const TEMPLATE_WORDS = /^(姓名|工作单位|单位|职务|职称|签字|签名|序号|备注|电话|联系方式|身份|性别)$/;

function sectionLines(section: SectionNode): string[] {
  const lines: string[] = [];
  const title = section.heading.label ? section.heading.title : section.heading.text;
  const colon = /[：:]/.exec(title);
  if (colon) lines.push(title.slice(colon.index + 1));
  const visit = (s: SectionNode) => {
    for (const child of s.children) {
      if (child.type === 'paragraph') lines.push(child.text);
      else if (child.type === 'table') {
        for (const row of child.children) {
          const cells = row.children.map((c) => c.text.trim()).filter((t) => t && !TEMPLATE_WORDS.test(t));
          // A table row with a name and something else (role, unit) counts as a person with a role.
          if (cells.length >= 2 && cells.some((c) => new RegExp(`^${NAME}$`).test(c))) lines.push(`${cells.join(' ')} 成员`);
          else lines.push(cells.join(' '));
        }
      } else visit(child);
    }
  };
  visit(section);
  return lines.map((l) => removePlaceholders(l).trim()).filter((l) => l.length > 0);
}

function removePlaceholders(line: string): string {
  let out = line;
  for (const h of findPlaceholders(line).reverse()) out = out.slice(0, h.start) + out.slice(h.end);
  return out;
}

export default defineRule({
  meta: {
    id: 'signature-block',
    description: {
      'zh-CN': '「评价工作组人员名单及签字」部分至少列出一名人员及其职务（河北格式部门整体支出报告要求）；签字行冒号后应填写姓名',
      en: 'The evaluation team list / signature section names at least one person with a role (required by the Hebei department format); signature lines carry a name',
    },
    defaultSeverity: 'error',
    options: z.object({}),
    messages: {
      empty: {
        'zh-CN': '「{heading}」未列出任何人员，应列明评价工作组成员的姓名及职务（工作单位、职称）',
        en: '"{heading}" lists nobody; give the team members\' names with their roles (unit, title)',
      },
      emptySigner: {
        'zh-CN': '「{label}：」后未填写姓名，应填写{label}的姓名（并签字）',
        en: '"{label}:" has no name after it; write the name of the {label} (and sign)',
      },
      noRole: {
        'zh-CN': '「{heading}」只列出姓名（{names}），缺少职务或工作单位',
        en: '"{heading}" gives names only ({names}) without roles or units',
      },
    },
    tags: ['structure', 'template'],
  },
  check({ doc, settings, report }) {
    // Signature lines (项目负责人：, 财务负责人：, 填表人：) with nothing after the colon, in the text or a form cell.
    for (const node of doc.textNodes()) {
      if (node.type === 'heading') continue;
      for (const s of emptySignatures(node.text)) report({ messageId: 'emptySigner', data: { label: s.label }, node, span: [s.start, s.end] });
    }
    const choice = chooseProfile(doc, settings.profile, settings.templates);
    const profile = choice && 'profile' in choice ? choice.profile : undefined;
    const section = findSignatureSection(doc, profile);
    if (!section) return;
    const lines = sectionLines(section);
    const heading = section.heading.text.trim();
    if (lines.some((l) => ROLE_THEN_NAME.test(l) || NAME_THEN_ROLE.test(l))) return;
    const names = lines.flatMap((l) => l.split(/[、，,；;\s]+/)).filter((t) => new RegExp(`^${NAME}$`).test(t) && !TEMPLATE_WORDS.test(t));
    if (names.length) {
      report({ messageId: 'noRole', data: { heading, names: names.slice(0, 5).join('、') }, node: section.heading });
    } else {
      report({ messageId: 'empty', data: { heading }, node: section.heading });
    }
  },
});
