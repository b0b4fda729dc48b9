import type { Backend } from '../db'
import { call, fixedBackend, staffToken } from '../test-support/call'

/** Contract part 3, "Trust": keys and ids are data, whatever they spell. */

const memberCode = (b: Backend, persona = 'active') => call(b, 'POST /me/code', { persona }).body.code as string
const purchases = (b: Backend, persona = 'active') =>
  call(b, 'GET /me/growth/events?limit=50', { persona }).body.events.filter((e: { type: string }) => e.type === 'purchase')

describe('staff body idempotencyKey', () => {
  it('reused with a different body is 422 IDEMPOTENCY_MISMATCH, and the second sale is not dropped silently nor recorded', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    const before = purchases(b).length
    const body = { memberCode: memberCode(b), amountFen: 5000, orderId: 'ORD-A', idempotencyKey: 'till-key-0001' }
    expect(call(b, 'POST /staff/purchases', { token, body }).status).toBe(201)
    const other = call(b, 'POST /staff/purchases', { token, body: { ...body, amountFen: 9900, orderId: 'ORD-B' } })
    expect(other).toMatchObject({ status: 422, body: { error: { code: 'IDEMPOTENCY_MISMATCH', message: expect.stringMatching(/[\u4e00-\u9fff]/) } } })
    // The same body again is still the first answer.
    expect(call(b, 'POST /staff/purchases', { token, body }).status).toBe(200)
    expect(purchases(b)).toHaveLength(before + 1)
  })

  it('holds for refunds, check-ins and redemptions too', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    call(b, 'POST /staff/purchases', { token, body: { memberCode: memberCode(b), amountFen: 5000, orderId: 'ORD-R', idempotencyKey: 'till-key-0002' } })
    const refund = { orderId: 'ORD-R', amountFen: 1000, idempotencyKey: 'refund-key-01' }
    expect(call(b, 'POST /staff/refunds', { token, body: refund }).status).toBe(201)
    expect(call(b, 'POST /staff/refunds', { token, body: { ...refund, amountFen: 2000 } }).body.error.code).toBe('IDEMPOTENCY_MISMATCH')

    const checkIn = { memberCode: memberCode(b), inviteId: 'inv-nowhere', idempotencyKey: 'checkin-key-1' }
    expect(call(b, 'POST /staff/check-ins', { token, body: checkIn }).status).toBe(404)
    // A key that never acted may be used again with another body.
    expect(call(b, 'POST /staff/check-ins', { token, body: { ...checkIn, inviteId: 'inv-elsewhere' } }).status).toBe(404)

    const [first, second] = call(b, 'GET /coupons?status=available').body.coupons.filter((c: { storeIds: string[] }) => c.storeIds.includes('s-jingan'))
    const code = (id: string) => call(b, `POST /coupons/${id}/code`).body.code as string
    expect(call(b, 'POST /redemptions', { token, body: { code: code(first.id), idempotencyKey: 'redeem-key-1' } }).status).toBe(201)
    const reused = call(b, 'POST /redemptions', { token, body: { code: code(second.id), idempotencyKey: 'redeem-key-1' } })
    expect(reused.body.error.code).toBe('IDEMPOTENCY_MISMATCH')
    expect(call(b, `GET /coupons/${second.id}`).body.coupon.status).toBe('available')
  })

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('"%s" is an ordinary key: it records, then replays', (key) => {
    const b = fixedBackend()
    const token = staffToken(b)
    const before = purchases(b).length
    const body = { memberCode: memberCode(b), amountFen: 700, orderId: `ORD-${key.replace(/_/g, '')}`, idempotencyKey: key }
    const first = call(b, 'POST /staff/purchases', { token, body })
    expect(first.status).toBe(201)
    expect(first.body.purchase).toMatchObject({ amountFen: 700 })
    expect(call(b, 'POST /staff/purchases', { token, body })).toMatchObject({ status: 200, body: first.body })
    expect(purchases(b)).toHaveLength(before + 1)
  })
})

describe('ids that name Object.prototype members', () => {
  it.each(['__proto__', 'constructor', 'toString'])('POST /shares/%s/visits is 404 with a Chinese message', (id) => {
    const res = call(fixedBackend(), `POST /shares/${id}/visits`, { persona: 'newcomer' })
    expect(res).toMatchObject({ status: 404, body: { error: { code: 'SHARE_NOT_FOUND', message: expect.stringMatching(/[\u4e00-\u9fff]/) } } })
  })

  it('stays so after the backend is saved and restored (the weapp keeps its backend as JSON)', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    call(b, 'POST /staff/purchases', { token, body: { memberCode: memberCode(b), amountFen: 700, orderId: 'ORD-S', idempotencyKey: 'constructor' } })
    const restored = fixedBackend()
    expect(restored.restore(JSON.parse(JSON.stringify(b.serialize())))).toBe(true)
    expect(call(restored, 'POST /shares/constructor/visits').status).toBe(404)
    const again = call(restored, 'POST /staff/purchases', { token, body: { memberCode: '880000000000000000', amountFen: 1, orderId: 'ORD-T', idempotencyKey: 'constructor' } })
    expect(again.body.error.code).toBe('IDEMPOTENCY_MISMATCH')
  })

  it('a header Idempotency-Key "__proto__" replays like any other key', () => {
    const b = fixedBackend()
    const send = () => call(b, 'POST /check-ins', { persona: 'active~4', headers: { 'idempotency-key': '__proto__' } })
    const first = send()
    expect(first.status).toBe(201)
    expect(send()).toMatchObject({ status: 201, body: first.body })
    expect(({} as Record<string, unknown>).response).toBeUndefined()
  })
})
