// Earning in the built H5 app: the member code's QR decodes to the digits shown and a clerk's
// purchase shows on it; 签到 on the home adds one interaction; a share opened by another
// persona adds one share to the sharer; 生成海报 opens a poster whose QR is a tracked link.
import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import { baseUrl, callInPage, openApp, phonePage } from './support/browser'
import { imagePixels } from './support/image-pixels'

const page = phonePage()
const DIGITS = '[data-testid="code-digits"]'

const qrPixels = (p: Page) => imagePixels(p, '#member-qr img, img#member-qr', 480, 480)

type Growth = { totals: { spendFen: number; interactions: number; shares: number } }

test('会员码: the QR decodes to the 18 digits shown; a clerk records a purchase and the screen says so', async () => {
  await openApp(page, baseUrl(), { persona: 'active~51', hashPath: '/pages/member-code/index' })
  await page.waitForSelector(DIGITS, { timeout: 15_000 })
  const shown = (await page.textContent(DIGITS))!.replace(/\s/g, '')
  expect(shown).toMatch(/^88\d{16}$/)
  const px = await qrPixels(page)
  expect(jsQR(px.data, px.width, px.height)?.data).toBe(shown)

  // Give the screen a moment to note the ledger as it was, then the clerk acts (in the page: the worker is the backend).
  await page.waitForTimeout(1000)
  const recorded = await page.evaluate(async (memberCode) => {
    const json = { 'content-type': 'application/json' }
    const signIn = await fetch('/api/v1/auth/staff', { method: 'POST', headers: json, body: JSON.stringify({ storeId: 's-jingan', pin: '2468' }) })
    const { token } = (await signIn.json()) as { token: string }
    const body = { memberCode, amountFen: 12800, orderId: `E2E-${Date.now()}`, idempotencyKey: `e2e-buy-${Date.now()}` }
    const res = await fetch('/api/v1/staff/purchases', { method: 'POST', headers: { ...json, authorization: `Bearer ${token}` }, body: JSON.stringify(body) })
    return res.status
  }, shown)
  expect(recorded).toBe(201)
  await page.waitForSelector('text=已记录消费 ¥128.00', { timeout: 15_000 })
})

test('签到 on the home adds exactly one interaction; a second tap is said plainly', async () => {
  await openApp(page, baseUrl(), { persona: 'active~52', hashPath: '/pages/home/index' })
  await page.waitForSelector('[data-testid="check-in"]', { timeout: 15_000 })
  const before = (await callInPage<Growth>(page, '/me/growth', 'active~52')).body.totals.interactions
  await page.getByRole('button', { name: '签到', exact: true }).click()
  await page.waitForSelector('text=签到成功，已连续 1 天，互动 +1', { timeout: 15_000 })
  await page.getByRole('button', { name: '今日已签到' }).click()
  await page.waitForSelector('text=今天已经签到过了，明天再来', { timeout: 15_000 })
  expect((await callInPage<Growth>(page, '/me/growth', 'active~52')).body.totals.interactions).toBe(before + 1)
})

test('a share opened by another persona adds one share to the sharer', async () => {
  await openApp(page, baseUrl(), { persona: 'active~53', hashPath: '/pages/home/index' })
  // The in-page backend (msw's worker) answers once the home has its data, not the first instant after load.
  await page.waitForSelector('[data-testid="level-name"]', { timeout: 15_000 })
  const before = (await callInPage<Growth>(page, '/me/growth', 'active~53')).body.totals.shares
  const made = await callInPage<{ share: { id: string; path: string } }>(page, '/shares', 'active~53', {
    method: 'POST',
    body: { target: { kind: 'home' }, channel: 'link' },
  })
  expect(made.status).toBe(201)
  const visit = page.waitForResponse((r) => r.url().includes(`/shares/${made.body.share.id}/visits`))
  await openApp(page, baseUrl(), { persona: 'newcomer~53', hashPath: made.body.share.path })
  expect((await visit).status()).toBe(201)
  expect((await callInPage<Growth>(page, '/me/growth', 'active~53')).body.totals.shares).toBe(before + 1)
})

test('生成海报 on the home opens the poster page; its QR is the tracked link POST /shares made, and 返回 goes home', async () => {
  await openApp(page, baseUrl(), { persona: 'active~54', hashPath: '/pages/home/index' })
  await page.waitForSelector('[data-testid="level-name"]', { timeout: 15_000 })
  const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/shares') && r.request().method() === 'POST')
  await page.getByRole('link', { name: '生成海报' }).click()
  await page.waitForFunction(() => location.hash.includes('/pages/share-poster/index?kind=home'), undefined, { timeout: 10_000 })
  const share = ((await (await made).json()) as { share: { path: string } }).share
  const image = 'img[data-testid="share-poster-image"], [data-testid="share-poster-image"] img'
  await page.waitForSelector(image, { timeout: 15_000 })
  // The poster is 600×840 with its QR at (140, 300), 320 wide: drawn at half size, the QR and its margin.
  const px = await imagePixels(page, image, 300, 420, { x: 50, y: 130, w: 200, h: 200 })
  const link = jsQR(px.data, px.width, px.height)?.data
  expect(share.path).toMatch(/shareId=/)
  expect(link).toBe(`${new URL(baseUrl()).origin}/#${share.path}`)
  await page.getByRole('button', { name: '返回' }).click()
  await page.waitForFunction(() => location.hash.includes('/pages/home/index'), undefined, { timeout: 10_000 })
})
