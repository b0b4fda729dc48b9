// The walk through the HTTP fake backend, as an outside tester would drive it.
import { mockServerForTests } from './http-api'

const api = mockServerForTests('all')

const ME = 'active~77'
const totals = async () => (await api('/me/growth', { persona: ME })).body.totals as { interactions: number; shares: number }

test('an 积极互动 member: event, counter check-in, a featured post, a friend who joins and buys', async () => {
  const start = await totals()
  const staff = (await api('/auth/staff', { method: 'POST', body: { storeId: 's-jingan', pin: '2468' } })).body.token

  // 1. Sign up and be checked in at the counter.
  expect((await api('/community/events/ev-pour-over/registrations', { method: 'POST', persona: ME })).status).toBe(201)
  const code = (await api('/me/code', { method: 'POST', persona: ME })).body.code
  const checkIn = await api('/staff/check-ins', { method: 'POST', token: staff, body: { memberCode: code, eventId: 'ev-pour-over', idempotencyKey: 'flow-check-in' } })
  expect(checkIn.status).toBe(201)
  expect(await totals()).toMatchObject({ interactions: start.interactions + 1 })

  // 2. A 使用心得 the brand features.
  const post = await api('/posts', { method: 'POST', persona: ME, body: { kind: 'review', text: '新豆的花香很明显，手冲 92 度最好喝', productTag: '新豆' } })
  expect(post.body.post.status).toBe('pending')
  expect((await api(`/mock/posts/${post.body.post.id}/review`, { method: 'POST', body: { status: 'featured' } })).status).toBe(200)
  expect(await totals()).toMatchObject({ interactions: start.interactions + 2, shares: start.shares + 1 })
  const wallet = (await api('/coupons?status=available', { persona: ME })).body.coupons
  expect(wallet.some((c: { templateId: string }) => c.templateId === 'tpl-share-reward')).toBe(true)

  // 4. A stranger opens the share, joins and buys.
  const share = (await api('/shares', { method: 'POST', persona: ME, body: { target: { kind: 'home' }, channel: 'chat' } })).body.share
  const friend = (await api('/auth/wechat', { method: 'POST', body: { code: 'a-stranger' } })).body.token
  expect((await api(`/shares/${share.id}/visits`, { method: 'POST', token: friend })).status).toBe(201)
  const afterVisit = await totals()
  expect((await api('/members', { method: 'POST', token: friend, body: { consent: { privacyVersion: '2026-11', acceptedAt: new Date().toISOString() }, nickname: '周周' } })).status).toBe(201)
  const friendCode = (await api('/me/code', { method: 'POST', token: friend })).body.code
  expect((await api('/staff/purchases', { method: 'POST', token: staff, body: { memberCode: friendCode, amountFen: 2800, orderId: 'FLOW-1', idempotencyKey: 'flow-purchase' } })).status).toBe(201)
  expect((await totals()).shares).toBe(afterVisit.shares + 2)
  const gift = (await api('/coupons?status=available', { token: friend })).body.coupons.find((c: { templateId: string }) => c.templateId === 'tpl-referral-gift')
  expect(gift.title).toBe('好友 林晓雨 77号 送你的见面礼')
  expect((await api('/me/referrals', { persona: ME })).body.friends).toEqual([expect.objectContaining({ nicknameMasked: '周**', firstPurchaseAt: expect.any(String) })])
})
