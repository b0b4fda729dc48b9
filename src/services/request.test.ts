import { http, HttpResponse, delay } from 'msw'
import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { ApiError, describeError } from './errors'
import { setPersona, setScenario } from './mock-session'
import { request } from './request'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  setPersona(null)
  setScenario(null)
})
afterAll(() => server.close())

const Thing = v.object({ name: v.string(), count: v.number() })

test('returns the validated body of a 2xx answer', async () => {
  server.use(http.get('*/api/v1/thing', () => HttpResponse.json({ name: '会员', count: 3 })))
  await expect(request({ path: '/thing', schema: Thing })).resolves.toEqual({ name: '会员', count: 3 })
})

test('a body that breaks the schema is a contract error naming the field, never data', async () => {
  server.use(http.get('*/api/v1/thing', () => HttpResponse.json({ name: '会员', count: 'three' })))
  const error = await request({ path: '/thing', schema: Thing }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ApiError)
  expect((error as ApiError).kind).toBe('contract')
  expect((error as ApiError).message).toContain('count')
  expect(describeError(error)).toContain('数据异常')
})

test('a 2xx answer that is not JSON (a proxy’s HTML page) is a contract error, never data or a crash', async () => {
  server.use(http.get('*/api/v1/thing', () => new HttpResponse('<html>gateway</html>', { headers: { 'Content-Type': 'text/html' } })))
  const error = (await request({ path: '/thing', schema: Thing }).catch((e: unknown) => e)) as ApiError
  expect([error.kind, error.status]).toEqual(['contract', 200])
  expect(describeError(error)).toContain('数据异常')
})

test('an error body carries its code and Chinese message; 5xx is retryable, 4xx is not', async () => {
  server.use(
    http.get('*/api/v1/down', () => HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE', message: '服务维护中' } }, { status: 503 })),
    http.get('*/api/v1/bad', () => HttpResponse.json({ error: { code: 'BAD_REQUEST', message: '参数有误' } }, { status: 400 })),
  )
  const down = (await request({ path: '/down', schema: Thing }).catch((e: unknown) => e)) as ApiError
  expect([down.kind, down.status, down.code, down.retryable]).toEqual(['server', 503, 'SERVICE_UNAVAILABLE', true])
  const bad = (await request({ path: '/bad', schema: Thing }).catch((e: unknown) => e)) as ApiError
  expect([bad.kind, bad.status, bad.code, bad.retryable, bad.message]).toEqual(['client', 400, 'BAD_REQUEST', false, '参数有误'])
})

test('a dropped connection is a network error with a message a member understands', async () => {
  server.use(http.get('*/api/v1/thing', () => HttpResponse.error()))
  const error = (await request({ path: '/thing', schema: Thing }).catch((e: unknown) => e)) as ApiError
  expect(error.kind).toBe('network')
  expect(describeError(error)).toBe('网络连接不可用，请检查网络后重试')
})

test('a request slower than its timeout fails as a timeout', async () => {
  server.use(
    http.get('*/api/v1/thing', async () => {
      await delay(300)
      return HttpResponse.json({ name: 'late', count: 1 })
    }),
  )
  const error = (await request({ path: '/thing', schema: Thing, timeoutMs: 50 }).catch((e: unknown) => e)) as ApiError
  expect(error.kind).toBe('timeout')
})

test('sends the persona and scenario headers and encodes the query', async () => {
  let seen: { persona: string | null; scenario: string | null; url: string } | undefined
  server.use(
    http.get('*/api/v1/thing', ({ request: req }) => {
      seen = { persona: req.headers.get('x-persona'), scenario: req.headers.get('x-mock-scenario'), url: req.url }
      return HttpResponse.json({ name: 'x', count: 0 })
    }),
  )
  setPersona('cocreator~7')
  setScenario('slow')
  await request({ path: '/thing', query: { cursor: 'a b', limit: 20, empty: undefined }, schema: Thing })
  expect(seen?.persona).toBe('cocreator~7')
  expect(seen?.scenario).toBe('slow')
  expect(seen?.url).toMatch(/\/api\/v1\/thing\?cursor=a%20b&limit=20$/)
})
