import * as v from 'valibot'
import { ApiError, isApiError } from './errors'
import { mockHeaders } from './mock-session'
import { authHeaders, noteNotMember, recoverFromUnauthenticated } from './session'
import { send } from './transport'

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
  let res
  try {
    res = await send({
      url: buildUrl(opts.path, opts.query),
      method,
      header: { 'Content-Type': 'application/json', ...mockHeaders(), ...auth, ...opts.headers },
      data: opts.body,
      timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    })
  } catch (e) {
    const msg = String((e as { errMsg?: string; message?: string })?.errMsg ?? (e as Error)?.message ?? '')
    if (/timeout|超时/i.test(msg)) throw new ApiError('timeout', '请求超时')
    throw new ApiError('network', msg || '网络不可用')
  }

  const { statusCode, data } = res
  if (statusCode < 200 || statusCode >= 300) {
    const parsed = v.safeParse(ErrorBody, data)
    const code = parsed.success ? parsed.output.error.code : undefined
    const message = parsed.success ? parsed.output.error.message : ''
    throw new ApiError(statusCode >= 500 ? 'server' : 'client', message, { status: statusCode, code })
  }

  const parsed = v.safeParse(opts.schema, data)
  if (!parsed.success) {
    const where = parsed.issues[0]?.path?.map((p) => String(p.key)).join('.') ?? ''
    throw new ApiError('contract', `响应不符合约定${where ? `：${where}` : ''}`, { status: statusCode })
  }
  return parsed.output
}
