import { http, HttpResponse, delay } from 'msw'
import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { ApiError } from './errors'
import { forgetPendingActions } from './idempotency'
import { request } from './request'
import { MAX_RETRY_AFTER_MS, MAX_TRIES, setRetryTiming } from './retry-policy'

const server = setupServer()
const waits: number[] = []
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  waits.length = 0
  // Record each backoff instead of waiting it; a fixed random makes the jitter predictable.
  setRetryTiming({ sleep: async (ms) => void waits.push(ms), random: () => 0.5 })
})
afterEach(() => {
  server.resetHandlers()
  forgetPendingActions()
  setRetryTiming({ sleep: () => Promise.resolve() })
})
afterAll(() => server.close())

const Thing = v.object({ name: v.string() })
const unavailable = (retryAfter?: string) =>
  HttpResponse.json(
    { error: { code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用' } },
    { status: 503, headers: retryAfter ? { 'Retry-After': retryAfter } : {} },
  )

/** Answers with `failures` in turn, then 200; counts every request that reached it. */
function sequence(method: 'get' | 'post', failures: Array<() => Response>) {
  const seen: Request[] = []
  server.use(
    http[method]('*/api/v1/thing', ({ request: req }) => {
      seen.push(req)
      const fail = failures[seen.length - 1]
      return fail ? fail() : HttpResponse.json({ name: 'ok' })
    }),
  )
  return seen
}

test('a GET that meets 5xx, a dropped connection and then an answer resolves, backing off exponentially', async () => {
  const seen = sequence('get', [() => unavailable(), () => HttpResponse.error()])
  await expect(request({ path: '/thing', schema: Thing })).resolves.toEqual({ name: 'ok' })
  expect(seen).toHaveLength(3)
  // Jitter 0.5 of each window: 300–600 ms, then 600–1200 ms; three tries well within 3 s.
  expect(waits).toEqual([450, 900])
})

test('Retry-After is honoured, and capped so a member is not kept waiting', async () => {
  sequence('get', [() => unavailable('1'), () => unavailable('30')])
  await request({ path: '/thing', schema: Thing })
  expect(waits).toEqual([1000, MAX_RETRY_AFTER_MS])
})

test('gives up after three tries with the last error', async () => {
  const seen = sequence('get', [unavailable, unavailable, unavailable, unavailable])
  const error = (await request({ path: '/thing', schema: Thing }).catch((e: unknown) => e)) as ApiError
  expect([error.kind, error.status]).toEqual(['server', 503])
  expect(seen).toHaveLength(MAX_TRIES)
})

test('a timeout is retried', async () => {
  let calls = 0
  server.use(
    http.get('*/api/v1/thing', async () => {
      calls += 1
      if (calls === 1) await delay(200)
      return HttpResponse.json({ name: 'ok' })
    }),
  )
  await expect(request({ path: '/thing', schema: Thing, timeoutMs: 50 })).resolves.toEqual({ name: 'ok' })
  expect(calls).toBe(2)
})

test('after a timeout there is time for one more try, not two: no try starts 10 s after the first', async () => {
  let clock = 0
  let calls = 0
  server.use(
    http.get('*/api/v1/thing', () => {
      calls += 1
      clock += 8000 // each try times out after 8 s
      return HttpResponse.error()
    }),
  )
  setRetryTiming({ sleep: async (ms) => void (clock += ms), random: () => 0.5, now: () => clock })
  await expect(request({ path: '/thing', schema: Thing })).rejects.toMatchObject({ kind: 'network' })
  expect(calls).toBe(2)
})

test('4xx and contract errors are never retried', async () => {
  const seen = sequence('get', [() => HttpResponse.json({ error: { code: 'NOT_FOUND', message: '没有' } }, { status: 404 })])
  await expect(request({ path: '/thing', schema: Thing })).rejects.toMatchObject({ kind: 'client', status: 404 })
  expect(seen).toHaveLength(1)

  server.resetHandlers()
  const broken = sequence('get', [() => HttpResponse.json({ name: 42 })])
  await expect(request({ path: '/thing', schema: Thing })).rejects.toMatchObject({ kind: 'contract' })
  expect(broken).toHaveLength(1)
  expect(waits).toEqual([])
})

test('a POST carries one Idempotency-Key of at most 64 characters, the same on each automatic retry', async () => {
  const seen = sequence('post', [() => HttpResponse.error(), () => unavailable()])
  await request({ method: 'POST', path: '/thing', body: { a: 1 }, schema: Thing })
  const keys = seen.map((r) => r.headers.get('idempotency-key'))
  expect(keys).toHaveLength(3)
  expect(new Set(keys).size).toBe(1)
  expect(keys[0]?.length).toBeGreaterThan(8)
  expect(keys[0]?.length).toBeLessThanOrEqual(64)
})

test('tapping again after an unknown outcome reuses the key; after a known one a new action gets a new key', async () => {
  const seen = sequence('post', [() => HttpResponse.error(), () => HttpResponse.error(), () => HttpResponse.error()])
  await expect(request({ method: 'POST', path: '/thing', body: { a: 1 }, schema: Thing })).rejects.toMatchObject({ kind: 'network' })
  await request({ method: 'POST', path: '/thing', body: { a: 1 }, schema: Thing })
  await request({ method: 'POST', path: '/thing', body: { a: 1 }, schema: Thing })
  const keys = seen.map((r) => r.headers.get('idempotency-key'))
  expect(keys).toHaveLength(5)
  expect(new Set(keys.slice(0, 4)).size).toBe(1)
  expect(keys[4]).not.toBe(keys[0])
})

test('a POST answered 4xx is not retried, and its next tap is a new action', async () => {
  const seen = sequence('post', [() => HttpResponse.json({ error: { code: 'SOLD_OUT', message: '已抢完' } }, { status: 409 })])
  await expect(request({ method: 'POST', path: '/thing', schema: Thing })).rejects.toMatchObject({ status: 409 })
  await request({ method: 'POST', path: '/thing', schema: Thing })
  expect(seen).toHaveLength(2)
  expect(seen[0].headers.get('idempotency-key')).not.toBe(seen[1].headers.get('idempotency-key'))
})

test('a caller-chosen key (the counter puts one in its body) is the header too', async () => {
  const seen = sequence('post', [])
  await request({ method: 'POST', path: '/thing', body: { idempotencyKey: 'rk-counter-0001' }, schema: Thing })
  expect(seen[0].headers.get('idempotency-key')).toBe('rk-counter-0001')
})
