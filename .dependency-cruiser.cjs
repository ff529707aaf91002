// The layer order of reportlint, lowest first. A module may import from its own layer or any layer below it, never
// from one above ("back arrow"), and value imports may not form a cycle. `npm test` runs this (tests/layers.test.ts);
// `npx depcruise src rules` shows the same report.
const LAYERS = [
  ['i18n', '^src/i18n/'],
  ['model', '^src/model/'],
  ['parse', '^src/parse/'],
  ['tree', '^src/tree/'],
  ['analyses', '^src/(quantity|tables|profiles|content|lists|fingerprint)/'],
  ['engine', '^src/(engine/|rule-kit\\.ts$)'],
  ['config', '^src/config/'],
  ['rules', '^rules/'],
  ['library', '^src/(api|lint-report)\\.ts$'],
  ['formats', '^src/format/'],
  ['batch', '^src/batch/'],
  ['serve', '^src/serve/'],
  ['cli', '^src/cli/'],
];

const backArrows = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `no-back-arrow-from-${name}`,
  comment: `${name} is below ${LAYERS.slice(i + 1).map(([n]) => n).join(', ')}: it must not import from them`,
  severity: 'error',
  from: { path },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => `(${p})`).join('|') },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...backArrows,
    {
      name: 'no-cycle',
      comment: 'modules must not depend on each other in a circle (type-only imports do not count)',
      severity: 'error',
      from: { path: '^(src|rules)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-rule-imports-rule',
      comment: 'a rule imports shared helpers from the rule kit or the analyses, never from another rule',
      severity: 'error',
      from: { path: '^rules/(?!index\\.ts$)[^/]+\\.ts$' },
      to: { path: '^rules/[^/]+\\.ts$' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    includeOnly: '^(src|rules)/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
