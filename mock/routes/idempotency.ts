import type { Backend } from '../db/backend'
import { dict } from '../db/dict'
import { badRequest, errorResponse, HttpError } from './errors'
import type { MockResponse } from './types'

/** How long a key answers again (contract: 24 h by the backend's clock). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000
export const MAX_IDEMPOTENCY_KEY_LENGTH = 64

interface StoredAnswer {
  /** The request body the key was first used with, canonical JSON. */
  body: string
  at: number
  response: Pick<MockResponse, 'status' | 'body' | 'headers'>
}

type Store = Record<string, StoredAnswer>

/**
 * Safe retries for every POST, in one place for all four adapters: the same `Idempotency-Key`
 * from the same member on the same path answers the first answer again with its status and acts
 * once; the same key with another body is refused. Kept in the shared state so the weapp's saved
 * backend remembers keys across reloads, as a real backend would.
 */
export function withIdempotency(
  backend: Backend,
  req: { method: string; headers: Record<string, string>; body: unknown },
  memberKey: string,
  path: string,
  act: () => MockResponse,
): MockResponse {
  const key = req.headers['idempotency-key']
  if (req.method.toUpperCase() !== 'POST' || key === undefined) return act()
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw badRequest(`Idempotency-Key 须为 1 到 ${MAX_IDEMPOTENCY_KEY_LENGTH} 个字符`)
  }
  const store = storeOf(backend)
  const now = backend.now()
  forgetExpired(store, now)
  const slot = `${memberKey} ${path} ${key}`
  const body = canonicalJson(req.body)
  const first = store[slot]
  if (first) {
    if (first.body !== body) {
      return errorResponse(422, 'IDEMPOTENCY_MISMATCH', '同一个 Idempotency-Key 已用于内容不同的请求，请重新操作')
    }
    return JSON.parse(JSON.stringify(first.response)) as MockResponse
  }
  const response = act()
  // A 5xx did not act (or failed half-way): a retry must be allowed to try for real.
  if (response.status < 500) {
    const { status, headers } = response
    store[slot] = { body, at: now, response: JSON.parse(JSON.stringify({ status, body: response.body, headers })) as StoredAnswer['response'] }
  }
  return response
}

function storeOf(backend: Backend): Store {
  const extra = backend.shared.extra
  extra.idempotency = dict<StoredAnswer>(extra.idempotency)
  return extra.idempotency as Store
}

function forgetExpired(store: Store, now: number): void {
  for (const [slot, answer] of Object.entries(store)) {
    if (now - answer.at >= IDEMPOTENCY_TTL_MS || answer.at > now + IDEMPOTENCY_TTL_MS) delete store[slot]
  }
}

/** Key order does not make two bodies different; no body and `{}` are the same empty request. */
function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return '{}'
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
  )
}

/**
 * The staff endpoints' body `idempotencyKey` (contract part 3, "Trust"): like a header key, the
 * same key with a different body is refused rather than replayed, so a reused key never silently
 * drops a second sale. Call before looking up the replay; `rememberBodyKey` when the key acts.
 * The fingerprints live beside the answers each route keeps, keyed by path, so new staff routes
 * (checkouts, voids) get the same rule by calling these two.
 */
export function refuseBodyKeyMismatch(backend: Backend, path: string, key: string, body: unknown): void {
  const recorded = bodyKeysOf(backend)[`${path} ${key}`]
  if (recorded !== undefined && recorded !== canonicalJson(body)) {
    throw new HttpError(422, 'IDEMPOTENCY_MISMATCH', '同一个 idempotencyKey 已用于内容不同的请求，请重新操作')
  }
}

export function rememberBodyKey(backend: Backend, path: string, key: string, body: unknown): void {
  bodyKeysOf(backend)[`${path} ${key}`] = canonicalJson(body)
}

function bodyKeysOf(backend: Backend): Record<string, string> {
  const extra = backend.shared.extra
  extra.bodyKeys = dict<string>(extra.bodyKeys)
  return extra.bodyKeys as Record<string, string>
}
