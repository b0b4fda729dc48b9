// The Douyin (tt) and Alipay (my) builds, dist/tt and dist/alipay, booted in the Node stand-in runtime
// under their own API global: every page renders and the home shows the persona's level. Skipped when
// the build is absent (`npm run build:tt` / `build:alipay`; not yet part of `npm test`).
import { existsSync } from 'node:fs'
import path from 'node:path'
import { MiniRuntime } from './harness/mini-runtime'
import { pageText } from './harness/tree'

const root = path.resolve(__dirname, '..', '..', 'dist')

/** Alipay's sync storage takes and answers objects: getStorageSync({ key }) → { data }. */
const alipayApi = (wx: Record<string, unknown>) => {
  const call = (name: string) => wx[name] as (...a: unknown[]) => unknown
  return {
    ...wx,
    getStorageSync: ({ key }: { key: string }) => ({ data: call('getStorageSync')(key) }),
    setStorageSync: ({ key, data }: { key: string; data: unknown }) => call('setStorageSync')(key, data),
    removeStorageSync: ({ key }: { key: string }) => call('removeStorageSync')(key),
  }
}

const platforms = [
  { name: 'tt', globalName: 'tt' as const, baseTemplate: 'base.ttml', adaptApi: undefined, extraGlobals: {} },
  { name: 'alipay', globalName: 'my' as const, baseTemplate: 'base.axml', adaptApi: alipayApi, extraGlobals: { navigator: { userAgent: 'AlipayClient' } } },
]

describe.each(platforms)('$name build', ({ name, globalName, baseTemplate, adaptApi, extraGlobals }) => {
  const distDir = path.join(root, name)
  const built = existsSync(path.join(distDir, 'app.json'))
  const boot = () => {
    const rt = new MiniRuntime({ distDir, storage: { 'mock.persona': 'active' }, globalName, baseTemplate, adaptApi, extraGlobals })
    rt.boot()
    return rt
  }
  const pages = built ? new MiniRuntime({ distDir, baseTemplate }).allPages() : []

  ;(built ? test : test.skip)('the home shows the persona’s level', async () => {
    const rt = boot()
    const page = rt.open('pages/home/index')
    await rt.settle(page)
    expect(pageText(page.data)).toContain('积极互动')
    rt.dispose()
  })

  ;(built ? test.each(pages) : test.skip.each(['(not built)']))('page %s renders', async (route) => {
    const rt = boot()
    const page = rt.open(route)
    await rt.settle(page)
    expect(page.setDataCalls).toBeGreaterThan(0)
    expect(pageText(page.data).trim().length).toBeGreaterThan(0)
    rt.dispose()
  })
})
