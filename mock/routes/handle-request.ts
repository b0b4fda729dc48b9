import type { Backend } from '../db/backend'
import { notMember, requiresJoined, resolveMemberKey } from './caller'
import { errorResponse, toErrorResponse } from './errors'
import { withIdempotency } from './idempotency'
import { breakSchema } from './break-schema'
import { matchPath } from './match-path'
import { failsBeforeHandling, neverAnswered, readScenarioRules, scenariosFor, serviceUnavailable, SLOW_DELAY_MS, type Scenario } from './scenarios'
import type { MockRequest, MockResponse, Route, RouteContext } from './types'

export const API_BASE = '/api/v1'

/** Control endpoints must keep working in every scenario, or a tester could not switch back. */
const isControlPath = (path: string) => path === '/mock' || path.startsWith('/mock/')

export type RequestHandler = (backend: Backend, req: MockRequest) => MockResponse

/**
 * The fake backend's one entry over a route table (`routes/index.ts` makes it over the whole
 * contract; the mini-programs' in-process adapter over a table that grows as tool pages load).
 * The table is read at each request. Synchronous on purpose: state is read and written with no
 * await in between, so racing requests (stock, redemptions) can never interleave half-way.
 */
export function createRequestHandler(table: readonly Route[]): RequestHandler {
  return (backend, req) => {
    let response: MockResponse
    try {
      response = answer(table, backend, req)
    } catch (error) {
      response = toErrorResponse(error)
    }
    // Every answer carries the backend's own clock (moved or not), so the app can align to it.
    return { ...response, headers: { date: new Date(backend.now()).toUTCString(), ...response.headers } }
  }
}

function answer(table: readonly Route[], backend: Backend, req: MockRequest): MockResponse {
  const fullPath = req.path.length > 1 ? req.path.replace(/\/+$/, '') : req.path
  if (fullPath !== API_BASE && !fullPath.startsWith(`${API_BASE}/`)) return notFound(req)
  const path = fullPath.slice(API_BASE.length) || '/'

  const found = findRoute(table, req.method.toUpperCase(), path)
  if (!found) return notFound(req)
  if ('allow' in found) {
    return errorResponse(405, 'METHOD_NOT_ALLOWED', `${path} 不支持 ${req.method}`, { allow: found.allow })
  }

  const memberKey = resolveMemberKey(backend, req, path)

  const control = isControlPath(path)
  const { scenarios, applied } = control
    ? { scenarios: new Set<Scenario>(), applied: [] }
    : scenariosFor(readScenarioRules(req.headers['x-mock-scenario']), path)
  // Says which rules hit this path, so the tester console's request log can show why it failed.
  const mark = (res: MockResponse): MockResponse =>
    applied.length > 0 ? { ...res, headers: { ...res.headers, 'x-mock-applied': applied.join(',') } } : res
  // A held request never reaches its route: the client gave up, so nothing may have changed.
  if (scenarios.has('timeout')) return mark(neverAnswered())
  if (failsBeforeHandling(backend, memberKey.key, scenarios)) {
    return mark(withDelay(serviceUnavailable(), scenarios.has('slow')))
  }

  const ctx: RouteContext = {
    backend,
    req,
    params: found.params,
    memberKey,
    member: () => backend.refreshHeld(backend.member(memberKey)),
  }
  if (requiresJoined(path) && backend.member(memberKey).notJoined) throw notMember()
  const response = withIdempotency(backend, req, memberKey.key, path, () => {
    try {
      return found.route.handle(ctx)
    } catch (error) {
      // A refusal (409, 410…) is the first answer too, and must replay as such.
      return toErrorResponse(error)
    }
  })
  const broken =
    scenarios.has('malformed') && response.status >= 200 && response.status < 300
      ? { ...response, body: breakSchema(response.body) }
      : response
  return mark(withDelay(broken, scenarios.has('slow')))
}

function findRoute(table: readonly Route[], method: string, path: string): { route: Route; params: Record<string, string> } | { allow: string } | null {
  const allowed: string[] = []
  for (const route of table) {
    const params = matchPath(route.pattern, path)
    if (!params) continue
    if (route.method === method) return { route, params }
    allowed.push(route.method)
  }
  return allowed.length > 0 ? { allow: allowed.join(', ') } : null
}

function notFound(req: MockRequest): MockResponse {
  return errorResponse(404, 'NOT_FOUND', `没有这个接口：${req.method} ${req.path}`)
}

function withDelay(response: MockResponse, slow: boolean): MockResponse {
  return slow ? { ...response, delayMs: Math.max(response.delayMs ?? 0, SLOW_DELAY_MS) } : response
}
