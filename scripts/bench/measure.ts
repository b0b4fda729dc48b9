// Browser measurements for the bench: cold loads of a built H5 site in Debian's Chromium (a fresh
// context each, so no HTTP cache and no service worker carried over), optionally with the CPU
// throttled through the DevTools protocol, timed inside the page on its own clock.
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { newPhoneContext } from '../../test/e2e/support/browser'
import { gzipBytes } from './sizes'

/** Named CSS selectors to time; `text` means the element only counts once it has text. */
export type Watch = Record<string, { selector: string; text?: boolean }>

// A plain string (not a serialised function) so the TS runner's helpers never leak into the page.
// A rAF loop checks the watched selectors every frame: a hit in a rAF callback is painted in that
// same frame, so `seen[name]` is when it became visible.
const INIT_SCRIPT = (watch: Watch) => `(() => {
  const watch = ${JSON.stringify(watch)}
  const b = { seen: {}, fcp: null, longtasks: [], clickAt: null }
  window.__bench = b
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime
    }).observe({ type: 'paint', buffered: true })
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch (e) { b.observerError = String(e) }
  addEventListener('click', (e) => { b.clickAt = e.timeStamp }, true)
  const shown = (el, text) => {
    if (text && !(el.textContent || '').trim()) return false
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0) return false
    const s = getComputedStyle(el)
    return s.visibility !== 'hidden' && s.opacity !== '0'
  }
  let looping = false
  const frame = () => {
    let pending = false
    for (const name of Object.keys(watch)) {
      if (b.seen[name] != null) continue
      const w = watch[name]
      if (Array.from(document.querySelectorAll(w.selector)).some((el) => shown(el, w.text))) b.seen[name] = performance.now()
      else pending = true
    }
    looping = pending
    if (pending) requestAnimationFrame(frame)
  }
  b.rearm = (name) => { delete b.seen[name]; if (!looping) { looping = true; requestAnimationFrame(frame) } }
  looping = true
  requestAnimationFrame(frame)
})()`

interface PageState {
  seen: Record<string, number>
  fcp: number | null
  longtasks: { start: number; duration: number }[]
  clickAt: number | null
  observerError?: string
}

export interface Session {
  context: BrowserContext
  page: Page
  errors: string[]
}

/** localStorage entries a page starts with (a member's saved session), set before any script runs. */
export type Storage = Record<string, string>

/**
 * A returning member of the member build: signs `phone` in through the API (the fake backend's SMS
 * code) and returns the session as the app stores it (Taro H5 wraps stored values as {data}).
 */
export async function memberSession(apiUrl: string, phone: string): Promise<Storage> {
  const res = await fetch(`${apiUrl}/api/v1/auth/phone`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, smsCode: '123456' }),
  })
  if (res.status !== 200) throw new Error(`bench sign-in of ${phone} failed: ${res.status}`)
  const { token, expiresAt, joined } = (await res.json()) as { token: string; expiresAt: string; joined: boolean }
  return { 'session.v1': JSON.stringify({ data: JSON.stringify({ v: 1, data: { token, expiresAt, joined } }) }) }
}

export async function openSession(browser: Browser, url: string, watch: Watch, throttle: number, storage: Storage = {}): Promise<Session> {
  const context = await newPhoneContext(browser)
  if (Object.keys(storage).length > 0) {
    await context.addInitScript((entries: Storage) => {
      for (const [k, v] of Object.entries(entries)) if (!localStorage.getItem(k)) localStorage.setItem(k, v)
    }, storage)
  }
  await context.addInitScript({ content: INIT_SCRIPT(watch) })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
  }
  await page.goto(url, { waitUntil: 'commit' })
  return { context, page, errors }
}

export async function waitSeen(page: Page, name: string, timeout = 30_000): Promise<number> {
  try {
    await page.waitForFunction(`window.__bench && window.__bench.seen[${JSON.stringify(name)}] != null`, undefined, { timeout, polling: 100 })
  } catch (e) {
    throw new Error(`${name} not visible within ${timeout} ms at ${page.url()}: ${(e as Error).message.split('\n')[0]}`)
  }
  return state(page).then((s) => s.seen[name])
}

function state(page: Page): Promise<PageState> {
  return page.evaluate('({ ...window.__bench, rearm: undefined })') as Promise<PageState>
}

export interface ColdLoad {
  fcp: number
  /** When the `until` selector became visible (ms since navigation start). */
  visible: number
  /** When the first of `meaningful` became visible. */
  meaningful: number
  /** When each watched selector became visible (ms since navigation start), as far as it did. */
  seen: Record<string, number>
  longTasks: number
  /** Gzipped bytes of the JS loaded before `until` was visible. */
  jsGzip: number
  scripts: { file: string; gzip: number }[]
  /** performance.mark()s the page set (the mock build marks its backend loaded and ready). */
  marks: Record<string, number>
  errors: string[]
}

/**
 * One cold load: waits for `until`, then 1 s more so late long tasks show, and reads the figures.
 * Long tasks count those starting before `until` + 1 s.
 */
