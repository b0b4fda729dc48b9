// `npm run build:counter`: the staff's own small H5 app. Built by global-setup.ts with MOCK=off
// and API_BASE pointing at the HTTP fake backend on another loopback port, it routes the store
// counter alone, carries no mock code, and boots in Chromium to the counter's first screen with
// the stores it fetched cross-origin (CORS on the fake backend).
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server'
import { launchBrowser, newPhoneContext } from '../e2e/support/browser'
import { h5Routes, mockMarkersIn } from './output'

const counter = path.join(process.env.MEMBER_BUILD_DIR as string, 'counter')
const api = process.env.MEMBER_BUILD_MOCK_URL as string

it('routes the store counter page and nothing else', () => {
  expect(h5Routes(counter)).toEqual(['pages/store-counter/index'])
})

it('contains no mock marker', () => {
  expect(mockMarkersIn(counter)).toEqual([])
})

describe('in Chromium', () => {
  let browser: Browser
  let site: StaticServer
  beforeAll(async () => {
    site = await startStaticServer(counter)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  it('boots on the counter’s first screen with the stores from the API on another origin', async () => {
    const { stores } = (await (await fetch(`${api}/api/v1/stores`)).json()) as { stores: Array<{ name: string }> }
    expect(stores.length).toBeGreaterThan(0)
    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    const crossOrigin: string[] = []
    page.on('response', (r) => {
      if (r.url().startsWith(api)) crossOrigin.push(`${r.request().method()} ${new URL(r.url()).pathname} ${r.status()}`)
    })
    await page.goto(`${site.url}/`)
    await page.getByText(stores[0].name, { exact: false }).first().waitFor({ timeout: 30_000 })
    expect(page.url()).toContain('#/pages/store-counter/index')
    expect(crossOrigin).toContain('GET /api/v1/stores 200')
    expect(errors).toEqual([])
    await context.close()
  })

  it('sends an unknown address back to the counter rather than a blank page', async () => {
    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    await page.goto(`${site.url}/#/pages/home/index`)
    await page.waitForURL(/#\/pages\/store-counter\/index/, { timeout: 30_000 })
    await context.close()
  })
})

describe('a checkout at the till, in Chromium against the HTTP fake backend', () => {
  let browser: Browser
  let site: StaticServer
  beforeAll(async () => {
    site = await startStaticServer(counter)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  const PERSONA = 'active~61'
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const call = async (p: string, init: { method?: string; body?: unknown } = {}): Promise<any> => {
    const res = await fetch(`${api}/api/v1${p}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', 'x-persona': PERSONA },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    return res.json()
  }
  const couponStatus = async (id: string) => (await call(`/coupons/${id}`)).coupon.status as string
  const orderEvents = async (orderId: string) =>
    ((await call('/me/growth/events?limit=50')).events as Array<{ type: string; orderId?: string }>).filter((e) => e.orderId === orderId)

  it('signs in, takes a wedge-scanned member code, two coupons and the amount in one confirm; 撤销 gives both coupons back and removes the purchase', async () => {
    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${site.url}/`)
    await page.getByRole('radio', { name: '上海静安店' }).click({ timeout: 30_000 })
    await page.locator('input[aria-label="门店 PIN"]').fill('2468')
    await page.getByRole('button', { name: '登录' }).click()
    await page.getByText('当前门店：上海静安店').waitFor({ timeout: 15_000 })

    // The field has focus with no tap; a keyboard-wedge scanner types the digits and Enter.
    const field = page.locator('input[aria-label="券码或会员码"]')
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '券码或会员码', undefined, { timeout: 10_000 })
    const { code } = await call('/me/code', { method: 'POST' })
    await page.keyboard.type(code, { delay: 5 })
    await page.keyboard.press('Enter')
    const form = page.getByTestId('member-checkout')
    await form.waitFor({ timeout: 15_000 })
    await expect(form.getByText(/ · 积极互动$/).count()).resolves.toBe(1)
    await form.getByRole('checkbox', { name: /^满百立减券/ }).click()
    await form.getByRole('checkbox', { name: /^新人见面礼/ }).click()
    const orderId = `TILL-${Date.now()}`
    await form.locator('input[aria-label="订单号"]').fill(orderId)
    await form.locator('input[aria-label="实付金额（元）"]').fill('258')
    await form.getByRole('button', { name: /^确认结账/ }).click()
    await page.getByText('已记录消费 ¥258.00，核销 2 张券：满百立减券、新人见面礼').waitFor({ timeout: 15_000 })

    // One purchase event and two redemptions exist; the member's screen reads them from these.
    expect((await orderEvents(orderId)).map((e) => e.type)).toEqual(['purchase'])
    expect([await couponStatus('c-0001'), await couponStatus('c-0004')]).toEqual(['used', 'used'])
    await page.getByTestId('day-totals').getByText('核销 2 张 · 消费 ¥258.00').waitFor({ timeout: 10_000 })
    // The field has focus again for the next customer.
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true)

    // The log survives a reload of the till.
    await page.reload({ waitUntil: 'load' })
    await page.getByTestId('day-log-entry').filter({ hasText: '结账 · ¥258.00' }).waitFor({ timeout: 15_000 })
    await page.getByTestId('day-log-entry').filter({ hasText: '结账 · ¥258.00' }).getByRole('button', { name: /^撤销/ }).click()
    await page.getByText('已撤销结账，2 张券已恢复可用，消费 ¥258.00 已从会员成长中移除').waitFor({ timeout: 15_000 })
    expect([await couponStatus('c-0001'), await couponStatus('c-0004')]).toEqual(['available', 'available'])
    expect((await orderEvents(orderId)).map((e) => e.type).sort()).toEqual(['purchase', 'void'])
    expect(errors).toEqual([])
    await context.close()
  })
})
