import type { Backend } from '../db/backend'
import type { MemberKey } from '../db/member-key'
import type { MemberState } from '../db/member-state'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** A request with everything an adapter could read off the wire, nothing runtime-specific. */
export interface MockRequest {
  method: string
  /** Without origin or query, e.g. `/api/v1/me/growth`. */
  path: string
  query: Record<string, string>
  /** Lower-cased keys. */
  headers: Record<string, string>
  body: unknown
}

export interface MockResponse {
  status: number
  body: unknown
  headers?: Record<string, string>
  /** How long the adapter should wait before answering (the `slow` scenario). */
  delayMs?: number
  /**
   * The `timeout` scenario: the adapter holds the request (up to `delayMs`) and lets it go as
   * soon as the client gives up, so nothing waits on a caller that has left.
   */
  holds?: boolean
}

export interface RouteContext {
  backend: Backend
  req: MockRequest
  params: Record<string, string>
  memberKey: MemberKey
  /** The requesting member, seeded if new, with its held level resolved at the backend clock. */
  member(): MemberState
}

export interface Route {
  method: HttpMethod
  /** Relative to `/api/v1`, with `:name` segments, e.g. `/coupons/:id/code`. */
  pattern: string
  handle(ctx: RouteContext): MockResponse
}

export function ok(body: unknown, status = 200): MockResponse {
  return { status, body }
}
