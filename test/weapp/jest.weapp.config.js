// Checks the WeChat mini-program build in dist/weapp. `npm run test:weapp` builds it first;
// the default `jest` run never picks these tests up (its testMatch excludes test/weapp).
const path = require('node:path')

module.exports = {
  rootDir: path.resolve(__dirname, '..', '..'),
  displayName: 'weapp',
  testEnvironment: 'node',
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
}
