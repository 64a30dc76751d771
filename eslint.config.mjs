// Lint rules, all at error level. The import rules make "folders are runtimes" (STYLE.md) a build failure.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'module'];

/** The folders of electron/ that run on plain Node: each does one job. */
const PLAIN_NODE_FOLDERS = ['service', 'browser-mode', 'cli', 'import', 'export', 'worker', 'security', 'devtools'];

/** One `no-restricted-imports` block per runtime folder. */
function restrict(files, patterns, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'build/**'] },
  js.configs.recommended,
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  restrict(
    ['shared/**'],
    [...NODE_BUILTINS, 'electron', 'react-dom', 'react-dom/*', '**/db/**', '**/renderer/**', '**/electron/**', 'better-sqlite3'],
    'shared/ runs in every runtime: only other shared/ code and pure libraries.',
  ),
  restrict(['db/**'], ['electron', '**/renderer/**', '**/electron/**', 'react', 'react-dom'], 'db/ is plain Node: no Electron, no UI.'),
  restrict(
    PLAIN_NODE_FOLDERS.map((folder) => `electron/${folder}/**`),
    ['electron', '**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
    'Only electron/main/ and electron/preload/ are Electron glue; the rest of electron/ runs on plain Node (browser mode, CLI, tests).',
  ),
  restrict(
    ['newsroom/**'],
    ['electron', '**/renderer/**', '**/electron/**', 'react', 'react-dom'],
    'The newsroom server is plain Node on its own: the store and shared code, never the app.',
  ),
  restrict(['electron/main/**'], ['**/renderer/**'], 'The main process never imports the renderer.'),
  restrict(
    ['electron/preload/**'],
    [
      ...NODE_BUILTINS,
      '**/db/**',
      '**/renderer/**',
      ...['main', ...PLAIN_NODE_FOLDERS].map((f) => `**/electron/${f}/**`),
      'better-sqlite3',
    ],
    'The sandboxed preload imports only Electron and the shared contract.',
  ),
  restrict(
    ['renderer/**'],
    [...NODE_BUILTINS, 'electron', '**/db/**', '**/electron/**', 'better-sqlite3'],
    'The renderer is a web page: no Node, no Electron, no store.',
  ),
  {
    // DOM globals have no place in code that runs on the main side.
    files: ['shared/**', 'db/**', 'newsroom/**', ...PLAIN_NODE_FOLDERS.map((folder) => `electron/${folder}/**`), 'electron/main/**'],
    // Lexical nodes build their editing DOM in createDOM(), which runs only inside an editor in a page.
    ignores: ['shared/editor/nodes/**', 'shared/editor/cards/*/*Node.ts', 'shared/editor/cards/CardLineNode.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
);
