import { call, fixedBackend, staffToken } from '../test-support/call'
import { createResponseValidator } from '../test-support/openapi-validator'
import type { Backend } from '../db'

const validate = createResponseValidator()
type Coupon = { id: string; status: string }

const memberCode = (b: Backend, persona: string) => call(b, 'POST /me/code', { persona }).body.code as string
const couponCode = (b: Backend, persona: string, id: string) => call(b, `POST /coupons/${id}/code`, { persona }).body.code as string
const spend = (b: Backend, persona: string) => call(b, 'GET /me/growth', { persona }).body.totals.spendFen as number
const coupon = (b: Backend, persona: string, id: string) => call(b, `GET /coupons/${id}`, { persona }).body.coupon as Coupon
const minutes = (n: number) => n * 60 * 1000

describe('GET /staff/codes/{code}', () => {
  it('says a member code is a member, masked, with the coupons usable at this store now', () => {
    const b = fixedBackend()
    const res = call(b, `GET /staff/codes/${memberCode(b, 'active~1')}`, { token: staffToken(b) })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ kind: 'member', member: { nicknameMasked: expect.stringMatching(/^\S\*+$/), levelCode: 'engager' } })
    expect(res.body.coupons.map((c: Coupon) => c.id)).toEqual(['c-0001', 'c-0002', 'c-0003', 'c-0004'])
    expect(validate('/staff/codes/{code}', 'GET', 200, res.body)).toEqual([])
    // c-0002 is valid at 静安 and 徐汇 only.
    const elsewhere = call(b, `GET /staff/codes/${memberCode(b, 'active~1')}`, { token: staffToken(b, 's-hubin') })
    expect(elsewhere.body.coupons.map((c: Coupon) => c.id)).not.toContain('c-0002')
  })

  it('says a coupon code is that coupon and whether it can be redeemed here, and why not', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    const code = couponCode(b, 'active~2', 'c-0004')
    const fine = call(b, `GET /staff/codes/${code}`, { token })
    expect(fine.body).toMatchObject({ kind: 'coupon', coupon: { id: 'c-0004', title: '新人见面礼', valueFen: 1000, status: 'available' }, usableHere: true })
    expect(fine.body.reason).toBeUndefined()
    expect(validate('/staff/codes/{code}', 'GET', 200, fine.body)).toEqual([])
    const wrongStore = call(b, `GET /staff/codes/${couponCode(b, 'active~2', 'c-0002')}`, { token: staffToken(b, 's-hubin') })
    expect(wrongStore.body).toMatchObject({ usableHere: false, reason: 'WRONG_STORE' })
    // Looking up acted on nothing: the coupon is still available and redeemable.
    expect(call(b, 'POST /redemptions', { token, body: { code, idempotencyKey: 'redeem-key-1' } }).status).toBe(201)
    const used = call(b, `GET /staff/codes/${code}`, { token })
    expect(used.body).toMatchObject({ usableHere: false, reason: 'USED', coupon: { status: 'used', usedStoreId: 's-jingan' } })
    expect(validate('/staff/codes/{code}', 'GET', 200, used.body)).toEqual([])
    const late = couponCode(b, 'active~2', 'c-0003')
    b.clock.setNow(b.now() + minutes(2))
    expect(call(b, `GET /staff/codes/${late}`, { token }).body).toMatchObject({ usableHere: false, reason: 'CODE_EXPIRED' })
  })

  it('answers 404 for an unknown code, 400 for odd input, 401 without a staff token, never 5xx', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    expect(call(b, 'GET /staff/codes/881234567890123456', { token }).body.error.code).toBe('CODE_UNKNOWN')
    expect(call(b, 'GET /staff/codes/1234567890123456', { token }).body.error.code).toBe('CODE_UNKNOWN')
    for (const odd of ['__proto__', 'constructor', 'abc', '9'.repeat(40)]) expect(call(b, `GET /staff/codes/${odd}`, { token }).status).toBe(400)
    expect(call(b, `GET /staff/codes/${memberCode(b, 'active')}`).body.error.code).toBe('STAFF_ONLY')
  })
})

