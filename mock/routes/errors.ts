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

/**
 * Whatever went wrong, the client gets a body it can parse, never a dropped connection. A bug's
 * own text (a stack, a property name) never reaches the client (contract part 3, "Trust"): it goes
 * to the console for whoever runs the fake backend.
 */
export function toErrorResponse(error: unknown): MockResponse {
  if (error instanceof HttpError) return errorResponse(error.status, error.code, error.message)
  console.error('[mock] unexpected error', error)
  return errorResponse(500, 'INTERNAL', '服务暂时出了点问题，请稍后重试')
}
