// The counter in Chromium: the clerk signs in with the store PIN (a wrong one is refused in
// Chinese), redeems a member's code with the staff token, and stays signed in across a reload.
import { baseUrl, callInPage, openApp, phonePage } from './support/browser'

const page = phonePage()
const PERSONA = 'active~45'

test('sign in with the store PIN, redeem a code, stay signed in after a reload', async () => {
  await openApp(page, baseUrl(), { persona: PERSONA, hashPath: '/pages/store-counter/index' })
  await page.waitForSelector('text=门店员工登录', { timeout: 15_000 })
  const { body } = await callInPage<{ code: string }>(page, '/coupons/c-0004/code', PERSONA, { method: 'POST' })

  await page.getByRole('radio', { name: '上海静安店' }).click()
  await page.locator('input[aria-label="门店 PIN"]').fill('1357')
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForSelector('text=PIN 不正确，请重新输入')
  await page.locator('input[aria-label="门店 PIN"]').fill('2468')
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForSelector('text=当前门店：上海静安店')

  await page.locator('input[aria-label="券码"]').fill(body.code)
  await page.getByRole('button', { name: '核销' }).click()
  await page.waitForSelector('text=/核销成功：券 c-0004/', { timeout: 15_000 })

  await page.reload({ waitUntil: 'load' })
  await page.waitForSelector('text=当前门店：上海静安店', { timeout: 15_000 })
  await page.getByRole('button', { name: '退出登录' }).click()
  await page.waitForSelector('text=门店员工登录')
})
