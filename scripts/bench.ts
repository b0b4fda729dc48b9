// `npm run bench` (not part of `npm test`): builds what testers get (mock builds), what members get
// (MOCK=off: the member H5 build served on loopback, calling the HTTP fake backend on another
// port, so cross-origin with CORS as against a real API), the store counter build, and a bare
// one-page Taro React app (the framework's floor). Measures sizes and Chromium load figures, prints
// one table with a budget beside each figure, writes it to bench/results.md; exits 1 on any miss.
// BENCH_SKIP_BUILD=1 measures the existing builds in bench/out (for working on this script only).
// BENCH_ONLY=h5 builds and measures only the member and mock H5 builds and the bare H5 app (cold loads,
// first-screen JS), for iterating on the H5 budgets; it writes bench/out/results-h5.md, not bench/results.md.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startMockServer } from '../mock/server/start-mock-server'
import { appUrl, launchBrowser } from '../test/e2e/support/browser'
import { startStaticServer } from './lib/static-server'
import { benchDirs, buildForBench, recordedApiPort } from './bench/builds'
import { coldLoad, memberSession, tapToCode, walletLoad, type ColdLoad, type Storage, type Watch } from './bench/measure'
import { KB, budgetRow, figure, h5TimingRows, kb, list, markdown, median, ms, type Row } from './bench/report'
import { weappMainPackage } from './bench/sizes'
import { counterJsSizes } from './bench/counter-js'

const root = path.resolve(__dirname, '..')
const out = path.join(root, 'bench', 'out')
const RUNS = 5
const THROTTLE = 4

// Budgets (issue 6 item 3, issue 10 items 5 and 7).
const WEAPP_LIMIT_KB = 2048
const WEAPP_BUDGET_KB = 600
const MOCK_WEAPP_VS_FLOOR = 1.8
const MEMBER_WEAPP_VS_FLOOR = 1.5
const H5_FIRST_JS_KB = 160
const COUNTER_JS_KB = 160
const MOCK_LEVEL_VS_BARE = 1.5
const MEMBER_LEVEL_VS_BARE = 1.3
const TAP_TO_CODE_MS = 300
const WALLET_NODES = 1500

const started = Date.now()
const log = (msg: string) => process.stdout.write(`[bench] ${msg}\n`)
const secs = (x: number) => `${(x / 1000).toFixed(1)}s`
const times = (x: number) => `${x.toFixed(2)}×`

function shell(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' })
  return r.status === 0 ? r.stdout.trim() : ''
}

const totalBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, d) => sum + (d.isDirectory() ? totalBytes(path.join(dir, d.name)) : statSync(path.join(dir, d.name)).size), 0)

