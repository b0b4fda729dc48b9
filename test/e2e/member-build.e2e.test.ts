// The member H5 build (MOCK=off) against the HTTP fake backend on another origin, as a real
// deployment runs (built once here, ~1 min):
// - nobody's data shows before sign-in; a stranger signs in by phone, agrees, joins and sees 了解观察,
//   and a shared link opened before joining opens after it;
// - it opens with no network: loaded once online (its service worker precaches the shell, the app
//   saves its last good answers), it reopens offline, says so, and shows the wallet and the last
//   code with its honest time left;
// - a claim whose response is lost after the backend acted, retried, leaves exactly one coupon;
// - a redeploy with a tab open: the new worker waits, the old tab keeps its lazy pages and is
//   offered 有新版本，点此刷新, whose tap brings the new version.
import { launchBrowser, newPhoneContext, PHONE } from './support/browser'
import { signInContext, startMemberSite, type MemberSite } from './support/member-site'
import { startStaticServer } from '../../scripts/lib/static-server'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'

let site: MemberSite
let browser: Browser
let dist: string

beforeAll(async () => {
  site = await startMemberSite()
  dist = site.dist
  browser = await launchBrowser()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await site?.close()
})

test('loaded once online, the member build reopens offline with the wallet and the last code', async () => {
  const context = await newPhoneContext(browser)
  await signInContext(context, site.backend.url)
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

/** The member's coupons of one template, read from the backend itself. */
async function couponsOf(templateId: string): Promise<number> {
  const res = await fetch(`${site.backend.url}/api/v1/coupons`)
  const { coupons } = (await res.json()) as { coupons: Array<{ templateId: string }> }
  return coupons.filter((c) => c.templateId === templateId).length
}

/**
 * Claims `template` in the claim center of a fresh page whose first `drop` claim responses are
 * lost after the backend acted (fetched, then the connection reset); returns the keys sent.
 */
async function claimWithLostResponses(
  template: string,
  drop: number,
  outcome: RegExp,
  thenCheck: (page: Page, button: Locator) => Promise<void> = async () => undefined,
): Promise<string[]> {
  // No service worker here: every request of the page meets the interception below.
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' })
  await signInContext(context, site.backend.url)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const keys: string[] = []
  let left = drop
  await page.route(`**/api/v1/coupon-templates/${template}/claim`, async (route) => {
    keys.push((await route.request().headerValue('idempotency-key')) ?? '')
    const answer = await route.fetch() // the backend acts…
    if (left > 0) {
      left -= 1
      await route.abort('connectionreset') // …and the app never hears
      return
    }
    await route.fulfill({ response: answer })
  })
  await page.goto(`${site.url}/#/pages/claim-center/index`)
  // The card's claim button (it also has a 分享 button).
  const button = page.locator(`[data-testid="template-${template}"]`).getByRole('button', { name: /^领取/ })
  await button.click({ timeout: 20_000 })
  await page.locator(`text=${outcome}`).waitFor({ timeout: 15_000 })
  await thenCheck(page, button)
  await context.close()
  expect(errors).toEqual([])
  return keys
}

test('a claim whose first response is dropped after the backend acted is retried and leaves one coupon', async () => {
  await fetch(`${site.backend.url}/api/v1/mock/reset`, { method: 'POST' })
  expect(await couponsOf('tpl-flash-10')).toBe(0)
  const keys = await claimWithLostResponses('tpl-flash-10', 1, /已领取「/)
  expect(keys).toHaveLength(2)
  expect(keys[1]).toBe(keys[0])
  expect(await couponsOf('tpl-flash-10')).toBe(1)
}, 60_000)

test('when every automatic try is lost, the claim still happened once and the list says so', async () => {
  await fetch(`${site.backend.url}/api/v1/mock/reset`, { method: 'POST' })
  const keys = await claimWithLostResponses('tpl-flash-10', 3, /领取失败：网络连接不可用/, async (page, button) => {
    // After the failure the list is fetched again: it now knows the claim happened, so no button.
    await page.locator('[data-testid="template-tpl-flash-10"] >> text=/已领/').waitFor({ timeout: 15_000 })
    expect(await button.count()).toBe(0)
  })
  expect(keys).toHaveLength(3)
  expect(new Set(keys).size).toBe(1)
  expect(await couponsOf('tpl-flash-10')).toBe(1)
}, 60_000)

/**
 * A redeploy as a new build makes it: every script and stylesheet the open tab has not loaded yet
 * gets a new name (new hashes; the old names are gone from the host), app.js asks for them by
 * those names (webpack's chunk map) under a new name of its own, and index.html and sw.js change.
 * Returns how many files were renamed.
 */
function redeploy(root: string, loaded: Set<string>): number {
  const read = (url: string) => readFileSync(path.join(root, url), 'utf8')
  let sw = read('sw.js')
  let html = read('index.html')
  const moves: Array<[string, string]> = []
  const hashes: Array<[string, string]> = []
  for (const dir of ['js', 'css']) {
    for (const file of readdirSync(path.join(root, dir))) {
      const url = `/${dir}/${file}`
      const named = /^(.+)\.([0-9a-f]{8,})\.(js|css)$/.exec(file)
      if (loaded.has(url) || !named || !sw.includes(`"${url}"`)) continue
      moves.push([url, `/${dir}/${named[1]}.${named[2]}-v2.${named[3]}`])
      hashes.push([named[2], `${named[2]}-v2`])
    }
  }
  const appJs = [...loaded].find((url) => /^\/js\/app\.[0-9a-f]+\.js$/.test(url))!
  let app = read(appJs)
  for (const [from, to] of hashes) app = app.split(`:"${from}"`).join(`:"${to}"`)
  const nextApp = appJs.replace(/\.js$/, '-v2.js')
  writeFileSync(path.join(root, nextApp), app)
  rmSync(path.join(root, appJs))
  for (const [from, to] of moves) renameSync(path.join(root, from), path.join(root, to))
  for (const [from, to] of [...moves, [appJs, nextApp]]) {
    sw = sw.split(`"${from}"`).join(`"${to}"`)
    html = html.split(`"${from}"`).join(`"${to}"`)
  }
  const patched = sw.replace(/(\{url:"\/index\.html",revision:")([0-9a-f]+)"/, '$1$2-v2"')
  expect(patched).not.toBe(sw)
  writeFileSync(path.join(root, 'sw.js'), patched)
  writeFileSync(path.join(root, 'index.html'), html.replace('<head>', '<head><meta name="deploy" content="v2">'))
  return moves.length
}

test('a redeploy with a tab open: the old tab still opens its lazy pages, is offered 有新版本，点此刷新, and the tap brings the new version', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'member-deploy-'))
  cpSync(dist, root, { recursive: true })
  const deployed = await startStaticServer(root, 0)
  const context = await newPhoneContext(browser)
  await signInContext(context, site.backend.url)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  try {
    const shellVersion = () => page.evaluate(() => document.querySelector('meta[name="deploy"]')?.getAttribute('content') ?? 'v1')
    await page.goto(`${deployed.url}/`)
    await page.waitForSelector('[data-testid="level-name"]', { timeout: 20_000 })
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 })
    const loaded = new Set(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)))
    expect(redeploy(root, loaded)).toBeGreaterThan(0)

    // The open tab learns of the new deployment (the app asks on visibility and every 30 min;
    // update() makes the moment certain) and the new worker installs.
    const newWorker = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!
      await registration.update()
      const worker = (registration.installing ?? registration.waiting)!
      await new Promise<void>((resolve) => {
        const settled = () => (worker.state === 'installed' || worker.state === 'activated') && resolve()
        worker.addEventListener('statechange', settled)
        settled()
      })
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      return worker.state
    })
    // It waits: the old worker still answers this tab, so the old app's lazy pages still load.
    expect(newWorker).toBe('installed')
    await page.evaluate(() => (location.hash = '#/pages/claim-center/index'))
    await page.locator('[data-testid^="template-"]').first().waitFor({ timeout: 20_000 })
    expect(await shellVersion()).toBe('v1')

    // The tab offers the new version; the tap hands over to the new worker and reloads into it.
    const offer = page.getByRole('button', { name: '有新版本，点此刷新' })
    await offer.waitFor({ timeout: 10_000 })
    await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), offer.click()])
    await page.waitForSelector('[data-testid^="template-"], [data-testid="level-name"]', { timeout: 20_000 })
    expect(await shellVersion()).toBe('v2')
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false)
    expect(await page.getByRole('button', { name: '有新版本，点此刷新' }).count()).toBe(0)
    // And stays on it.
    await page.reload()
    await page.waitForSelector('[data-testid^="template-"], [data-testid="level-name"]', { timeout: 20_000 })
    expect(await shellVersion()).toBe('v2')
    expect(errors).toEqual([])
  } finally {
    await context.close()
    await deployed.close()
    rmSync(root, { recursive: true, force: true })
  }
}, 90_000)

