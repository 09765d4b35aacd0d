/** Unit tests need no runtime; integration and browser tests load the built dist/ (built once by globalSetup). */
// Type errors are tsc's job (npm run typecheck); ts-jest only transpiles (tsconfig has isolatedModules).
const tsJest = ['ts-jest', { diagnostics: false }];
const common = { testEnvironment: 'node', transform: { '^.+\\.tsx?$': tsJest } };

module.exports = {
  globalSetup: '<rootDir>/test/globalSetup.js',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/browser/timeout.ts'],
    },
  ],
};
