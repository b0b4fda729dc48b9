import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import { offlineConfig } from './offline'
import prodConfig from './prod'
import { bootShellCardCss, bootShellPainterScript } from './boot-shell-card'
import { launchRequestsScript } from './launch-requests'
import { memberProjectConfigName } from './member-project-config'
import { MOCK_SHELL_ENTRY, MockShellEntryPlugin } from './mock-shell-entry'
import { entryFiles, namedChunkFiles, routeChunkFiles } from './route-preload'

// Mocks are on unless a build says otherwise (MOCK=off for a real backend).
const mockEnabled = process.env.MOCK !== 'off'
const apiBase = process.env.API_BASE ?? ''
const mockDir = path.resolve(__dirname, '..', 'mock')
// OUTPUT_ROOT lets checks build beside dist/ (the member-build test, the bench) without clobbering it.
// APP=counter builds the staff's store counter alone (src/app.config.ts decides its routes).
const counterApp = process.env.APP === 'counter'
const mockShell = mockEnabled && !counterApp && process.env.TARO_ENV === 'h5'
const outputRoot = process.env.OUTPUT_ROOT || (counterApp ? 'dist/counter' : `dist/${process.env.TARO_ENV}`)

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'member-circle',
    date: '2026-11-26',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot,
    // The weapp member build ships no tester compile modes (the Douyin plugin always reads project.tt.json).
    ...(!mockEnabled && process.env.TARO_ENV === 'weapp' ? { projectConfigName: memberProjectConfigName(path.resolve(__dirname, '..')) } : {}),
    plugins: [
      // Alipay and Douyin builds: their platform plugins, loaded only for their own build.
      ...(process.env.TARO_ENV === 'alipay' ? ['@tarojs/plugin-platform-alipay'] : []),
      ...(process.env.TARO_ENV === 'tt' ? ['@tarojs/plugin-platform-tt'] : []),
    ],
    defineConstants: {
      __MOCK__: JSON.stringify(mockEnabled),
      __COUNTER_APP__: JSON.stringify(counterApp),
      __API_BASE__: JSON.stringify(apiBase),
      __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      '@mock': path.resolve(__dirname, '..', 'mock'),
      tldts: path.resolve(__dirname, '..', 'mock', 'browser-shims', 'tldts.ts'),
    },
    copy: {
      // msw's worker must sit at the site root to control every page of the H5 build.
      // Alipay's devtools read compile modes from the project's .mini-ide (scripts/compile-modes.ts).
      patterns:
        process.env.TARO_ENV === 'h5' && mockEnabled
          ? [{ from: 'mock/public/mockServiceWorker.js', to: path.join(outputRoot, 'mockServiceWorker.js') }]
          : process.env.TARO_ENV === 'alipay' && mockEnabled
            ? [{ from: 'compileMode.alipay.json', to: path.join(outputRoot, '.mini-ide', 'compileMode.json') }]
            : [],
      options: {},
    },
    // WeChat templates cannot recurse, so Taro writes one set of templates per tree level into
    // base.wxml (≈ 2.7 KB of main package each; default 16) and renders deeper nodes through its
    // `comp` custom component (a component instance per subtree: slower). Our deepest screens
    // (home, rights) need 8; test/weapp/official-framework checks no page falls back to comp.
    baseLevel: 8,
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    // Taro's H5 default quotes every key, which turns private class fields (#x, used by msw)
    // into invalid syntax; plain keys minify smaller too. Taro's mini default writes every
    // non-ASCII character as \uXXXX (6 bytes, UTF-8 needs 3): the weapp takes UTF-8 JS (wcc,
    // miniprogram-ci in test/weapp), and our Chinese copy was ≈ 25 KB of its main package.
    terser: {
      enable: true,
      config: { output: { quote_keys: false, ...(process.env.TARO_ENV === 'weapp' ? { ascii_only: false } : {}) } },
    },
    mini: {
      // SOURCE_MAP=1: maps for size analysis (scripts/size-report.ts); off in shipped builds.
      ...(process.env.SOURCE_MAP === '1' ? { enableSourceMap: true, sourceMapType: 'source-map' } : {}),
      // The fake backend lives outside src/; without this the weapp build would not compile it.
      compile: { include: [mockDir] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      ...(process.env.SOURCE_MAP === '1' ? { enableSourceMap: true, sourceMapType: 'source-map' } : {}),
      compile: { include: [mockDir] },
      // src/index.html writes its own script tags: it paints the HTML shell first, then boots.
      htmlPluginOption: {
        inject: false,
        mockEnabled,
        routeChunkFiles,
        namedChunkFiles,
        entryFiles,
        // The member app (not the counter, not a mock build, whose requests wait for msw's worker).
        launchRequests: !mockEnabled && !counterApp ? launchRequestsScript(apiBase) : '',
        // The shell paints the member card from the first answers (the member build's launch
        // requests, the mock build's in-page backend): its painter and stylesheet.
        bootShellPainter: !counterApp ? bootShellPainterScript() : '',
        bootShellCss: !counterApp ? bootShellCardCss() : '',
        mockShellEntry: mockShell ? MOCK_SHELL_ENTRY : '',
      },
      // Mock builds: the in-page fake backend's answers paint the shell before app.js runs.
      ...(mockShell
        ? { webpackChain: (chain: { plugin: (name: string) => { use: (p: unknown, args: unknown[]) => void } }) => chain.plugin('mock-shell-entry').use(MockShellEntryPlugin, [path.join(mockDir, 'browser-shell.ts')]) }
        : {}),
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  const offline = offlineConfig(process.env.TARO_ENV === 'h5' && !mockEnabled && process.env.NODE_ENV !== 'development')
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig, offline)
})