async function main(): Promise<void> {
  const loadBefore = os.loadavg()[0]
  const skipBuild = process.env.BENCH_SKIP_BUILD === '1'
  const h5Only = process.env.BENCH_ONLY === 'h5'
  mkdirSync(out, { recursive: true })
  const api = await startMockServer({ port: skipBuild ? recordedApiPort(out) : 0, host: '127.0.0.1', persona: 'active' })
  const dirs = skipBuild ? benchDirs(out) : await buildForBench(root, out, api.url, log, h5Only)
  for (const d of h5Only ? [dirs.memberH5, dirs.mockH5, dirs.bareH5] : Object.values(dirs)) {
    if (!existsSync(d)) throw new Error(`${d} is missing${skipBuild ? ' (run without BENCH_SKIP_BUILD first)' : ''}`)
  }
  const buildTime = Date.now() - started

  const none = { bytes: NaN, largest: [] }
  const floor = h5Only ? none : weappMainPackage(dirs.bareWeapp)
  const mockWeapp = h5Only ? none : weappMainPackage(dirs.mockWeapp)
  const memberWeapp = h5Only ? none : weappMainPackage(dirs.memberWeapp)
  // Same measure (files outside subpackage roots) for the Alipay and Douyin mock builds.
  const mockAlipay = h5Only ? none : weappMainPackage(dirs.mockAlipay)
  const mockTt = h5Only ? none : weappMainPackage(dirs.mockTt)

  const sites = {
    mock: await startStaticServer(dirs.mockH5),
    member: await startStaticServer(dirs.memberH5),
    bare: await startStaticServer(dirs.bareH5),
  }
  const browser = await launchBrowser()
  const t1 = Date.now()
  const appWatch: Watch = {
    // The level wherever it is painted: the member build's HTML shell paints it from the launch
    // answers before app.js runs; `appLevel` is the app's own card (its row shows how much later).
    level: { selector: '[data-testid="level-name"]', text: true },
    appLevel: { selector: '.taro_page [data-testid="level-name"]', text: true },
    skeleton: { selector: '[role="status"][aria-label^="正在加载"]' },
  }
  const bareWatch: Watch = { text: { selector: '[data-testid="bare-text"]', text: true } }
  const loads: Record<string, ColdLoad[]> = { mock1: [], member1: [], bare1: [], mock4: [], member4: [], bare4: [] }
  // The member build shows nobody's data before sign-in: its loads are a returning member's, signed in.
  const activeMember = await memberSession(api.url, '13800001234')
  const couponRichMember = await memberSession(api.url, '18600009051')
  const app = (url: string, distDir: string, throttle: number, storage?: Storage) => ({
    url,
    distDir,
    watch: appWatch,
    until: 'level',
    meaningful: ['skeleton', 'level'],
    alsoUntil: ['appLevel'],
    throttle,
    storage,
  })
  let mockTap: Awaited<ReturnType<typeof tapToCode>> = { runs: [], errors: [] }
  let memberTap: Awaited<ReturnType<typeof tapToCode>> = { runs: [], errors: [] }
  const wallet: Awaited<ReturnType<typeof walletLoad>>[] = []
  try {
    // The three sites alternate, so drift in the machine's load hits them alike.
    for (const throttle of [1, THROTTLE]) {
      for (let i = 0; i < RUNS; i++) {
        loads[`mock${throttle}`].push(await coldLoad(browser, app(appUrl(sites.mock.url), dirs.mockH5, throttle)))
        loads[`member${throttle}`].push(await coldLoad(browser, app(`${sites.member.url}/`, dirs.memberH5, throttle, activeMember)))
        loads[`bare${throttle}`].push(
          await coldLoad(browser, { url: `${sites.bare.url}/`, distDir: dirs.bareH5, watch: bareWatch, until: 'text', meaningful: ['text'], throttle }),
        )
      }
      log(`cold loads at ${throttle}× CPU done (${secs(Date.now() - t1)})`)
    }
    if (!h5Only) {
      // coupon-rich has enough usable coupons for a different one on every tap (no cached code).
      mockTap = await tapToCode(browser, appUrl(sites.mock.url, { persona: 'coupon-rich', hashPath: '/pages/coupons/index' }), RUNS, THROTTLE)
      api.setDefaultPersona('coupon-rich') // the member build names no persona: the server picks it
      memberTap = await tapToCode(browser, `${sites.member.url}/#/pages/coupons/index`, RUNS, THROTTLE, couponRichMember)
      log(`tap-to-code done (${secs(Date.now() - t1)})`)
      for (let i = 0; i < RUNS; i++) {
        wallet.push(await walletLoad(browser, appUrl(sites.mock.url, { persona: 'coupon-rich', hashPath: '/pages/coupons/index' })))
      }
      log(`coupon-rich wallet done (${secs(Date.now() - t1)})`)
    }
  } finally {
    await browser.close().catch(() => undefined)
    await Promise.all(Object.values(sites).map((s) => s.close()))
    await api.close()
  }
  const chromium = shell('/usr/bin/chromium', ['--version']) || 'chromium'

  const bareText4 = figure(loads.bare4, (l) => l.visible).value
  const mockLevel4 = figure(loads.mock4, (l) => l.visible).value
  const memberLevel4 = figure(loads.member4, (l) => l.visible).value
  const mockMeaningful4 = figure(loads.mock4, (l) => l.meaningful)
  // The mock backend chunk ships only in mock builds: budget what members download and show the
  // mock chunk on its own line so its cost stays visible.
  const isMockChunk = (file: string) => /mock-backend/.test(file)
  const firstJs = (key: string, keep: (file: string) => boolean) =>
    Math.max(...loads[key].map((l) => l.scripts.filter((x) => keep(x.file)).reduce((sum, x) => sum + x.gzip, 0)))
  const mockJs = firstJs('mock1', (f) => !isMockChunk(f))
  const mockChunkJs = firstJs('mock1', isMockChunk)
  const memberJs = firstJs('member1', () => true)
  const bareJs = Math.max(...loads.bare1.map((l) => l.jsGzip))
  const mockTapMedian = median(mockTap.runs)
  const memberTapMedian = median(memberTap.runs)
  const nodes = median(wallet.map((w) => w.nodes))
  const bareRows = (['fcp', 'visible', 'longTasks'] as const).flatMap((k) =>
    ([['1×', loads.bare1], ['4×', loads.bare4]] as const).map(([x, ls]) => {
      const v = figure(ls, (l) => l[k])
      const name = { fcp: 'first contentful paint', visible: 'first text visible', longTasks: 'long tasks > 50 ms' }[k]
      return { figure: `bare app: ${name}, ${x}`, value: k === 'longTasks' ? String(v.value) : ms(v.value), budget: '—', note: v.runs } satisfies Row
    }),
  )

  // BENCH_ONLY=h5 has neither the weapp, counter builds nor the tap and wallet runs: their rows are skipped.
  const unlessH5Only = (make: () => Row[]): Row[] => (h5Only ? [] : make())
  const rows: Row[] = [
    ...unlessH5Only(() => [
    budgetRow('weapp member build (MOCK=off): main package ÷ floor', memberWeapp.bytes / floor.bytes, MEMBER_WEAPP_VS_FLOOR, times, `≤ ${MEMBER_WEAPP_VS_FLOOR}× (${kb(floor.bytes * MEMBER_WEAPP_VS_FLOOR)})`, `${kb(memberWeapp.bytes)}`),
    budgetRow('weapp mock build: main package ÷ floor', mockWeapp.bytes / floor.bytes, MOCK_WEAPP_VS_FLOOR, times, `≤ ${MOCK_WEAPP_VS_FLOOR}× (${kb(floor.bytes * MOCK_WEAPP_VS_FLOOR)})`, `${kb(mockWeapp.bytes)}`),
    budgetRow('weapp mock build: main package', mockWeapp.bytes, WEAPP_BUDGET_KB * KB, kb, `≤ ${WEAPP_BUDGET_KB} KB`, `${((mockWeapp.bytes / (WEAPP_LIMIT_KB * KB)) * 100).toFixed(0)}% of WeChat's ${WEAPP_LIMIT_KB} KB limit`),
    { figure: 'weapp bare Taro app: main package (floor)', value: kb(floor.bytes), budget: '—' },
    { figure: 'alipay mock build: main package', value: kb(mockAlipay.bytes), budget: '—' },
    { figure: 'tt (Douyin) mock build: main package', value: kb(mockTt.bytes), budget: '—' },
    ]),
    budgetRow('H5 member build: first-screen JS, gzip', memberJs, H5_FIRST_JS_KB * KB, kb, `≤ ${H5_FIRST_JS_KB} KB`, `${loads.member1[0].scripts.length} files before the level is visible`),
    budgetRow('H5 mock build: first-screen JS, gzip (without the mock chunk)', mockJs, H5_FIRST_JS_KB * KB, kb, `≤ ${H5_FIRST_JS_KB} KB`, `mock backend chunk ${kb(mockChunkJs)} more`),
    { figure: 'H5 bare app: first-screen JS, gzip', value: kb(bareJs), budget: '—', note: `${loads.bare1[0].scripts.length} files` },
    ...unlessH5Only(() => {
      // The camera decoder is a chunk of its own, fetched only when the camera opens on a browser without BarcodeDetector.
      const counter = counterJsSizes(dirs.counter)
      return [
        budgetRow('H5 counter build: all JS but the lazy camera decoder, gzip', counter.loaded, COUNTER_JS_KB * KB, kb, `≤ ${COUNTER_JS_KB} KB`, `dist/counter ${kb(totalBytes(dirs.counter))} on disk`),
        { figure: 'H5 counter build: camera decoder chunk (lazy, @zxing/library), gzip', value: kb(counter.cameraDecoder), budget: '—', note: 'loaded only when the camera opens without BarcodeDetector' },
      ]
    }),
    budgetRow('H5 member build: level visible, 4×', memberLevel4, bareText4 * MEMBER_LEVEL_VS_BARE, ms, `≤ ${MEMBER_LEVEL_VS_BARE} × bare first text 4× (${ms(bareText4 * MEMBER_LEVEL_VS_BARE)})`, `${times(memberLevel4 / bareText4)} bare`),
    budgetRow('H5 mock build: level visible, 4×', mockLevel4, bareText4 * MOCK_LEVEL_VS_BARE, ms, `≤ ${MOCK_LEVEL_VS_BARE} × bare first text 4× (${ms(bareText4 * MOCK_LEVEL_VS_BARE)})`, `${times(mockLevel4 / bareText4)} bare`),
    {
      figure: 'H5 mock build: fake backend ready (msw chunk run, worker started), 4×',
      value: ms(figure(loads.mock4, (l) => l.marks['mock-backend:ready'] ?? NaN).value),
      budget: '—',
      note: `chunk run at ${ms(figure(loads.mock4, (l) => l.marks['mock-backend:loaded'] ?? NaN).value)}; data requests wait for it`,
    },
    { figure: 'H5 mock build: skeleton or level visible, 4×', value: ms(mockMeaningful4.value), budget: `< bare first text 4× (${ms(bareText4)})`, pass: mockMeaningful4.value < bareText4, note: mockMeaningful4.runs },
    ...unlessH5Only(() => [
    budgetRow('H5 member build: tap 出示券码 → code digits visible, 4×', memberTapMedian, TAP_TO_CODE_MS, ms, `≤ ${TAP_TO_CODE_MS} ms`, list(memberTap.runs)),
    budgetRow('H5 mock build: tap 出示券码 → code digits visible, 4×', mockTapMedian, TAP_TO_CODE_MS, ms, `≤ ${TAP_TO_CODE_MS} ms`, list(mockTap.runs)),
    { figure: 'H5 mock build: coupon-rich wallet, DOM nodes', value: String(nodes), budget: `< ${WALLET_NODES}`, pass: nodes < WALLET_NODES, note: `${wallet[0].cards} cards; first card ${ms(median(wallet.map((w) => w.firstCard)))} at 1×` },
    ]),
    ...h5TimingRows('H5 member build', loads.member1, loads.member4),
    ...h5TimingRows('H5 mock build', loads.mock1, loads.mock4),
    ...bareRows,
  ]

  const failed = rows.filter((r) => r.pass === false)
  const errors = [...Object.values(loads).flat().flatMap((l) => l.errors), ...mockTap.errors, ...memberTap.errors, ...wallet.flatMap((w) => w.errors)]
  const files = (xs: { file: string; bytes?: number; gzip?: number }[]) => xs.map((f) => `${f.file} ${kb(f.bytes ?? f.gzip ?? 0)}`).join(', ')
  const details = [
    ...(h5Only ? [] : [`Largest weapp main-package files, member build: ${files(memberWeapp.largest)}; mock build: ${files(mockWeapp.largest)}.`]),
    `H5 member build first-screen JS (gzip): ${files(loads.member1[0].scripts)}.`,
    `H5 mock build first-screen JS (gzip): ${files(loads.mock1[0].scripts)}.`,
    `Bare H5 first-screen JS (gzip): ${files(loads.bare1[0].scripts)}.`,
    ...(errors.length ? [`Page errors: ${[...new Set(errors)].join('; ')}`] : []),
  ]
  const machine = `${shell('nproc', []) || os.availableParallelism()} CPUs (${os.cpus()[0]?.model ?? '?'}), ${os.type()} ${os.release()}, node ${process.version}, ${chromium}`
  const header = [
    `Measured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} on ${machine}.`,
    `Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end: other work on the machine makes the timings noisier.`,
    `Commit ${shell('git', ['-C', root, 'rev-parse', '--short', 'HEAD']) || '?'}${shell('git', ['-C', root, 'status', '--porcelain', '--', 'src', 'mock', 'config']) ? ' with uncommitted changes in src/mock/config' : ''}; bench took ${secs(Date.now() - started)} (builds ${skipBuild ? 'skipped' : secs(buildTime)}).`,
    `Member build: MOCK=off, served on 127.0.0.1 and calling the HTTP fake backend on another 127.0.0.1 port (cross-origin, CORS preflights included), signed in as a returning member (persona active's phone for loads, coupon-rich's for taps). Mock build: the in-page msw backend.`,
    `Timings are medians of ${RUNS} cold loads (fresh browser context each) in headless Chromium, on the page's clock from navigation start; 4× = CPU throttled through DevTools (Emulation.setCPUThrottlingRate).`,
    `Tap-to-code: the coupon-rich wallet is opened afresh before each of the ${RUNS} taps (same context, so HTTP cache is warm), a different coupon each time; from the click event to the digits painted.`,
  ]
  const summary = failed.length ? `${failed.length} budget(s) missed: ${failed.map((r) => `${r.figure} (${r.value}, budget ${r.budget})`).join('; ')}.` : 'All budgets met.'
  const table = markdown(rows)
  const doc = ['# Benchmark', '', 'Written by `npm run bench` (scripts/bench.ts).', '', ...header, '', table, '', summary, '', ...details.map((d) => `- ${d}`), ''].join('\n')
  const resultsFile = h5Only ? path.join(out, 'results-h5.md') : path.join(root, 'bench', 'results.md')
  writeFileSync(resultsFile, doc)
  console.log(`\n${header.join('\n')}\n\n${table}\n\n${summary}\n${details.map((d) => `- ${d}`).join('\n')}\n\n[bench] wrote ${path.relative(root, resultsFile)}`)
  process.exitCode = failed.length ? 1 : 0
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(2)
})
