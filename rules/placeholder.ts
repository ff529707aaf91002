// Template leftovers and Word conversion artifacts left in the text: XX/××/某某, 【请填写…】, （此处填写…）, 待补充,
// "[bookmark: _GoBack]", "错误！未定义书签。", {{…}}, ______, "(参考提纲)", "(200字以内)", "指标1：……".
import { z } from 'zod';
import { defineRule, findPlaceholders, formFields, isOnlyPlaceholder, type FormField, type TextNode } from '../src/rule-kit.js';


export default defineRule({
  meta: {
    id: 'placeholder',
    description: {
      'zh-CN': '模板占位符、填写提示和 Word 转换残留（XX、【请填写】、待补充、[bookmark: _GoBack]、错误！未定义书签）；自评表栏目只有填写说明',
      en: 'Template placeholders, fill-in prompts and Word conversion residue (XX, 【请填写】, 待补充, [bookmark: _GoBack], broken references); form fields holding only their instruction',
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
      instructionOnly: {
        'zh-CN': '「{field}」栏只有填写说明「{found}」，尚未填写；此处应填写{expects}',
        en: 'the "{field}" field holds only its printed instruction "{found}" and was never filled in; write {expects} there',
      },
      placeholderField: { 'zh-CN': '「{field}」栏只有占位内容「{found}」，应填写{expects}', en: 'the "{field}" field holds only the placeholder "{found}"; write {expects} there' },
      instructionBeside: { 'zh-CN': '「{field}」栏已填写，但填写说明「{found}」未删除', en: 'the "{field}" field is filled in, but its instruction "{found}" was left beside the content' },
      extra: { 'zh-CN': '「{found}」与配置的占位符模式 {pattern} 相符，应替换为实际内容', en: '"{found}" matches the configured placeholder pattern {pattern}; replace it' },
    },
    tags: ['content', 'artifact'],
  },
  check({ doc, options, report, locale }) {
    // Form fields: one finding per field, naming it; the generic hits in such a value cell are that same defect.
    const fieldOf = new Map<TextNode, FormField>();
    for (const f of formFields(doc)) {
      if (!f.valueCell) continue;
      const data = { field: f.label, expects: locale === 'en' ? f.expects.en : f.expects.zh };
      if (f.state === 'instruction') {
        report({ messageId: 'instructionOnly', data: { ...data, found: f.instruction!.trim() }, node: f.valueCell });
        fieldOf.set(f.valueCell, f);
      } else if (f.state === 'filled' && isOnlyPlaceholder(f.valueCell.text)) {
        report({ messageId: 'placeholderField', data: { ...data, found: f.valueCell.text.trim() }, node: f.valueCell });
        fieldOf.set(f.valueCell, f);
      } else if (f.state === 'instructionBeside') {
        const at = f.valueCell.text.indexOf(f.instruction!);
        report({ messageId: 'instructionBeside', data: { ...data, found: f.instruction!.trim() }, node: f.valueCell, span: at >= 0 ? [at, at + f.instruction!.length] : undefined, severity: 'warning' });
        fieldOf.set(f.valueCell, f);
      }
    }
    const extra = options.extra.flatMap((source) => {
      try { return [new RegExp(source, 'gu')]; } catch { return []; }
    });
    for (const node of doc.textNodes()) {
      if (fieldOf.has(node)) continue;
      for (const hit of findPlaceholders(node.text)) {
        report({ messageId: hit.kind, data: { found: hit.text.trim() }, node, span: [hit.start, hit.end], severity: hit.kind === 'artifact' || hit.kind === 'blank' ? 'warning' : undefined });
      }
      for (const re of extra) {
        for (const m of node.text.matchAll(re)) {
          if (!m[0]) continue;
          report({ messageId: 'extra', data: { found: m[0], pattern: re.source }, node, span: [m.index, m.index + m[0].length] });
        }
      }
    }
  },
});
