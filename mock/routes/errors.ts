import type { MockResponse } from './types'

/** Thrown anywhere inside a route; `handleRequest` turns it into the contract's error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export function errorResponse(status: number, code: string, message: string, headers?: Record<string, string>): MockResponse {
  return { status, body: { error: { code, message } }, ...(headers ? { headers } : {}) }
}

export function badRequest(message: string): HttpError {
  return new HttpError(400, 'BAD_REQUEST', message)
}

/** Whatever went wrong, the client gets a body it can parse, never a dropped connection. */
export function toErrorResponse(error: unknown): MockResponse {
  if (error instanceof HttpError) return errorResponse(error.status, error.code, error.message)
  const detail = error instanceof Error ? error.message : String(error)
  return errorResponse(500, 'INTERNAL', `模拟后端内部错误：${detail}`)
}
