// commander prints its help and its errors in English; a zh-CN user gets them in Chinese. Help headings and fixed
// phrases are replaced in the text commander writes; errors are matched by their (stable) English forms.

const HELP: [RegExp, string][] = [
  [/^Usage:/gm, '用法：'],
  [/^Options:/gm, '选项：'],
  [/^Commands:/gm, '命令：'],
  [/^Arguments:/gm, '参数：'],
  [/\(default: /g, '（默认：'],
  [/\(choices: /g, '（可选：'],
  [/display help for command/g, '显示命令的帮助'],
  [/output the version number/g, '显示版本号'],
];

export function helpZh(text: string): string {
  let out = text;
  for (const [re, zh] of HELP) out = out.replace(re, zh);
  // the closing bracket of a translated "(default: …)" / "(choices: …)"
  return out.replace(/（(默认|可选)：([^\n]*?)\)/g, '（$1：$2）');
}

const ERRORS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^unknown option '([^']*)'/, (m) => `未知的选项 “${m[1]}”`],
  [/^unknown command '([^']*)'/, (m) => `未知的子命令 “${m[1]}”`],
  [/^missing required argument '([^']*)'/, (m) => `缺少必需的参数 “${m[1]}”`],
  [/^option '([^']*)' argument missing/, (m) => `选项 “${m[1]}” 缺少取值`],
  [/^option '([^']*)' argument '([^']*)' is invalid\.?\s*(?:Allowed choices are (.*?)\.?)?$/s, (m) => `选项 “${m[1]}” 的取值 “${m[2]}” 无效${m[3] ? `，可选：${m[3]}` : ''}`],
  [/^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, (m) => `${m[1] ? `子命令 ${m[1]} 的` : ''}参数过多：应为 ${m[2]} 个，实际 ${m[3]} 个`],
  [/^required option '([^']*)' not specified/, (m) => `缺少必需的选项 “${m[1]}”`],
];

/** One commander error line ("error: …", possibly with "(Did you mean …?)") in Chinese; unknown forms stay as is. */
export function errorZh(text: string): string {
  const body = text.replace(/^error: /, '').trimEnd();
  const [first, ...rest] = body.split('\n');
  const hint = rest.join('\n').replace(/^\(Did you mean (.*)\?\)$/m, '（是否想输入 $1？）');
  for (const [re, zh] of ERRORS) {
    const m = re.exec(first!);
    if (m) return `${zh(m)}${hint ? `\n${hint}` : ''}\n`;
  }
  return `${body}\n`;
}
