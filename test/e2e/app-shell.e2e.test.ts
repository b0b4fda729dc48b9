// Smoke tests of the built H5 app: the shell renders Chinese text, the msw worker starts, and
// nothing throws uncaught.
// It asserts only what the shell promises (the word 会员 somewhere on screen), so the home page
// can change freely.
import { appUrl, baseUrl, openApp, phonePage } from './support/browser'

const page = phonePage()

async function expectShellWithoutErrors(): Promise<void> {
  await page.waitForFunction(() => document.body.innerText.includes('会员'), undefined, { timeout: 15_000 })
  expect(await page.title()).toContain('会员')
  // Give late async work (data loading, the mock worker) a moment to fail loudly if it is going
  // to; phonePage() fails the test on any uncaught page error.
  await page.waitForTimeout(500)
}

test('the app shell renders 会员 and throws no uncaught errors', async () => {
  await openApp(page, baseUrl())
  await expectShellWithoutErrors()
})

test('the mock backend\'s service worker takes control of the page', async () => {
  await openApp(page, baseUrl())
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 15_000 })
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/mockServiceWorker\.js$/)
})

test('with the backend down the shell still renders and nothing throws uncaught', async () => {
  await openApp(page, baseUrl(), { scenario: 'down' })
  await expectShellWithoutErrors()
})

test('the HTML shell shows the page shape before any script runs and leaves once a page has content', async () => {
  await page.route('**/*.js', (route) => route.abort())
  await page.goto(new URL('/', baseUrl()).toString())
  expect(await page.getByRole('status', { name: '正在加载' }).isVisible()).toBe(true)
  await page.unroute('**/*.js')

  await openApp(page, baseUrl(), { persona: 'active' })
  await page.getByTestId('level-name').waitFor({ timeout: 15_000 })
  expect(await page.locator('#boot-shell').count()).toBe(0)
})

// Mock builds: the shell's own entry (mock/browser-shell.ts) asks the in-page fake backend for the
// home's answers and paints the member card before app.js runs; the app's card takes its place.
const APP_JS = /\/js\/app\.[0-9a-f]+\.js$/
const cardText = (root: string) => page.evaluate((root) => (document.querySelector(`${root} .member-card`) as HTMLElement | null)?.innerText ?? null, root)

test('the mock build paints the default member card from the in-page backend before app.js runs', async () => {
  await page.route(APP_JS, (route) => route.abort())
  await page.goto(new URL('/', baseUrl()).toString())
  await page.locator('#boot-shell [data-testid="level-name"]').waitFor({ timeout: 15_000 })
  const shell = await cardText('#boot-shell')
  expect(shell).toMatch(/当前等级\n(了解观察|初步体验|积极互动|核心共创)\n第 \d\/4 级/)

  await page.unroute(APP_JS)
  await page.reload()
  await page.locator('.taro_page [data-testid="level-name"]').waitFor({ timeout: 15_000 })
  expect(await page.locator('#boot-shell').count()).toBe(0)
  expect(await cardText('.taro_page')).toBe(shell)
})

test("a persona or scenario chosen by the tester is the app's to show: the shell keeps its skeleton", async () => {
  await page.route(APP_JS, (route) => route.abort())
  for (const options of [{ persona: 'newcomer' }, { scenario: 'down' as const }]) {
    await page.goto(appUrl(baseUrl(), options))
    await page.waitForTimeout(500)
    expect(await page.locator('#boot-shell .card').count()).toBe(1)
    expect(await page.getByTestId('level-name').count()).toBe(0)
  }
  await page.unroute(APP_JS)
  await openApp(page, baseUrl(), { persona: 'newcomer' })
  await page.getByTestId('level-name').waitFor({ timeout: 15_000 })
  expect(await page.getByTestId('level-name').innerText()).toBe('了解观察')
})
