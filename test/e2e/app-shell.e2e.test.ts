// Smoke tests of the built H5 app: the shell renders Chinese text, the msw worker starts, and
// nothing throws uncaught.
// It asserts only what the shell promises (the word 会员 somewhere on screen), so the home page
// can change freely.
import { baseUrl, openApp, phonePage } from './support/browser'

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
