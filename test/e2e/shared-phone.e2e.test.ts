// Issue #24 item 1, one shared phone: in the member H5 build (MOCK=off) against the HTTP fake
// backend, member A signs in, opens the home, the wallet and the member code, and signs out; member
// B signs in on the same browser. From A's sign-out on, nothing of A is on screen, in localStorage
// or in Cache Storage (the service worker caches the shell only), and B's screens are B's own, even
// offline and even when B's /me fails.
import { launchBrowser, newPhoneContext } from './support/browser'
import { startMemberSite, type MemberSite } from './support/member-site'
import type { Browser, Page } from 'playwright-core'

let site: MemberSite
let browser: Browser

beforeAll(async () => {
  site = await startMemberSite()
  browser = await launchBrowser()
}, 900_000) // the member build takes ~1 min alone, several on a busy machine
afterAll(async () => {
  await browser?.close()
  await site?.close()
})

const A_PHONE = '13800001234' // active: 积极互动, coupons, a pending invite
const B_PHONE = '13900000512' // newcomer: 了解观察, joined this week

interface Known {
  token: string
  member: { id: string; nickname: string; phoneMasked: string }
  couponTitles: string[]
}

/** What the backend holds for `phone` (its own sign-in, outside the browser). */
async function known(phone: string): Promise<Known> {
  const post = (path: string, body: unknown) =>
    fetch(`${site.backend.url}/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const { token } = (await (await post('/auth/phone', { phone, smsCode: '123456' })).json()) as { token: string }
  const get = (path: string) => fetch(`${site.backend.url}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json())
  const { member } = (await get('/me')) as Known
  const { coupons } = (await get('/coupons')) as { coupons: Array<{ title: string }> }
  return { token, member, couponTitles: coupons.map((c) => c.title) }
}

async function signIn(page: Page, phone: string): Promise<void> {
  const box = page.locator('input[aria-label="手机号"]')
  await box.waitFor({ timeout: 20_000 })
  await box.fill(phone)
  await page.locator('input[aria-label="验证码"]').fill('123456')
  await page.getByRole('button', { name: '登录' }).click()
}

/** Opens `hashPath` in a fresh document (a hash change alone would not reload the app). */
async function open(page: Page, hashPath: string): Promise<void> {
  await page.goto('about:blank')
  await page.goto(`${site.url}/#${hashPath}`)
}

/** Every localStorage key and value, and every URL in Cache Storage, as one string to search. */
async function everythingKept(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const stored = Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`)
    const cached: string[] = []
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) cached.push(req.url)
    }
    return [...stored, ...cached].join('\n')
  })
}

/** Fails if any of A's traces (those B does not share) is in `text`. */
function expectNothingOf(a: Known, b: Known, code: string, text: string): void {
  const onlyA = a.couponTitles.filter((t) => !b.couponTitles.includes(t)).slice(0, 5)
  for (const trace of [a.member.nickname, a.member.phoneMasked, `"${a.member.id}"`, a.token, code, ...onlyA]) {
    expect({ trace, found: text.includes(trace) }).toEqual({ trace, found: false })
  }
}

test('after A signs out and B signs in on the same phone, nothing of A is on screen or kept', async () => {
  const a = await known(A_PHONE)
  const b = await known(B_PHONE)
  expect(a.couponTitles.some((t) => !b.couponTitles.includes(t))).toBe(true)
  const context = await newPhoneContext(browser)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  // Every page records whether a coupon card or A's nickname was ever drawn, however briefly.
  await context.addInitScript((nickname) => {
    const w = window as unknown as { __seen: string[] }
    w.__seen = []
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="coupon-card"]')) w.__seen.push('coupon-card')
      if (document.body?.innerText.includes(nickname)) w.__seen.push('nickname')
    }).observe(document, { childList: true, subtree: true, characterData: true })
  }, a.member.nickname)

  // A: home, wallet, member code.
  await page.goto(`${site.url}/`)
  await signIn(page, A_PHONE)
  await page.getByTestId('level-name').waitFor({ timeout: 20_000 })
  await open(page, '/pages/coupons/index')
  await page.locator('[data-testid="coupon-card"]').first().waitFor({ timeout: 20_000 })
  const issued = page.waitForResponse((r) => /\/api\/v1\/me\/code$/.test(r.url()) && r.status() === 201)
  await open(page, '/pages/member-code/index')
  const aCode = ((await (await issued).json()) as { code: string }).code
  await page.getByTestId('code-digits').waitFor({ timeout: 15_000 })
  expect(await everythingKept(page)).toContain(aCode) // A's data was kept while A was signed in

  // A signs out from 我的.
  await open(page, '/pages/profile/index')
  await page.getByText(a.member.nickname, { exact: true }).waitFor({ timeout: 20_000 })
  await page.getByText('退出登录', { exact: true }).click()
  await page.locator('.taro-model__confirm').click()
  await page.locator('input[aria-label="手机号"]').waitFor({ timeout: 20_000 })
  expectNothingOf(a, b, aCode, await everythingKept(page))

  // Signed out, the wallet shows nobody's coupons before the sign-in page appears.
  await open(page, '/pages/coupons/index')
  await page.locator('input[aria-label="手机号"]').waitFor({ timeout: 20_000 })
  expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([])

  // B signs in where the signed-out visit was (the wallet), B's /me failing meanwhile.
  await page.route('**/api/v1/me', (route) => route.abort('connectionreset'))
  await signIn(page, B_PHONE)
  await page.waitForFunction(() => location.hash.includes('/pages/coupons/index'), undefined, { timeout: 20_000 })
  await page.getByTestId('coupon-card').or(page.getByText(/还没有|暂无/)).first().waitFor({ timeout: 20_000 })
  const wallet = await page.locator('body').innerText()
  for (const title of a.couponTitles.filter((t) => !b.couponTitles.includes(t))) expect(wallet).not.toContain(title)

  // B's home with /me failing: it must not fall back on anyone's profile.
  const growth = page.waitForResponse((r) => /\/api\/v1\/me\/growth$/.test(r.url()), { timeout: 20_000 })
  await open(page, '/pages/home/index')
  await growth
  await page.waitForTimeout(1500)
  const home = await page.locator('body').innerText()
  expect(home).not.toContain(a.member.nickname)
  expect(home).not.toContain(a.member.phoneMasked)
  expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.filter((s) => s === 'nickname'))).toEqual([])
  await page.unroute('**/api/v1/me')

  // B's home, /me answering: B's level, and not told that "their" level was lowered (A's remembered).
  await open(page, '/pages/home/index')
  await page.getByTestId('level-name').waitFor({ timeout: 20_000 })
  expect(await page.getByTestId('level-name').innerText()).toBe('了解观察')
  await page.waitForTimeout(1000)
  expect(await page.getByText(/等级已调整|恭喜升级/).count()).toBe(0)
  await open(page, '/pages/profile/index')
  await page.getByText(b.member.nickname, { exact: true }).waitFor({ timeout: 20_000 })
  expect(await page.getByText(b.member.phoneMasked).count()).toBeGreaterThan(0)

  // B offline on the member code: never A's code (a clerk's purchase on it would be credited to A).
  await context.setOffline(true)
  await open(page, '/pages/member-code/index').catch(() => undefined)
  await page.waitForTimeout(2000)
  expect((await page.locator('body').innerText()).replace(/\s/g, '')).not.toContain(aCode)
  await context.setOffline(false)

  // Nothing of A is kept after B's visits either.
  expectNothingOf(a, b, aCode, await everythingKept(page))
  await context.close()
  expect(errors).toEqual([])
}, 180_000)
