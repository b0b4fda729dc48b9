import { handleRequest } from '.'
import type { Backend } from '../db'
import { FIXED_NOW, fixedBackend } from '../test-support/call'

type Headers = Record<string, string>
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = { status: number; body: any; headers?: Headers }

function api(backend: Backend) {
  return (route: string, opts: { token?: string; persona?: string; body?: unknown } = {}): Answer => {
    const [method, path] = route.split(' ')
    const headers: Headers = {}
    if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`
    if (opts.persona !== undefined) headers['x-persona'] = opts.persona
    return handleRequest(backend, { method, path: `/api/v1${path}`, query: {}, headers, body: opts.body })
  }
}

const consent = { privacyVersion: '2026-11', acceptedAt: '2026-03-15T04:00:00Z' }

function setUp() {
  const backend = fixedBackend()
  return { backend, call: api(backend) }
}

describe('POST /auth/wechat', () => {
  it('signs a persona in with mock:<persona> and the token then speaks for it over X-Persona', () => {
    const { call } = setUp()
    const res = call('POST /auth/wechat', { body: { code: 'mock:cocreator~3' } })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ token: expect.any(String), expiresAt: expect.any(String), joined: true })
    expect(Date.parse(res.body.expiresAt)).toBeGreaterThan(FIXED_NOW)
    const me = call('GET /me', { token: res.body.token, persona: 'newcomer' })
    expect(me.body.member).toMatchObject({ id: 'cocreator~3', levelCode: 'cocreator' })
  })

  it('signs any other code in as a new visitor who has not joined', () => {
    const { call } = setUp()
    const first = call('POST /auth/wechat', { body: { code: '0a1b2c' } })
    const second = call('POST /auth/wechat', { body: { code: '0a1b2d' } })
    expect(first.body.joined).toBe(false)
    expect(second.body.token).not.toBe(first.body.token)
    expect(call('GET /me', { token: first.body.token }).body.error.code).toBe('NOT_MEMBER')
  })

  it.each([[{}], [{ code: '' }], [{ code: 7 }], [{ code: 'mock:nobody' }], [{ code: 'x', extra: 1 }]])('refuses %j with 400', (body) => {
    expect(setUp().call('POST /auth/wechat', { body }).status).toBe(400)
  })
})

describe('POST /auth/sms', () => {
  it('sends once per phone per 60 s of the backend clock', () => {
    const { backend, call } = setUp()
    expect(call('POST /auth/sms', { body: { phone: '13912345678' } }).status).toBe(204)
    const again = call('POST /auth/sms', { body: { phone: '13912345678' } })
    expect(again.status).toBe(429)
    expect(again.body.error.code).toBe('TOO_MANY_REQUESTS')
    expect(again.headers?.['retry-after']).toBe('60')
    expect(call('POST /auth/sms', { body: { phone: '13912345679' } }).status).toBe(204)
    backend.clock.setNow(FIXED_NOW + 59_000)
    expect(call('POST /auth/sms', { body: { phone: '13912345678' } }).status).toBe(429)
    backend.clock.setNow(FIXED_NOW + 60_000)
    expect(call('POST /auth/sms', { body: { phone: '13912345678' } }).status).toBe(204)
  })

  it.each(['1391234567', '23912345678', '139123456789', 13912345678, '139-1234-567'])('refuses the malformed phone %j', (phone) => {
    expect(setUp().call('POST /auth/sms', { body: { phone } }).status).toBe(400)
  })
})

describe('POST /auth/phone', () => {
  it.each([
    ['13800001234', 'active'],
    ['13900000512', 'newcomer'],
    ['13600002087', 'first-buyer'],
    ['13700006688', 'cocreator'],
    ['13500003721', 'at-risk'],
    ['18600009051', 'coupon-rich'],
    ['13800000007', 'active~7'],
  ])('signs %s in as %s', (phone, key) => {
    const { call } = setUp()
    const res = call('POST /auth/phone', { body: { phone, smsCode: '123456' } })
    expect(res.body.joined).toBe(true)
    expect(call('GET /me', { token: res.body.token }).body.member.id).toBe(key)
  })

  it('answers a wrong code with 401 SMS_CODE_INVALID', () => {
    const res = setUp().call('POST /auth/phone', { body: { phone: '13800001234', smsCode: '654321' } })
    expect([res.status, res.body.error.code]).toEqual([401, 'SMS_CODE_INVALID'])
  })

  it('signs an unknown phone in as a visitor, the same one each time, who keeps the phone on joining', () => {
    const { call } = setUp()
    const first = call('POST /auth/phone', { body: { phone: '15055556666', smsCode: '123456' } })
    expect(first.body.joined).toBe(false)
    expect(call('POST /members', { token: first.body.token, body: { consent } }).status).toBe(201)
    const again = call('POST /auth/phone', { body: { phone: '15055556666', smsCode: '123456' } })
    expect(again.body.joined).toBe(true)
    expect(call('GET /me', { token: again.body.token }).body.member.phoneMasked).toBe('150****6666')
  })
})

describe('tokens', () => {
  it('an unknown, malformed or expired token is 401 UNAUTHENTICATED, never a fallback to X-Persona', () => {
    const { backend, call } = setUp()
    expect(call('GET /me', { token: 'mt.nope', persona: 'active' }).body.error.code).toBe('UNAUTHENTICATED')
    const bad = handleRequest(backend, { method: 'GET', path: '/api/v1/me/growth', query: {}, headers: { authorization: 'Basic xyz' }, body: undefined })
    expect(bad.status).toBe(401)
    const { token } = call('POST /auth/wechat', { body: { code: 'mock:active' } }).body
    expect(call('GET /me/growth', { token }).status).toBe(200)
    backend.clock.setNow(FIXED_NOW + 31 * 86_400_000)
    expect(call('GET /me/growth', { token }).status).toBe(401)
  })

  it('public reads and sign-in ignore a stale token', () => {
    const { call } = setUp()
    expect(call('GET /levels', { token: 'mt.stale' }).status).toBe(200)
    expect(call('POST /auth/wechat', { token: 'mt.stale', body: { code: 'mock:active' } }).status).toBe(200)
  })

  it('survive a snapshot round-trip, as the weapp and H5 mock builds reload', () => {
    const { backend, call } = setUp()
    const { token } = call('POST /auth/wechat', { body: { code: 'mock:newcomer' } }).body
    const restored = fixedBackend()
    restored.restore(JSON.parse(JSON.stringify(backend.serialize())))
    expect(api(restored)('GET /me', { token }).body.member.id).toBe('newcomer')
  })
})

describe('visitor', () => {
  it.each(['GET /me', 'GET /me/growth', 'GET /me/growth/events', 'GET /rights', 'GET /coupons', 'GET /invites', 'POST /rights/r-1/claim'])(
    '%s is 404 NOT_MEMBER for persona visitor',
    (route) => {
      const res = setUp().call(route, { persona: 'visitor', body: {} })
      expect([res.status, res.body.error.code]).toEqual([404, 'NOT_MEMBER'])
    },
  )

  it('still sees the public levels', () => {
    expect(setUp().call('GET /levels', { persona: 'visitor' }).status).toBe(200)
  })
})

describe('POST /members', () => {
  it('joins at explorer with the welcome coupon available and the given profile', () => {
    const { call } = setUp()
    const body = { consent, nickname: '小周', birthday: '1995-06-01', preferences: { style: 'deal', interests: ['events'] } }
    const res = call('POST /members', { persona: 'visitor~4', body })
    expect(res.status).toBe(201)
    expect(res.body.member).toMatchObject({ nickname: '小周', levelCode: 'explorer', birthday: '1995-06-01', preferences: body.preferences })
    expect(Date.parse(res.body.member.joinedAt)).toBe(FIXED_NOW)
    const coupons = call('GET /coupons', { persona: 'visitor~4' }).body.coupons
    expect(coupons.map((c: { templateId: string; status: string }) => [c.templateId, c.status])).toEqual([['tpl-welcome', 'available']])
    expect(call('GET /me/growth', { persona: 'visitor~4' }).body.levelCode).toBe('explorer')
  })

  it('joining twice is 409 ALREADY_MEMBER, as is a persona who is a member', () => {
    const { call } = setUp()
    call('POST /members', { persona: 'visitor', body: { consent } })
    expect(call('POST /members', { persona: 'visitor', body: { consent } }).body.error.code).toBe('ALREADY_MEMBER')
    expect(call('POST /members', { persona: 'active', body: { consent } }).status).toBe(409)
  })

  it.each([
    [{}],
    [{ consent: {} }],
    [{ consent: { privacyVersion: '2026-11' } }],
    [{ consent, nickname: '' }],
    [{ consent, birthday: '1995-02-30' }],
    [{ consent, birthday: '2099-01-01' }],
    [{ consent, preferences: { style: 'cheap' } }],
    [{ consent, preferences: { interests: ['events', 'events'] } }],
  ])('refuses %j with 400 and stays a visitor', (body) => {
    const { call } = setUp()
    expect(call('POST /members', { persona: 'visitor', body }).status).toBe(400)
    expect(call('GET /me', { persona: 'visitor' }).status).toBe(404)
  })

  it('mock reset makes the visitor persona a visitor again', () => {
    const { call } = setUp()
    call('POST /members', { persona: 'visitor', body: { consent } })
    call('POST /mock/reset', { persona: 'visitor', body: {} })
    expect(call('GET /me', { persona: 'visitor' }).status).toBe(404)
  })
})

describe('PATCH /me', () => {
  it('changes nickname and preferences, sets the birthday once, then answers 409 BIRTHDAY_LOCKED', () => {
    const { call } = setUp()
    const first = call('PATCH /me', { persona: 'newcomer', body: { nickname: '林', birthday: '1990-01-02', preferences: { style: 'value' } } })
    expect(first.body.member).toMatchObject({ nickname: '林', birthday: '1990-01-02', preferences: { style: 'value' } })
    expect(call('PATCH /me', { persona: 'newcomer', body: { birthday: '1990-01-02' } }).status).toBe(200)
    const locked = call('PATCH /me', { persona: 'newcomer', body: { birthday: '1991-01-02', nickname: '改名' } })
    expect([locked.status, locked.body.error.code]).toEqual([409, 'BIRTHDAY_LOCKED'])
    expect(call('GET /me', { persona: 'newcomer' }).body.member).toMatchObject({ nickname: '林', birthday: '1990-01-02' })
  })

  it('is also reached as POST with X-HTTP-Method-Override: PATCH (wx.request has no PATCH); a bare POST is 405', () => {
    const { backend } = setUp()
    const post = (headers: Record<string, string>) =>
      handleRequest(backend, { method: 'POST', path: '/api/v1/me', query: {}, headers: { 'x-persona': 'active', ...headers }, body: { nickname: '小程序' } })
    expect(post({ 'x-http-method-override': 'PATCH' }).body).toMatchObject({ member: { nickname: '小程序' } })
    expect(post({}).status).toBe(405)
  })

  it('is 404 NOT_MEMBER for a visitor and 400 for unknown fields', () => {
    const { call } = setUp()
    expect(call('PATCH /me', { persona: 'visitor', body: { nickname: 'x' } }).status).toBe(404)
    expect(call('PATCH /me', { persona: 'active', body: { levelCode: 'cocreator' } }).status).toBe(400)
  })
})

describe('identity answers match openapi.yaml', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createResponseValidator } = require('../test-support/openapi-validator') as typeof import('../test-support/openapi-validator')
  const validate = createResponseValidator()

  it('for every status the identity endpoints give', () => {
    const { call } = setUp()
    const checks: [string, string, Answer][] = []
    const check = (path: string, method: string, res: Answer) => checks.push([path, method, res])
    check('/auth/wechat', 'POST', call('POST /auth/wechat', { body: { code: 'anything' } }))
    check('/auth/wechat', 'POST', call('POST /auth/wechat', { body: {} }))
    check('/auth/sms', 'POST', call('POST /auth/sms', { body: { phone: '13011112222' } }))
    check('/auth/sms', 'POST', call('POST /auth/sms', { body: { phone: '13011112222' } }))
    check('/auth/phone', 'POST', call('POST /auth/phone', { body: { phone: '13011112222', smsCode: '1' } }))
    const { token } = call('POST /auth/phone', { body: { phone: '13011112222', smsCode: '123456' } }).body
    check('/me', 'GET', call('GET /me', { token }))
    check('/members', 'POST', call('POST /members', { token, body: { consent, preferences: { interests: ['new-products'] } } }))
    check('/members', 'POST', call('POST /members', { token, body: { consent } }))
    check('/members', 'POST', call('POST /members', { token: 'mt.x', body: { consent } }))
    check('/me', 'GET', call('GET /me', { token }))
    check('/me', 'PATCH', call('PATCH /me', { token, body: { birthday: '2000-01-01' } }))
    check('/me', 'PATCH', call('PATCH /me', { token, body: { birthday: '2000-01-03' } }))
    check('/me', 'GET', call('GET /me', { token: 'mt.x' }))
    const wechatMember = call('POST /auth/wechat', { body: { code: 'w1' } }).body.token
    check('/members', 'POST', call('POST /members', { token: wechatMember, body: { consent } }))
    expect(checks.map(([, , res]) => res.status)).toEqual([200, 400, 204, 429, 401, 404, 201, 409, 401, 200, 200, 409, 401, 201])
    check('/me', 'PATCH', call('PATCH /me', { persona: 'active~9', body: { preferences: { style: 'deal', interests: ['events', 'new-products'] } } }))
    const templates = call('GET /coupon-templates', { persona: 'active~9' })
    expect(templates.body.templates.filter((t: { matchesPreference?: string }) => t.matchesPreference).length).toBeGreaterThan(0)
    check('/coupon-templates', 'GET', templates)
    expect(checks[2][2].body).toBeUndefined()
    for (const [path, method, res] of checks.filter(([, , r]) => r.status !== 204)) expect([path, method, res.status, validate(path, method, res.status, res.body ?? null)]).toEqual([path, method, res.status, []])
  })
})