describe('POST /staff/checkouts', () => {
  it('records the purchase and redeems the ticked coupons together; the same key replays, another body is 422', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    const persona = 'active~3'
    const before = spend(b, persona)
    const body = { memberCode: memberCode(b, persona), orderId: 'CO-1', amountFen: 25800, couponIds: ['c-0001', 'c-0004'], idempotencyKey: 'checkout-key-1' }
    const first = call(b, 'POST /staff/checkouts', { token, body })
    expect(first.status).toBe(201)
    expect(first.body.checkout.purchase).toMatchObject({ amountFen: 25800, orderId: 'CO-1', storeId: 's-jingan' })
    expect(first.body.checkout.redemptions.map((r: { couponId: string }) => r.couponId)).toEqual(['c-0001', 'c-0004'])
    expect(validate('/staff/checkouts', 'POST', 201, first.body)).toEqual([])
    expect(call(b, 'POST /staff/checkouts', { token, body })).toMatchObject({ status: 200, body: first.body })
    const changed = call(b, 'POST /staff/checkouts', { token, body: { ...body, amountFen: 100 } })
    expect(changed).toMatchObject({ status: 422, body: { error: { code: 'IDEMPOTENCY_MISMATCH' } } })
    expect(call(b, 'POST /staff/checkouts', { token, body: { ...body, couponIds: [], idempotencyKey: 'checkout-key-2' } }).body.error.code).toBe('ORDER_DUPLICATE')
    expect(spend(b, persona)).toBe(before + 25800)
    expect(coupon(b, persona, 'c-0001').status).toBe('used')
    expect(coupon(b, persona, 'c-0004').status).toBe('used')
  })

  it('records nothing when any ticked coupon cannot be used here, and says which and why', () => {
    const b = fixedBackend()
    const token = staffToken(b, 's-hubin')
    const persona = 'active~4'
    const before = spend(b, persona)
    const body = { memberCode: memberCode(b, persona), orderId: 'CO-2', amountFen: 9900, couponIds: ['c-0001', 'c-0002'], idempotencyKey: 'checkout-key-3' }
    const res = call(b, 'POST /staff/checkouts', { token, body })
    expect(res).toMatchObject({ status: 409, body: { error: { code: 'COUPON_NOT_USABLE', couponId: 'c-0002', reason: 'WRONG_STORE' }, couponId: 'c-0002' } })
    expect(validate('/staff/checkouts', 'POST', 409, res.body)).toEqual([])
    expect(coupon(b, persona, 'c-0001').status).toBe('available')
    expect(spend(b, persona)).toBe(before)
    expect(call(b, 'POST /staff/checkouts', { token, body: { ...body, couponIds: ['c-0005'], idempotencyKey: 'checkout-key-4' } }).body.error.reason).toBe('USED')
    // Untick it and the same order goes through.
    expect(call(b, 'POST /staff/checkouts', { token, body: { ...body, couponIds: ['c-0001'], idempotencyKey: 'checkout-key-5' } }).status).toBe(201)
  })

  it('refuses odd bodies with 4xx', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    const good = { memberCode: memberCode(b, 'active~5'), orderId: 'CO-3', amountFen: 100, couponIds: [], idempotencyKey: 'checkout-key-6' }
    const odd = [
      undefined,
      [],
      { ...good, amountFen: -1 },
      { ...good, amountFen: '100' },
      { ...good, couponIds: 'c-0001' },
      { ...good, couponIds: ['c-0001', 'c-0001'] },
      { ...good, couponIds: [{}] },
      { ...good, orderId: '' },
      { ...good, idempotencyKey: 'short' },
      { ...good, __proto__x: 1 },
      JSON.parse('{"__proto__": {"x": 1}, "memberCode": "1"}'),
    ]
    for (const body of odd) {
      const res = call(b, 'POST /staff/checkouts', { token, body })
      expect([res.status, res.body.error?.code]).toEqual([400, 'BAD_REQUEST'])
    }
    expect(call(b, 'POST /staff/checkouts', { token, body: { ...good, couponIds: ['c-9999'] } }).body.error).toMatchObject({ code: 'COUPON_NOT_USABLE', reason: 'UNKNOWN' })
    // A key that is an Object.prototype name is just a key: it acts once and replays.
    const proto = { ...good, idempotencyKey: '__proto__' }
    expect(call(b, 'POST /staff/checkouts', { token, body: proto }).status).toBe(201)
    expect(call(b, 'POST /staff/checkouts', { token, body: proto }).status).toBe(200)
    expect(call(b, 'POST /staff/checkouts', { token, body: { ...good, idempotencyKey: 'constructor' } }).body.error.code).toBe('ORDER_DUPLICATE')
  })
})

