// The right to leave in the H5 build: a member signed in by phone exports their data as a JSON
// file from 我的 → 资料, then deletes the membership with an SMS code, is signed out, and the
// same phone signs in again as someone who has not joined.
import { readFileSync } from 'node:fs'
import { appUrl, baseUrl, callInPage, phonePage } from './support/browser'

const page = phonePage()
/** The visible page (Taro keeps the pages of the stack in the DOM, hidden). */
const onScreen = () => page.locator('.taro_page:not([style*="display: none"])')
const PHONE = '13800000041' // persona active~41

async function signInByPhone(): Promise<void> {
  await page.goto(appUrl(baseUrl(), { hashPath: '/pages/sign-in/index' }), { waitUntil: 'load' })
  const phone = page.locator('input[aria-label="手机号"]')
  await phone.waitFor({ timeout: 15_000 })
  await phone.fill(PHONE)
  await page.getByRole('button', { name: '获取验证码' }).click()
  await page.getByText(/验证码已发送/).waitFor({ timeout: 10_000 })
  await page.locator('input[aria-label="验证码"]').fill('123456')
  await page.getByRole('button', { name: '登录' }).click()
}

/** The backend's clock `minutes` ahead of real time, so the same phone may be sent another code (one a minute). */
async function clockAhead(minutes: number): Promise<void> {
  const later = new Date(Date.now() + minutes * 60_000).toISOString()
  expect((await callInPage(page, '/mock/clock', 'active', { method: 'POST', body: { now: later } })).status).toBe(200)
}

test('export as a JSON download, then delete with the SMS code: signed out, and the phone is a newcomer', async () => {
  await signInByPhone()
  await page.locator('[data-testid=level-name]').first().waitFor({ timeout: 15_000 })

  await page.goto(appUrl(baseUrl(), { hashPath: '/pages/profile-edit/index' }), { waitUntil: 'load' })
  await page.getByRole('link', { name: /导出我的数据/ }).click()
  const button = page.getByRole('button', { name: '导出我的数据' })
  await button.waitFor({ timeout: 15_000 })
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), button.click()])
  expect(download.suggestedFilename()).toMatch(/^会员圈-我的数据-\d{8}\.json$/)
  const doc = JSON.parse(readFileSync((await download.path()) as string, 'utf8'))
  expect(doc.member).toMatchObject({ id: 'active~41', phoneMasked: '138****0041' })
  for (const key of ['growthEvents', 'coupons', 'rights', 'invites', 'checkIns', 'shares', 'messages']) expect(Array.isArray(doc[key])).toBe(true)
  await page.getByText(/已导出 会员圈-我的数据-/).waitFor()

  await clockAhead(2)
  await page.goto(appUrl(baseUrl(), { hashPath: '/pages/member-data/index?section=delete' }), { waitUntil: 'load' })
  await onScreen().getByText('会保留').waitFor({ timeout: 15_000 })
  await onScreen().locator('input[aria-label="手机号"]').fill(PHONE)
  await onScreen().getByRole('button', { name: '获取验证码' }).click()
  await onScreen().getByText(/验证码已发送/).waitFor({ timeout: 10_000 })
  await onScreen().locator('input[aria-label="验证码"]').fill('123456')
  await onScreen().getByRole('button', { name: '注销会员' }).click()
  await page.locator('.taro-model__confirm', { hasText: '确认注销' }).click()

  // Signed out: the sign-in page, and the deleted copy is no member any more.
  await page.getByRole('button', { name: '登录' }).waitFor({ timeout: 15_000 })
  expect((await callInPage<{ error: { code: string } }>(page, '/me', 'active~41')).body.error.code).toBe('NOT_MEMBER')

  await clockAhead(4)
  await signInByPhone()
  await page.getByRole('button', { name: '加入会员' }).waitFor({ timeout: 15_000 })
})