export async function coldLoad(
  browser: Browser,
  opts: { url: string; distDir: string; watch: Watch; until: string; meaningful: string[]; throttle: number; storage?: Storage; alsoUntil?: string[] },
): Promise<ColdLoad> {
  const { context, page, errors } = await openSession(browser, opts.url, opts.watch, opts.throttle, opts.storage)
  try {
    const visible = await waitSeen(page, opts.until)
    for (const name of opts.alsoUntil ?? []) await waitSeen(page, name)
    await page.waitForTimeout(1000)
    const s = await state(page)
    const origin = new URL(opts.url).origin
    // The browser's own network log (Resource Timing) for the JS fetched before the figure was on screen.
    const jsUrls = (await page.evaluate(
      `performance.getEntriesByType('resource').filter((e) => e.startTime <= ${visible}).map((e) => e.name)`,
    )) as string[]
    const initial = (await page.evaluate(
      `Array.from(document.querySelectorAll('script[src]')).map((s) => s.src)`,
    )) as string[]
    const files = [...new Set([...initial, ...jsUrls])]
      .map((u) => new URL(u))
      .filter((u) => u.origin === origin && /\.m?js$/.test(u.pathname))
      .map((u) => u.pathname)
    const scripts = files.map((p) => ({ file: p, gzip: gzipBytes(path.join(opts.distDir, p)) })).sort((a, b) => b.gzip - a.gzip)
    if (s.fcp == null || s.observerError) throw new Error(`no paint timing (${s.observerError ?? 'no first-contentful-paint'})`)
    const meaningful = Math.min(...opts.meaningful.map((n) => s.seen[n] ?? Infinity))
    const marks = Object.fromEntries(
      (await page.evaluate(`performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])`)) as [string, number][],
    )
    return {
      fcp: s.fcp,
      visible,
      meaningful,
      seen: s.seen,
      longTasks: s.longtasks.filter((t) => t.start < visible + 1000).length,
      jsGzip: scripts.reduce((sum, x) => sum + x.gzip, 0),
      scripts,
      marks,
      errors,
    }
  } finally {
    await context.close()
  }
}

/**
 * Tap 出示券码 on a wallet card and time click → code digits visible (page clock); `runs` times,
 * a different card each time. Each run opens the wallet anew in the same context (HTTP cache and
 * service worker warm): browser back from the code screen sometimes leaves the wallet hidden.
 */
export async function tapToCode(
  browser: Browser,
  url: string,
  runs: number,
  throttle: number,
  storage: Storage = {},
): Promise<{ runs: number[]; errors: string[] }> {
  const watch: Watch = {
    card: { selector: '[data-testid="coupon-card"]' },
    digits: { selector: '[data-testid="code-digits"]', text: true },
  }
  const { context, page, errors } = await openSession(browser, url, watch, throttle, storage)
  const times: number[] = []
  try {
    for (let i = 0; i < runs; i++) {
      if (i > 0) {
        // A different query string, so this is a real page load and not just a hash change.
        const next = new URL(url)
        next.searchParams.set('run', String(i))
        await page.goto(next.toString(), { waitUntil: 'commit' })
      }
      await waitSeen(page, 'card')
      const action = page.locator('[data-testid="coupon-card"]:visible').getByText('出示券码', { exact: true })
      // Let the wallet settle (it may re-render as its data arrives) so the tap lands on a live card.
      await page.waitForTimeout(1000)
      const count = await action.count()
      if (count === 0) throw new Error(`no usable coupon card (出示券码) in the wallet at ${page.url()}`)
      await action.nth(i % count).click()
      const shown = await waitSeen(page, 'digits')
      if (!page.url().includes('/pages/coupon-code/index?id=')) throw new Error(`tap went to ${page.url()}`)
      const { clickAt } = await state(page)
      if (clickAt == null) throw new Error('the tap produced no click event')
      times.push(shown - clickAt)
    }
    return { runs: times, errors }
  } finally {
    await context.close()
  }
}

/** Cold load of a wallet: first card visible, then the DOM node count once it stops changing. */
export async function walletLoad(browser: Browser, url: string): Promise<{ firstCard: number; nodes: number; cards: number; errors: string[] }> {
  const watch: Watch = { card: { selector: '[data-testid="coupon-card"]' } }
  const { context, page, errors } = await openSession(browser, url, watch, 1)
  try {
    const firstCard = await waitSeen(page, 'card')
    let last = -1
    let stable = 0
    for (let i = 0; i < 40 && stable < 3; i++) {
      await page.waitForTimeout(250)
      const n = (await page.evaluate(`document.querySelectorAll('*').length`)) as number
      stable = n === last ? stable + 1 : 0
      last = n
    }
    const cards = (await page.evaluate(`document.querySelectorAll('[data-testid="coupon-card"]').length`)) as number
    return { firstCard, nodes: last, cards, errors }
  } finally {
    await context.close()
  }
}
