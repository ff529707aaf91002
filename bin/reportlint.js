#!/usr/bin/env node
// reportlint command line. The code lives in the TypeScript build output (dist/, made by `npm run build` / prepare).
let main;
try {
  ({ main } = await import('../dist/src/cli/main.js'));
} catch (error) {
  const missing = error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/src/cli/main.js');
  process.stderr.write(missing
    ? 'reportlint: 尚未构建，请先运行 npm run build / not built yet: run npm run build first\n'
    : `reportlint: 无法启动 / cannot start: ${error && error.message ? String(error.message).split('\n')[0] : String(error)}\n`);
  process.exit(2);
}
process.exitCode = await main(process.argv);
