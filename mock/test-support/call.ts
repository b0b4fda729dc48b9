import { createBackend, type Backend } from '../db'
import { handleRequest, type MockResponse } from '../routes'
import { specViolations } from './spec-check'

export interface CallOptions {
  persona?: string
  scenario?: string
  query?: Record<string, string>
  body?: unknown
  /** A staff token from `staffToken`, sent as `Authorization: Bearer …`. */
  token?: string
  /** Extra headers, e.g. `idempotency-key` (lower-case, as adapters hand them over). */
  headers?: Record<string, string>
  /** Skip the openapi.yaml check of the answer (only for a test that sends what no client would). */
  unchecked?: boolean
}

/** A fixed real-time source so day boundaries never move under a test. */
export const FIXED_NOW = Date.parse('2026-03-15T04:00:00Z')

export function fixedBackend(now = FIXED_NOW): Backend {
  return createBackend({ realNow: () => now })
}

/** `call(b, 'GET /me/growth', { persona: 'newcomer' })`: the route table without any adapter. */
// Tests read deep into bodies; the schemas are checked in openapi.test.ts, so `any` is the honest type here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function call(backend: Backend, route: string, options: CallOptions = {}): MockResponse & { body: any } {
  const [method, pathAndQuery] = route.split(' ')
  const [path, rawQuery] = pathAndQuery.split('?')
  const query: Record<string, string> = { ...Object.fromEntries(new URLSearchParams(rawQuery ?? '')), ...options.query }
  const headers: Record<string, string> = { ...options.headers }
  if (options.persona !== undefined) headers['x-persona'] = options.persona
  if (options.scenario !== undefined) headers['x-mock-scenario'] = options.scenario
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`
  const req = { method, path: `/api/v1${path}`, query, headers, body: options.body }
  const res = handleRequest(backend, req)
  // Every answer a route test sees is also held to openapi.yaml, so the document cannot drift from the backend.
  const violations = options.unchecked ? [] : specViolations(req, res)
  if (violations.length > 0) throw new Error(`answer does not match openapi.yaml:\n${violations.join('\n')}\nbody: ${JSON.stringify(res.body)?.slice(0, 500)}`)
  return res
}

/** Signs a clerk in at `storeId` (the fake backend's PIN) and returns the staff token. */
export function staffToken(backend: Backend, storeId = 's-jingan'): string {
  const res = call(backend, 'POST /auth/staff', { body: { storeId, pin: '2468' } })
  if (res.status !== 200) throw new Error(`staff sign-in failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token as string
}
