// Flat config. Syntax-only typescript-eslint (no type info, so `eslint .` stays fast), the React
// hooks rules, and import-x rules that keep the architecture one-way:
//   pages → features → services / domain / components;  nothing imports a page;
//   domain is plain TypeScript (no Taro, React, network, UI, mock);  mock never imports app UI.
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import { importX, createNodeResolver } from 'eslint-plugin-import-x'
import { readdirSync } from 'node:fs'

const root = new URL('.', import.meta.url).pathname
// One zone per page folder: a page may import its own files but no other page.
const pageDirs = (() => {
  try {
    return readdirSync(new URL('./src/pages', import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  } catch {
    return []
  }
})()

const tsFiles = ['**/*.{ts,tsx,mts,cts}']
const allFiles = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}']

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'mock/public/**', 'coverage/**', '.swc/**', 'test-results/**', 'bench/out/**'],
  },

  ...tseslint.configs.recommended,

  {
    files: allFiles,
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts', '.cts'] },
      // Resolves the tsconfig `paths` (@/*, @mock/*) so the zones below see aliased imports too.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json'],
          tsconfig: { configFile: `${root}tsconfig.json` },
        }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            {
              target: './src/domain',
              from: ['./src/services', './src/features', './src/pages', './src/components', './mock'],
              message: 'src/domain is the plain-TypeScript membership model: it imports no services, UI or mock code.',
            },
            {
              // Tests are exempt (a page test has to render the page); see the override below.
              target: ['./src/!(pages)/**', './src/*.*', './mock/**', './config/**', './scripts/**', './types/**'],
              from: './src/pages',
              message: 'Nothing imports a page: pages compose features and are reached only through routes.',
            },
            ...pageDirs.map((name) => ({
              target: `./src/pages/${name}`,
              from: './src/pages',
              except: [`./${name}`],
              message: 'A page never imports another page.',
            })),
            {
              target: './mock',
              from: ['./src/pages', './src/features', './src/components'],
              message: 'The mock backend reuses src/domain but never imports the app UI.',
            },
          ],
        },
      ],
    },
  },

  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tarojs/*', 'react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'],
              message: 'src/domain is plain TypeScript: no Taro, React or store packages.',
            },
          ],
        },
      ],
    },
  },

  {
    files: tsFiles,
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },

  {
    // Device APIs go through src/platform, which calls them the way each platform answers (callbacks
    // where Taro does not promise-wrap) and says `unsupported` where a platform lacks them.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...[
          'getScreenBrightness', 'setScreenBrightness', 'setKeepScreenOn', 'setVisualEffectOnCapture', 'addPhoneCalendar',
          'showShareMenu', 'requestSubscribeMessage', 'scanCode', 'setClipboardData', 'makePhoneCall',
        ].map((property) => ({ object: 'Taro', property, message: `Call ${property} through src/platform (callbacks, honest "unsupported").` })),
      ],
    },
  },

  {
    // CommonJS config files (babel, jest, mock server runners).
    files: ['**/*.{js,cjs}'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', __filename: 'readonly', process: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
