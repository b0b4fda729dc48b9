// Checks the WeChat mini-program build in dist/weapp: WeChat's own wcc/wcsc (wechat-compilers), miniprogram-ci
// (wechat-ci), every page in WeChat's component framework (official-framework), and the Node stand-in
// runtime (mini-program, for sessions across reloads and the tester console's storage). `npm run test:weapp` builds it first;
// the default `jest` run never picks these tests up (its testMatch excludes test/weapp).
const path = require('node:path')

module.exports = {
  rootDir: path.resolve(__dirname, '..', '..'),
  displayName: 'weapp',
  testEnvironment: 'node',
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
  // The build's own JS (required by the official-framework tests) runs as built, untransformed.
  transformIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
  // miniprogram-ci leaves a file watcher open after getCompiledResult; without this jest would wait on it.
  forceExit: true,
}
