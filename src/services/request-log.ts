import { onRequestSettled, type SettledRequest } from './request'

/**
 * The tester console's request log (mock builds only: src/services/mock-boot.ts starts it inside
 * `if (__MOCK__)`, so member builds carry none of this). A phone has no devtools: this is how a
 * tester sees which request failed, why, and hands it on as a curl command.
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
  /** The error body (or the app's reason) for a failure; null on success. */
  errorBody: string | null
  header: Record<string, string>
  body: unknown
}

let entries: LoggedRequest[] = []
let nextId = 1
let stop: (() => void) | null = null
const listeners = new Set<() => void>()

function pathOf(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '') || '/'
}

function readHeader(headers: Record<string, string> | undefined, name: string): string | undefined {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name)
  return key === undefined ? undefined : String(headers?.[key])
}

function describeErrorBody(settled: SettledRequest): string | null {
  if (!settled.error) return null
  if (settled.responseBody === undefined || settled.responseBody === '') return settled.error
  const text = typeof settled.responseBody === 'string' ? settled.responseBody : JSON.stringify(settled.responseBody)
  // A 2xx that broke its schema: the app's reason first, then (part of) what came back.
  const ok = settled.status !== null && settled.status >= 200 && settled.status < 300
  return ok ? `${settled.error} · ${text.slice(0, 300)}` : text.slice(0, 500)
}

export function recordSettled(settled: SettledRequest): void {
  const entry: LoggedRequest = {
    id: nextId++,
    at: Date.now(),
    method: settled.method,
    path: pathOf(settled.url),
    status: settled.status,
    durationMs: settled.durationMs,
    scenario: readHeader(settled.responseHeader, 'x-mock-applied') ?? (settled.status === null ? readHeader(settled.header, 'x-mock-scenario') ?? null : null),
    errorBody: describeErrorBody(settled),
    header: settled.header,
    body: settled.body,
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
