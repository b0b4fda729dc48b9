// Earning in the built H5 app: the member code's QR decodes to the digits shown and a clerk's
// purchase shows on it; 签到 on the home adds one interaction; a share opened by another
// persona adds one share to the sharer.
import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import { baseUrl, callInPage, openApp, phonePage } from './support/browser'

const page = phonePage()
const DIGITS = '[data-testid="code-digits"]'

async function qrPixels(p: Page) {
  return p.evaluate(async () => {
    const img = document.querySelector('#member-qr img, img#member-qr') as HTMLImageElement | null
    if (!img) throw new Error('no QR image')
    if (!img.complete) await new Promise((r) => img.addEventListener('load', r, { once: true }))
    const size = 480
    const canvas = document.createElement('canvas')
    canvas.width = size
    canvas.height = size
    const ctx = canvas.getContext('2d')!
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, size, size)
    ctx.drawImage(img, 0, 0, size, size)
    return { width: size, height: size, data: Array.from(ctx.getImageData(0, 0, size, size).data) }
  })
}

type Growth = { totals: { spendFen: number; interactions: number; shares: number } }

test('会员码: the QR decodes to the 18 digits shown; a clerk records a purchase and the screen says so', async () => {
  await openApp(page, baseUrl(), { persona: 'active~51', hashPath: '/pages/member-code/index' })
  await page.waitForSelector(DIGITS, { timeout: 15_000 })
  const shown = (await page.textContent(DIGITS))!.replace(/\s/g, '')
  expect(shown).toMatch(/^88\d{16}$/)
  const px = await qrPixels(page)
  expect(jsQR(Uint8ClampedArray.from(px.data), px.width, px.height)?.data).toBe(shown)

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
