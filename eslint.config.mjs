import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The local runtime is a package with one door (local/runtime/index.ts), and nothing under local/
// reaches into the add-on's src/. A later block's no-restricted-imports replaces an earlier one's
// for the same file, so each folder gets one block listing all of its patterns.
const runtimeDoor = (prefix) => ({
  regex: `^${prefix}runtime/(?!index$)`,
  message: 'Use the runtime only through local/runtime/index.',
});
const noAddonSource = {
  regex: '^(\\.\\./)+src/',
  message: 'The local runtime and preview must not import the add-on (src/).',
};
const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

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
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: restrict(runtimeDoor('(\\.\\./)+local/')),
  },
  {
    files: ['local/**'],
    ignores: ['local/runtime/**'],
    rules: restrict(runtimeDoor('\\.\\./'), noAddonSource),
  },
  { files: ['local/runtime/**'], rules: restrict(noAddonSource) },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
