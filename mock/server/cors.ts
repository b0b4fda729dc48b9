import type { IncomingMessage } from 'node:http'

/** Every header the app or a tester sends; a preflight that asks for others is answered with these. */
export const ALLOWED_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-HTTP-Method-Override', 'X-Persona', 'X-Mock-Scenario']
/**
 * Read by pages on another origin: `Date` sets the app's server-aligned clock (API-CONTRACT part 2),
 * and `Age` (added by a CDN in front of a real API) tells it which answers came from a cache.
 */
export const EXPOSED_RESPONSE_HEADERS = ['Date', 'Age', 'Retry-After', 'Allow', 'X-Mock-Applied']

// http(s)://localhost, 127.0.0.0/8 or [::1], any port: the server listens on loopback only, so
// the pages that may call it are the member H5 build, the counter build and tests on this machine.
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d{1,5})?$/

export function isLoopbackOrigin(origin: string): boolean {
  return LOOPBACK_ORIGIN.test(origin)
}

/**
 * CORS for the fake backend: a loopback origin is echoed back (with `Vary: Origin`), any other
 * origin gets no Access-Control-Allow-Origin and its browser refuses the answer. Requests without
 * an Origin (curl, node) need none of this and are served as before.
 */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin
  const headers: Record<string, string> = { vary: 'Origin' }
  if (typeof origin !== 'string' || !isLoopbackOrigin(origin)) return headers
  return {
    ...headers,
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': ALLOWED_REQUEST_HEADERS.join(', ').toLowerCase(),
    'access-control-expose-headers': EXPOSED_RESPONSE_HEADERS.join(', '),
    'access-control-max-age': '600',
  }
}
