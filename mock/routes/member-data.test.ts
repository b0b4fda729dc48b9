import { PERSONA_IDS } from '../personas'
import { startMockServer } from '../server/start-mock-server'
import { call, fixedBackend, staffToken } from '../test-support/call'

// Every answer below is also held to openapi.yaml by call() (and by the jest observer over HTTP).

const consent = { privacyVersion: '2026-11', acceptedAt: '2026-03-15T04:00:00Z' }
const EXPORT_KEYS = ['exportedAt', 'member', 'growthEvents', 'coupons', 'rights', 'invites', 'checkIns', 'shares', 'cocreation', 'messages']

function phoneSignIn(b: ReturnType<typeof fixedBackend>, phone: string) {
  expect(call(b, 'POST /auth/sms', { body: { phone } }).status).toBe(204)
  const res = call(b, 'POST /auth/phone', { body: { phone, smsCode: '123456' } })
  expect(res.status).toBe(200)
  return res.body as { token: string; joined: boolean }
}

describe('GET /me/export', () => {
  it.each(PERSONA_IDS.flatMap((id) => [id, `${id}~3`]))('gives %s everything the backend holds about them', (persona) => {
    const b = fixedBackend()
    expect(call(b, 'POST /check-ins', { persona }).status).toBe(201)
    const share = call(b, 'POST /shares', { persona, body: { target: { kind: 'home' }, channel: 'link' } })
    expect(share.status).toBe(201)
    const res = call(b, 'GET /me/export', { persona })
    expect(res.status).toBe(200)
    for (const key of EXPORT_KEYS) expect(res.body).toHaveProperty(key)
    expect(res.body.member).toEqual(call(b, 'GET /me', { persona }).body.member)
    // The whole ledger (not one page), the whole wallet, the check-in and share just made.
    expect(res.body.growthEvents).toHaveLength(b.member({ key: persona, personaId: persona.split('~')[0] as never, copy: 0 }).ledger.length)
    expect(res.body.coupons).toHaveLength(call(b, 'GET /coupons', { persona }).body.coupons.length)
    expect(res.body.checkIns).toContainEqual({ date: '2026-03-15', checkedInAt: expect.any(String) })
    expect(res.body.shares).toEqual([expect.objectContaining({ id: share.body.share.id, target: { kind: 'home' }, channel: 'link', credited: false })])
    expect(res.body.cocreation).toEqual(call(b, 'GET /me/cocreation', { persona }).body)
  })

  it('is NOT_MEMBER for a visitor and 401 for an unknown token', () => {
    const b = fixedBackend()
    expect(call(b, 'GET /me/export', { persona: 'visitor' }).body.error.code).toBe('NOT_MEMBER')
    expect(call(b, 'GET /me/export', { token: 'mt.nope' }).status).toBe(401)
  })

  it('includes the consent a joined member gave', () => {
    const b = fixedBackend()
    const { token } = phoneSignIn(b, '15700001111')
    expect(call(b, 'POST /members', { token, body: { consent } }).status).toBe(201)
    expect(call(b, 'GET /me/export', { token }).body.consent).toEqual(consent)
  })
})

