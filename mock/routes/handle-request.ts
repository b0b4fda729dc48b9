import type { Backend } from '../db/backend'
import { notMember, requiresJoined, resolveMemberKey } from './caller'
import { errorResponse, toErrorResponse } from './errors'
import { withIdempotency } from './idempotency'
import { matchPath } from './match-path'
import type { ScenarioShaping, Shaped } from './scenario-shaping'
import type { MockRequest, MockResponse, Route, RouteContext } from './types'

export const API_BASE = '/api/v1'

/** Control endpoints must keep working in every scenario, or a tester could not switch back. */
const isControlPath = (path: string) => path === '/mock' || path.startsWith('/mock/')

export type RequestHandler = (backend: Backend, req: MockRequest) => MockResponse

/** Sees every answer of every handler (jest holds each one to openapi.yaml: `test/setup/spec-answers.ts`). */
export type AnswerObserver = (req: MockRequest, res: MockResponse) => void
let observer: AnswerObserver | null = null
export function observeAnswers(next: AnswerObserver | null): void {
  observer = next
}

/** What a handler answers with; read at each request, so the mini-programs' tools can add to it. */
export interface Handling {
  routes: readonly Route[]
  /** How `X-Mock-Scenario` shapes answers; without it the header is not read. */
  scenarios: ScenarioShaping | null
}

/** Not shaped: what a request without `X-Mock-Scenario` gets anyway. */
const UNSHAPED: Shaped = { instead: null, shape: (response) => response }

/**
 * The fake backend's one entry (`routes/index.ts` makes it over the whole contract and every
 * scenario; the mini-programs' in-process adapter over what the app needs until the testers' tools
 * load theirs). Synchronous on purpose: state is read and written with no await in between, so
 * racing requests (stock, redemptions) can never interleave half-way.
 */
export function createRequestHandler(handling: Handling): RequestHandler {
  return (backend, req) => {
    let response: MockResponse
    try {
      response = answer(handling, backend, req)
    } catch (error) {
      response = toErrorResponse(error)
    }
    // Every answer carries the backend's own clock (moved or not), so the app can align to it.
    const answered = { ...response, headers: { date: new Date(backend.now()).toUTCString(), ...response.headers } }
    observer?.(req, answered)
    return answered
  }
}

function answer(handling: Handling, backend: Backend, req: MockRequest): MockResponse {
  const fullPath = req.path.length > 1 ? req.path.replace(/\/+$/, '') : req.path
  if (fullPath !== API_BASE && !fullPath.startsWith(`${API_BASE}/`)) return notFound(req)
  const path = fullPath.slice(API_BASE.length) || '/'

  const found = findRoute(handling.routes, req.method.toUpperCase(), path)
  if (!found) return notFound(req)
  if ('allow' in found) {
    return errorResponse(405, 'METHOD_NOT_ALLOWED', `${path} 不支持 ${req.method}`, { allow: found.allow })
  }

  const memberKey = resolveMemberKey(backend, req, path)

  // Control paths never: a tester must always be able to switch a scenario back off.
  const shaped = handling.scenarios && !isControlPath(path) ? handling.scenarios(backend, req, path, memberKey.key) : UNSHAPED
  if (shaped.instead) return shaped.instead

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
  return shaped.shape(response)
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
