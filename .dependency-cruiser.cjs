// Import graph rules, checked by `npm run lint` (the folder-per-runtime rules live in eslint.config.mjs).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle, even through a type-only import, means two modules each need the other: move what they share into its own module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'electron-only-in-its-glue',
      severity: 'error',
      comment: 'Only the main process glue and the preload may import electron; everything else runs in plain Node, the browser, or both.',
      from: { pathNot: '^electron/(main|preload)/' },
      to: { path: '^electron$|node_modules/electron/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a cycle through types is still a cycle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    exclude: { path: '^(dist|node_modules|tests|bench)/' },
  },
};
