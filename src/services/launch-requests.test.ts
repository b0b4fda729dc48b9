import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { launchRequestsScript } from '../../config/launch-requests'
import { LAUNCH_REQUESTS, takeLaunchRequest } from './launch-requests'
import { setPersona } from './mock-session'
import { request } from './request'
import { clearSession, saveSession } from './session'

// The member H5 build's index.html sends the home's GETs before app.js runs; the app then uses
// those answers. Here the script runs as the page would run it, against the fake backend.
const server = setupServer()
const seen: { path: string; auth: string | null }[] = []
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  seen.length = 0
  setPersona(null)
  delete (globalThis as Record<string, unknown>)[LAUNCH_REQUESTS]
  server.use(
    http.get('*/api/v1/*', ({ request: req }) => {
      seen.push({ path: new URL(req.url).pathname, auth: req.headers.get('authorization') })
      return HttpResponse.json({ ok: true }, { headers: { Date: new Date().toUTCString() } })
    }),
  )
})
afterEach(() => {
  server.resetHandlers()
  clearSession(false)
})
afterAll(() => server.close())

const Ok = v.object({ ok: v.boolean() })
const SESSION = { token: 'tok-1', expiresAt: '2099-01-01T00:00:00Z', joined: true }
// As Taro's H5 storage keeps the app's {v, data} envelope: wrapped once more as {data}.
const stored = (session: object) => JSON.stringify({ data: JSON.stringify({ v: 1, data: session }) })

function runLaunchScript(opts: { hash?: string; session?: object | null; fetch?: typeof fetch } = {}) {
  const items: Record<string, string> = opts.session === null ? {} : { 'session.v1': stored(opts.session ?? SESSION) }
  const localStorage = { getItem: (k: string) => items[k] ?? null }
  const pageFetch = opts.fetch ?? ((url: string, init?: RequestInit) => fetch(new URL(url, 'http://localhost'), init))
  // The very script index.html inlines, run with this test's page objects.
  new Function('window', 'location', 'localStorage', 'fetch', launchRequestsScript(''))(globalThis, { hash: opts.hash ?? '' }, localStorage, pageFetch)
}

test('opening the home signed in: its GETs leave at once and the app takes their answers instead of asking again', async () => {
  saveSession(SESSION)
  runLaunchScript()
  expect(seen).toHaveLength(0) // nothing answered yet: the requests are in flight
  await Promise.all(['/me', '/me/growth', '/levels'].map((path) => request({ path, schema: Ok })))
  expect(seen.map((s) => s.path).sort()).toEqual(['/api/v1/levels', '/api/v1/me', '/api/v1/me/growth'])
  expect(seen.find((s) => s.path === '/api/v1/me')?.auth).toBe('Bearer tok-1')
  expect(seen.find((s) => s.path === '/api/v1/levels')?.auth).toBeNull()
  // Used once: the next load asks the server again.
  await request({ path: '/me', schema: Ok })
  expect(seen.filter((s) => s.path === '/api/v1/me')).toHaveLength(2)
})

test('an answer sent with another token is not taken: the app asks with its own', async () => {
  saveSession({ ...SESSION, token: 'tok-2' })
  runLaunchScript()
  await request({ path: '/me', schema: Ok })
  expect(seen.filter((s) => s.path === '/api/v1/me').map((s) => s.auth).sort()).toEqual(['Bearer tok-1', 'Bearer tok-2'])
})

test('a launch request that failed is asked again, and the member sees the data', async () => {
  saveSession(SESSION)
  runLaunchScript({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) })
  await expect(request({ path: '/me', schema: Ok })).resolves.toEqual({ ok: true })
  expect(seen.map((s) => s.path)).toEqual(['/api/v1/me'])
})

test('no launch requests on another page, for a visitor who has not joined, or with no session', () => {
  for (const opts of [{ hash: '#/pages/coupons/index' }, { session: { ...SESSION, joined: false } }, { session: null }]) {
    delete (globalThis as Record<string, unknown>)[LAUNCH_REQUESTS]
    runLaunchScript(opts)
    expect((globalThis as Record<string, unknown>)[LAUNCH_REQUESTS]).toBeUndefined()
  }
  runLaunchScript({ hash: '#/pages/growth/index?from=share' })
  expect((globalThis as Record<string, unknown>)[LAUNCH_REQUESTS]).toHaveLength(3)
})

test('only a fresh GET with the same URL and headers matches', () => {
  const response = Promise.resolve(new Response('{}'))
  const header = { 'Content-Type': 'application/json', Authorization: 'Bearer a' }
  const sent = [{ url: '/api/v1/me', header, sentAt: 1000, response }]
  ;(globalThis as Record<string, unknown>)[LAUNCH_REQUESTS] = sent
  expect(takeLaunchRequest('POST', '/api/v1/me', header, 1001)).toBeNull()
  expect(takeLaunchRequest('GET', '/api/v1/me', { ...header, 'X-Persona': 'p' }, 1001)).toBeNull()
  expect(takeLaunchRequest('GET', '/api/v1/me', header, 1000 + 10_000)).toBeNull()
  expect(takeLaunchRequest('GET', '/api/v1/me', header, 1001)?.sentAt).toBe(1000)
  expect(sent).toHaveLength(0)
})
