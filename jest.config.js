// Two projects: pure logic (domain, fake backend, client) runs in node; components in jsdom.
// @tarojs/* are replaced by small stand-ins; real Taro behaviour is covered by the e2e suite.
const shared = {
  transform: { '^.+\\.(mjs|[jt]sx?)$': 'babel-jest' },
  // First match wins: styles are stubbed before the @/ alias could resolve them to real .scss.
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/test/stubs/style.ts',
    '^@tarojs/taro$': '<rootDir>/test/stubs/taro.ts',
    '^@tarojs/components$': '<rootDir>/test/stubs/components.tsx',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@mock/(.*)$': '<rootDir>/mock/$1',
    // The openapi.yaml check (test/setup/spec-answers.ts) runs in jsdom too, where yaml's "browser" build is ESM.
    '^yaml$': '<rootDir>/node_modules/yaml/dist/index.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!(until-async|rettime|@mswjs|@open-draft|outvariant|strict-event-emitter|headers-polyfill|is-node-process)/)'],
  setupFiles: ['<rootDir>/test/setup/globals.ts', '<rootDir>/test/setup/fast-retries.ts'],
  // Every fake-backend answer a test sees is checked against mock/openapi.yaml.
  setupFilesAfterEnv: ['<rootDir>/test/setup/spec-answers.ts'],
}

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/src/**/*.test.ts',
        '<rootDir>/mock/**/*.test.ts',
        '<rootDir>/test/unit/**/*.test.ts',
        '<rootDir>/test/http/**/*.test.ts',
      ],
    },
    {
      ...shared,
      displayName: 'ui',
      testEnvironment: 'jest-fixed-jsdom',
      testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/test/unit/**/*.test.tsx'],
      setupFilesAfterEnv: [...shared.setupFilesAfterEnv, '<rootDir>/test/setup/ui.ts'],
    },
  ],
}
