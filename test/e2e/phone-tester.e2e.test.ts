// Testers on phones: a phone on the LAN opens the mock H5 over plain HTTP, where there is no
// service worker, so the fake backend must answer in the page; a fault aimed at one endpoint
// fails that screen only, and the console's request log shows which request failed and why.
import { networkInterfaces } from 'node:os'
import path from 'node:path'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server'
import { baseUrl, phonePage } from './support/browser'

const page = phonePage()
const goInApp = (route: string) => page.evaluate((r) => void (window.location.hash = `#${r}`), route)

test('without a service worker the mock H5 answers in the page and says so in the console', async () => {
  const messages: string[] = []
  page.on('console', (message) => messages.push(message.text()))
  // What Chromium gives an insecure origin (plain HTTP on a LAN address): no navigator.serviceWorker.
  await page.addInitScript(() => {
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker
  })
  await page.goto(new URL('/?persona=cocreator#/pages/home/index', baseUrl()).toString())
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-testid=level-name]')].some((el) => el.textContent?.includes('核心共创')),
    undefined,
    { timeout: 20_000 },
  )
  expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false)
  expect(messages).toContain('[mock] transport: in-page')
})

test('down@/coupons fails the wallet only, and the request log names the request, status and scenario', async () => {
  const messages: string[] = []
  page.on('console', (message) => messages.push(message.text()))
  await page.goto(new URL('/?persona=active&scenario=down@/coupons#/pages/coupons/index', baseUrl()).toString())
  await page.getByRole('alert').first().waitFor({ timeout: 20_000 })
  expect(messages).toContain('[mock] transport: service worker')

  await goInApp('/pages/tester/index')
  await page.getByText('场景：服务宕机（/coupons）').first().waitFor({ timeout: 10_000 })
  const failed = page.getByRole('button', { name: /^GET \/api\/v1\/coupons\S* 503 · \d+ ms/ }).first()
  await failed.waitFor({ timeout: 10_000 })
  expect(await failed.textContent()).toContain('场景 down@/coupons')
  expect(await failed.textContent()).toContain('SERVICE_UNAVAILABLE')

  await goInApp('/pages/home/index')
  await page.getByTestId('level-name').first().waitFor({ timeout: 15_000 })
})

/** The machine's first non-loopback IPv4 address: what `npm start -- --lan` prints for a phone. */
function lanAddress(): string {
  const found = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)
  if (!found) throw new Error('this test needs a non-loopback IPv4 address (what a phone on the LAN would open)')
  return found.address
}

describe('on a LAN address (no service worker)', () => {
  let lan: StaticServer
  let lanUrl: string
  beforeAll(async () => {
    const host = lanAddress()
    lan = await startStaticServer(path.resolve(__dirname, '..', '..', 'dist', 'h5'), 0, { host })
    lanUrl = `http://${host}:${new URL(lan.url).port}`
  })
  afterAll(() => lan?.close())

  test('?tester=1 opens the console with every persona, and a switch shows on the home', async () => {
    const messages: string[] = []
    page.on('console', (message) => messages.push(message.text()))
    await page.goto(`${lanUrl}/?persona=active&tester=1`)
    const cocreator = page.getByRole('button', { name: '切换到 cocreator' })
    await cocreator.waitFor({ timeout: 20_000 })
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false)
    expect(messages).toContain('[mock] transport: in-page')
    expect(await page.getByText(/身份列表加载失败/).count()).toBe(0)
    await cocreator.click()
    await page.getByText('当前身份：cocreator').first().waitFor()
    await goInApp('/pages/home/index')
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-testid=level-name]')].some((el) => el.textContent?.includes('核心共创')),
      undefined,
      { timeout: 15_000 },
    )
  })
})
