// The member H5 build opens with no network: loaded once online (its service worker precaches the
// shell, the app saves its last good answers), it reopens offline, says so, and shows the wallet
// and the last code with its honest time left.
import { launchBrowser, newPhoneContext } from './support/browser'
import { ensureMemberBuild, startMemberSite, type MemberSite } from './support/member-site'
import type { Browser } from 'playwright-core'

let site: MemberSite
let browser: Browser

beforeAll(async () => {
  site = await startMemberSite(ensureMemberBuild())
  browser = await launchBrowser()
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await site?.close()
})

test('loaded once online, the member build reopens offline with the wallet and the last code', async () => {
  const context = await newPhoneContext(browser)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))

  // Online: the worker installs (precaching the shell); the home, wallet and a code are fetched.
  await page.goto(`${site.url}/`)
  await page.waitForSelector('[data-testid="level-name"]', { timeout: 20_000 })
  await page.goto(`${site.url}/#/pages/coupons/index`)
  await page.waitForSelector('[data-testid="coupon-card"]', { timeout: 20_000 })
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  const issued = page.waitForResponse((r) => /\/api\/v1\/coupons\/c-0004\/code$/.test(r.url()) && r.status() === 201)
  await page.goto(`${site.url}/#/pages/coupon-code/index?id=c-0004`)
  const code = ((await (await issued).json()) as { code: string }).code
  await page.waitForSelector('[data-testid="code-digits"]', { timeout: 15_000 })

  // Offline: a cold reload of the wallet.
  await context.setOffline(true)
  await page.goto(`${site.url}/#/pages/coupons/index`)
  await page.waitForSelector('[data-testid="coupon-card"]', { timeout: 20_000 })
  await page.waitForSelector('text=离线数据', { timeout: 15_000 })
  expect(await page.locator('[data-testid="coupon-card"]').count()).toBeGreaterThan(0)

  // The code saved a moment ago is still valid: shown with its time left, marked as offline.
  await page.goto(`${site.url}/#/pages/coupon-code/index?id=c-0004`)
  await page.waitForSelector('[data-testid="code-digits"]', { timeout: 15_000 })
  expect((await page.textContent('[data-testid="code-digits"]'))!.replace(/\s/g, '')).toBe(code)
  await page.waitForSelector('text=/还剩 \\d+ 秒有效/', { timeout: 15_000 })

  // And the home opens too, from saved data, saying it is offline.
  await page.goto(`${site.url}/#/pages/home/index`)
  await page.waitForSelector('[data-testid="level-name"]', { timeout: 20_000 })
  await page.waitForSelector('text=/离线数据 · 更新于/', { timeout: 15_000 })

  await context.close()
  expect(errors).toEqual([])
}, 90_000)
