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

/** Longest message an error carries: messages quote what the caller sent, which may be huge. */
export const MAX_ERROR_MESSAGE_CHARS = 200

export function errorResponse(status: number, code: string, message: string, headers?: Record<string, string>): MockResponse {
  const capped = message.length > MAX_ERROR_MESSAGE_CHARS ? `${message.slice(0, MAX_ERROR_MESSAGE_CHARS - 1)}…` : message
  return { status, body: { error: { code, message: capped } }, ...(headers ? { headers } : {}) }
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
