import { call, fixedBackend } from '../test-support/call'
import { TIMEOUT_HOLD_MS } from './scenarios'

describe('X-Mock-Scenario', () => {
  it('slow answers normally after at least 2 s', () => {
    const res = call(fixedBackend(), 'GET /me/growth', { scenario: 'slow' })
    expect(res.status).toBe(200)
    expect(res.delayMs).toBeGreaterThanOrEqual(2000)
    expect(call(fixedBackend(), 'GET /me/growth').delayMs).toBeUndefined()
  })

  it('flaky fails exactly every third request of a member with 503, and never the control endpoints', () => {
    const backend = fixedBackend()
    const controls = Array.from({ length: 6 }, () => call(backend, 'GET /mock/clock', { persona: 'newcomer~1', scenario: 'flaky' }).status)
    expect(controls.every((s) => s === 200)).toBe(true)
    const reads = Array.from({ length: 9 }, () => call(backend, 'GET /me/growth', { persona: 'newcomer~1', scenario: 'flaky' }))
    expect(reads.map((r) => r.status)).toEqual([200, 200, 503, 200, 200, 503, 200, 200, 503])
    expect(reads[2].body.error.code).toBe('SERVICE_UNAVAILABLE')
  })

  it('flaky counts per member, so two testers do not steal each other’s failures', () => {
    const backend = fixedBackend()
    const get = (persona: string) => call(backend, 'GET /me', { persona, scenario: 'flaky' }).status
    expect([get('active~1'), get('active~2'), get('active~1'), get('active~2')]).toEqual([200, 200, 200, 200])
    expect([get('active~1'), get('active~2')]).toEqual([503, 503])
  })

  it('down answers 503 everywhere except the mock control endpoints', () => {
    const backend = fixedBackend()
    for (const route of ['GET /levels', 'GET /me', 'GET /me/growth', 'GET /me/growth/events']) {
      const res = call(backend, route, { scenario: 'down' })
      expect([route, res.status, res.body.error.code]).toEqual([route, 503, 'SERVICE_UNAVAILABLE'])
    }
    expect(call(backend, 'POST /mock/events', { scenario: 'down', body: { type: 'share' } }).status).toBe(200)
    expect(call(backend, 'POST /mock/reset', { scenario: 'down' }).status).toBe(200)
    expect(call(backend, 'GET /mock/clock', { scenario: 'down' }).status).toBe(200)
    expect(call(backend, 'GET /mock/personas', { scenario: 'down' }).status).toBe(200)
  })

  it('malformed answers 200 with bodies that break the schema', () => {
    const backend = fixedBackend()
    const growth = call(backend, 'GET /me/growth', { scenario: 'malformed' })
    expect(growth.status).toBe(200)
    expect(growth.body.levelCode).toBe(42)
    expect(Array.isArray(growth.body.progress)).toBe(false)
    expect(growth.body.totals).toBeUndefined()
    expect(call(backend, 'GET /me', { scenario: 'malformed' }).body.member).not.toHaveProperty('id')
    expect(call(backend, 'GET /levels', { scenario: 'malformed' }).body.levels).toBe('not-an-array')
    expect(call(backend, 'GET /me/growth/events', { scenario: 'malformed' }).body.events).toBe('not-an-array')
  })

  it('malformed leaves errors alone', () => {
    const res = call(fixedBackend(), 'GET /me/growth/events?limit=0', { scenario: 'malformed' })
    expect(res.body.error.code).toBe('BAD_REQUEST')
  })

  it('combines names and rejects unknown ones', () => {
    const res = call(fixedBackend(), 'GET /me', { scenario: 'slow, down' })
    expect([res.status, res.delayMs! >= 2000]).toEqual([503, true])
    expect(call(fixedBackend(), 'GET /me', { scenario: 'sunny' }).status).toBe(400)
    expect(call(fixedBackend(), 'GET /me', { scenario: '' }).status).toBe(200)
  })
})

describe('X-Mock-Scenario aimed at a path prefix', () => {
  it('fails only the paths under its prefix and names the rule that hit', () => {
    const backend = fixedBackend()
    const wallet = call(backend, 'GET /coupons', { scenario: 'down@/coupons' })
    expect([wallet.status, wallet.headers?.['x-mock-applied']]).toEqual([503, 'down@/coupons'])
    expect(call(backend, 'POST /coupons/c-0001/code', { scenario: 'down@/coupons' }).status).toBe(503)
    const growth = call(backend, 'GET /me/growth', { scenario: 'down@/coupons' })
    expect([growth.status, growth.headers?.['x-mock-applied']]).toEqual([200, undefined])
    expect(call(backend, 'GET /coupon-templates', { scenario: 'down@/coupons' }).status).toBe(200)
  })

  it('combines rules for several paths, whole segments only', () => {
    const backend = fixedBackend()
    const header = 'malformed@/me, down@/api/v1/coupons/'
    expect(call(backend, 'GET /me', { scenario: header }).body.member).not.toHaveProperty('id')
    expect(call(backend, 'GET /coupons', { scenario: header }).status).toBe(503)
    expect(call(backend, 'GET /levels', { scenario: header }).status).toBe(200)
    expect(call(backend, 'GET /me', { scenario: 'down@/m' }).status).toBe(200)
  })

  it('refuses a target that is not a path', () => {
    for (const bad of ['down@coupons', 'down@', 'down@/coupons?x=1']) {
      const res = call(fixedBackend(), 'GET /me', { scenario: bad })
      expect([bad, res.status]).toEqual([bad, 400])
    }
  })
})

describe('timeout', () => {
  it('holds the request, never runs the route, and ends in a 504 only after the hold', () => {
    const backend = fixedBackend()
    const res = call(backend, 'POST /mock/events', { scenario: 'timeout', body: { type: 'share' } })
    expect(res.status).toBe(200) // control endpoints stay usable
    const held = call(backend, 'POST /coupon-templates/ct-welcome-10/claim', { scenario: 'timeout@/coupon-templates' })
    expect(held).toMatchObject({ status: 504, holds: true })
    expect(held.delayMs).toBeGreaterThanOrEqual(TIMEOUT_HOLD_MS)
    expect(call(backend, 'GET /me', { scenario: 'timeout@/coupon-templates' }).holds).toBeUndefined()
  })
})