describe('POST /staff/voids', () => {
  it('undoes a checkout within 10 minutes: the coupons are available again and the purchase leaves the growth', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    const persona = 'active~6'
    const before = spend(b, persona)
    const made = call(b, 'POST /staff/checkouts', {
      token,
      body: { memberCode: memberCode(b, persona), orderId: 'CO-4', amountFen: 30000, couponIds: ['c-0001', 'c-0003'], idempotencyKey: 'checkout-key-7' },
    }).body.checkout
    b.clock.setNow(b.now() + minutes(9))
    const body = { checkoutId: made.id, idempotencyKey: 'void-key-1' }
    const res = call(b, 'POST /staff/voids', { token: staffToken(b), body })
    expect(res.status).toBe(201)
    expect(res.body.void).toMatchObject({ checkoutId: made.id, couponIds: ['c-0001', 'c-0003'], amountFen: 30000 })
    expect(validate('/staff/voids', 'POST', 201, res.body)).toEqual([])
    expect(coupon(b, persona, 'c-0001').status).toBe('available')
    expect(coupon(b, persona, 'c-0003').status).toBe('available')
    expect(spend(b, persona)).toBe(before)
    const events = call(b, 'GET /me/growth/events?limit=5', { persona }).body.events
    expect(events[0]).toMatchObject({ type: 'void', amountFen: 30000, orderId: 'CO-4' })
    expect(call(b, 'POST /staff/voids', { token, body }).status).toBe(200)
    expect(call(b, 'POST /staff/voids', { token, body: { ...body, idempotencyKey: 'void-key-2' } }).body.error.code).toBe('ALREADY_VOIDED')
    // Nothing is left to refund on a voided order.
    expect(call(b, 'POST /staff/refunds', { token, body: { orderId: 'CO-4', amountFen: 100, idempotencyKey: 'refund-key-1' } }).status).toBe(422)
  })

  it('undoes a plain redemption; refuses after 10 minutes, from another store, and a redemption inside a checkout', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    const persona = 'active~7'
    const r = call(b, 'POST /redemptions', { token, body: { code: couponCode(b, persona, 'c-0004'), idempotencyKey: 'redeem-key-2' } }).body.redemption
    const other = call(b, 'POST /staff/voids', { token: staffToken(b, 's-xuhui'), body: { redemptionId: r.id, idempotencyKey: 'void-key-3' } })
    expect(other).toMatchObject({ status: 403, body: { error: { code: 'STORE_MISMATCH' } } })
    expect(call(b, 'POST /staff/voids', { token, body: { redemptionId: r.id, idempotencyKey: 'void-key-4' } }).status).toBe(201)
    expect(coupon(b, persona, 'c-0004').status).toBe('available')

    const again = call(b, 'POST /redemptions', { token, body: { code: couponCode(b, persona, 'c-0004'), idempotencyKey: 'redeem-key-3' } }).body.redemption
    b.clock.setNow(b.now() + minutes(10))
    const late = call(b, 'POST /staff/voids', { token: staffToken(b), body: { redemptionId: again.id, idempotencyKey: 'void-key-5' } })
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'VOID_WINDOW_PASSED' } } })
    expect(validate('/staff/voids', 'POST', 409, late.body)).toEqual([])

    const co = call(b, 'POST /staff/checkouts', {
      token: staffToken(b),
      body: { memberCode: memberCode(b, persona), orderId: 'CO-5', amountFen: 100, couponIds: ['c-0001'], idempotencyKey: 'checkout-key-8' },
    }).body.checkout
    const part = call(b, 'POST /staff/voids', { token: staffToken(b), body: { redemptionId: co.redemptions[0].id, idempotencyKey: 'void-key-6' } })
    expect(part.body.error.code).toBe('PART_OF_CHECKOUT')
    for (const body of [{ idempotencyKey: 'void-key-7' }, { redemptionId: 'r-1', checkoutId: 'co-1', idempotencyKey: 'void-key-8' }, { checkoutId: '__proto__', idempotencyKey: 'void-key-9' }]) {
      expect(call(b, 'POST /staff/voids', { token: staffToken(b), body }).status).toBeGreaterThanOrEqual(400)
    }
    expect(call(b, 'POST /staff/voids', { token: staffToken(b), body: { checkoutId: 'co-nope', idempotencyKey: 'void-key-10' } }).status).toBe(404)
  })
})

