// #27 "What members see": the layout checks a jsdom test cannot make. The poster is judged from a
// screenshot of the screen (what a member long-presses), the member code at the narrowest phone.
import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import { baseUrl, openApp, phonePage } from './support/browser'

const page = phonePage()

/** The screen's pixels as the member sees them: a screenshot, decoded by the browser itself. */
async function screenPixels(p: Page) {
  const png = (await p.screenshot({ fullPage: false })).toString('base64')
  const { b64, w, h } = await p.evaluate(async (data) => {
    const img = new Image()
    img.src = `data:image/png;base64,${data}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.naturalWidth
    canvas.height = img.naturalHeight
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const bytes = ctx.getImageData(0, 0, canvas.width, canvas.height).data
    let bin = ''
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return { b64: btoa(bin), w: canvas.width, h: canvas.height }
  }, png)
  return { width: w, height: h, data: new Uint8ClampedArray(Buffer.from(b64, 'base64')) }
}

const box = async (p: Page, selector: string) => {
  const b = await p.locator(selector).first().boundingBox()
  if (!b) throw new Error(`${selector} is not on screen`)
  return b
}

describe.each(['newcomer', 'active', 'cocreator'])('%s', (persona) => {
  test('the share poster fits whole on the screen and its QR decodes from a screenshot', async () => {
    await openApp(page, baseUrl(), { persona, hashPath: '/pages/share-poster/index?kind=home' })
    const poster = '[data-testid="share-poster-image"]'
    await page.waitForSelector(`${poster} img, img${poster}`, { timeout: 15_000 })
    await page.waitForFunction((s) => (document.querySelector(`${s} img, img${s}`) as HTMLImageElement | null)?.complete === true, poster)
    const viewport = page.viewportSize()!
    const shown = await box(page, poster)
    const drawn = await box(page, `${poster} img, img${poster}`)
    // The element is as tall as the poster it holds (nothing clipped), and all of it is on screen.
    expect(Math.abs(shown.height - drawn.height)).toBeLessThanOrEqual(1)
    expect(shown.height / shown.width).toBeCloseTo(840 / 600, 1)
    expect(shown.y).toBeGreaterThanOrEqual(0)
    expect(shown.y + shown.height).toBeLessThanOrEqual(viewport.height)
    const note = await box(page, 'text=长按图片保存，发到朋友圈')
    expect(note.y).toBeGreaterThanOrEqual(shown.y + shown.height)
    const px = await screenPixels(page)
    expect(jsQR(px.data, px.width, px.height)?.data).toMatch(/#\/pages\/home\/index\?.*shareId=/)
  })
})

test('at 320 px wide the member code’s 18 digits sit on one line, inside the screen', async () => {
  await page.setViewportSize({ width: 320, height: 640 })
  await openApp(page, baseUrl(), { persona: 'active~61', hashPath: '/pages/member-code/index' })
  const digits = '[data-testid="code-digits"]'
  await page.waitForSelector(digits, { timeout: 15_000 })
  const { lines, left, right, overflow } = await page.evaluate((s) => {
    const el = document.querySelector(s) as HTMLElement
    const range = document.createRange()
    range.selectNodeContents(el)
    const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)))
    const r = range.getBoundingClientRect()
    return { lines: tops.size, left: r.left, right: r.right, overflow: document.documentElement.scrollWidth - window.innerWidth }
  }, digits)
  expect(lines).toBe(1)
  // With the page's side margin to spare: phones' monospace fonts run wider than this Chromium's.
  expect(left).toBeGreaterThanOrEqual(16)
  expect(right).toBeLessThanOrEqual(320 - 16)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('消息’s header keeps “1 条未读” on one line beside 全部标为已读, down to 320 px', async () => {
  await page.setViewportSize({ width: 320, height: 640 })
  await openApp(page, baseUrl(), { persona: 'at-risk~61', hashPath: '/pages/messages/index' })
  const unread = '[data-testid="messages-unread"]'
  await page.waitForSelector(unread, { timeout: 15_000 })
  const lines = await page.evaluate((s) => {
    const range = document.createRange()
    range.selectNodeContents(document.querySelector(s) as HTMLElement)
    return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size
  }, unread)
  expect(await page.textContent(unread)).toMatch(/^\d+ 条未读$/)
  expect(lines).toBe(1)
})

test('the tab bar’s inactive labels read at 4.5:1 or more on its background', async () => {
  await openApp(page, baseUrl(), { persona: 'active', hashPath: '/pages/home/index' })
  await page.waitForSelector('.weui-tabbar__label', { timeout: 15_000 })
  const ratios = await page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
    const lum = (c: number[]) => {
      const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
      return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2])
    }
    const bar = getComputedStyle(document.querySelector('.weui-tabbar > div') ?? document.querySelector('.weui-tabbar')!).backgroundColor
    return Array.from(document.querySelectorAll('.weui-tabbar__item:not(.weui-bar__item_on) .weui-tabbar__label')).map((l) => {
      const [a, b] = [lum(rgb(getComputedStyle(l).color)), lum(rgb(bar))].sort((x, y) => y - x)
      return { text: l.textContent, ratio: Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100, opacity: getComputedStyle(l).opacity }
    })
  })
  expect(ratios.length).toBe(3)
  for (const r of ratios) {
    expect(r.opacity).toBe('1')
    expect(r.ratio).toBeGreaterThanOrEqual(4.5)
  }
})
