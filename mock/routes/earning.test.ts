import { call, fixedBackend, FIXED_NOW } from '../test-support/call'
import { createResponseValidator } from '../test-support/openapi-validator'

const validate = createResponseValidator()

describe('POST /me/code', () => {
  it('issues 18 digits starting 88, valid 120 s at most, with the server time, never the same twice', () => {
    const b = fixedBackend()
    const seen = new Set<string>()
    for (let i = 0; i < 50; i++) {
      const res = call(b, 'POST /me/code')
      expect(res.status).toBe(201)
      expect(res.body.code).toMatch(/^88\d{16}$/)
      expect(Date.parse(res.body.expiresAt) - Date.parse(res.body.serverTime)).toBeLessThanOrEqual(120_000)
      expect(res.body.serverTime).toBe(new Date(FIXED_NOW).toISOString())
      seen.add(res.body.code)
    }
    expect(seen.size).toBe(50)
    expect(validate('/me/code', 'POST', 201, call(b, 'POST /me/code').body)).toEqual([])
  })
})

describe('daily check-in', () => {
  it('one a Shanghai day: the interaction shows at once, the second the same day is 409, the next day the streak grows', () => {
    const b = fixedBackend()
    const before = call(b, 'GET /me/growth').body.totals.interactions
    const first = call(b, 'POST /check-ins')
    expect(first.status).toBe(201)
    expect(validate('/check-ins', 'POST', 201, first.body)).toEqual([])
    expect(first.body.checkIn).toEqual({ date: '2026-03-15', streak: 1 })
    expect(first.body.growth.totals.interactions).toBe(before + 1)
    expect(call(b, 'POST /check-ins')).toMatchObject({ status: 409, body: { error: { code: 'ALREADY_CHECKED_IN' } } })
    // 04:00Z is 12:00 in Shanghai; 12 h later is the next Shanghai day.
    b.clock.setNow(FIXED_NOW + 12 * 3600_000)
    expect(call(b, 'POST /check-ins').body.checkIn).toEqual({ date: '2026-03-16', streak: 2 })
    const month = call(b, 'GET /check-ins?month=2026-03')
    expect(month.body).toEqual({ days: ['2026-03-15', '2026-03-16'], streak: 2, checkedInToday: true })
    expect(validate('/check-ins', 'GET', 200, month.body)).toEqual([])
    expect(call(b, 'GET /check-ins?month=2026-3').status).toBe(400)
    expect(call(b, 'GET /me/growth/events').body.events[0].title).toBe('签到')
  })
})

describe('shares and visits', () => {
  const share = (b: ReturnType<typeof fixedBackend>, persona = 'active') =>
    call(b, 'POST /shares', { persona, body: { target: { kind: 'invite', id: 'inv-spring-workshop' }, channel: 'chat' } })
  const shares = (b: ReturnType<typeof fixedBackend>, persona = 'active') => call(b, 'GET /me/growth', { persona }).body.totals.shares

  it('gives a path carrying the share id; validates the target and channel', () => {
    const b = fixedBackend()
    const res = share(b)
    expect(res.status).toBe(201)
    expect(res.body.share.path).toBe(`/pages/invite-detail/index?id=inv-spring-workshop&shareId=${res.body.share.id}`)
    expect(validate('/shares', 'POST', 201, res.body)).toEqual([])
    expect(call(b, 'POST /shares', { body: { target: { kind: 'nowhere' }, channel: 'chat' } }).status).toBe(400)
    expect(call(b, 'POST /shares', { body: { target: { kind: 'home' }, channel: 'carrier-pigeon' } }).status).toBe(400)
  })

  it('credits the sharer once, on the first visit by someone else; the sharer and repeat visitors credit nothing', () => {
    const b = fixedBackend()
    const before = shares(b)
    const id = share(b).body.share.id
    expect(call(b, `POST /shares/${id}/visits`, { persona: 'active' }).body).toEqual({ credited: false })
    const first = call(b, `POST /shares/${id}/visits`, { persona: 'newcomer' })
    expect(first).toMatchObject({ status: 201, body: { credited: true } })
    expect(validate('/shares/{id}/visits', 'POST', 201, first.body)).toEqual([])
    expect(call(b, `POST /shares/${id}/visits`, { persona: 'newcomer' }).body).toEqual({ credited: false })
    expect(call(b, `POST /shares/${id}/visits`, { persona: 'cocreator' }).body).toEqual({ credited: false })
    expect(shares(b)).toBe(before + 1)
    expect(call(b, 'GET /me/growth/events').body.events[0].title).toBe('分享带来访问')
    expect(call(b, 'POST /shares/sh-nope/visits', { persona: 'newcomer' })).toMatchObject({ status: 404 })
  })

  it('credits at most 5 shares a sharer per Shanghai day, and more the next day', () => {
    const b = fixedBackend()
    const before = shares(b)
    const credited = Array.from({ length: 7 }, (_, i) => call(b, `POST /shares/${share(b).body.share.id}/visits`, { persona: `newcomer~${i + 1}` }).body.credited)
    expect(credited).toEqual([true, true, true, true, true, false, false])
    expect(shares(b)).toBe(before + 5)
    b.clock.setNow(FIXED_NOW + 24 * 3600_000)
    expect(call(b, `POST /shares/${share(b).body.share.id}/visits`, { persona: 'newcomer' }).body.credited).toBe(true)
  })
})

describe('rights that are coupons', () => {
  it('claiming 新人礼券 puts a coupon in the wallet and answers it', () => {
    const b = fixedBackend()
    // at-risk has no welcome coupon yet (the newcomer's came with joining: limit 1).
    const res = call(b, 'POST /rights/r-welcome-coupon/claim', { persona: 'at-risk' })
    expect(res.status).toBe(200)
    expect(validate('/rights/{id}/claim', 'POST', 200, res.body)).toEqual([])
    expect(res.body.coupon).toMatchObject({ status: 'available' })
    const wallet = call(b, 'GET /coupons', { persona: 'at-risk' }).body.coupons
    expect(wallet.map((c: { id: string }) => c.id)).toContain(res.body.coupon.id)
  })
})
