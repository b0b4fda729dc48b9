// The member build (MOCK=off) carries no fake backend, no tester console and no store counter,
// and its detail pages sit in WeChat subpackages. Built by global-setup.ts.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { h5Routes, mockMarkersIn, weappRoutes, type AppJson } from './output'

const dir = process.env.MEMBER_BUILD_DIR as string
const weapp = path.join(dir, 'weapp')
const h5 = path.join(dir, 'h5')
const app = JSON.parse(readFileSync(path.join(weapp, 'app.json'), 'utf8')) as AppJson
const TOOL_PAGES = ['pages/tester/index', 'pages/store-counter/index']

describe('member weapp (MOCK=off)', () => {
  it('contains no mock marker in any file', () => {
    expect(mockMarkersIn(weapp)).toEqual([])
  })

  it('routes neither the tester console nor the store counter, and has no files for them', () => {
    expect(weappRoutes(app).filter((r) => TOOL_PAGES.includes(r))).toEqual([])
    expect(TOOL_PAGES.filter((p) => existsSync(path.join(weapp, `${p}.js`)))).toEqual([])
  })

  it('keeps the tab pages in the main package and the detail pages in subpackages', () => {
    expect(app.pages).toEqual(expect.arrayContaining(['pages/home/index', 'pages/rights/index', 'pages/coupons/index', 'pages/profile/index']))
    const detail = ['growth-record', 'right-detail', 'invite-detail', 'claim-center', 'coupon-code'].map((n) => `pages/${n}/index`)
    expect(app.pages.filter((p) => detail.includes(p))).toEqual([])
    expect(weappRoutes(app)).toEqual(expect.arrayContaining(detail))
  })

  it('preloads the code page’s subpackage when the wallet opens', () => {
    const codePackage = app.subPackages?.find((p) => p.root === 'pages/coupon-code')
    expect(codePackage).toBeDefined()
    const wanted = app.preloadRule?.['pages/coupons/index']?.packages ?? []
    expect(wanted.some((name) => name === codePackage?.name || name === codePackage?.root)).toBe(true)
  })

  it('talks to the API_BASE it was built with', () => {
    const common = ['app.js', 'common.js'].map((f) => readFileSync(path.join(weapp, f), 'utf8')).join('\n')
    expect(common).toContain('https://api.example.com')
  })
})

describe('member H5 (MOCK=off)', () => {
  it('contains no mock marker in any file and ships no service worker of the fake backend', () => {
    expect(mockMarkersIn(h5)).toEqual([])
    expect(existsSync(path.join(h5, 'mockServiceWorker.js'))).toBe(false)
  })

  it('routes the member pages and neither the tester console nor the store counter', () => {
    const routes = h5Routes(h5)
    expect(routes).toEqual(expect.arrayContaining(['pages/home/index', 'pages/coupons/index', 'pages/coupon-code/index']))
    expect(routes.filter((r) => TOOL_PAGES.includes(r))).toEqual([])
  })
})
