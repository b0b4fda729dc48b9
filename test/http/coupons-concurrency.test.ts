// 50 requests in flight at once over real sockets: the fake backend must redeem a coupon at
// most once and never sell stock it does not have.
import { mockServerForTests } from './http-api'

const api = mockServerForTests()

test('50 concurrent redemptions of one code with different idempotency keys: exactly one 201', async () => {
  const coupons = (await api('/coupons?status=available')).body.coupons
  const coupon = coupons.find((c: { storeIds: string[] }) => c.storeIds.includes('s-jingan'))
  const { code } = (await api(`/coupons/${coupon.id}/code`, { method: 'POST' })).body
  const { token } = (await api('/auth/staff', { method: 'POST', body: { storeId: 's-jingan', pin: '2468' } })).body
  const before = api.server().backend.serialize()

  const results = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      api('/redemptions', { method: 'POST', token, body: { code, storeId: 's-jingan', idempotencyKey: `race-key-${String(i).padStart(4, '0')}` } }),
    ),
  )
  const statuses = results.map((r) => r.status)
  expect(statuses.filter((s) => s === 201)).toHaveLength(1)
  expect(statuses.filter((s) => s === 409)).toHaveLength(49)
  expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'ALREADY_REDEEMED')).toBe(true)

  const after = (await api(`/coupons/${coupon.id}`)).body.coupon
  expect(after.status).toBe('used')
  // Nothing else changed: every other coupon of the member is as it was.
  const othersBefore = before.members.active.coupons.filter((c) => c.id !== coupon.id)
  const othersAfter = api.server().backend.serialize().members.active.coupons.filter((c) => c.id !== coupon.id)
  expect(othersAfter).toEqual(othersBefore)
})

test('a stock-10 template claimed by 50 members at once: exactly ten 201, stock ends at 0, nothing else changes', async () => {
  const personas = Array.from({ length: 50 }, (_, i) => `active~${i + 1}`)
  // Seed the members first so the race is only about the claim.
  await Promise.all(personas.map((p) => api('/coupons', { persona: p })))
  const before = api.server().backend.serialize()

  const results = await Promise.all(personas.map((p) => api('/coupon-templates/tpl-flash-10/claim', { method: 'POST', persona: p })))
  const winners = personas.filter((_, i) => results[i].status === 201)
  expect(winners).toHaveLength(10)
  expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'SOLD_OUT')).toBe(true)
  expect(results.filter((r) => r.status !== 201)).toHaveLength(40)

  const after = api.server().backend.serialize()
  expect(after.shared.couponTemplateStock).toEqual({ 'tpl-flash-10': 0 })
  for (const p of personas) {
    const added = after.members[p].coupons.length - before.members[p].coupons.length
    expect([p, added]).toEqual([p, winners.includes(p) ? 1 : 0])
    expect(after.members[p].coupons.slice(0, before.members[p].coupons.length)).toEqual(before.members[p].coupons)
  }
  const template = (await api('/coupon-templates', { persona: 'active~51' })).body.templates.find((t: { id: string }) => t.id === 'tpl-flash-10')
  expect(template).toMatchObject({ stockLeft: 0, claimable: false, reason: 'SOLD_OUT' })
})
