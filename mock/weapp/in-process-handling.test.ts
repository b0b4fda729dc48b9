import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { matchPath } from '../routes/match-path'
import { TOOL_ROUTES } from '../routes/tool-routes'
import type { Route } from '../routes/types'
import { inProcessHandling } from './in-process-handling'

// The mini-programs' in-process backend answers only the app's routes until the tester console or
// the store counter loads TOOL_ROUTES with its subpackage. So every request the rest of the app
// makes must be among them from launch, or the weapp would answer it 404 (read from the source,
// as the app calls it).
const launchRoutes = [...inProcessHandling.routes]

const SRC = path.resolve(__dirname, '..', '..', 'src')
const TOOL_FEATURES = [path.join(SRC, 'features', 'tester'), path.join(SRC, 'features', 'store-counter')]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name)
    if (d.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [full] : []
  })
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

const calls = sourceFiles(SRC).flatMap(requestsIn)
const isTools = (call: Call) => TOOL_FEATURES.some((dir) => path.join(SRC, call.file).startsWith(dir + path.sep))

test('every request of the member app is answered by the routes the in-process backend has from launch', () => {
  const appCalls = calls.filter((c) => !isTools(c))
  expect(appCalls.length).toBeGreaterThan(25)
  expect(appCalls.filter((c) => !answers(launchRoutes, c))).toEqual([])
})

test('the tester console and the store counter find theirs among the app and tool routes', () => {
  const toolCalls = calls.filter(isTools)
  expect(toolCalls.filter((c) => answers(TOOL_ROUTES, c)).length).toBeGreaterThan(5)
  expect(toolCalls.filter((c) => !answers(launchRoutes, c) && !answers(TOOL_ROUTES, c))).toEqual([])
})
