import { exec } from 'node:child_process'
import { promisify } from 'node:util'
import * as v from 'valibot'
import { startMockServer, type RunningMockServer } from '@mock/server/start-mock-server'
import { withMockBackend } from '../../test/support/screen'
import { setPersona, setScenario } from './mock-session'
import { request } from './request'
import { clearRequestLog, getRequestLog, recordSettled, REQUEST_LOG_LIMIT, startRequestLog, stopRequestLog } from './request-log'
import { toCurl } from './request-log-curl'
import { saveSession } from './session'

withMockBackend()
let httpMock: RunningMockServer
beforeAll(async () => {
  httpMock = await startMockServer({ port: 0 })
})
afterAll(() => httpMock.close())
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

const SessionBody = v.object({ token: v.string(), expiresAt: v.string(), joined: v.boolean() })
const run = promisify(exec)

test('a copy of a signed-in request replays against the HTTP mock as the same member, without the token', async () => {
  const session = await request({ method: 'POST', path: '/auth/wechat', body: { code: 'mock:cocreator~2' }, schema: SessionBody })
  saveSession(session)
  await request({ path: '/me', schema: Anything })
  await request({ path: '/me/growth', schema: Anything })
  const curl = toCurl(getRequestLog()[0], httpMock.url)
  expect(curl).not.toContain(session.token)
  expect(curl).not.toMatch(/authorization/i)
  expect(curl).toContain("-H 'X-Persona: cocreator~2'")
  const { stdout } = await run(curl)
  expect(stdout).toMatch(/^HTTP\/1\.1 200/)
  expect(JSON.parse(stdout.slice(stdout.indexOf('\r\n\r\n') + 4))).toMatchObject({ levelCode: 'cocreator' })
})

test('phones, SMS codes and tokens are masked in what the log keeps, shows and copies', async () => {
  const phone = '13800001234'
  await request({ method: 'POST', path: '/auth/sms', body: { phone }, schema: v.unknown() })
  const session = await request({ method: 'POST', path: '/auth/phone', body: { phone, smsCode: '123456' }, schema: SessionBody })
  saveSession(session)
  await request({ path: '/me', schema: Anything })
  // An answer that breaks its schema is logged with what came back: here, a fresh token.
  await expect(request({ method: 'POST', path: '/auth/phone', body: { phone, smsCode: '123456' }, schema: v.object({ nothing: v.string() }) })).rejects.toMatchObject({ kind: 'contract' })
  const [broken, me, signIn, sms] = getRequestLog()
  expect(sms.body).toEqual({ phone: '138****1234' })
  expect(signIn.body).toEqual({ phone: '138****1234', smsCode: '***' })
  expect(me.header.Authorization).toBe('Bearer ***')
  expect(broken.errorBody).toMatch(/"token":"\*\*\*"/)
  const kept = JSON.stringify(getRequestLog()) + getRequestLog().map((e) => toCurl(e, httpMock.url)).join('\n')
  expect(kept).not.toContain(phone)
  expect(kept).not.toContain('"123456"')
  expect(kept).not.toContain(session.token.slice(3))
  // The phone's member is learned from /me, so the copy still replays as them.
  expect(toCurl(me, httpMock.url)).toContain("-H 'X-Persona: active'")
})

test('a staff call is copied with $STAFF_TOKEN for a token from that server, never the phone\'s own', () => {
  recordSettled({
    method: 'POST',
    url: '/api/v1/redemptions',
    header: { 'Content-Type': 'application/json', Authorization: 'Bearer st_0123456789abcdef', 'X-Persona': 'active' },
    body: { code: '453957876362148612', storeId: 's-001', idempotencyKey: 'k1' },
    status: 201,
    durationMs: 3,
  })
  const curl = toCurl(getRequestLog()[0], 'http://127.0.0.1:3100')
  expect(curl).toContain('-H "Authorization: Bearer $STAFF_TOKEN"')
  expect(curl).not.toContain('st_0123456789abcdef')
  expect(curl).not.toContain('X-Persona')
  expect(curl).toContain(`--data '{"code":"***8612","storeId":"s-001","idempotencyKey":"k1"}'`)
})
