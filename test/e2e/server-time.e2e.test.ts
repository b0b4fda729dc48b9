// The phone's clock five minutes fast or slow against the backend, in Chromium: the code screen
// still shows a live code with at most its true seconds left. In the H5 mock build the backend
// runs inside the page (msw), so the skew is made by moving the backend's clock (POST
// /mock/clock, persisted across the reload) while the page keeps real time.
import { baseUrl, callInPage, openApp, phonePage } from './support/browser'

const page = phonePage()
const MINUTES_5 = 5 * 60_000

test.each([
  ['fast', -MINUTES_5, 'active~43'],
  ['slow', +MINUTES_5, 'active~44'],
])('phone five minutes %s: a live code with at most its true seconds left', async (_, backendAhead, persona) => {
  await openApp(page, baseUrl(), { persona, hashPath: '/pages/coupons/index' })
  await page.waitForSelector('[data-testid="coupon-card"]', { timeout: 15_000 })
  const moved = await callInPage<{ now: string }>(page, '/mock/clock', persona, {
    method: 'POST',
    body: { now: new Date((await page.evaluate(() => Date.now())) + backendAhead).toISOString() },
  })
  expect(moved.status).toBe(200)

  await openApp(page, baseUrl(), { persona, hashPath: '/pages/coupon-code/index?id=c-0004' })
  const countdown = await page.waitForSelector('[data-testid="countdown"]', { timeout: 15_000 })
  const seconds = Number(/^(\d+) 秒内有效/.exec((await countdown.textContent()) ?? '')?.[1])
  expect(seconds).toBeGreaterThanOrEqual(50)
  expect(seconds).toBeLessThanOrEqual(60)
  await callInPage(page, '/mock/clock', persona, { method: 'POST', body: { now: null } })
})
