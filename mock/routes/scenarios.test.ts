import { call, fixedBackend } from '../test-support/call'

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
