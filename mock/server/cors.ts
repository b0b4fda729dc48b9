import type { IncomingMessage } from 'node:http'

/**
 * Any origin may call the fake backend (H5 dev server, Playwright, a tester's laptop); the
 * persona and scenario headers must be allowed or preflights would fail.
 */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin
  return {
    'access-control-allow-origin': typeof origin === 'string' ? origin : '*',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers':
      (req.headers['access-control-request-headers'] as string | undefined) ??
      'content-type, authorization, x-http-method-override, x-persona, x-mock-scenario, idempotency-key',
    'access-control-expose-headers': 'retry-after, allow',
    'access-control-max-age': '600',
    vary: 'Origin',
  }
}
