import * as v from 'valibot'
import { noteResponseHeaders, serverNow } from './clock'
import { ApiError, isApiError } from './errors'
import { actionId, keyForAction, pendingUntil, settleAction, usableKey } from './idempotency'
import { memberScope } from './member-storage'
import { mockHeaders } from './mock-session'
import { backoffMs, retryTiming, shouldRetry } from './retry-policy'
import { authHeaders, noteNotMember, recoverFromUnauthenticated } from './session'
import { send, type TransportResponse } from './transport'

export const API_PREFIX = '/api/v1'
export const DEFAULT_TIMEOUT_MS = 8000

const ErrorBody = v.object({ error: v.object({ code: v.string(), message: v.string() }) })

export interface RequestOptions<S extends v.GenericSchema> {
  method?: 'GET' | 'POST' | 'PATCH'
  path: string
  query?: Record<string, string | number | undefined | null>
  body?: unknown
  schema: S
  timeoutMs?: number
  headers?: Record<string, string>
  /** A POST's key when the caller manages the action itself; otherwise one is made per action. */
  idempotencyKey?: string
}

/** One try on the wire as the app saw it: what went out, what came back (or why nothing did). */
export interface SettledRequest {
  method: string
  url: string
  header: Record<string, string>
  body: unknown
  /** null when no answer came (network error, time-out). */
  status: number | null
  durationMs: number
  responseHeader?: Record<string, string>
  responseBody?: unknown
  /** Why it failed, as the app reports it; absent on success. */
  error?: string
}

type SettledListener = (settled: SettledRequest) => void
const settledListeners = new Set<SettledListener>()

/**
 * Observes every try (mock builds register the tester console's request log here; member builds
 * register nothing, so this set stays empty). A listener that throws never breaks a request.
 */
export function onRequestSettled(listener: SettledListener): () => void {
  settledListeners.add(listener)
  return () => settledListeners.delete(listener)
}

function notifySettled(settled: SettledRequest): void {
  settledListeners.forEach((listener) => {
    try {
      listener(settled)
    } catch {
      /* an observer never decides a request's fate */
    }
  })
}

