// What the bench builds, two at a time, each into bench/out/<name>: the mock builds (what testers
// get), the member builds (MOCK=off, what members get), the counter build and the bare Taro app.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildAll, type BuildSpec } from '../lib/build-apps'
import { checkBarePlugins, writeBareApp } from './bare-app'

export interface BenchDirs {
  mockWeapp: string
  mockH5: string
  memberWeapp: string
  memberH5: string
  counter: string
  bareWeapp: string
  bareH5: string
  mockAlipay: string
  mockTt: string
}

export function benchDirs(out: string): BenchDirs {
  const bare = path.join(out, 'bare', 'dist')
  return {
    mockWeapp: path.join(out, 'app-weapp'),
    mockH5: path.join(out, 'app-h5'),
    memberWeapp: path.join(out, 'member-weapp'),
    memberH5: path.join(out, 'member-h5'),
    counter: path.join(out, 'counter'),
    bareWeapp: path.join(bare, 'weapp'),
    bareH5: path.join(bare, 'h5'),
    mockAlipay: path.join(out, 'app-alipay'),
    mockTt: path.join(out, 'app-tt'),
  }
}

// The member and counter H5 builds call the HTTP fake backend, whose address is fixed at build
// time: BENCH_SKIP_BUILD=1 starts it again on the port recorded here.
const apiFile = (out: string) => path.join(out, 'member-api-port.txt')

export function recordedApiPort(out: string): number {
  if (!existsSync(apiFile(out))) throw new Error(`${apiFile(out)} is missing (run without BENCH_SKIP_BUILD first)`)
  return Number(readFileSync(apiFile(out), 'utf8'))
}

/** The builds `BENCH_ONLY=h5` makes and measures: the two H5 apps members and testers load, and the floor. */
export const H5_ONLY = ['member h5', 'mock h5', 'bare h5']

/** Builds everything (or only H5_ONLY); `apiBase` is the HTTP fake backend the member and counter H5 builds call. */
export async function buildForBench(root: string, out: string, apiBase: string, log: (msg: string) => void, h5Only = false): Promise<BenchDirs> {
  const dirs = benchDirs(out)
  writeFileSync(apiFile(out), new URL(apiBase).port)
  const bareDir = await writeBareApp(root)
  checkBarePlugins(root, bareDir)
  const member = { MOCK: 'off', API_BASE: apiBase }
  const specs: BuildSpec[] = [
    { label: 'member h5', type: 'h5', outDir: dirs.memberH5, env: member },
    { label: 'mock h5', type: 'h5', outDir: dirs.mockH5, env: {} },
    { label: 'member weapp', type: 'weapp', outDir: dirs.memberWeapp, env: { MOCK: 'off', API_BASE: 'https://api.example.com' } },
    { label: 'mock weapp', type: 'weapp', outDir: dirs.mockWeapp, env: {} },
    { label: 'counter h5', type: 'h5', outDir: dirs.counter, env: { ...member, APP: 'counter' } },
    { label: 'bare weapp', type: 'weapp', env: {}, cwd: bareDir },
    { label: 'bare h5', type: 'h5', env: {}, cwd: bareDir },
    { label: 'mock alipay', type: 'alipay', outDir: dirs.mockAlipay, env: {} },
    { label: 'mock tt', type: 'tt', outDir: dirs.mockTt, env: {} },
  ]
  const seconds = await buildAll(h5Only ? specs.filter((s) => H5_ONLY.includes(s.label)) : specs, 2)
  log(`built ${Object.entries(seconds).map(([k, s]) => `${k} ${s.toFixed(0)}s`).join(', ')}`)
  return dirs
}
