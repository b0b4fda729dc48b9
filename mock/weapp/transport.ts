import { getSharedBackend, saveSharedBackend, type Backend } from '../db'
import { topUpRandomPool } from '../db/random-source'
// Module by module, not the routes/ index: that one carries the whole table, tool routes included.
import { toErrorResponse } from '../routes/errors'
import { createRequestHandler } from '../routes/handle-request'
import { parseJsonText } from '../routes/raw-body'
import type { MockResponse } from '../routes/types'
import { parseQueryString, parseRequestUrl } from './parse-url'
import { inProcessHandling } from './in-process-handling'

const handleRequest = createRequestHandler(inProcessHandling)

/** What the app hands Taro.request. */
export interface TransportOption {
  url: string
  method?: string
  header?: Record<string, string>
  data?: unknown
  timeout?: number
}

/** What Taro.request resolves with. */
export interface TransportResult {
  statusCode: number
  data: unknown
  header: Record<string, string>
}

export type InProcessTransport = (option: TransportOption) => Promise<TransportResult>

/**
 * The weapp build's fake network: calls the backend in-process (no Request, fetch or URL, which
 * the mini-program runtime lacks). Bodies cross as JSON copies both ways, as they would over a
 * wire, so the app can never mutate backend state by holding a reference.
 */
export function createInProcessTransport(backend: Backend = getSharedBackend()): InProcessTransport {
  // Where the mini-program has no Web Crypto, redemption codes draw on bytes fetched ahead of time.
  void topUpRandomPool()
  return (option) => {
    const answer = answerOption(backend, option)
    saveSharedBackend(option.method ?? 'GET')
    const result: TransportResult = {
      statusCode: answer.status,
      data: answer.body === undefined ? '' : JSON.parse(JSON.stringify(answer.body)),
      header: { 'content-type': 'application/json', ...answer.headers },
    }
    const wait = answer.delayMs ?? 0
    return new Promise((resolve, reject) => {
      // Like Taro.request: a timeout shorter than the answer rejects with an errMsg.
      if (option.timeout && option.timeout < wait) {
        setTimeout(() => reject(Object.assign(new Error('request:fail timeout'), { errMsg: 'request:fail timeout' })), option.timeout)
        return
      }
      if (wait > 0) setTimeout(() => resolve(result), wait)
      else resolve(result)
    })
  }
}

function answerOption(backend: Backend, option: TransportOption): MockResponse {
  try {
    const method = (option.method ?? 'GET').toUpperCase()
    const { path, query } = parseRequestUrl(option.url)
    const headers: Record<string, string> = {}
    for (const [key, value] of Object.entries(option.header ?? {})) headers[key.toLowerCase()] = String(value)
    // Taro.request sends a GET's data as query parameters.
    if (method === 'GET') {
      if (typeof option.data === 'string') Object.assign(query, parseQueryString(option.data))
      else if (isRecord(option.data)) {
        for (const [key, value] of Object.entries(option.data)) if (value !== undefined) query[key] = String(value)
      }
      return handleRequest(backend, { method, path, query, headers, body: undefined })
    }
    const body = typeof option.data === 'string' ? parseJsonText(option.data) : copyJson(option.data)
    return handleRequest(backend, { method, path, query, headers, body })
  } catch (error) {
    return toErrorResponse(error)
  }
}

function copyJson(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