describe('GET /staff/log', () => {
  it('lists the store’s day newest first with totals and what can still be undone', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    const persona = 'active~8'
    call(b, 'POST /redemptions', { token, body: { code: couponCode(b, persona, 'c-0004'), idempotencyKey: 'redeem-key-4' } })
    call(b, 'POST /staff/purchases', { token, body: { memberCode: memberCode(b, persona), amountFen: 5000, orderId: 'P-1', idempotencyKey: 'purchase-key-9' } })
    call(b, 'POST /staff/refunds', { token, body: { orderId: 'P-1', amountFen: 1000, idempotencyKey: 'refund-key-2' } })
    const co = call(b, 'POST /staff/checkouts', {
      token,
      body: { memberCode: memberCode(b, persona), orderId: 'CO-6', amountFen: 20000, couponIds: ['c-0001', 'c-0003'], idempotencyKey: 'checkout-key-9' },
    }).body.checkout
    call(b, 'POST /staff/checkouts', { token: staffToken(b, 's-xuhui'), body: { memberCode: memberCode(b, 'active~9'), orderId: 'CO-7', amountFen: 100, idempotencyKey: 'checkout-key-10' } })
    call(b, 'POST /staff/voids', { token, body: { checkoutId: co.id, idempotencyKey: 'void-key-11' } })

    const log = call(b, 'GET /staff/log', { token })
    expect(log.status).toBe(200)
    expect(validate('/staff/log', 'GET', 200, log.body)).toEqual([])
    expect(log.body.entries.map((e: { kind: string }) => e.kind)).toEqual(['void', 'checkout', 'refund', 'purchase', 'redemption'])
    expect(log.body.entries[1]).toMatchObject({ voidable: false, voidedAt: expect.any(String), couponTitle: '满百立减券、复购优惠券', amountFen: 20000 })
    expect(log.body.entries[4]).toMatchObject({ voidable: true, couponTitle: '新人见面礼' })
    expect(log.body.totals).toEqual({ redemptions: 1, purchasesFen: 5000, refundsFen: 1000, voids: 1 })
    b.clock.setNow(b.now() + minutes(10))
    expect(call(b, 'GET /staff/log', { token: staffToken(b) }).body.entries[4].voidable).toBe(false)
    expect(call(b, 'GET /staff/log?date=2026-03-14', { token: staffToken(b) }).body.entries).toEqual([])
    for (const date of ['2026-02-30', 'today', '__proto__']) expect(call(b, `GET /staff/log?date=${date}`, { token: staffToken(b) }).status).toBe(400)
  })
})
