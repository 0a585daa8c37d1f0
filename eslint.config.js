import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// src/lib's groups that ship to readers' browsers. They stay dependency-free (no npm package, no Node built-in)
// and import no group that is not in this list, so what the client bundles is what it wrote: the widget keeps
// within its 4 KB. Types may come from anywhere: they leave no code behind.
const BROWSER_GROUPS = ['dates', 'graphic', 'embed', 'browse', 'site'];
const SERVER_ONLY = ['lib/text', 'lib/model', 'lib/publish', 'checks', 'build', 'schemas', 'integrations', 'data'];
const serverOnly = (from) => ({
  group: SERVER_ONLY.map((dir) => `${from}${dir}/*`),
  allowTypeImports: true,
  message: 'This module is bundled for the browser: import only from the browser groups of src/lib.',
});

export default defineConfig(
  {
    ignores: [
      'dist/',
      // The build benchmark's generated content and builds.
      'bench/.work/',
      '.astro/',
      '.toolchain/',
      'node_modules/',
      'reports/',
      'test-results/',
      'tests/fixtures/',
      '.cache/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  astro.configs.recommended,
  { files: ['**/*.astro', '**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: BROWSER_GROUPS.map((group) => `src/lib/${group}/**/*.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^[^.]',
              allowTypeImports: true,
              message: 'The browser groups of src/lib are dependency-free: write it here, or move the module out.',
            },
            serverOnly('../../'),
            {
              group: ['../text/*', '../model/*', '../publish/*'],
              allowTypeImports: true,
              message: serverOnly('').message,
            },
          ],
        },
      ],
    },
  },
  {
    // The browser's own code may use the d3 modules it draws with, but nothing from the server-only groups.
    files: ['src/client/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [serverOnly('../lib/'), serverOnly('../')] }] },
  },
  {
    // Values flow one way (content → model → markup → enhancement): an import cycle is always a module in the
    // wrong place. Type-only imports leave no code behind and are not followed. The imports name their .ts files,
    // so Node's own resolution finds them.
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Served as-is to host pages and browsers.
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
  },
  {
    // Vitest's asymmetric matchers (expect.stringMatching…) are typed `any`.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
);
