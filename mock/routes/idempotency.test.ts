import { call, fixedBackend, FIXED_NOW } from '../test-support/call'
import { IDEMPOTENCY_TTL_MS } from './idempotency'

const claim = 'POST /coupon-templates/tpl-flash-10/claim'
const key = (k: string) => ({ headers: { 'idempotency-key': k } })
const flashCoupons = (b: ReturnType<typeof fixedBackend>, persona = 'active') =>
  call(b, 'GET /coupons', { persona }).body.coupons.filter((c: { templateId: string }) => c.templateId === 'tpl-flash-10')
const stockLeft = (b: ReturnType<typeof fixedBackend>) =>
  call(b, 'GET /coupon-templates', { persona: 'newcomer' }).body.templates.find((t: { id: string }) => t.id === 'tpl-flash-10').stockLeft

describe('Idempotency-Key in handleRequest', () => {
  it('the same key answers the first answer again with its status, and claims once', () => {
    const b = fixedBackend()
    const first = call(b, claim, key('claim-key-1'))
    const again = call(b, claim, key('claim-key-1'))
    expect(first.status).toBe(201)
    expect(again).toEqual(first)
    expect(flashCoupons(b)).toHaveLength(1)
    expect(stockLeft(b)).toBe(9)
  })

  it('a refusal replays as the same refusal; a new key is a new action', () => {
    const b = fixedBackend()
    call(b, claim, key('claim-key-1'))
    const refused = call(b, claim, key('claim-key-2'))
    expect([refused.status, refused.body.error.code]).toEqual([409, 'LIMIT_REACHED'])
    expect(call(b, claim, key('claim-key-2'))).toEqual(refused)
  })

  it('an answer replays even after state moved on (an invite answered once, then asked again)', () => {
    const b = fixedBackend()
    const answer = (k: string) =>
      call(b, 'POST /invites/inv-spring-workshop/response', { body: { accept: true, slotId: 'sat-pm' }, ...key(k) })
    const first = answer('answer-key-1')
    expect(answer('answer-key-1')).toEqual(first)
    expect(first.body.invite).toMatchObject({ status: 'accepted', seatsLeft: 11 })
    expect(answer('answer-key-2').body.error.code).toBe('ALREADY_ANSWERED')
  })

  it('the same key with another body is 422 IDEMPOTENCY_MISMATCH and acts on nothing', () => {
    const b = fixedBackend()
    const path = 'POST /invites/inv-spring-workshop/response'
    call(b, path, { body: { accept: false }, ...key('answer-key-1') })
    const other = call(b, path, { body: { slotId: 'sat-pm', accept: true }, ...key('answer-key-1') })
    expect([other.status, other.body.error.code]).toEqual([422, 'IDEMPOTENCY_MISMATCH'])
    // Key order alone is the same body.
    const reordered = call(b, 'POST /mock/events', { body: { type: 'purchase', amountFen: 100 }, ...key('event-key-1') })
    expect(call(b, 'POST /mock/events', { body: { amountFen: 100, type: 'purchase' }, ...key('event-key-1') })).toEqual(reordered)
  })

  it('keys are per member and per path', () => {
    const b = fixedBackend()
    expect(call(b, claim, { persona: 'active~1', ...key('shared-key') }).status).toBe(201)
    expect(call(b, claim, { persona: 'active~2', ...key('shared-key') }).status).toBe(201)
    expect(call(b, 'POST /coupon-templates/tpl-welcome/claim', { persona: 'newcomer~3', ...key('shared-key') }).status).not.toBe(422)
    expect(stockLeft(b)).toBe(8)
  })

  it('a key is forgotten 24 h later by the backend clock', () => {
    const b = fixedBackend()
    const event = () => call(b, 'POST /mock/events', { body: { type: 'share' }, ...key('share-key-1') })
    const shares = () => call(b, 'GET /me/growth/events?limit=50').body.events.filter((e: { type: string }) => e.type === 'share').length
    const before = shares()
    event()
    b.clock.setNow(FIXED_NOW + IDEMPOTENCY_TTL_MS - 1000)
    event()
    expect(shares()).toBe(before + 1)
    b.clock.setNow(FIXED_NOW + IDEMPOTENCY_TTL_MS + 1000)
    event()
    expect(shares()).toBe(before + 2)
  })

  it('a request failed by the flaky scenario acts on nothing, so its retry with the same key acts', () => {
    const b = fixedBackend()
    const flaky = { scenario: 'flaky' }
    expect([call(b, 'GET /me', flaky).status, call(b, 'GET /me', flaky).status]).toEqual([200, 200])
    expect(call(b, claim, { ...flaky, ...key('flaky-claim') }).status).toBe(503)
    expect(flashCoupons(b)).toHaveLength(0)
    expect(call(b, claim, { ...flaky, ...key('flaky-claim') }).status).toBe(201)
    expect(flashCoupons(b)).toHaveLength(1)
  })

  it('rejects an empty or over-long key with 400', () => {
    const b = fixedBackend()
    expect(call(b, claim, key('')).status).toBe(400)
    expect(call(b, claim, key('k'.repeat(65))).status).toBe(400)
    expect(call(b, claim, key('k'.repeat(64))).status).toBe(201)
  })
})
