// Member services in the real H5 build (issue 13): the 消息 centre fills as the backend clock
// moves, and content behind a right renders from the backend and offline from the saved copy.
import { baseUrl, callInPage, openApp, phonePage } from './support/browser'

const page = phonePage()

test('at-risk: the home badge counts the 30-day reminder; moving the clock brings the 7-day one', async () => {
  await openApp(page, baseUrl(), { persona: 'at-risk~41', hashPath: '/pages/home/index' })
  await page.getByTestId('messages-badge').waitFor({ timeout: 15_000 })
  expect(await page.getByTestId('messages-badge').textContent()).toBe('1')

  const growth = await callInPage<{ levelExpiresAt: string }>(page, '/me/growth', 'at-risk~41')
  const now = new Date(Date.parse(growth.body.levelExpiresAt) - 7 * 86_400_000 + 60_000).toISOString()
  await callInPage(page, '/mock/clock', 'at-risk~41', { method: 'POST', body: { now } })
  await openApp(page, baseUrl(), { persona: 'at-risk~41', hashPath: '/pages/messages/index' })
  await page.getByText('「积极互动」还有 7 天到期').waitFor({ timeout: 15_000 })
  expect(await page.getByTestId('messages-unread').textContent()).toBe('2 条未读')
})

test('新手上路 renders as text and shapes, and is read offline from the saved copy, marked', async () => {
  await openApp(page, baseUrl(), { persona: 'first-buyer~41', hashPath: '/pages/content/index?slug=getting-started' })
  await page.getByText('1. 开箱检查').waitFor({ timeout: 15_000 })
  expect(await page.getByTestId('guide-step').count()).toBe(3)

  await openApp(page, baseUrl(), { persona: 'first-buyer~41', scenario: 'down', hashPath: '/pages/content/index?slug=getting-started' })
  await page.getByTestId('content-offline').waitFor({ timeout: 30_000 })
  expect(await page.getByTestId('content-offline').textContent()).toContain('离线 · 旧数据')
  expect(await page.getByTestId('guide-step').count()).toBe(3)
})
