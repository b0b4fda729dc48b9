import Taro from '@tarojs/taro'
import { takeLaunchRequest } from './launch-requests'

export interface TransportRequest {
  url: string
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  header: Record<string, string>
  data?: unknown
  timeout: number
}

export interface TransportResponse {
  statusCode: number
  data: unknown
  header?: Record<string, string>
  /** When the request really left (epoch ms), if before the app asked: an answer index.html fetched at launch. */
  sentAt?: number
}

export type Transport = (req: TransportRequest) => Promise<TransportResponse>

/**
 * H5: the browser's own fetch. Taro.request on H5 is fetch too, but it brings polyfills every
 * browser we serve already has (whatwg-fetch, abortcontroller, jsonp, query-string: ≈ 13 KB gzip
 * of the first screen). Fails as Taro.request fails (`errMsg`), with a time-out named as one.
 */
async function fetchTransport(req: TransportRequest): Promise<TransportResponse> {
  const controller = new AbortController()
  let timedOut = false
  let timer: ReturnType<typeof setTimeout> | undefined
  // The time-out covers the body as well as the headers, as Taro's does, and an answer the launch
  // script is still waiting for.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true
      controller.abort()
      reject(new Error('timeout'))
    }, req.timeout)
  })
  try {
    const ask = () =>
      fetch(absolute(req.url), {
        method: req.method,
        headers: req.header,
        body: req.data !== undefined && req.method !== 'GET' ? JSON.stringify(req.data) : undefined,
        signal: controller.signal,
      })
    const launch = takeLaunchRequest(req.method, req.url, req.header)
    // A launch request that failed is asked again, as if it had never been sent.
    const res = await Promise.race([launch ? launch.response.catch(ask) : ask(), timeout])
    const header: Record<string, string> = {}
    res.headers.forEach((value, key) => (header[key] = value))
    const text = res.status === 204 ? '' : await Promise.race([res.text(), timeout])
    return { statusCode: res.status, data: parseBody(text), header, ...(launch ? { sentAt: launch.sentAt } : {}) }
  } catch (e) {
    throw { errMsg: timedOut ? 'request:fail timeout' : `request:fail ${(e as Error)?.message ?? String(e)}` }
  } finally {
    clearTimeout(timer)
  }
}

/** Mock builds call a relative /api path; outside a page (jest on Node) there is nothing to resolve it against. */
const absolute = (url: string) => (typeof location === 'undefined' ? new URL(url, 'http://localhost').toString() : url)

/** JSON when it is JSON; otherwise the text itself, which the schema then reports as a broken answer. */
function parseBody(text: string): unknown {
  if (!text) return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

let current: Transport
// Written out (not through a helper) so each platform's build drops the other branch, and the H5
// build never links Taro.request with its polyfills.
if (process.env.TARO_ENV === 'h5') {
  current = fetchTransport
} else {
  current = async (req) => {
    const res = await Taro.request({
      url: req.url,
      method: req.method,
      header: req.header,
      data: req.data,
      timeout: req.timeout,
      dataType: 'json',
    })
    return { statusCode: res.statusCode, data: res.data, header: res.header as Record<string, string> }
  }
}
let gate: Promise<unknown> = Promise.resolve()

/** The weapp mock build swaps in the in-process backend here; tests never need to. */
export function setTransport(transport: Transport): void {
  current = transport
}

/** Requests wait for this first, so the H5 mock worker is registered before the first call. */
export function setRequestGate(ready: Promise<unknown>): void {
  gate = ready.catch(() => undefined)
}

export async function send(req: TransportRequest): Promise<TransportResponse> {
  await gate
  return current(req)
}
