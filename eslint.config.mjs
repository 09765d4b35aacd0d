import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layers } from './scripts/eslint-layers.mjs';

export default tseslint.config(
  {
    ignores: [
      // Plain Apps Script projects the runtime tests load: top-level functions are their API.
      'test/fixtures/gas/',
      'dist/',
      '.build/',
      '.prospek/',
      'node_modules/',
      'coverage/',
      'test-output/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The layer rules of docs/architecture.md, checked on every relative import.
    plugins: { prospek: { rules: { layers } } },
    rules: { 'prospek/layers': 'error' },
  },
  {
    // Small functions (issue 12): longer ones say why in an eslint-disable comment.
    files: ['src/**', 'sidebar/**', 'local/**', 'bench/**', 'scripts/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
