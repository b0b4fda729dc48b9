/**
 * @jest-environment jsdom
 */
// Every page of dist/weapp rendered in WeChat's own component framework (miniprogram-simulate:
// exparser + j-component + wcc-compiled templates, Taro's recursive base.wxml included), with the
// in-build fake backend answering. A page fails on any WXMLRT_ message, console.error, uncaught error,
// unhandled rejection, or when it renders no text at all. One runtime per file: Taro's runtime is a
// module singleton, so pages open one after another as they would in one app session.
import path from 'node:path'
import { createBackend } from '../../mock/db'
import { handleRequest } from '../../mock/routes'
import { OfficialRuntime } from './official/official-runtime'

const distDir = path.resolve(__dirname, '..', '..', 'dist', 'weapp')
jest.setTimeout(60_000)

const app = require(path.join(distDir, 'app.json')) as { pages: string[]; subPackages?: { root: string; pages: string[] }[] } // eslint-disable-line @typescript-eslint/no-require-imports
const allPages = [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]

let rt: OfficialRuntime
beforeAll(() => {
  rt = new OfficialRuntime(distDir, { 'mock.persona': 'active' }).boot()
})
afterAll(() => rt.dispose())
afterEach(() => {
  const faults = rt.faults.splice(0)
  expect(faults).toEqual([])
})

test('the home shows the persona’s level and progress numbers', async () => {
  const home = rt.open('/pages/home/index')
  await rt.settle(home)
  const text = home.dom.textContent ?? ''
  expect(text).toContain('积极互动')
  expect(text).toMatch(/¥7,350 \/ ¥8,000/)
  expect(text).toMatch(/\d+ 次 \/ 80 次/)
})

/**
 * Elements Taro rendered through its `comp` component, the fallback for trees deeper than
 * `mini.baseLevel` in config/index.ts (j-component prefixes their classes with `comp--`).
 */
const throughComp = (page: { dom: HTMLElement }) => [...page.dom.querySelectorAll('[class]')].filter((el) => /(^|\s)comp--/.test(el.getAttribute('class') ?? '')).length

test.each(allPages)('page %s renders without a fault, all of it within the base templates', async (route) => {
  const page = rt.open(`/${route}`)
  await rt.settle(page)
  expect((page.dom.textContent ?? '').trim().length).toBeGreaterThan(0)
  // A deeper screen still renders, through a component instance per subtree: raise baseLevel or flatten it.
  expect(throughComp(page)).toBe(0)
})

test('a tap on the home’s growth entry opens the growth path', async () => {
  const home = rt.open('/pages/home/index')
  await rt.settle(home)
  rt.navigations.splice(0)
  rt.tap(home, '成长路径')
  await rt.settle(home)
  expect(rt.navigations[0]).toMatch(/^\/pages\/growth\/index/)
  const growth = rt.current()
  await rt.settle(growth)
  expect(growth.dom.textContent).toContain('积极互动')
})

test('a tap on a wallet coupon opens its code page, which shows a 12–20 digit code', async () => {
  const wallet = rt.open('/pages/coupons/index')
  await rt.settle(wallet)
  rt.navigations.splice(0)
  rt.tap(wallet, '出示券码')
  await rt.settle(wallet)
  expect(rt.navigations[0]).toMatch(/^\/pages\/coupon-code\/index\?id=.+/)
  const code = rt.current()
  await rt.settle(code)
  expect((code.dom.textContent ?? '').replace(/\s/g, '')).toMatch(/\d{12,20}/)
})

/** The first item the in-build backend lists for the active persona (the same seeds the build carries). */
function firstSeeded(list: string): { id: string; title?: string } {
  const res = handleRequest(createBackend(), { method: 'GET', path: `/api/v1${list}`, query: {}, headers: { 'x-persona': 'active' }, body: undefined })
  const items = Object.values(res.body as Record<string, unknown>).find(Array.isArray) as Array<{ id: string; title?: string }>
  return items[0]
}

test.each([
  ['pages/right-detail/index', '/rights'],
  ['pages/invite-detail/index', '/invites'],
])('detail page %s with a real id shows that item', async (route, list) => {
  const item = firstSeeded(list)
  const page = rt.open(`/${route}?id=${encodeURIComponent(item.id)}`)
  await rt.settle(page)
  // Every seeded coupon, right and invite has a title (the contract's); the page shows it.
  expect(item.title).toEqual(expect.stringMatching(/\S/))
  expect(page.dom.textContent).toContain(item.title)
})

test('a tap on the home’s 生成海报 opens the poster page (its own subpackage), which draws the poster', async () => {
  const home = rt.open('/pages/home/index')
  await rt.settle(home)
  rt.navigations.splice(0)
  rt.tap(home, '生成海报')
  await rt.settle(home)
  expect(rt.navigations[0]).toBe('/pages/share-poster/index?kind=home')
  const poster = rt.current()
  await rt.settle(poster)
  expect(poster.dom.textContent).toContain('截图或长按保存后发到朋友圈')
  expect(poster.dom.querySelector('[id="share-poster-canvas"], wx-canvas')).not.toBeNull()
})
