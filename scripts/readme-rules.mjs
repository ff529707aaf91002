// The README's rule table: one row per registered rule, linking its doc page.
export function renderRuleTable(rules) {
  const rows = rules.map((rule) => {
    const { id, defaultSeverity, description, tags = [] } = rule.meta;
    return `| [\`${id}\`](rules/${id}.md) | ${defaultSeverity} | ${tags.join(', ')} | ${description['zh-CN']} | ${description.en} |`;
  });
  return ['| rule | default | tags | 说明 | description |', '|---|---|---|---|---|', ...rows, ''].join('\n');
}
