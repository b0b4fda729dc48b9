// Reading a build's output: its text files, the mock markers in them, and the routes it declares.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const TEXT = /\.(js|json|wxml|wxss|wxs|css|html|txt)$/

export function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name)
    return d.isDirectory() ? textFiles(full) : TEXT.test(d.name) ? [full] : []
  })
}

/**
 * What only the fake backend and its tools contain: persona ids and seeded phone numbers, msw,
 * the mock headers and storage keys, the /mock/ control paths and the mock chunk's name.
 */
export const MOCK_MARKERS: Array<[string, RegExp]> = [
  ['persona id', /coupon-rich|first-buyer|cocreator~|"newcomer"|"at-risk"/],
  ['seeded phone', /138\*{4}1234|137\*{4}6688|186\*{4}9051/],
  ['msw', /mockServiceWorker|\[MSW\]|\bmsw\b/],
  ['mock header', /x-mock-scenario|x-persona/i],
  ['mock storage key', /mock\.persona|mock\.backend/],
  ['/mock/ path', /\/mock\//],
  ['mock chunk', /mock-backend/],
  // 测试面板 / 演示数据 (the tester console, the profile's demo-data tag), raw or as minified \u escapes.
  ['tester text', /测试面板|演示数据|\\u6d4b\\u8bd5\\u9762\\u677f|\\u6f14\\u793a\\u6570\\u636e/i],
  // Launch parameters (src/services/mock-launch.ts, issue 28): their refusal text, the state-code form
  // and the compile modes' Alipay file; a member build reads no persona, scenario, clock or state at launch.
  ['launch parameters', /启动参数有误|\\u542f\\u52a8\\u53c2\\u6570|MC1Z|tester=1/],
]

/** `file: marker (excerpt)` for every marker found under dir. */
export function mockMarkersIn(dir: string): string[] {
  const found: string[] = []
  for (const file of textFiles(dir)) {
    const text = readFileSync(file, 'utf8')
    for (const [name, pattern] of MOCK_MARKERS) {
      const m = pattern.exec(text)
      if (m) found.push(`${path.relative(dir, file)}: ${name} (…${text.slice(Math.max(0, m.index - 40), m.index + 40)}…)`)
    }
  }
  return found
}

export interface AppJson {
  pages: string[]
  subPackages?: Array<{ root: string; name?: string; pages: string[] }>
  preloadRule?: Record<string, { packages: string[] }>
}

export function weappRoutes(app: AppJson): string[] {
  return [...app.pages, ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
}

/** The routes Taro's H5 router is given: every `{path:"pages/…"` entry in the build's scripts. */
export function h5Routes(dir: string): string[] {
  const routes = new Set<string>()
  for (const file of textFiles(dir).filter((f) => f.endsWith('.js'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/path:\s*"(pages\/[\w-]+\/index)"/g)) routes.add(m[1])
  }
  return [...routes].sort()
}
