// Journeys in the real H5 build, against the fake backend in the page's msw worker: an 积极互动
// member signs up for a community event, is checked in at the counter, rates it once, has a post
// featured, brings a friend who joins and buys; 已享权益 and 我的会员旅程 show it all.
import type { Page } from 'playwright-core'
import { baseUrl, openApp, phonePage } from './support/browser'

const page = phonePage()
const persona = 'active~61'
const friend = 'visitor~61'
const goInApp = (route: string) => page.evaluate((r) => void (window.location.hash = `#${r}`), route)

/** Any call to the page's own fake backend, with whatever headers (a staff token, a persona). */
function inPage<T = Record<string, unknown>>(p: Page, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  return p.evaluate(
    async ([url, method, body, headers]) => {
      const res = await fetch(`/api/v1${url}`, { method, headers: { 'Content-Type': 'application/json', ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
      return { status: res.status, body: await res.json() }
    },
    [path, init.method ?? 'GET', init.body, init.headers ?? {}] as const,
  ) as Promise<{ status: number; body: T }>
}
const asMember = (who: string) => ({ 'X-Persona': who })
const totals = async () => (await inPage<{ totals: { interactions: number; shares: number } }>(page, '/me/growth', { headers: asMember(persona) })).body.totals

test('event, counter check-in, one rating, a featured post and a friend: 已享权益 and 我的会员旅程 show them', async () => {
  await openApp(page, baseUrl(), { persona, hashPath: '/pages/community/index' })
  const salon = page.getByTestId('event-ev-pour-over')
  await salon.waitFor({ timeout: 15_000 })
  await salon.getByRole('button', { name: /^报名：/ }).click()
  await salon.getByText('已报名 · 到场请向店员出示会员码签到').waitFor({ timeout: 10_000 })
  const start = await totals()

  // The counter checks the member in by member code and event.
  const staff = (await inPage<{ token: string }>(page, '/auth/staff', { method: 'POST', body: { storeId: 's-jingan', pin: '2468' } })).body.token
  const code = (await inPage<{ code: string }>(page, '/me/code', { method: 'POST', headers: asMember(persona) })).body.code
  const checkIn = await inPage(page, '/staff/check-ins', { method: 'POST', headers: { Authorization: `Bearer ${staff}` }, body: { memberCode: code, eventId: 'ev-pour-over', idempotencyKey: 'e2e-journey-check-in' } })
  expect(checkIn.status).toBe(201)
  expect((await totals()).interactions).toBe(start.interactions + 1)

  // The event asks for its rating, once.
  await openApp(page, baseUrl(), { persona, hashPath: '/pages/community/index' })
  const prompt = page.getByTestId('rating-prompt')
  await prompt.waitFor({ timeout: 10_000 })
  await prompt.getByRole('button', { name: '5 星' }).click()
  await page.getByText('谢谢你的评价：周末手冲咖啡沙龙').waitFor({ timeout: 10_000 })

  // A 使用心得, featured by the brand.
  await goInApp('/pages/posts/index')
  await page.getByText('还没有发布过分享').waitFor({ timeout: 10_000 })
  await page.locator('textarea').first().fill('新豆的花香很明显，手冲 92 度最好喝')
  await page.getByRole('button', { name: '发布' }).click()
  const status = page.getByTestId('post-status').first()
  await status.waitFor({ timeout: 10_000 })
  expect(await status.innerText()).toBe('审核中')
  const mine = await inPage<{ posts: { id: string }[] }>(page, '/posts?scope=mine', { headers: asMember(persona) })
  expect((await inPage(page, `/mock/posts/${mine.body.posts[0].id}/review`, { method: 'POST', body: { status: 'featured' } })).status).toBe(200)
  const afterPost = await totals()
  expect(afterPost).toEqual({ ...afterPost, interactions: start.interactions + 2, shares: start.shares + 1 })

  // A friend opens the member's share, joins and buys.
  const share = (await inPage<{ share: { id: string } }>(page, '/shares', { method: 'POST', headers: asMember(persona), body: { target: { kind: 'home' }, channel: 'chat' } })).body.share
  await inPage(page, `/shares/${share.id}/visits`, { method: 'POST', headers: asMember(friend) })
  const afterVisit = await totals()
  const joined = await inPage(page, '/members', { method: 'POST', headers: asMember(friend), body: { consent: { privacyVersion: '2026-11', acceptedAt: new Date().toISOString() }, nickname: '周周' } })
  expect(joined.status).toBe(201)
  await inPage(page, '/mock/events', { method: 'POST', headers: asMember(friend), body: { type: 'purchase', amountFen: 2800 } })
  expect((await totals()).shares).toBe(afterVisit.shares + 2)
  const wallet = await inPage<{ coupons: { title: string }[] }>(page, '/coupons?status=available', { headers: asMember(friend) })
  expect(wallet.body.coupons.map((c) => c.title)).toContain('好友 林晓雨 61号 送你的见面礼')

  // 已享权益 and 我的会员旅程.
  await goInApp('/pages/value/index')
  const events = page.getByTestId('value-events')
  await events.waitFor({ timeout: 10_000 })
  expect(await events.innerText()).toMatch(/[1-9]\d* 场/)
  await goInApp('/pages/journey/index')
  await page.getByText('参加活动：周末手冲咖啡沙龙').waitFor({ timeout: 10_000 })
  await page.getByText('第一位好友 周** 通过你的分享加入').waitFor()
  // Rated already: the journey does not ask about the event again.
  expect(await page.getByText('这场活动怎么样？').count()).toBe(0)
})
