// Unknown routes (an old share link, a typo) say so and lead home, on first load and in-app.
import { baseUrl, openApp, phonePage } from './support/browser'

const page = phonePage()

test('a first visit to an unknown route shows 页面不存在 and the way home works', async () => {
  await openApp(page, baseUrl(), { hashPath: '/pages/no-such-page/index' })
  await page.getByRole('alert').filter({ hasText: '页面不存在' }).waitFor({ timeout: 15_000 })
  expect(await page.getByText(/没有找到「\/pages\/no-such-page\/index」/).isVisible()).toBe(true)
  await page.getByRole('button', { name: '回到会员首页' }).click()
  await page.getByTestId('level-name').waitFor({ timeout: 15_000 })
})

test('navigating to an unknown route inside the app shows the same page, not a blank one', async () => {
  await openApp(page, baseUrl(), { persona: 'active' })
  await page.getByTestId('level-name').waitFor({ timeout: 15_000 })
  await page.evaluate(() => {
    window.location.hash = '#/pages/retired-campaign/index'
  })
  await page.getByRole('alert').filter({ hasText: '页面不存在' }).waitFor({ timeout: 15_000 })
})
