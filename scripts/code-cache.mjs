// Writes V8's code cache for a CommonJS bundle (run by scripts/bundle.mjs, at build time only): runs the bundle
// through the same vm.Script wrapper the worker uses, warms it up so that the functions V8 compiles lazily are
// compiled too, then saves the cache beside it. The lint task lints a tiny built-in Markdown report (reader, analyses,
// every rule); the command line lints it as a file; mammoth converts it as a small .docx. Run in a process of its
// own, as a worker would load it: nothing else compiled, the same V8 flags.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeCachePath, runCommonJsBundle } from '../dist/src/parse/code-cache.js';
import { makeDocx } from '../dist/tests/helpers/make-docx.js';

const file = process.argv[2];
const report = `# 某某县2025年度科普项目绩效自评报告

## 一、项目基本情况

项目预算资金100万元，全年执行资金95万元，预算执行率为95%。开展科普活动12场，受益群众约1.2万人次。

## 二、绩效目标完成情况

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 科普活动场次 | ≥10场 | 12场 | 20 | 20 |
| 效益指标 | 社会效益指标 | 受益人次 | ≥1万人次 | 1.2万人次 | 20 | 18 |
| 满意度指标 | 服务对象满意度 | 群众满意度 | ≥90% | 93% | 10 | 10 |

## 三、自评结论

自评得分为96分，等级为优。2024年12月31日前全部完成。
`;
/** The same report as a small Word file (the tests' .docx writer): a paragraph per line, the table as a Word table. */
function wordFile() {
  const lines = report.split('\n').filter((l) => l.trim() && !/^\| ?-/.test(l));
  const table = lines.filter((l) => l.startsWith('|')).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
  return makeDocx({ blocks: [...lines.filter((l) => !l.startsWith('|')).map((l) => l.replace(/^#+ /, '')), { table }] });
}

try {
  const { exports, script } = runCommonJsBundle(file);
  if (file.endsWith('mammoth.cjs')) {
    await exports.convertToHtml({ buffer: Buffer.from(wordFile()) });
  } else if (file.endsWith('cli.cjs')) {
    // The command line as a user runs it: options, config search, one Markdown file linted (in a worker), the
    // stylish output (into a sink).
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-warm-up-'));
    try {
      writeFileSync(join(dir, 'report.md'), report);
      const sink = { write: (_text, done) => { done?.(); return true; } };
      const io = { stdout: sink, stderr: sink, stdin: (async function* () {})() };
      const code = await exports.main(['node', 'reportlint', join(dir, 'report.md')], io);
      if (code !== 0 && code !== 1) throw new Error(`the warm-up command line ended with exit code ${code}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    const options = { locale: 'zh-CN', settings: {}, plan: {}, limits: { maxFileSize: 50 * 1024 ** 2 }, inlineConfig: true };
    // Markdown only: the .docx reader's functions in the cache as well made Markdown start slower (the cache is read
    // whole) and Word files no faster (measured side by side, 20 runs each).
    const result = await exports.runTask(new TextEncoder().encode(report), 'warm-up.md', options, () => undefined);
    if (!result || result.fatal || !Array.isArray(result.messages)) throw new Error('the warm-up lint gave no result');
  }
  writeFileSync(codeCachePath(file), script.createCachedData());
  process.exit(0); // a worker the warm-up started must not hold the build
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