function buildUrl(path: string, query?: RequestOptions<v.GenericSchema>['query']): string {
  const qs = Object.entries(query ?? {})
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([k, value]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(value))}`)
    .join('&')
  return `${__API_BASE__}${API_PREFIX}${path}${qs ? `?${qs}` : ''}`
}

/**
 * The one way the app talks to its backend. Every body is checked against its schema: data
 * that breaks the contract becomes an error the UI reports, never something it renders.
 *
 * Network errors, timeouts and 5xx are retried with backoff (see retry-policy), so a screen keeps
 * its skeleton through a flaky moment. A GET is always safe to retry; a POST is made safe by its
 * `Idempotency-Key`, the same on every try and on the member's next tap while the outcome of
 * the first is unknown.
 */
export async function request<S extends v.GenericSchema>(opts: RequestOptions<S>): Promise<v.InferOutput<S>> {
  const auth = await authHeaders(opts.path)
  try {
    return await requestOnce(opts, auth)
  } catch (e) {
    if (isApiError(e) && e.code === 'NOT_MEMBER') noteNotMember()
    // A refused token: sign in again (weapp silently, H5 through the sign-in page) and retry once.
    const refused = isApiError(e) && e.status === 401 && e.code === 'UNAUTHENTICATED' && 'Authorization' in auth
    if (refused && (await recoverFromUnauthenticated())) return requestOnce(opts, await authHeaders(opts.path))
    throw e
  }
}

async function requestOnce<S extends v.GenericSchema>(opts: RequestOptions<S>, auth: Record<string, string>): Promise<v.InferOutput<S>> {
  const method = opts.method ?? 'GET'
  const header: Record<string, string> = { 'Content-Type': 'application/json', ...mockHeaders(), ...auth, ...opts.headers }
  // A key the caller chose (the counter's body key, a fresh code) is its own; else one per action.
  let action: string | null = null
  let key: string | null = null
  // Whose action it is (the signed-in member's scope) keeps two members' keys apart.
  const member = memberScope() ?? ''
  const firstSent = serverNow()
  if (method === 'POST') {
    key = usableKey(opts.idempotencyKey) ?? usableKey((opts.body as { idempotencyKey?: unknown } | undefined)?.idempotencyKey)
    if (!key) {
      action = actionId(member, opts.path, opts.body)
      key = keyForAction(action, member, firstSent)
    }
    header['Idempotency-Key'] = key
  }
  const settleKey = (outcomeKnown: boolean) => {
    if (action && key) settleAction(action, key, outcomeKnown, member, pendingUntil(opts.path, firstSent))
  }
  const url = buildUrl(opts.path, opts.query)
  const timing = retryTiming()
  const started = timing.now()
  for (let attempt = 1; ; attempt += 1) {
    try {
      const data = await attemptOnce(url, method, header, opts)
      settleKey(true)
      return data
    } catch (e) {
      const error = toApiError(e)
      const wait = backoffMs(attempt, (e as { retryAfter?: string }).retryAfter, timing.random)
      if (shouldRetry(error, attempt, timing.now() - started, wait)) {
        await timing.sleep(wait)
        continue
      }
      settleKey(!error.retryable)
      throw error
    }
  }
}

/** One try: the body when it fits the schema, else an ApiError (with the server's Retry-After). */
async function attemptOnce<S extends v.GenericSchema>(
  url: string,
  method: NonNullable<RequestOptions<S>['method']>,
  header: Record<string, string>,
  opts: RequestOptions<S>,
): Promise<v.InferOutput<S>> {
  let res: TransportResponse
  const sentAt = Date.now()
  const settle = (outcome: Pick<SettledRequest, 'status' | 'responseHeader' | 'responseBody' | 'error'>) =>
    settledListeners.size > 0 && notifySettled({ method, url, header, body: opts.body, durationMs: Date.now() - sentAt, ...outcome })
  try {
    res = await send({ url, method, header, data: opts.body, timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS })
  } catch (e) {
    const msg = String((e as { errMsg?: string; message?: string })?.errMsg ?? (e as Error)?.message ?? '')
    const error = /timeout|超时/i.test(msg) ? new ApiError('timeout', '请求超时') : new ApiError('network', msg || '网络不可用')
    settle({ status: null, error: error.message })
    throw error
  }
  const answered = { status: res.statusCode, responseHeader: res.header, responseBody: res.data }
  try {
    const output = readAnswer(res, opts.schema, Math.min(res.sentAt ?? sentAt, sentAt))
    settle(answered)
    return output
  } catch (e) {
    settle({ ...answered, error: (e as Error).message || `HTTP ${res.statusCode}` })
    throw e
  }
}

function readAnswer<S extends v.GenericSchema>(res: TransportResponse, schema: S, sentAt: number): v.InferOutput<S> {

  // Every answer's Date header keeps the app's clock aligned with the server's (see clock.ts).
  noteResponseHeaders(res.header, sentAt, Date.now())
  const { statusCode, data } = res
  if (statusCode < 200 || statusCode >= 300) {
    const parsed = v.safeParse(ErrorBody, data)
    const code = parsed.success ? parsed.output.error.code : undefined
    const message = parsed.success ? parsed.output.error.message : ''
    const error = new ApiError(statusCode >= 500 ? 'server' : 'client', message, { status: statusCode, code })
    throw Object.assign(error, { retryAfter: readHeader(res.header, 'retry-after') })
  }

  const parsed = v.safeParse(schema, data)
  if (!parsed.success) {
    const where = parsed.issues[0]?.path?.map((p) => String(p.key)).join('.') ?? ''
    throw new ApiError('contract', `响应不符合约定${where ? `：${where}` : ''}`, { status: statusCode })
  }
  return parsed.output
}

function toApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError('network', String(e))
}

function readHeader(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined
  const found = Object.keys(headers).find((k) => k.toLowerCase() === name)
  return found === undefined ? undefined : String(headers[found])
}
