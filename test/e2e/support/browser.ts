// Debian's Chromium driven by playwright-core (no browser download): a phone-sized, zh-CN,
// Asia/Shanghai context, and helpers that open the H5 app with a persona or scenario.
import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

// Without the background-networking flags Chromium keeps dialling Google hosts, which this
// network refuses; --no-sandbox because CI runs as root.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Run: node scripts/ensure-chromium.mjs (or set CHROMIUM_PATH).`)
  }
  // playwright gives every launch a fresh temporary --user-data-dir and removes it on close.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
}

/** A phone: what every context of the suite emulates. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
} as const

export function newPhoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext(PHONE)
}

/** The base URL of the static server that globalSetup started. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL
  if (!url) throw new Error('E2E_BASE_URL is not set: run the e2e suite with `npm run test:e2e`.')
  return url
}

export type Scenario = 'down' | 'malformed' | 'slow' | 'flaky' | 'timeout' | `${'down' | 'malformed' | 'slow' | 'flaky' | 'timeout'}@/${string}`

export interface OpenAppOptions {
  persona?: string
  scenario?: Scenario
  /** A route in the hash router, e.g. '/pages/home/index'. Defaults to the app's first page. */
  hashPath?: string
}

export function appUrl(base: string, { persona, scenario, hashPath }: OpenAppOptions = {}): string {
  const url = new URL('/', base)
  if (persona) url.searchParams.set('persona', persona)
  if (scenario) url.searchParams.set('scenario', scenario)
  if (hashPath) url.hash = hashPath.startsWith('/') ? hashPath : `/${hashPath}`
  return url.toString()
}

/** Opens the app and waits until Taro has mounted something into #app. */
export async function openApp(page: Page, base: string, options: OpenAppOptions = {}): Promise<void> {
  await page.goto(appUrl(base, options), { waitUntil: 'load' })
  await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0)
}

/** Collects uncaught exceptions and unhandled rejections thrown in the page. */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = []
  page.on('pageerror', (err) => errors.push(err))
  return errors
}

/**
 * One browser per test file and a fresh phone-sized page per test; a test fails if the page
 * threw an uncaught error. The returned object stands for the current test's page, so call
 * sites read `page.goto(...)` as usual.
 */
export function phonePage(): Page {
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  let current: Page | undefined
  let errors: Error[] = []
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => browser?.close())
  beforeEach(async () => {
    context = await newPhoneContext(browser as Browser)
    current = await context.newPage()
    errors = collectPageErrors(current)
  })
  afterEach(async () => {
    await context?.close()
    current = undefined
    expect(errors.map((e) => e.message)).toEqual([])
  })
  return new Proxy({} as Page, {
    get(_target, prop) {
      if (!current) throw new Error('phonePage(): the page exists only while a test runs')
      const value: unknown = Reflect.get(current, prop, current)
      return typeof value === 'function' ? value.bind(current) : value
    },
  })
}

export interface InPageAnswer<T> {
  status: number
  body: T
}

/**
 * Calls the fake backend the app itself uses: in the H5 build it is the msw worker inside the
 * page, so requests have to start from the page to reach it.
 */
export function callInPage<T>(
  page: Page,
  path: string,
  persona: string,
  init: { method?: string; body?: unknown } = {},
): Promise<InPageAnswer<T>> {
  return page.evaluate(
    async ([p, id, method, body]) => {
      const res = await fetch(`/api/v1${p}`, {
        method,
        headers: { 'X-Persona': id, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      return { status: res.status, body: await res.json() }
    },
    [path, persona, init.method ?? 'GET', init.body] as const,
  ) as Promise<InPageAnswer<T>>
}
