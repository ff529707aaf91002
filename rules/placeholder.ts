// Template leftovers and Word conversion artifacts left in the text: XX/××/某某, 【请填写…】, （此处填写…）, 待补充,
// "[bookmark: _GoBack]", "错误！未定义书签。", {{…}}, ______, "(参考提纲)", "(200字以内)", "指标1：……".
import { z } from 'zod';
import { defineRule, findPlaceholders } from '../src/rule-kit.js';


export default defineRule({
  meta: {
    id: 'placeholder',
    description: {
      'zh-CN': '模板占位符、填写提示和 Word 转换残留（XX、【请填写】、待补充、[bookmark: _GoBack]、错误！未定义书签）',
      en: 'Template placeholders, fill-in prompts and Word conversion residue (XX, 【请填写】, 待补充, [bookmark: _GoBack], broken references)',
    },
    defaultSeverity: 'error',
    options: z.object({
      /** Extra placeholder patterns (regular expressions) used by a region's template. */
      extra: z.array(z.string()).default([]),
    }),
    messages: {
      mask: { 'zh-CN': '「{found}」是占位符，应填写实际的名称或数值', en: '"{found}" is a placeholder; write the real name or figure' },
      prompt: { 'zh-CN': '模板填写提示「{found}」未删除，应替换为实际内容', en: 'template prompt "{found}" left in; replace it with the actual content' },
      pending: { 'zh-CN': '「{found}」表明内容尚未完成，应补齐后再提交', en: '"{found}" marks unfinished content; complete it before submitting' },
      artifact: { 'zh-CN': 'Word 转换残留「{found}」，应删除（或更新域）', en: 'Word conversion residue "{found}"; delete it (or update the field)' },
      field: { 'zh-CN': '模板字段「{found}」未替换为实际内容', en: 'template field "{found}" was never filled in' },
      blank: { 'zh-CN': '填空横线「{found}」未填写', en: 'fill-in line "{found}" left blank' },
      outline: { 'zh-CN': '模板说明「{found}」未删除', en: 'template note "{found}" left in' },
      ellipsis: { 'zh-CN': '「{found}」是模板示例，应填写实际内容', en: '"{found}" is a template example; write the actual content' },
      extra: { 'zh-CN': '「{found}」与配置的占位符模式 {pattern} 相符，应替换为实际内容', en: '"{found}" matches the configured placeholder pattern {pattern}; replace it' },
    },
    tags: ['content', 'artifact'],
  },
  check({ doc, options, report }) {
    const extra = options.extra.flatMap((source) => {
      try { return [new RegExp(source, 'gu')]; } catch { return []; }
    });
    for (const node of doc.textNodes()) {
      for (const hit of findPlaceholders(node.text)) {
        report({ messageId: hit.kind, data: { found: hit.text.trim() }, node, span: [hit.start, hit.end], severity: hit.kind === 'artifact' || hit.kind === 'blank' ? 'warning' : undefined });
      }
      for (const re of extra) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(node.text))) {
          if (!m[0]) { re.lastIndex++; continue; }
          report({ messageId: 'extra', data: { found: m[0], pattern: re.source }, node, span: [m.index, m.index + m[0].length] });
        }
      }
    }
  },
});
