import { onRequestSettled, type SettledRequest } from './request'
import { maskHeaders, maskText, maskValue } from './request-log-mask'

/**
 * The tester console's request log (mock builds only: src/services/mock-boot.ts starts it inside
 * `if (__MOCK__)`, so member builds carry none of this). A phone has no devtools: this is how a
 * tester sees which request failed, why, and hands it on as a curl command. What it keeps is
 * masked (request-log-mask): no token, SMS or redemption code, PIN or whole phone number is on
 * the tester's screen or in a pasted command.
 */
export const REQUEST_LOG_LIMIT = 100

export interface LoggedRequest {
  id: number
  at: number
  method: string
  /** Path and query, without origin, e.g. `/api/v1/coupons?status=usable`. */
  path: string
  status: number | null
  durationMs: number
  /** The scenario rules that shaped this answer, or what was asked for when no answer came. */
  scenario: string | null
  /** The error body (or the app's reason) for a failure; null on success. Masked. */
  errorBody: string | null
  /** Masked: the Authorization credential reads `Bearer ***`. */
  header: Record<string, string>
  /** Masked. */
  body: unknown
  /**
   * Whom the request acted for, as the HTTP mock's `X-Persona` names them: the member behind its
   * token when the log has learned it, else the persona it sent; null for the backend's default.
   */
  persona: string | null
}

let entries: LoggedRequest[] = []
let nextId = 1
/** Token → member key, learned from sign-ins and `/me` answers seen here (never shown). */
const tokenMembers = new Map<string, string>()
/** A key the fake backend's X-Persona accepts (a stranger's minted `u-…` key is not one). */
const PERSONA_KEY = /^[a-z][a-z-]{1,30}(~[1-9]\d{0,2})?$/
let stop: (() => void) | null = null
const listeners = new Set<() => void>()

function pathOf(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '') || '/'
}

function readHeader(headers: Record<string, string> | undefined, name: string): string | undefined {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name)
  return key === undefined ? undefined : String(headers?.[key])
}

function bearerOf(header: Record<string, string> | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(readHeader(header, 'authorization')?.trim() ?? '')
  return match ? match[1] : null
}

/**
 * Who a token speaks for, from what passed through the log: a mock sign-in names its member
 * (`mock:<key>`), and `/me` (or joining) answers with the member's id, which is its key.
 */
function learnTokenMember(settled: SettledRequest, path: string): void {
  const ok = settled.status !== null && settled.status >= 200 && settled.status < 300 && !settled.error
  if (!ok) return
  const answer = settled.responseBody as { token?: unknown; member?: { id?: unknown } } | null | undefined
  const loginCode = (settled.body as { code?: unknown } | undefined)?.code
  if (/\/auth\/wechat$/.test(path) && typeof answer?.token === 'string' && typeof loginCode === 'string' && loginCode.startsWith('mock:')) {
    tokenMembers.set(answer.token, loginCode.slice('mock:'.length))
  }
  const token = bearerOf(settled.header)
  const memberId = answer?.member?.id
  if (token && typeof memberId === 'string' && /\/(me|members)$/.test(path.split('?')[0])) tokenMembers.set(token, memberId)
}

function personaOf(settled: SettledRequest): string | null {
  const token = bearerOf(settled.header)
  const member = token ? tokenMembers.get(token) : undefined
  if (member !== undefined) return PERSONA_KEY.test(member) ? member : 'visitor'
  return readHeader(settled.header, 'x-persona') ?? null
}

function describeErrorBody(settled: SettledRequest): string | null {
  if (!settled.error) return null
  if (settled.responseBody === undefined || settled.responseBody === '') return maskText(settled.error)
  const text = typeof settled.responseBody === 'string' ? maskText(settled.responseBody) : JSON.stringify(maskValue(settled.responseBody))
  // A 2xx that broke its schema: the app's reason first, then (part of) what came back.
  const ok = settled.status !== null && settled.status >= 200 && settled.status < 300
  return ok ? `${settled.error} · ${text.slice(0, 300)}` : text.slice(0, 500)
}

export function recordSettled(settled: SettledRequest): void {
  const path = pathOf(settled.url)
  learnTokenMember(settled, path)
  const entry: LoggedRequest = {
    id: nextId++,
    at: Date.now(),
    method: settled.method,
    path: maskText(path),
    status: settled.status,
    durationMs: settled.durationMs,
    scenario: readHeader(settled.responseHeader, 'x-mock-applied') ?? (settled.status === null ? readHeader(settled.header, 'x-mock-scenario') ?? null : null),
    errorBody: describeErrorBody(settled),
    header: maskHeaders(settled.header),
    body: maskValue(settled.body),
    persona: personaOf(settled),
  }
  entries = [entry, ...entries].slice(0, REQUEST_LOG_LIMIT)
  listeners.forEach((l) => l())
}

/** Idempotent: the log listens to request() once per app. */
export function startRequestLog(): void {
  stop ??= onRequestSettled(recordSettled)
}

export function stopRequestLog(): void {
  stop?.()
  stop = null
}

/** Newest first, at most REQUEST_LOG_LIMIT; a new array whenever it changes (useSyncExternalStore). */
export function getRequestLog(): readonly LoggedRequest[] {
  return entries
}

export function clearRequestLog(): void {
  entries = []
  listeners.forEach((l) => l())
}

export function onRequestLogChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
