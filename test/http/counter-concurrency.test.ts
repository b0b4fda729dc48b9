// Racing confirmations at the counter over real sockets: one checkout, one void, whatever arrives together.
import { mockServerForTests } from './http-api'

const api = mockServerForTests()

const PERSONA = 'active~30'
const staffToken = async () => (await api('/auth/staff', { method: 'POST', body: { storeId: 's-jingan', pin: '2468' } })).body.token as string
const orderEvents = async (orderId: string) =>
  (await api('/me/growth/events?limit=50', { persona: PERSONA })).body.events.filter((e: { orderId?: string }) => e.orderId === orderId)
const couponStatus = async (id: string) => (await api(`/coupons/${id}`, { persona: PERSONA })).body.coupon.status as string

test('30 racing confirmations of one checkout (one key): one purchase, two redemptions, every answer the same checkout', async () => {
  const token = await staffToken()
  const { code } = (await api('/me/code', { method: 'POST', persona: PERSONA })).body
  const body = { memberCode: code, orderId: 'CO-RACE', amountFen: 25800, couponIds: ['c-0001', 'c-0004'], idempotencyKey: 'race-checkout-key' }
  const results = await Promise.all(Array.from({ length: 30 }, () => api('/staff/checkouts', { method: 'POST', token, body })))
  expect(results.filter((r) => r.status === 201)).toHaveLength(1)
  expect(results.filter((r) => r.status === 200)).toHaveLength(29)
  expect(new Set(results.map((r) => r.body.checkout.id)).size).toBe(1)
  expect(await orderEvents('CO-RACE')).toHaveLength(1)
  expect([await couponStatus('c-0001'), await couponStatus('c-0004')]).toEqual(['used', 'used'])

  // 30 racing undos of it: one void, the rest replay or are told it is already voided.
  const voids = await Promise.all(
    Array.from({ length: 30 }, (_, i) => api('/staff/voids', { method: 'POST', token, body: { checkoutId: results[0].body.checkout.id, idempotencyKey: `race-void-${i % 2}` } })),
  )
  expect(voids.filter((r) => r.status === 201)).toHaveLength(1)
  expect(voids.every((r) => r.status === 201 || r.status === 200 || r.body.error?.code === 'ALREADY_VOIDED')).toBe(true)
  const events = await orderEvents('CO-RACE')
  expect(events.map((e: { type: string }) => e.type).sort()).toEqual(['purchase', 'void'])
  expect([await couponStatus('c-0001'), await couponStatus('c-0004')]).toEqual(['available', 'available'])
})

test('30 racing checkouts of one order under different keys: exactly one is recorded, the rest are ORDER_DUPLICATE', async () => {
  const token = await staffToken()
  const { code } = (await api('/me/code', { method: 'POST', persona: PERSONA })).body
  const results = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      api('/staff/checkouts', { method: 'POST', token, body: { memberCode: code, orderId: 'CO-RACE-2', amountFen: 100, couponIds: ['c-0003'], idempotencyKey: `race-key-${i}` } }),
    ),
  )
  expect(results.filter((r) => r.status === 201)).toHaveLength(1)
  expect(results.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual(Array(29).fill('ORDER_DUPLICATE'))
  expect(await orderEvents('CO-RACE-2')).toHaveLength(1)
})
