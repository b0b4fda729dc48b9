// Issue 28: a tester launching a mock mini-program from the devtools (a compile mode, or any page with a
// launch query) gets the persona, scenario, clock and state asked for before the first request, without
// the tester console. The weapp, Alipay and Douyin builds booted in the Node stand-in runtime; Alipay and
// Douyin are skipped when not built (`npm run build:alipay` / `build:tt`), as in other-platforms.test.ts.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { call, fixedBackend } from '../../mock/test-support/call'
import { MiniRuntime, type BootOptions, type PageInstance } from './harness/mini-runtime'
import { pageText } from './harness/tree'

const root = path.resolve(__dirname, '..', '..', 'dist')

/**
 * Alipay's sync storage takes and answers objects: getStorageSync({ key }) → { data }; Taro turns a
 * showModal without a cancel button into my.alert (recorded here as the showModal it stands for).
 */
const alipayApi = (wx: Record<string, unknown>) => {
  const fn = (name: string) => wx[name] as (...a: unknown[]) => unknown
  return {
    ...wx,
    getStorageSync: ({ key }: { key: string }) => ({ data: fn('getStorageSync')(key) }),
    setStorageSync: ({ key, data }: { key: string; data: unknown }) => fn('setStorageSync')(key, data),
    removeStorageSync: ({ key }: { key: string }) => fn('removeStorageSync')(key),
    alert: (o: Record<string, unknown>) => fn('showModal')(o),
  }
}

const platforms: Array<{ name: string; required: boolean; options: Partial<BootOptions> }> = [
  { name: 'weapp', required: true, options: {} },
  { name: 'tt', required: false, options: { globalName: 'tt', baseTemplate: 'base.ttml' } },
  { name: 'alipay', required: false, options: { globalName: 'my', baseTemplate: 'base.axml', adaptApi: alipayApi, extraGlobals: { navigator: { userAgent: 'AlipayClient' } } } },
]

const booted: MiniRuntime[] = []
afterEach(() => booted.splice(0).forEach((rt) => rt.dispose()))

describe.each(platforms)('$name build', ({ name, required, options }) => {
  const distDir = path.join(root, name)
  const run = required || existsSync(path.join(distDir, 'app.json')) ? test : test.skip
  const launch = (url: string) => {
    // Another persona chosen earlier: the launch query wins.
    const rt = new MiniRuntime({ distDir, storage: { 'mock.persona': 'active' }, launch: url, ...options })
    booted.push(rt)
    rt.boot()
    return rt
  }
  const settled = async (rt: MiniRuntime, page: PageInstance, wait = { maxMs: 2000, quietMs: 80 }) => (await rt.settle(page, wait), page)

  run('pages/coupons/index?persona=coupon-rich&scenario=down@/coupons shows coupon-rich’s wallet down, no console touched', async () => {
    const rt = launch('pages/coupons/index?persona=coupon-rich&scenario=down@/coupons')
    // The app retries a 503 three times in about three seconds before it says so.
    const wallet = await settled(rt, rt.launchPage(), { maxMs: 6000, quietMs: 2500 })
    expect(pageText(wallet.data)).toContain('服务暂时不可用')
    expect(pageText(wallet.data)).toContain('重新加载')
    expect(rt.navigations).toEqual([])
    expect(rt.state.storage.get('mock.persona')).toBe('coupon-rich')
    // The scenario aims at /coupons only: 我的 shows whose wallet it was.
    expect(pageText((await settled(rt, rt.open('pages/profile/index'))).data)).toContain('囤券达人')
  }, 15_000)

  run('a malformed launch parameter is refused with a message and the rest still applies', async () => {
    const rt = launch('pages/profile/index?persona=newcomer&scenario=meltdown')
    await settled(rt, rt.launchPage())
    const modal = rt.state.calls.find((c) => c.api === 'showModal')?.options as { title: string; content: string } | undefined
    expect(modal?.title).toBe('启动参数有误，已忽略')
    expect(modal?.content).toMatch(/^scenario=meltdown：场景只能是/)
    expect(rt.state.storage.get('mock.persona')).toBe('newcomer')
  })

  run('clock=+400d moves the backend clock before the first request', async () => {
    const rt = launch('pages/tester/index?clock=%2B400d')
    const tester = await settled(rt, rt.launchPage())
    const year = new Date(Date.now() + 400 * 86_400_000).getFullYear()
    expect(pageText(tester.data)).toContain(`${year}-`)
    expect(pageText(tester.data)).toContain('（已调整）')
  })

  run('state=<复现码> imports the code’s member before the launch page asks, then goes back to it', async () => {
    const source = fixedBackend()
    call(source, 'POST /mock/events', { persona: 'newcomer~5', body: { type: 'purchase', amountFen: 2_000_000 } })
    const code = call(source, 'GET /mock/state', { persona: 'newcomer~5' }).body.code as string
    const rt = launch(`pages/profile/index?state=${code}`)
    const profile = rt.launchPage()
    await rt.settle(profile, { maxMs: 4000, quietMs: 300 })
    expect(rt.navigations.map((n) => n.kind)).toEqual(['navigateTo', 'navigateBack'])
    expect(rt.state.storage.get('mock.persona')).toBe('newcomer~5')
    const home = await settled(rt, rt.open('pages/home/index'))
    // The code's member: newcomer's nickname, with the ¥20,000 purchase the code carries.
    expect(pageText(home.data)).toContain('小林同学')
    expect(pageText(home.data)).toContain('20,000')
  }, 15_000)
})
