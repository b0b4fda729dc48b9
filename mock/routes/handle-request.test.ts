import { createBackend } from '../db'
import { call, fixedBackend } from '../test-support/call'
import { handleRequest } from '.'

describe('handleRequest', () => {
  it('answers 404 NOT_FOUND with a Chinese message for unknown routes', () => {
    for (const path of ['/nope', '/me/growth/extra', '/../etc']) {
      const res = call(fixedBackend(), `GET ${path}`)
      expect(res.status).toBe(404)
      expect(res.body.error).toEqual({ code: 'NOT_FOUND', message: expect.stringContaining('没有这个接口') })
    }
    const outside = handleRequest(fixedBackend(), { method: 'GET', path: '/other/me', query: {}, headers: {}, body: undefined })
    expect(outside.status).toBe(404)
  })

  it('answers 405 with allow for a known path and the wrong method', () => {
    const res = call(fixedBackend(), 'DELETE /me/growth')
    expect(res.status).toBe(405)
    expect(res.headers).toMatchObject({ allow: 'GET' })
  })

  it('tolerates a trailing slash and a lower-case method', () => {
    expect(call(fixedBackend(), 'get /me/').status).toBe(200)
  })

  it.each([['ghost'], ['active~0'], ['active~1000'], ['Active'], ['active~x'], ['active~07']])(
    'answers 400 BAD_REQUEST for X-Persona %s',
    (persona) => {
      const res = call(fixedBackend(), 'GET /me', { persona })
      expect(res.status).toBe(400)
      expect(res.body.error.code).toBe('BAD_REQUEST')
    },
  )

  it('defaults to the active persona', () => {
    expect(call(fixedBackend(), 'GET /me').body.member.id).toBe('active')
  })

  it('keeps active~1 and active~2 apart inside one backend', () => {
    const backend = fixedBackend()
    call(backend, 'POST /mock/events', { persona: 'active~1', body: { type: 'purchase', amountFen: 65_000 } })
    expect(call(backend, 'GET /me/growth', { persona: 'active~1' }).body.totals.spendFen).toBe(800_000)
    expect(call(backend, 'GET /me/growth', { persona: 'active~2' }).body.totals.spendFen).toBe(735_000)
    expect(call(backend, 'GET /me/growth', { persona: 'active' }).body.totals.spendFen).toBe(735_000)
  })

  it('turns any thrown error into 500 INTERNAL with a generic Chinese message, never the error text', () => {
    const backend = createBackend()
    backend.member = () => {
      throw new Error('boom: Cannot read properties of undefined')
    }
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const res = call(backend, 'GET /me')
    expect(res.status).toBe(500)
    expect(res.body.error).toEqual({ code: 'INTERNAL', message: '服务暂时出了点问题，请稍后重试' })
    expect(JSON.stringify(res.body)).not.toContain('boom')
    // Whoever runs the fake backend still sees what broke.
    expect(logged).toHaveBeenCalledWith('[mock] unexpected error', expect.objectContaining({ message: expect.stringContaining('boom') }))
    logged.mockRestore()
  })

  it('stores the resolved level back on read', () => {
    const backend = fixedBackend()
    const before = call(backend, 'GET /me/growth', { persona: 'at-risk' }).body.levelExpiresAt
    call(backend, 'POST /mock/clock', { body: { now: new Date(Date.parse(before) + 1000).toISOString() } })
    call(backend, 'GET /me', { persona: 'at-risk' })
    const member = backend.member({ key: 'at-risk', personaId: 'at-risk', copy: 0 })
    expect(member.held.levelCode).toBe('experiencer')
  })
})