describe('POST /me/deletion', () => {
  it('a phone-signed-in member confirms with the SMS code: token dead at once, the phone joins again as a new member', () => {
    const b = fixedBackend()
    const phone = '13800000007' // active~7
    const { token } = phoneSignIn(b, phone)
    expect(call(b, 'GET /me', { token }).body.member.id).toBe('active~7')

    // Missing or wrong confirmation: 400, and nothing happens.
    expect(call(b, 'POST /me/deletion', { token, body: {} }).status).toBe(400)
    expect(call(b, 'POST /me/deletion', { token, body: { confirm: '删除', smsCode: '123456' } }).status).toBe(400)
    expect(call(b, 'POST /me/deletion', { token, body: { confirm: '注销' } }).body.error.code).toBe('SMS_CODE_REQUIRED')
    expect(call(b, 'POST /me/deletion', { token, body: { confirm: '注销', smsCode: '654321' } }).body.error.code).toBe('SMS_CODE_INVALID')
    expect(call(b, 'GET /me', { token }).status).toBe(200)

    b.clock.setNow(Date.parse('2026-03-15T04:05:00Z'))
    expect(call(b, 'POST /auth/sms', { body: { phone } }).status).toBe(204)
    const res = call(b, 'POST /me/deletion', { token, body: { confirm: '注销', smsCode: '123456' } })
    expect(res.status).toBe(202)
    expect(res.body).toEqual({ deletion: { requestedAt: '2026-03-15T04:05:00.000Z', effectiveAt: '2026-03-15T04:05:00.000Z' } })

    expect(call(b, 'GET /me', { token }).body.error.code).toBe('UNAUTHENTICATED')
    expect(call(b, 'GET /me', { persona: 'active~7' }).body.error.code).toBe('NOT_MEMBER')

    b.clock.setNow(Date.parse('2026-03-15T04:07:00Z'))
    const again = phoneSignIn(b, phone)
    expect(again.joined).toBe(false)
    const joined = call(b, 'POST /members', { token: again.token, body: { consent } })
    expect(joined.status).toBe(201)
    expect(joined.body.member).toMatchObject({ levelCode: 'explorer', phoneMasked: '138****0007' })
    expect(joined.body.member.id).not.toBe('active~7')
    expect(call(b, 'GET /me/growth/events', { token: again.token }).body.events).toEqual([])
  })

  it('a stale SMS code (older than 10 minutes) does not confirm', () => {
    const b = fixedBackend()
    const { token } = phoneSignIn(b, '13800000008')
    b.clock.setNow(Date.parse('2026-03-15T04:11:00Z'))
    expect(call(b, 'POST /me/deletion', { token, body: { confirm: '注销', smsCode: '123456' } }).body.error.code).toBe('SMS_CODE_INVALID')
  })

  it('a WeChat-signed-in member needs no code; the WeChat sign-in then reaches a new visitor', () => {
    const b = fixedBackend()
    const signIn = () => call(b, 'POST /auth/wechat', { body: { code: 'mock:cocreator~4' } }).body as { token: string; joined: boolean }
    const first = signIn()
    const other = signIn()
    expect(call(b, 'POST /me/deletion', { token: first.token, body: { confirm: '注销' } }).status).toBe(202)
    // Every token of the member, not just the one that asked.
    expect(call(b, 'GET /me/growth', { token: other.token }).status).toBe(401)
    expect(signIn().joined).toBe(false)
    expect(call(b, 'GET /me', { persona: 'cocreator~4' }).body.error.code).toBe('NOT_MEMBER')
  })

  it('an X-Persona copy is deleted: GET /me is 404 NOT_MEMBER, other copies untouched, /mock/reset brings it back', () => {
    const b = fixedBackend()
    expect(call(b, 'POST /me/deletion', { persona: 'active~9', body: { confirm: '注销' } }).status).toBe(202)
    expect(call(b, 'GET /me', { persona: 'active~9' }).body.error.code).toBe('NOT_MEMBER')
    expect(call(b, 'GET /me/export', { persona: 'active~9' }).body.error.code).toBe('NOT_MEMBER')
    expect(call(b, 'GET /me', { persona: 'active~10' }).status).toBe(200)
    // A deleted member cannot be deleted again.
    expect(call(b, 'POST /me/deletion', { persona: 'active~9', body: { confirm: '注销' } }).status).toBe(404)
    expect(call(b, 'POST /mock/reset', { persona: 'active~9' }).status).toBe(200)
    expect(call(b, 'GET /me', { persona: 'active~9' }).body.member.id).toBe('active~9')
    expect(phoneSignIn(b, '13800000009').joined).toBe(true)
  })

  it('keeps the store orders the law requires: a refund on an order of a deleted member still works', () => {
    const b = fixedBackend()
    const staff = staffToken(b)
    const code = call(b, 'POST /me/code', { persona: 'active~11' }).body.code
    const purchase = call(b, 'POST /staff/purchases', { token: staff, body: { memberCode: code, amountFen: 5_000, orderId: 'o-del-1', idempotencyKey: 'key-deletion-1' } })
    expect(purchase.status).toBe(201)
    expect(call(b, 'POST /me/deletion', { persona: 'active~11', body: { confirm: '注销' } }).status).toBe(202)
    const refund = call(b, 'POST /staff/refunds', { token: staff, body: { orderId: 'o-del-1', amountFen: 1_000, idempotencyKey: 'key-deletion-2' } })
    expect(refund.status).toBe(201)
  })

  it.each([[{ confirm: '注销', extra: 1 }], [{ confirm: '注销', smsCode: 123456 }], ['注销'], [null]])('refuses %j with 400', (body) => {
    expect(call(fixedBackend(), 'POST /me/deletion', { persona: 'active~12', body }).status).toBe(400)
  })

  it('holds over the real HTTP server: 202, then the token answers 401', async () => {
    const running = await startMockServer({ port: 0 })
    try {
      const post = (path: string, body: unknown, token?: string) =>
        fetch(`${running.url}/api/v1${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        })
      const { token } = (await (await post('/auth/wechat', { code: 'mock:newcomer~21' })).json()) as { token: string }
      const exported = await fetch(`${running.url}/api/v1/me/export`, { headers: { authorization: `Bearer ${token}` } })
      expect(exported.status).toBe(200)
      expect((await post('/me/deletion', { confirm: '注销' }, token)).status).toBe(202)
      expect((await fetch(`${running.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401)
    } finally {
      await running.close()
    }
  })
})
