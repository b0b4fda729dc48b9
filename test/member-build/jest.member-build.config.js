// The builds a brand ships (MOCK=off): global-setup builds the member weapp, the member H5 and the
// counter H5 side by side into a temporary folder, then these tests read the output. Part of
// `npm test`; the default `jest` run never picks them up (its testMatch excludes test/member-build).
const path = require('node:path')

module.exports = {
  rootDir: path.resolve(__dirname, '..', '..'),
  displayName: 'member-build',
  testEnvironment: 'node',
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  testMatch: ['<rootDir>/test/member-build/**/*.test.ts'],
  globalSetup: '<rootDir>/test/member-build/global-setup.ts',
  globalTeardown: '<rootDir>/test/member-build/global-teardown.ts',
  testTimeout: 60_000,
}
