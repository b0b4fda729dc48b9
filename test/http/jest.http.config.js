// Concurrency tests against the real HTTP mock server (node:http on an ephemeral port).
const path = require('node:path')

module.exports = {
  rootDir: path.resolve(__dirname, '..', '..'),
  displayName: 'http',
  testEnvironment: 'node',
  transform: { '^.+\\.(mjs|[jt]sx?)$': 'babel-jest' },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1', '^@mock/(.*)$': '<rootDir>/mock/$1' },
  testMatch: ['<rootDir>/test/http/**/*.test.ts'],
  testTimeout: 30_000,
}
