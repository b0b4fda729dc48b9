// End-to-end suite: the built H5 site in Debian's Chromium. `npm run test:e2e`
// (E2E_SKIP_BUILD=1 reuses an existing dist/h5). One browser at a time: maxWorkers 1.
const path = require('node:path')

module.exports = {
  rootDir: path.resolve(__dirname, '..', '..'),
  displayName: 'e2e',
  testEnvironment: 'node',
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/e2e/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
}
