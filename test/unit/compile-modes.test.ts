// The devtools' compile modes are generated (scripts/compile-modes.ts): the committed project files must
// be what the script writes, and every mode must open a page the mock build has, with a launch query
// the app accepts.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { compileModes, renderFiles, ROOT } from '../../scripts/compile-modes'
import { readLaunchParams } from '../../src/services/mock-launch'
import { PERSONA_IDS } from '../../mock/personas/persona-ids'

function mockAppPages(): string[] {
  const saved = { taro: process.env.TARO_ENV, mock: process.env.MOCK, app: process.env.APP }
  process.env.TARO_ENV = 'weapp'
  delete process.env.MOCK
  delete process.env.APP
  ;(globalThis as { defineAppConfig?: unknown }).defineAppConfig = (c: unknown) => c
  try {
    const config = jest.requireActual<{ default: { pages: string[]; subPackages: { root: string; pages: string[] }[] } }>('../../src/app.config').default
    return [...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
  } finally {
    for (const [key, value] of Object.entries({ TARO_ENV: saved.taro, MOCK: saved.mock, APP: saved.app })) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

test('the project files hold the compile modes the script writes (run `npm run compile-modes` after changing it)', () => {
  for (const [file, text] of Object.entries(renderFiles())) {
    expect([file, readFileSync(path.join(ROOT, file), 'utf8')]).toEqual([file, text])
  }
})

test('every compile mode opens a page of the mock build, with a launch query the app accepts', () => {
  const pages = mockAppPages()
  const modes = compileModes()
  expect(modes.filter((m) => !pages.includes(m.page)).map((m) => `${m.name}: ${m.page}`)).toEqual([])
  const refused = modes.flatMap((m) => readLaunchParams(Object.fromEntries(new URLSearchParams(m.query))).refused.map((r) => `${m.name}: ${r}`))
  expect(refused).toEqual([])
})

test('each persona’s home has a compile mode, and so do the wallet down and the store counter', () => {
  const names = compileModes().map((m) => `${m.name} ${m.page}?${m.query}`)
  for (const id of PERSONA_IDS) expect(names).toContainEqual(expect.stringMatching(new RegExp(`·首页 pages/home/index\\?persona=${id}$`)))
  expect(names).toEqual(expect.arrayContaining(['券包·后端宕机 pages/coupons/index?persona=coupon-rich&scenario=down@/coupons', '门店核销 pages/store-counter/index?']))
})
