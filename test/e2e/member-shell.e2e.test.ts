// The member H5 build's first screen: index.html sends the home's GETs before app.js runs and its
// HTML shell paints the member card from their answers (config/boot-shell-card.ts), so a member on
// a slow phone reads their level while the app still loads. The app's card then takes its place:
// the same text, the same spot, one card at a time. A bad answer leaves the skeleton to the app.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, newPhoneContext } from './support/browser'
import { signInContext, startMemberSite, type MemberSite } from './support/member-site'

let site: MemberSite
let browser: Browser
beforeAll(async () => {
  site = await startMemberSite()
  browser = await launchBrowser()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await site?.close()
})

const APP_JS = /\/js\/app\.[0-9a-f]+\.js$/

async function memberPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await newPhoneContext(browser)
  await signInContext(context, site.backend.url)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  return { context, page, errors }
}

/** The card's text, where its level sits, and the root font size every rem of the layout hangs on. */
const cardOf = (page: Page, root: string) =>
  page.evaluate((root) => {
    const card = document.querySelector(`${root} .member-card`) as HTMLElement | null
    const level = document.querySelector(`${root} [data-testid="level-name"]`)
    if (!card || !level) return null
    const box = level.getBoundingClientRect()
    return { text: card.innerText, top: box.top, left: box.left, width: box.width, rem: getComputedStyle(document.documentElement).fontSize }
  }, root)

test('the shell shows the member card from the launch answers before app.js runs; the app card takes its place', async () => {
  const { context, page, errors } = await memberPage()
  // app.js never arrives: whatever shows is the HTML shell's own doing.
  await page.route(APP_JS, (route) => route.abort())
  await page.goto(`${site.url}/`)
  await page.locator('#boot-shell [data-testid="level-name"]').waitFor({ timeout: 15_000 })
  const shell = (await cardOf(page, '#boot-shell'))!
  expect(shell.text).toMatch(/当前等级\n(了解观察|初步体验|积极互动|核心共创)\n第 \d\/4 级/)
  expect(await page.getByRole('status', { name: /当前等级 .+，正在加载/ }).isVisible()).toBe(true)

  await page.unroute(APP_JS)
  await page.reload()
  await page.locator('.taro_page [data-testid="level-name"]').waitFor({ timeout: 20_000 })
  expect(await page.locator('#boot-shell').count()).toBe(0)
  expect(await page.getByTestId('level-name').count()).toBe(1)
  const app = (await cardOf(page, '.taro_page'))!
  expect(app.text).toBe(shell.text)
  // Not a pixel moves: same rem (Taro's rem script once fell to its floor while only the shell
  // was on the page, then jumped), same box.
  expect(app.rem).toBe(shell.rem)
  expect(Math.abs(app.top - shell.top)).toBeLessThan(0.5)
  expect(Math.abs(app.left - shell.left)).toBeLessThan(0.5)
  expect(Math.abs(app.width - shell.width)).toBeLessThan(0.5)
  await context.close()
  expect(errors).toEqual([])
}, 90_000)

test('the shell never drops back to a skeleton: it stays until the app shows the level', async () => {
  const { context, page, errors } = await memberPage()
  // Record, in the page, every moment the level is on screen or not once it first was.
  await page.addInitScript(() => {
    const w = window as unknown as { levelGaps: number; levelSeen: boolean }
    w.levelGaps = 0
    w.levelSeen = false
    const check = () => {
      const shown = document.querySelector('[data-testid="level-name"]') != null
      if (shown) w.levelSeen = true
      else if (w.levelSeen) w.levelGaps++
      requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
  await page.goto(`${site.url}/`)
  await page.locator('.taro_page [data-testid="level-name"]').waitFor({ timeout: 20_000 })
  await page.waitForTimeout(500)
  expect(await page.evaluate(() => (window as unknown as { levelSeen: boolean; levelGaps: number }).levelGaps)).toBe(0)
  await context.close()
  expect(errors).toEqual([])
}, 60_000)

test('a malformed launch answer leaves the skeleton, and the app says what it can', async () => {
  const { context, page, errors } = await memberPage()
  await page.route(/\/api\/v1\/levels$/, (route) =>
    route.request().method() === 'GET'
      ? route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: '{"levels":[{"code":"engager"}]}' })
      : route.continue(),
  )
  await page.route(APP_JS, (route) => route.abort())
  const answered = page.waitForResponse(/\/api\/v1\/levels$/)
  await page.goto(`${site.url}/`)
  await answered
  await page.waitForTimeout(500)
  expect(await page.locator('#boot-shell .card').count()).toBe(1)
  expect(await page.getByTestId('level-name').count()).toBe(0)

  await page.unroute(APP_JS)
  await page.reload()
  // The app falls back to the path built into it and says so; the shell is gone.
  await page.locator('.taro_page [data-testid="level-name"]').waitFor({ timeout: 20_000 })
  await page.getByText('等级名称按应用内置的成长路径显示').waitFor({ timeout: 10_000 })
  expect(await page.locator('#boot-shell').count()).toBe(0)
  await context.close()
  expect(errors).toEqual([])
}, 90_000)
