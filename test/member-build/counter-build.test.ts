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
