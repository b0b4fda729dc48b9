// A stranger goes from nothing to a member in the H5 build, with no tester help: signs in by
// phone and SMS code, sees the programme instead of anyone's data, agrees to the privacy
// notice, joins, and lands on the home at 了解观察 with the welcome.
import { appUrl, baseUrl, phonePage } from './support/browser'

const page = phonePage()

test('sign in by phone, a wrong code first, then join and see 了解观察', async () => {
  await page.goto(appUrl(baseUrl(), { hashPath: '/pages/sign-in/index' }), { waitUntil: 'load' })
  const phone = page.locator('input[aria-label="手机号"]')
  await phone.waitFor({ timeout: 15_000 })
  await phone.fill('15800001111')
  await page.getByRole('button', { name: '获取验证码' }).click()
  await page.getByRole('button', { name: /60 秒后重发|59 秒后重发/ }).waitFor({ timeout: 10_000 })

  const code = page.locator('input[aria-label="验证码"]')
  await code.fill('111111')
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByText('验证码不正确，请检查后重新输入').waitFor({ timeout: 10_000 })
  expect(await phone.inputValue()).toBe('15800001111')

  await code.fill('123456')
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByRole('button', { name: '加入会员' }).waitFor({ timeout: 15_000 })
  await page.getByRole('listitem').nth(3).waitFor({ timeout: 10_000 })
  expect(await page.getByText(/^如何达到：/).count()).toBe(4)
  expect(await page.getByTestId('level-name').count()).toBe(0)

  await page.getByRole('button', { name: '加入会员' }).click()
  const join = page.getByRole('button', { name: '同意并加入' })
  await join.waitFor({ timeout: 10_000 })
  await page.getByRole('textbox', { name: '昵称' }).fill('新朋友')
  await join.click()
  await page.getByText('请先阅读并勾选同意隐私政策，再加入会员').waitFor()
  await page.getByRole('checkbox', { name: /我已阅读并同意会员隐私政策/ }).click()
  await join.click()

  const levelName = page.getByTestId('level-name')
  await levelName.waitFor({ timeout: 15_000 })
  expect(await levelName.innerText()).toBe('了解观察')
  await page.getByText('欢迎加入会员圈！').waitFor()
})
