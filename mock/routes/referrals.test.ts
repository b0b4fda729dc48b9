import { call, fixedBackend, staffToken } from '../test-support/call'
import { createResponseValidator } from '../test-support/openapi-validator'
import type { Backend } from '../db'

const validate = createResponseValidator()
const consent = { privacyVersion: '2026-11', acceptedAt: '2026-11-20T02:00:00Z' }
const shares = (b: Backend, persona = 'active') => call(b, 'GET /me/growth', { persona }).body.totals.shares
const share = (b: Backend, persona = 'active') => call(b, 'POST /shares', { persona, body: { target: { kind: 'home' }, channel: 'chat' } }).body.share.id as string
const visit = (b: Backend, id: string, persona: string) => call(b, `POST /shares/${id}/visits`, { persona })
const join = (b: Backend, persona: string, nickname = '王小明') => call(b, 'POST /members', { persona, body: { consent, nickname } })
const buy = (b: Backend, persona: string, orderId: string) => {
  const memberCode = call(b, 'POST /me/code', { persona }).body.code
  return call(b, 'POST /staff/purchases', { token: staffToken(b), body: { memberCode, amountFen: 3800, orderId, idempotencyKey: `key-${orderId}` } })
}

describe('referrals', () => {
  it('a friend who opens a share and joins gets the gift named after the sharer; the sharer earns at the join and at the first purchase only', () => {
    const b = fixedBackend()
    const id = share(b)
    const before = shares(b)
    visit(b, id, 'visitor~1')
    const afterVisit = shares(b)
    expect(afterVisit).toBe(before + 1) // the visit counts as before

    expect(join(b, 'visitor~1').status).toBe(201)
    expect(shares(b)).toBe(afterVisit + 1)
    const gifts = call(b, 'GET /coupons?status=available', { persona: 'visitor~1' }).body.coupons.filter((c: { templateId: string }) => c.templateId === 'tpl-referral-gift')
    expect(gifts.map((c: { title: string }) => c.title)).toEqual(['好友 林晓雨 送你的见面礼'])

    let mine = call(b, 'GET /me/referrals')
    expect(validate('/me/referrals', 'GET', 200, mine.body)).toEqual([])
    expect(mine.body).toMatchObject({ credited: 1, friends: [{ nicknameMasked: '王**', stage: 'joined' }] })
    expect(mine.body.friends[0].firstPurchaseAt).toBeUndefined()

    expect(buy(b, 'visitor~1', 'ORD-F1').status).toBe(201)
    expect(buy(b, 'visitor~1', 'ORD-F2').status).toBe(201)
    expect(shares(b)).toBe(afterVisit + 2)
    mine = call(b, 'GET /me/referrals')
    expect(mine.body).toMatchObject({ credited: 2, friends: [{ nicknameMasked: '王**', stage: 'purchased', firstPurchaseAt: expect.any(String) }] })
  })

  it("a friend's first purchase through the counter's one-scan checkout credits the sharer too", () => {
    const b = fixedBackend()
    visit(b, share(b), 'visitor~4')
    expect(join(b, 'visitor~4').status).toBe(201)
    const afterJoin = shares(b)
    const memberCode = call(b, 'POST /me/code', { persona: 'visitor~4' }).body.code
    const checkout = call(b, 'POST /staff/checkouts', { token: staffToken(b), body: { memberCode, orderId: 'ORD-C1', amountFen: 5200, couponIds: [], idempotencyKey: 'key-ORD-C1' } })
    expect(checkout.status).toBe(201)
    expect(shares(b)).toBe(afterJoin + 1)
    expect(call(b, 'GET /me/referrals').body.friends).toEqual([expect.objectContaining({ stage: 'purchased' })])
  })

  it('nothing for the sharer opening their own share, nor for someone already a member', () => {
    const b = fixedBackend()
    const id = share(b)
    const before = shares(b)
    visit(b, id, 'active')
    visit(b, id, 'newcomer~3')
    expect(join(b, 'newcomer~3').status).toBe(409)
    expect(shares(b)).toBe(before + 1) // newcomer~3's visit only
    expect(call(b, 'GET /me/referrals').body).toEqual({ friends: [], credited: 0 })
  })

  it('a friend is referred once, by the first share they opened', () => {
    const b = fixedBackend()
    const first = share(b, 'cocreator')
    const second = share(b, 'active')
    visit(b, first, 'visitor~2')
    visit(b, second, 'visitor~2')
    join(b, 'visitor~2')
    expect(call(b, 'GET /me/referrals', { persona: 'cocreator' }).body.friends).toHaveLength(1)
    expect(call(b, 'GET /me/referrals', { persona: 'active' }).body.friends).toHaveLength(0)
  })

  it('a visitor has no referrals to see', () => {
    expect(call(fixedBackend(), 'GET /me/referrals', { persona: 'visitor~4' })).toMatchObject({ status: 404, body: { error: { code: 'NOT_MEMBER' } } })
  })
})
