/**
 * Layer rules: a folder under src/ may import only from its own layer or a lower one.
 * Lowest first; folders on one line are peers and may not import each other unless listed lower.
 */
const LAYERS = [
  ['text', 'errors', 'config', 'log', 'lexicon'],
  ['corpus'],
  ['search', 'quotes'],
  ['snapshot'],
  ['answer'],
  ['llm'],
  ['app'],
  ['cli', 'discord'],
];

const folders = (names) => `^src/(${names.join('|')})/`;

const upwardRules = LAYERS.flatMap((layer, index) => {
  const higher = LAYERS.slice(index + 1).flat();
  const rules = [];
  if (higher.length > 0) {
    rules.push({
      name: `no-upward-from-${layer.join('-')}`,
      comment: `${layer.join(', ')} sit below ${higher.join(', ')} and must not import them.`,
      severity: 'error',
      from: { path: folders(layer) },
      to: { path: folders(higher) },
    });
  }
  for (const folder of layer) {
    const peers = layer.filter((other) => other !== folder);
    if (peers.length === 0) continue;
    rules.push({
      name: `no-peer-import-from-${folder}`,
      comment: `${folder} and ${peers.join(', ')} are peers on one layer; shared code belongs lower.`,
      severity: 'error',
      from: { path: folders([folder]) },
      to: { path: folders(peers) },
    });
  }
  return rules;
});

/** Inside src/discord/, the same rule over its role folders, lowest first. */
const DISCORD_LAYERS = ['policy', 'rendering', 'handlers', 'entry'];

const discordRules = DISCORD_LAYERS.flatMap((folder, index) => {
  const higher = DISCORD_LAYERS.slice(index + 1);
  const others = DISCORD_LAYERS.filter((other) => other !== folder);
  return [
    ...(higher.length > 0
      ? [
          {
            name: `no-upward-from-discord-${folder}`,
            comment: `src/discord/${folder} sits below ${higher.join(', ')}.`,
            severity: 'error',
            from: { path: `^src/discord/${folder}/` },
            to: { path: `^src/discord/(${higher.join('|')})/` },
          },
        ]
      : []),
    {
      name: `discord-${folder}-through-index`,
      comment: `Other role folders use src/discord/${folder}/ through its index.ts, its public surface.`,
      severity: 'error',
      from: { path: `^src/discord/(${others.join('|')})/` },
      to: { path: `^src/discord/${folder}/`, pathNot: `^src/discord/${folder}/index\\.ts$` },
    },
  ];
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...upwardRules,
    ...discordRules,
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-not-from-tests-or-bench',
      comment: 'Production code never depends on tests or benchmarks.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