/** A fresh phone with nobody signed in; `done` closes it and fails on any uncaught page error. */
async function strangerPage() {
  const context = await newPhoneContext(browser)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  return {
    page,
    done: async () => {
      await context.close()
      expect(errors).toEqual([])
    },
  }
}

test('the member build carries no fake backend and talks to the HTTP backend', () => {
  const js = readdirSync(path.join(dist, 'js')).map((f) => readFileSync(path.join(dist, 'js', f), 'utf8')).join('\n')
  expect(js).toContain(site.backend.url)
  expect(existsSync(path.join(dist, 'mockServiceWorker.js'))).toBe(false)
})

test('a stranger is sent to sign in, signs in by phone, agrees, joins and sees 了解观察', async () => {
  const { page, done } = await strangerPage()
  await page.goto(`${site.url}/`, { waitUntil: 'load' })
  const phone = page.locator('input[aria-label="手机号"]')
  await phone.waitFor({ timeout: 20_000 })
  expect(page.url()).toContain('/pages/sign-in/index')
  expect(await page.getByTestId('level-name').count()).toBe(0)

  await phone.fill('17700003333')
  await page.getByRole('button', { name: '获取验证码' }).click()
  await page.getByRole('button', { name: /秒后重发/ }).waitFor({ timeout: 10_000 })
  await page.locator('input[aria-label="验证码"]').fill('123456')
  await page.getByRole('button', { name: '登录' }).click()

  await page.getByRole('listitem').nth(3).waitFor({ timeout: 15_000 })
  expect(await page.getByTestId('level-name').count()).toBe(0)
  await page.getByRole('button', { name: '加入会员' }).click()
  await page.getByRole('checkbox', { name: /我已阅读并同意会员隐私政策/ }).click()
  await page.getByRole('button', { name: '同意并加入' }).click()

  const levelName = page.getByTestId('level-name')
  await levelName.waitFor({ timeout: 15_000 })
  expect(await levelName.innerText()).toBe('了解观察')
  const me = await fetch(`${site.backend.url}/api/v1/auth/phone`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone: '17700003333', smsCode: '123456' }),
  }).then((r) => r.json() as Promise<{ joined: boolean }>)
  expect(me.joined).toBe(true)
  await done()
})

test('a shared coupon link opened by a stranger opens after signing in and joining', async () => {
  const { page, done } = await strangerPage()
  await page.goto(`${site.url}/#/pages/coupon-code/index?id=c-0001`, { waitUntil: 'load' })
  const phone = page.locator('input[aria-label="手机号"]')
  await phone.waitFor({ timeout: 20_000 })
  await phone.fill('17700004444')
  await page.locator('input[aria-label="验证码"]').fill('123456')
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByRole('button', { name: '加入会员' }).click()
  await page.getByRole('checkbox', { name: /我已阅读并同意会员隐私政策/ }).click()
  await page.getByRole('button', { name: '同意并加入' }).click()
  await page.waitForFunction(() => location.hash.includes('/pages/coupon-code/index'), undefined, { timeout: 15_000 })
  expect(page.url()).toContain('id=c-0001')
  await page.getByTestId('code-digits').waitFor({ timeout: 15_000 })
  await done()
})
