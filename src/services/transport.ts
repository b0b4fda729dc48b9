import Taro from '@tarojs/taro'

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
}

export type Transport = (req: TransportRequest) => Promise<TransportResponse>

const taroTransport: Transport = async (req) => {
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

let current: Transport = taroTransport
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
