import type { Backend } from '../db'
import { PERSONA_IDS } from '../personas'
import { call, fixedBackend, FIXED_NOW } from '../test-support/call'

/**
 * Contract part 3, "Trust": a template's per-member limit and stock bind every way a coupon
 * arrives (claim centre, a right, the welcome gift at joining); the welcome gift is once per
 * member, ever. All of them go through `issueCoupon` (mock/db/issue-coupon.ts).
 */

const welcomeCount = (b: Backend, persona: string) =>
  (['available', 'used', 'expired'] as const).flatMap((status) => call(b, `GET /coupons?status=${status}`, { persona }).body.coupons).filter((c: { templateId: string }) => c.templateId === 'tpl-welcome').length
const welcomeStock = (b: Backend, persona = 'cocreator~9') =>
  call(b, 'GET /coupon-templates', { persona }).body.templates.find((t: { id: string }) => t.id === 'tpl-welcome').stockLeft as number
const claimRight = (b: Backend, persona: string) => call(b, 'POST /rights/r-welcome-coupon/claim', { persona })
const quotaUsed = (b: Backend, persona: string) =>
  call(b, 'GET /rights', { persona }).body.rights.find((r: { id: string }) => r.id === 'r-welcome-coupon').quota.used as number

/** Midnight of next 1 January, Shanghai time, plus an hour: a new quota year for the right. */
const nextNewYear = () => Date.parse(`${new Date(FIXED_NOW).getUTCFullYear() + 1}-01-01T01:00:00+08:00`)

describe('新人礼券 (r-welcome-coupon) is bound by tpl-welcome’s limit', () => {
  it('a newcomer who got the welcome coupon on joining sees it as taken, and a claim is refused 409 LIMIT_REACHED', () => {
    const b = fixedBackend()
    expect(quotaUsed(b, 'newcomer')).toBe(1)
    const res = claimRight(b, 'newcomer')
    expect(res).toMatchObject({ status: 409, body: { error: { code: 'LIMIT_REACHED', message: expect.stringMatching(/[\u4e00-\u9fff]/) } } })
    expect(welcomeCount(b, 'newcomer')).toBe(1)
  })

  it('does not issue again every 1 January', () => {
    const b = fixedBackend()
    expect(claimRight(b, 'at-risk').status).toBe(200)
    b.clock.setNow(nextNewYear())
    expect(claimRight(b, 'at-risk')).toMatchObject({ status: 409, body: { error: { code: 'LIMIT_REACHED' } } })
    expect(welcomeCount(b, 'at-risk')).toBe(1)
  })

  it.each(PERSONA_IDS)('%s never holds more than one welcome coupon, however often it claims through either door', (persona) => {
    const b = fixedBackend()
    for (const at of [FIXED_NOW, nextNewYear(), nextNewYear() + 366 * 86_400_000]) {
      b.clock.setNow(at)
      claimRight(b, persona)
      call(b, 'POST /coupon-templates/tpl-welcome/claim', { persona })
    }
    expect(welcomeCount(b, persona)).toBeLessThanOrEqual(1)
  })

  it('the claim centre and the right share the limit, in either order', () => {
    const b = fixedBackend()
    expect(call(b, 'POST /coupon-templates/tpl-welcome/claim', { persona: 'at-risk' }).status).toBe(201)
    expect(claimRight(b, 'at-risk').body.error.code).toBe('LIMIT_REACHED')
    expect(claimRight(b, 'cocreator').status).toBe(200)
    expect(call(b, 'POST /coupon-templates/tpl-welcome/claim', { persona: 'cocreator' })).toMatchObject({ status: 409, body: { error: { code: 'LIMIT_REACHED' } } })
  })

  it('takes from the template’s shared stock, and a sold-out template refuses the right 409 SOLD_OUT', () => {
    const b = fixedBackend()
    const before = welcomeStock(b)
    expect(claimRight(b, 'at-risk').status).toBe(200)
    expect(welcomeStock(b)).toBe(before - 1)
    b.shared.couponTemplateStock['tpl-welcome'] = 0
    expect(claimRight(b, 'cocreator')).toMatchObject({ status: 409, body: { error: { code: 'SOLD_OUT' } } })
    expect(quotaUsed(b, 'cocreator')).toBe(0)
    expect(welcomeCount(b, 'cocreator')).toBe(0)
  })
})

describe('the welcome gift at joining', () => {
  const consent = { privacyVersion: '2026-11', acceptedAt: '2026-03-15T04:00:00Z' }

  it('comes through the same rule: it takes stock, and the 新人礼券 right cannot add a second', () => {
    const b = fixedBackend()
    const before = welcomeStock(b)
    expect(call(b, 'POST /members', { persona: 'visitor~6', body: { consent } }).status).toBe(201)
    expect(welcomeCount(b, 'visitor~6')).toBe(1)
    expect(welcomeStock(b)).toBe(before - 1)
    expect(claimRight(b, 'visitor~6').body.error.code).toBe('LIMIT_REACHED')
  })

  it('when welcome coupons have run out, joining still works, with an empty wallet', () => {
    const b = fixedBackend()
    b.shared.couponTemplateStock['tpl-welcome'] = 0
    expect(call(b, 'POST /members', { persona: 'visitor~7', body: { consent } }).status).toBe(201)
    expect(welcomeCount(b, 'visitor~7')).toBe(0)
    expect(welcomeStock(b)).toBe(0)
  })
})
