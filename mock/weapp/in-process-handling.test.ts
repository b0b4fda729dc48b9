import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { contentRoutes } from '../routes/content'
import { identityFormRoutes } from '../routes/identity-forms'
import { journeyPageRoutes } from '../routes/journey-pages'
import { matchPath } from '../routes/match-path'
import { TOOL_ROUTES } from '../routes/tool-routes'
import type { Route } from '../routes/types'
import { inProcessHandling } from './in-process-handling'

// The mini-programs' in-process backend answers the main package's routes from launch; subpackage
// pages add theirs when they load (src/services/mock-*-routes.ts, mock-tester-tools.ts). So every request
// the code of a page can make must be answered by the launch routes plus what that page loads, or
// the weapp would answer it 404. Read from the source as webpack bundles it: named imports through
// re-exporting index files follow only the names imported.

const SRC = path.resolve(__dirname, '..', '..', 'src')
const launchRoutes = [...inProcessHandling.routes]
/** What a page adds to the in-process backend when it reaches one of these modules. */
const LOADERS: Record<string, readonly Route[]> = {
  'services/mock-tester-tools.ts': TOOL_ROUTES,
  'services/mock-content-routes.ts': contentRoutes,
  'services/mock-identity-form-routes.ts': identityFormRoutes,
  'services/mock-journey-routes.ts': journeyPageRoutes,
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(SRC, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null
  if (!base || /\.(s?css|png|jpe?g|svg)$/.test(spec)) return null // packages, the mock backend, styles, images: no app requests
  for (const f of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(f) && !f.endsWith(path.sep) && /\.tsx?$/.test(f)) return f
  }
  throw new Error(`${from}: cannot resolve ${spec}`)
}

interface Edge {
  target: string
  /** The names wanted, or null for the whole module. */
  names: string[] | null
}

/** `a, type B, c as d` → [[a, a], [B, B], [c, d]]: the name in the module and the name it is imported or exported as. */
const names = (list: string): [string, string][] =>
  list
    .split(',')
    .map((n) => n.trim().replace(/^type\s+/, ''))
    .filter(Boolean)
    .map((n) => {
      const [inner, outer] = n.split(/\s+as\s+/)
      return [inner, outer ?? inner]
    })

/** Imports of a module (type-only ones left out), and for an index of re-exports, which name comes from where. */
function parse(file: string): { imports: Edge[]; reexports: Map<string, Edge> | null } {
  const text = readFileSync(file, 'utf8')
  const imports: Edge[] = []
  const reexports = new Map<string, Edge>()
  let onlyReexports = true
  const statement = /^(import|export)\s+(type\s+)?(\{[^}]*\}|\*(?:\s+as\s+\w+)?|\w+(?:\s*,\s*\{[^}]*\})?)\s+from\s+'([^']+)'/gm
  for (const [, kind, typeOnly, clause, spec] of text.matchAll(statement)) {
    const target = resolve(file, spec)
    if (!target || typeOnly) continue
    const braces = /^\{([\s\S]*)\}$/.exec(clause)
    const wanted = braces ? names(braces[1]) : null
    if (kind === 'export' && wanted) wanted.forEach(([inner, outer]) => reexports.set(outer, { target, names: [inner] }))
    else onlyReexports = false
    if (kind === 'import' || !wanted) imports.push({ target, names: wanted ? wanted.map(([inner]) => inner) : null })
  }
  for (const m of text.matchAll(/(?:require|import)\('([^']+)'\)|^import\s+'([^']+)'/gm)) {
    const target = resolve(file, m[1] ?? m[2])
    if (target) imports.push({ target, names: null })
  }
  if (/^(export\s+(default|const|function|class|async|let)|const|function|let|class)\b/m.test(text)) onlyReexports = false
  return { imports, reexports: onlyReexports && reexports.size > 0 ? reexports : null }
}

