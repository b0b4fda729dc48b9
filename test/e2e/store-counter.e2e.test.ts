// The counter in Chromium (mock H5 build): the clerk signs in with the store PIN (a wrong one is
// refused in Chinese); a coupon code is shown before 确认核销 and the success names it; a member
// code typed as a keyboard-wedge scanner types it is the whole checkout, which the member's own
// code screen shows within seconds; 撤销 gives it all back; the clerk stays signed in on reload.
import { baseUrl, callInPage, openApp, phonePage } from './support/browser'

const page = phonePage()
const COUNTER = '/pages/store-counter/index'

async function signIn(persona: string) {
  await openApp(page, baseUrl(), { persona, hashPath: COUNTER })
  await page.waitForSelector('text=门店员工登录', { timeout: 15_000 })
  await page.getByRole('radio', { name: '上海静安店' }).click()
  await page.locator('input[aria-label="门店 PIN"]').fill('1357')
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForSelector('text=PIN 不正确，请重新输入')
  await page.locator('input[aria-label="门店 PIN"]').fill('2468')
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForSelector('text=当前门店：上海静安店')
}

/** A keyboard-wedge scanner: digits and Enter into whatever has focus, no tap. */
async function wedgeScan(code: string) {
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '券码或会员码', undefined, { timeout: 10_000 })
  await page.keyboard.type(code, { delay: 5 })
  await page.keyboard.press('Enter')
}

test('a coupon code is shown before 确认核销; the success names it; the clerk stays signed in after a reload', async () => {
  const persona = 'active~45'
  await signIn(persona)
  const { body } = await callInPage<{ code: string }>(page, '/coupons/c-0004/code', persona, { method: 'POST' })
  await wedgeScan(body.code)
  const preview = page.getByTestId('coupon-preview')
  await preview.getByText('状态：可用').waitFor({ timeout: 15_000 })
  await expect(preview.getByText('新人见面礼').count()).resolves.toBe(1)
  await expect(preview.getByText('立减 ¥10').count()).resolves.toBe(1)
  expect((await callInPage<{ coupon: { status: string } }>(page, '/coupons/c-0004', persona)).body.coupon.status).toBe('available')
  await preview.getByRole('button', { name: '确认核销' }).click()
  await page.waitForSelector('text=核销成功：新人见面礼（立减 ¥10）', { timeout: 15_000 })

  await page.reload({ waitUntil: 'load' })
  await page.waitForSelector('text=当前门店：上海静安店', { timeout: 15_000 })
  await page.getByTestId('day-log-entry').filter({ hasText: '核销 · 新人见面礼' }).waitFor({ timeout: 15_000 })
  await page.getByRole('button', { name: '退出登录' }).click()
  await page.waitForSelector('text=门店员工登录')
})

test('one member-code scan, two coupons ticked, the amount, one confirm; the member’s growth record shows it; 撤销 gives it back', async () => {
  const persona = 'active~46'
  await signIn(persona)
  const { body } = await callInPage<{ code: string }>(page, '/me/code', persona, { method: 'POST' })
  await wedgeScan(body.code)
  const form = page.getByTestId('member-checkout')
  await form.waitFor({ timeout: 15_000 })
  await form.getByRole('checkbox', { name: /^满百立减券/ }).click()
  await form.getByRole('checkbox', { name: /^新人见面礼/ }).click()
  await form.locator('input[aria-label="订单号"]').fill('E2E-TILL-1')
  await form.locator('input[aria-label="实付金额（元）"]').fill('258')
  await form.getByRole('button', { name: /^确认结账/ }).click()
  await page.waitForSelector('text=已记录消费 ¥258.00，核销 2 张券：满百立减券、新人见面礼', { timeout: 15_000 })
  type Events = { events: Array<{ type: string; orderId?: string }> }
  const ofOrder = async () => (await callInPage<Events>(page, '/me/growth/events?limit=50', persona)).body.events.filter((e) => e.orderId === 'E2E-TILL-1')
  expect((await ofOrder()).map((e) => e.type)).toEqual(['purchase'])
  const status = async (id: string) => (await callInPage<{ coupon: { status: string } }>(page, `/coupons/${id}`, persona)).body.coupon.status
  expect([await status('c-0001'), await status('c-0004')]).toEqual(['used', 'used'])

  // The member's growth record (the same backend, saved in the page's storage) lists the purchase.
  await openApp(page, baseUrl(), { persona, hashPath: '/pages/growth-record/index' })
  await page.getByText('门店消费 ¥258', { exact: true }).first().waitFor({ timeout: 15_000 })

  await openApp(page, baseUrl(), { persona, hashPath: COUNTER })
  await page.getByTestId('day-log-entry').filter({ hasText: '结账 · ¥258.00' }).getByRole('button', { name: /^撤销/ }).click({ timeout: 15_000 })
  await page.waitForSelector('text=已撤销结账，2 张券已恢复可用，消费 ¥258.00 已从会员成长中移除', { timeout: 15_000 })
  expect([await status('c-0001'), await status('c-0004')]).toEqual(['available', 'available'])
  expect((await ofOrder()).map((e) => e.type).sort()).toEqual(['purchase', 'void'])
  await openApp(page, baseUrl(), { persona, hashPath: '/pages/growth-record/index' })
  await page.getByText('撤销门店消费 ¥258', { exact: true }).first().waitFor({ timeout: 15_000 })
})

test('会员码: the member’s screen says within seconds what the till’s checkout recorded and which coupons it used', async () => {
  const persona = 'active~47'
  await openApp(page, baseUrl(), { persona, hashPath: '/pages/member-code/index' })
  await page.waitForSelector('[data-testid="code-digits"]', { timeout: 15_000 })
  const code = (await page.textContent('[data-testid="code-digits"]'))!.replace(/\s/g, '')
  await page.waitForTimeout(1000) // the screen notes the ledger as it was
  // The till's own request, sent from this page (its worker is the backend).
  const status = await page.evaluate(async (memberCode) => {
    const json = { 'content-type': 'application/json' }
    const signIn = await fetch('/api/v1/auth/staff', { method: 'POST', headers: json, body: JSON.stringify({ storeId: 's-jingan', pin: '2468' }) })
    const { token } = (await signIn.json()) as { token: string }
    const body = { memberCode, orderId: 'E2E-TILL-2', amountFen: 25800, couponIds: ['c-0001', 'c-0004'], idempotencyKey: 'e2e-till-checkout-2' }
    const res = await fetch('/api/v1/staff/checkouts', { method: 'POST', headers: { ...json, authorization: `Bearer ${token}` }, body: JSON.stringify(body) })
    return res.status
  }, code)
  expect(status).toBe(201)
  await page.waitForSelector('text=已记录消费 ¥258.00，成长 +¥258.00 消费额，用券：满百立减券、新人见面礼', { timeout: 15_000 })
})
