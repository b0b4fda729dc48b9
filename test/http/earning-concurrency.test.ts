// Racing requests over real sockets: earning must act once however many arrive together.
import { mockServerForTests } from './http-api'

const api = mockServerForTests()

const purchaseEvents = async (persona = 'active') =>
  (await api('/me/growth/events?limit=50', { persona })).body.events.filter((e: { orderId?: string }) => e.orderId === 'ORD-RACE')

test('30 replays of one purchase with one key: one event, every answer the same purchase', async () => {
  const { token } = (await api('/auth/staff', { method: 'POST', body: { storeId: 's-jingan', pin: '2468' } })).body
  const { code } = (await api('/me/code', { method: 'POST' })).body
  const body = { memberCode: code, amountFen: 12800, orderId: 'ORD-RACE', idempotencyKey: 'race-purchase-key' }
  const results = await Promise.all(Array.from({ length: 30 }, () => api('/staff/purchases', { method: 'POST', token, body })))
  expect(results.filter((r) => r.status === 201)).toHaveLength(1)
  expect(results.filter((r) => r.status === 200)).toHaveLength(29)
  expect(new Set(results.map((r) => r.body.purchase.id)).size).toBe(1)
  expect(await purchaseEvents()).toHaveLength(1)
})

test('30 different people open one share at once: the sharer gets one share event', async () => {
  const before = (await api('/me/growth')).body.totals.shares
  const { share } = (await api('/shares', { method: 'POST', body: { target: { kind: 'home' }, channel: 'chat' } })).body
  const results = await Promise.all(Array.from({ length: 30 }, (_, i) => api(`/shares/${share.id}/visits`, { method: 'POST', persona: `newcomer~${i + 1}` })))
  expect(results.every((r) => r.status === 201)).toBe(true)
  expect(results.filter((r) => r.body.credited)).toHaveLength(1)
  expect((await api('/me/growth')).body.totals.shares).toBe(before + 1)
})

test('10 shares each opened at once by another person: 5 credited that day, no more', async () => {
  const before = (await api('/me/growth')).body.totals.shares
  const ids: string[] = []
  for (let i = 0; i < 10; i++) ids.push((await api('/shares', { method: 'POST', body: { target: { kind: 'home' }, channel: 'link' } })).body.share.id)
  const results = await Promise.all(ids.map((id, i) => api(`/shares/${id}/visits`, { method: 'POST', persona: `cocreator~${i + 1}`, key: `visit-${i}` })))
  expect(results.filter((r) => r.body.credited)).toHaveLength(5)
  expect((await api('/me/growth')).body.totals.shares).toBe(before + 5)
})