/** Every module a page's bundle holds, starting from its index file. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = ({ target, names: wanted }: Edge) => {
    const { imports, reexports } = parse(target)
    if (reexports && wanted) {
      // A name it does not re-export as a value is a type (`export type { … }`): nothing to bundle.
      wanted.forEach((n) => reexports.has(n) && visit(reexports.get(n)!))
      return
    }
    if (seen.has(target)) return
    seen.add(target)
    imports.forEach(visit)
  }
  visit({ target: entry, names: null })
  return seen
}

interface Call {
  file: string
  method: string
  path: string
}

/** `request({ method: 'POST', path: `/coupons/${id}/code`, … })` → POST /coupons/x/code. */
function requestsIn(file: string): Call[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/path:\s*(['`])(\/[^'`]*)\1/g)].map((m) => {
    const start = text.lastIndexOf('({', m.index)
    const end = text.indexOf('})', m.index)
    const method = /method:\s*'([A-Z]+)'/.exec(text.slice(start, end))?.[1] ?? 'GET'
    const callPath = m[2].replace(/\$\{[^}]*\}/g, 'x').split('?')[0].replace(/^\/api\/v1(?=\/)/, '')
    return { file: path.relative(SRC, file), method, path: callPath }
  })
}

const answers = (routes: readonly Route[], call: Call) => routes.some((r) => r.method === call.method && matchPath(r.pattern, call.path) !== null)

function appConfig(): { pages: string[]; subPackages: { root: string; pages: string[] }[] } {
  const saved = { taro: process.env.TARO_ENV, mock: process.env.MOCK, app: process.env.APP }
  Object.assign(process.env, { TARO_ENV: 'weapp' })
  delete process.env.MOCK
  delete process.env.APP
  ;(globalThis as { defineAppConfig?: unknown }).defineAppConfig = (c: unknown) => c
  try {
    return jest.requireActual<{ default: ReturnType<typeof appConfig> }>('../../src/app.config').default
  } finally {
    for (const [key, value] of Object.entries({ TARO_ENV: saved.taro, MOCK: saved.mock, APP: saved.app })) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

const config = appConfig()
const pageFile = (page: string) => resolve(path.join(SRC, 'x'), `./${page}`)!
const mainModules = new Set([path.join(SRC, 'app.ts'), ...config.pages.map(pageFile)].flatMap((entry) => [...reachable(entry)]))
const requestsOf = (modules: Iterable<string>) => [...modules].flatMap(requestsIn)

test('what the main package can request is answered from launch', () => {
  const calls = requestsOf(mainModules)
  expect(calls.length).toBeGreaterThan(20)
  expect(calls.filter((c) => !answers(launchRoutes, c))).toEqual([])
  // The loaders never run from the main package: their routes would be missing until some page ran them.
  expect([...mainModules].map((f) => path.relative(SRC, f)).filter((f) => f in LOADERS)).toEqual([])
})

test('what each subpackage page can request is answered once the page has loaded its routes', () => {
  const subPages = config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))
  expect(subPages).toEqual(expect.arrayContaining(['pages/content/index', 'pages/tester/index', 'pages/store-counter/index']))
  const missing = subPages.flatMap((page) => {
    const modules = reachable(pageFile(page))
    const routes = [...launchRoutes, ...[...modules].flatMap((f) => LOADERS[path.relative(SRC, f)] ?? [])]
    return requestsOf(modules)
      .filter((c) => !answers(routes, c))
      .map((c) => `${page}: ${c.method} ${c.path} (${c.file})`)
  })
  expect(missing).toEqual([])
})

// H5 on a LAN address has no service worker and answers in the page with the same adapter; it has no
// subpackages to add routes later, so everything a page can call must be there from the start.
test('the H5 in-page transport answers every route of the table, tester console included, and honours scenarios', async () => {
  const { ROUTE_TABLE } = jest.requireActual<typeof import('../routes/table')>('../routes/table')
  const { createInPageTransport } = jest.requireActual<typeof import('../in-page-transport')>('../in-page-transport')
  const request = createInPageTransport()
  expect(ROUTE_TABLE.filter((r) => !inProcessHandling.routes.includes(r)).map((r) => `${r.method} ${r.pattern}`)).toEqual([])
  const personas = await request({ url: '/api/v1/mock/personas' })
  expect(personas.statusCode).toBe(200)
  expect((personas.data as { personas: { id: string }[] }).personas.map((p) => p.id)).toContain('coupon-rich')
  expect((await request({ url: '/api/v1/coupons', header: { 'X-Persona': 'active', 'X-Mock-Scenario': 'down@/coupons' } })).statusCode).toBe(503)
  expect((await request({ url: '/api/v1/me', header: { 'X-Persona': 'active', 'X-Mock-Scenario': 'down@/coupons' } })).statusCode).toBe(200)
})
