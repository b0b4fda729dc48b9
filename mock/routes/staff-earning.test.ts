import { call, fixedBackend, staffToken } from '../test-support/call'
import { createResponseValidator } from '../test-support/openapi-validator'
import type { Backend } from '../db'

const validate = createResponseValidator()

const memberCode = (b: Backend, persona = 'active') => call(b, 'POST /me/code', { persona }).body.code as string
const growth = (b: Backend, persona = 'active') => call(b, 'GET /me/growth', { persona }).body
const events = (b: Backend, persona = 'active') => call(b, 'GET /me/growth/events?limit=50', { persona }).body.events

describe('POST /staff/purchases', () => {
  it('records one purchase event for the member behind the code; the same key replays 200, the same order under another key is 409', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    const spendBefore = growth(b).totals.spendFen
    const body = { memberCode: memberCode(b), amountFen: 12800, orderId: 'ORD-1001', idempotencyKey: 'purchase-key-1' }
    const first = call(b, 'POST /staff/purchases', { token, body })
    expect(first.status).toBe(201)
    expect(first.body.purchase).toMatchObject({ memberId: 'active', amountFen: 12800, orderId: 'ORD-1001', storeId: 's-jingan' })
    expect(validate('/staff/purchases', 'POST', 201, first.body)).toEqual([])
    expect(call(b, 'POST /staff/purchases', { token, body })).toMatchObject({ status: 200, body: first.body })
    const dup = call(b, 'POST /staff/purchases', { token, body: { ...body, idempotencyKey: 'purchase-key-2' } })
    expect(dup).toMatchObject({ status: 409, body: { error: { code: 'ORDER_DUPLICATE' } } })
    expect(growth(b).totals.spendFen).toBe(spendBefore + 12800)
    expect(events(b).filter((e: { title: string }) => e.title === '门店消费 ¥128')).toHaveLength(1)
  })

  it('refuses unknown and expired codes, bad amounts, and callers who are not staff', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    const code = memberCode(b)
    let n = 0
    const send = (over: Record<string, unknown>, t: string | null = token) =>
      call(b, 'POST /staff/purchases', { ...(t ? { token: t } : {}), body: { memberCode: code, amountFen: 100, orderId: 'ORD-2', idempotencyKey: `refusal-key-${n++}`, ...over } })
    expect(send({ memberCode: '881234567890123456' }).body.error.code).toBe('CODE_UNKNOWN')
    expect(send({ amountFen: 0 }).status).toBe(400)
    expect(send({ amountFen: 12.5 }).status).toBe(400)
    expect(send({}, null)).toMatchObject({ status: 401, body: { error: { code: 'STAFF_ONLY' } } })
    b.clock.setNow(b.now() + 120_000)
    const late = send({})
    expect(late).toMatchObject({ status: 410, body: { error: { code: 'CODE_EXPIRED' } } })
    expect(validate('/staff/purchases', 'POST', 410, late.body)).toEqual([])
  })
})

describe('POST /staff/refunds', () => {
  it('belongs to its purchase: lowers spend by the refund, never past what was paid', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    const before = growth(b).totals.spendFen
    call(b, 'POST /staff/purchases', { token, body: { memberCode: memberCode(b), amountFen: 10000, orderId: 'ORD-R1', idempotencyKey: 'purchase-r1-key' } })
    const refund = call(b, 'POST /staff/refunds', { token, body: { orderId: 'ORD-R1', amountFen: 4000, idempotencyKey: 'refund-r1-key-a' } })
    expect(refund.status).toBe(201)
    expect(validate('/staff/refunds', 'POST', 201, refund.body)).toEqual([])
    expect(growth(b).totals.spendFen).toBe(before + 6000)
    const ev = events(b).find((e: { type: string }) => e.type === 'refund')
    expect(ev).toMatchObject({ title: '退款', orderId: 'ORD-R1', amountFen: 4000 })
    const tooMuch = call(b, 'POST /staff/refunds', { token, body: { orderId: 'ORD-R1', amountFen: 6001, idempotencyKey: 'refund-r1-key-b' } })
    expect(tooMuch).toMatchObject({ status: 422, body: { error: { code: 'REFUND_TOO_LARGE' } } })
    const unknown = call(b, 'POST /staff/refunds', { token, body: { orderId: 'ORD-NONE', amountFen: 1, idempotencyKey: 'refund-none-key' } })
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'ORDER_UNKNOWN' } } })
  })
})

describe('POST /staff/check-ins', () => {
  it('checks a member in to an accepted invite once: one interaction; not accepted and twice are 409', () => {
    const b = fixedBackend()
    const token = staffToken(b)
    const code = memberCode(b)
    const body = { memberCode: code, inviteId: 'inv-spring-workshop', idempotencyKey: 'checkin-key-01' }
    expect(call(b, 'POST /staff/check-ins', { token, body }).body.error.code).toBe('NOT_ACCEPTED')
    const invite = call(b, 'GET /invites').body.invites.find((i: { id: string }) => i.id === 'inv-spring-workshop')
    expect(call(b, 'POST /invites/inv-spring-workshop/response', { body: { accept: true, slotId: invite.slots[0].id } }).status).toBe(200)
    const before = growth(b).totals.interactions
    const first = call(b, 'POST /staff/check-ins', { token, body: { ...body, idempotencyKey: 'checkin-key-02' } })
    expect(first.status).toBe(201)
    expect(validate('/staff/check-ins', 'POST', 201, first.body)).toEqual([])
    expect(growth(b).totals.interactions).toBe(before + 1)
    expect(call(b, 'POST /staff/check-ins', { token, body: { ...body, idempotencyKey: 'checkin-key-03' } }).body.error.code).toBe('ALREADY_CHECKED_IN')
    const after = call(b, 'GET /invites').body.invites.find((i: { id: string }) => i.id === 'inv-spring-workshop')
    expect(after.attendedAt).toBe(first.body.checkIn.checkedInAt)
    expect(events(b)[0].title).toMatch(/^活动签到/)
  })
})
