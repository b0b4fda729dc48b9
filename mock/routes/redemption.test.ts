import { parseInstant } from '../../src/domain/time'
import { call, fixedBackend, staffToken } from '../test-support/call'
import type { Backend } from '../db'

function issue(b: Backend, status = 'available', persona = 'active') {
  const coupon = call(b, `GET /coupons?status=${status}`, { persona }).body.coupons.find((c: { storeIds: string[] }) => c.storeIds.includes('s-jingan'))
  const code = call(b, `POST /coupons/${coupon.id}/code`, { persona }).body
  return { coupon, code }
}
/** A clerk signed in at `storeId` (or at 上海静安店 when it is no store) redeems. */
const redeem = (b: Backend, code: string, idempotencyKey: string, storeId = 's-jingan') =>
  call(b, 'POST /redemptions', { body: { code, storeId, idempotencyKey }, token: staffToken(b, storeId === 's-nowhere' ? 's-jingan' : storeId) })

describe('POST /redemptions', () => {
  it('redeems once: 201, then the same key replays 200 with the same body, another key is 409 ALREADY_REDEEMED', () => {
    const b = fixedBackend()
    const { coupon, code } = issue(b)
    const first = redeem(b, code.code, 'key-000001')
    expect(first.status).toBe(201)
    expect(first.body.redemption).toMatchObject({ couponId: coupon.id, storeId: 's-jingan' })
    const replay = redeem(b, code.code, 'key-000001')
    expect(replay).toMatchObject({ status: 200, body: first.body })
    expect(redeem(b, code.code, 'key-000002')).toMatchObject({ status: 409, body: { error: { code: 'ALREADY_REDEEMED' } } })
    const after = call(b, `GET /coupons/${coupon.id}`).body.coupon
    expect(after).toMatchObject({ status: 'used', usedAt: first.body.redemption.redeemedAt, usedStoreId: 's-jingan' })
  })

  it('two codes of one coupon redeem once', () => {
    const b = fixedBackend()
    const { coupon, code } = issue(b)
    const second = call(b, `POST /coupons/${coupon.id}/code`).body
    expect(redeem(b, second.code, 'key-a-000001').status).toBe(201)
    expect(redeem(b, code.code, 'key-b-000001').body.error.code).toBe('ALREADY_REDEEMED')
  })

  it('a code is good until just before expiresAt: one second past is 410 CODE_EXPIRED', () => {
    const b = fixedBackend()
    const { code } = issue(b)
    b.clock.setNow(parseInstant(code.expiresAt) + 1000)
    expect(redeem(b, code.code, 'key-late-0001')).toMatchObject({ status: 410, body: { error: { code: 'CODE_EXPIRED' } } })
    b.clock.setNow(parseInstant(code.expiresAt) - 1000)
    expect(redeem(b, code.code, 'key-late-0002').status).toBe(201)
  })

  it('a coupon that expires while its code is on screen is 409 COUPON_EXPIRED', () => {
    const b = fixedBackend()
    const coupon = call(b, 'GET /coupons?status=available').body.coupons.find(
      (c: { validUntil: string }) => parseInstant(c.validUntil) - b.now() < 24 * 3600_000,
    )
    expect(coupon).toBeDefined()
    b.clock.setNow(parseInstant(coupon.validUntil) - 20_000)
    const code = call(b, `POST /coupons/${coupon.id}/code`).body
    expect(parseInstant(code.expiresAt)).toBeGreaterThan(parseInstant(coupon.validUntil))
    b.clock.setNow(parseInstant(coupon.validUntil) + 1)
    expect(redeem(b, code.code, 'key-mid-00001', coupon.storeIds[0])).toMatchObject({ status: 409, body: { error: { code: 'COUPON_EXPIRED' } } })
    expect(call(b, `GET /coupons/${coupon.id}`).body.coupon.status).toBe('expired')
  })

  it('unknown code 404, wrong store 422, bad body 400', () => {
    const b = fixedBackend()
    expect(redeem(b, '4000000000000002', 'key-unk-0001')).toMatchObject({ status: 404, body: { error: { code: 'CODE_UNKNOWN' } } })
    const engager = call(b, 'GET /coupons?status=available').body.coupons.find((c: { templateId: string }) => c.templateId === 'tpl-engager-85')
    const code = call(b, `POST /coupons/${engager.id}/code`).body.code
    expect(redeem(b, code, 'key-wrong-001', 's-hubin')).toMatchObject({ status: 422, body: { error: { code: 'WRONG_STORE' } } })
    // Refused means untouched: still available, nothing recorded as used, and the code still works where it is valid.
    const after = call(b, `GET /coupons/${engager.id}`).body.coupon
    expect([after.status, after.usedAt, after.usedStoreId]).toEqual(['available', undefined, undefined])
    expect(call(b, 'GET /coupons?status=available').body.coupons.map((c: { id: string }) => c.id)).toContain(engager.id)
    expect(redeem(b, code, 'key-right-001', 's-jingan').status).toBe(201)
    const token = staffToken(b)
    expect(call(b, 'POST /redemptions', { body: { code }, token }).status).toBe(400)
    expect(call(b, 'POST /redemptions', { body: 'junk', token }).status).toBe(400)
    expect(redeem(b, code, 'key-store-001', 's-nowhere').status).toBe(400)
  })

  it('needs no persona: the code says whose coupon it is', () => {
    const b = fixedBackend()
    const { coupon, code } = issue(b, 'available', 'first-buyer')
    const res = call(b, 'POST /redemptions', { persona: 'cocreator', body: { code: code.code, storeId: 's-jingan', idempotencyKey: 'key-fb-00001' }, token: staffToken(b) })
    expect(res.status).toBe(201)
    expect(call(b, `GET /coupons/${coupon.id}`, { persona: 'first-buyer' }).body.coupon.status).toBe('used')
  })
})
