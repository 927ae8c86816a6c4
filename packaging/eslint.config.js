// Lint rules, plus the layering of DESIGN.md made physical: each folder may import only
// what its runtime has (VS Code's common / node / browser split).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = {
  group: ['node:*'],
  message: 'This layer runs in every process: no Node built-ins.',
};
const electronOnly = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron.',
};

export default tseslint.config(
  { ignores: ['node_modules', '.build', 'test-results', 'playwright-report', 'tests/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, { name: 'react', message: 'shared has no UI.' }],
          patterns: [
            nodeBuiltins,
            {
              group: ['../core/*', '../main/*', '../server/*', '../cli/*'],
              message: 'shared depends on nothing else in electron/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine is the product; the hosts sit on top of it, never under it.
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            { group: ['**/renderer/**'], message: 'Node code never imports browser code.' },
            {
              group: ['**/electron/main/**', '**/electron/server/**', '**/electron/cli/**'],
              message: 'core never imports a host (main, server, cli): hosts import core.',
            },
            {
              regex: '^(\\.\\./)+(main|server|cli)(/|$)',
              message: 'core never imports a host (main, server, cli): hosts import core.',
            },
          ],
        },
      ],
    },
  },
  {
    // The sandboxed preload bundles only what it imports: shared constants, never main.
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            {
              group: ['../main/*', '**/electron/main/**', '../core/*', '../server/*', '../cli/*'],
              message: 'The preload imports electron and electron/shared only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/server/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            { group: ['**/renderer/**'], message: 'Node code never imports browser code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            nodeBuiltins,
            {
              group: [
                '**/electron/core/**',
                '**/electron/main/**',
                '**/electron/server/**',
                '**/electron/cli/**',
                '**/electron/preload/**',
              ],
              message: 'The renderer may import electron/shared only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
    languageOptions: { globals: { ...globals.node } },
  },
);
