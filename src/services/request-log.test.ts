import * as v from 'valibot'
import { withMockBackend } from '../../test/support/screen'
import { setPersona, setScenario } from './mock-session'
import { request } from './request'
import { clearRequestLog, getRequestLog, recordSettled, REQUEST_LOG_LIMIT, startRequestLog, stopRequestLog } from './request-log'
import { toCurl } from './request-log-curl'

withMockBackend()
beforeEach(() => {
  clearRequestLog()
  startRequestLog()
})
afterEach(() => stopRequestLog())

const Anything = v.unknown()

test('logs each try with method, path, status, time, the scenario that hit and the error body', async () => {
  setPersona('cocreator~2')
  setScenario('down@/coupons')
  await request({ path: '/me', schema: Anything })
  await expect(request({ path: '/coupons', query: { status: 'usable' }, schema: Anything, timeoutMs: 500 })).rejects.toMatchObject({ kind: 'server' })
  const [latest, , , first] = getRequestLog()
  expect(getRequestLog()).toHaveLength(4) // one good read, then three tries of the failing one
  expect(first).toMatchObject({ method: 'GET', path: '/api/v1/me', status: 200, scenario: null, errorBody: null })
  expect(latest).toMatchObject({ method: 'GET', path: '/api/v1/coupons?status=usable', status: 503, scenario: 'down@/coupons' })
  expect(JSON.parse(latest.errorBody ?? '')).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } })
  expect(latest.durationMs).toBeGreaterThanOrEqual(0)
})

test('a time-out is logged without an answer, naming the scenario asked for', async () => {
  setScenario('timeout@/levels')
  await expect(request({ path: '/levels', schema: Anything, timeoutMs: 150 })).rejects.toMatchObject({ kind: 'timeout' })
  expect(getRequestLog()[0]).toMatchObject({ status: null, scenario: 'timeout@/levels', errorBody: '请求超时' })
})

test('a body that breaks its schema is logged as a failure with what came back', async () => {
  await expect(request({ path: '/me', schema: v.object({ nothing: v.string() }) })).rejects.toMatchObject({ kind: 'contract' })
  expect(getRequestLog()[0].errorBody).toMatch(/^响应不符合约定.* · \{"member"/)
})

test('keeps the last 100 only, newest first', () => {
  for (let i = 0; i < REQUEST_LOG_LIMIT + 5; i += 1) {
    recordSettled({ method: 'GET', url: `/api/v1/me?i=${i}`, header: {}, body: undefined, status: 200, durationMs: 1 })
  }
  expect(getRequestLog()).toHaveLength(100)
  expect(getRequestLog()[0].path).toBe('/api/v1/me?i=104')
})

test('copies as a curl command for the HTTP mock, headers and body shell-quoted', async () => {
  setPersona('active~3')
  await request({ method: 'POST', path: '/mock/events', body: { type: 'share', note: "it's" } as unknown, schema: Anything }).catch(() => undefined)
  const curl = toCurl(getRequestLog()[0], 'http://127.0.0.1:3100')
  expect(curl).toMatch(/^curl -i -X POST 'http:\/\/127\.0\.0\.1:3100\/api\/v1\/mock\/events' /)
  expect(curl).toContain("-H 'X-Persona: active~3'")
  expect(curl).toMatch(/-H 'Idempotency-Key: [^']+'/)
  expect(curl).toContain(`--data '{"type":"share","note":"it'\\''s"}'`)
  expect(toCurl({ ...getRequestLog()[0], method: 'GET', body: undefined, path: '/api/v1/me' }, 'http://h:1')).not.toContain('Content-Type')
})
