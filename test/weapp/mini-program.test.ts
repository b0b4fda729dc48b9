// The production weapp build (dist/weapp) booted in Node by test/weapp/harness, kept for what WeChat's
// own framework (official-framework.test.ts, which now renders every page, the home's numbers and the
// code page) cannot do there: a fresh app per persona chosen in storage, long-press navigation, and
// the tester console driving the in-process backend, which survives a reload.
import path from 'node:path'
import { MiniRuntime, type PageInstance } from './harness/mini-runtime'
import { findByAttr, pageText } from './harness/tree'

const distDir = path.resolve(__dirname, '..', '..', 'dist', 'weapp')

async function openSettled(rt: MiniRuntime, url: string): Promise<PageInstance> {
  const page = rt.open(url)
  await rt.settle(page)
  return page
}

const booted: MiniRuntime[] = []
afterEach(() => booted.splice(0).forEach((rt) => rt.dispose()))

function boot(storage: Record<string, unknown> | Map<string, unknown> = {}) {
  const rt = new MiniRuntime({ distDir, storage: storage instanceof Map ? Object.fromEntries(storage) : storage })
  booted.push(rt)
  rt.boot()
  return rt
}

const tapText = (rt: MiniRuntime, page: PageInstance, text: string, type = 'tap') => rt.trigger(page, text, type)

test.each([
  ['cocreator', '核心共创'],
  ['newcomer', '了解观察'],
  ['first-buyer', '初步体验'],
])('persona %s chosen in storage shows %s on home', async (persona, level) => {
  const page = await openSettled(boot({ 'mock.persona': persona }), 'pages/home/index')
  const [levelNode] = findByAttr(page.data, (n) => n.cl === 'member-card__level')
  expect(pageText({ root: { cn: [levelNode] } })).toBe(level)
})

test('a long-press on the profile’s version line navigates to the tester console', async () => {
  const rt = boot()
  const profile = await openSettled(rt, 'pages/profile/index')
  tapText(rt, profile, '演示数据', 'longpress')
  await rt.settle()
  expect(rt.navigations.map((n) => n.url?.split('?')[0])).toEqual(['/pages/tester/index'])
  const tester = rt.current()
  expect(tester.route).toBe('pages/tester/index')
  await rt.settle(tester)
  expect(pageText(tester.data)).toContain('切换身份')
})

test('the tester console lists the personas and a tap switches persona', async () => {
  const rt = boot()
  const tester = await openSettled(rt, 'pages/tester/index')
  const text = pageText(tester.data)
  for (const id of ['newcomer', 'first-buyer', 'active', 'cocreator', 'at-risk', 'coupon-rich']) expect(text).toContain(id)
  tapText(rt, tester, 'cocreator')
  await rt.settle(tester)
  expect(rt.state.storage.get('mock.persona')).toBe('cocreator')
  expect(pageText(tester.data)).toContain('当前身份：cocreator')
  const home = await openSettled(rt, 'pages/home/index')
  expect(pageText(home.data)).toContain('核心共创')
})

test('a purchase posted from the console levels up, survives a reload, and resets cleanly', async () => {
  const rt = boot({ 'mock.persona': 'newcomer' })
  const tester = await openSettled(rt, 'pages/tester/index')
  const [input] = findByAttr(tester.data, (n) => n.cl === 'tester__input')
  rt.fire(tester, input.sid!, 'input', { value: '99', cursor: 2 })
  await rt.settle(tester)
  tapText(rt, tester, '记一笔消费')
  await rt.settle(tester)
  expect(pageText(tester.data)).toContain('已记录：消费 ¥99')

  const reloaded = boot(rt.state.storage)
  expect(pageText((await openSettled(reloaded, 'pages/home/index')).data)).toContain('初步体验')

  const console2 = await openSettled(reloaded, 'pages/tester/index')
  tapText(reloaded, console2, '重置当前身份')
  await reloaded.settle(console2)
  const home = await openSettled(reloaded, 'pages/home/index')
  const [levelNode] = findByAttr(home.data, (n) => n.cl === 'member-card__level')
  expect(pageText({ root: { cn: [levelNode] } })).toBe('了解观察')
})

// Scenario shaping reaches the in-process backend with the console's subpackage: what it sets
// must still shape the member's own screens.
test('服务宕机 picked in the console makes the home say it failed, and 正常 brings the level back', async () => {
  const rt = boot({ 'mock.persona': 'cocreator' })
  const tester = await openSettled(rt, 'pages/tester/index')
  tapText(rt, tester, '服务宕机')
  await rt.settle(tester)
  const failed = await openSettled(rt, 'pages/home/index')
  // The app retries a 503 three times in about three seconds before it says so.
  await rt.settle(failed, { maxMs: 6000, quietMs: 2500 })
  expect(pageText(failed.data)).toContain('重新加载')
  expect(findByAttr(failed.data, (n) => n.cl === 'member-card__level')).toEqual([])

  tapText(rt, tester, '正常')
  await rt.settle(tester)
  const home = await openSettled(rt, 'pages/home/index')
  expect(pageText(home.data)).toContain('核心共创')
}, 15_000)

// The staff endpoints reach the in-process backend with the counter's subpackage.
test('the store counter signs a clerk in with the store PIN', async () => {
  const rt = boot()
  const counter = await openSettled(rt, 'pages/store-counter/index')
  const [pin] = findByAttr(counter.data, (n) => n.cl === 'counter__input')
  rt.fire(counter, pin.sid!, 'input', { value: '2468', cursor: 4 })
  await rt.settle(counter)
  const [signIn] = findByAttr(counter.data, (n) => String(n.cl ?? '').includes('counter__action'))
  rt.fire(counter, signIn.sid!, 'tap')
  await rt.settle(counter)
  expect(pageText(counter.data)).toContain('当前门店：上海静安店')
  // The day's log comes from the in-process backend's counter routes (GET /staff/log).
  expect(pageText(counter.data)).toContain('今天本店还没有记录')
})

// The content endpoints reach the in-process backend with the content page's subpackage.
test('the content page opened straight from launch shows the getting-started guide', async () => {
  const rt = boot()
  const page = await openSettled(rt, 'pages/content/index?slug=getting-started')
  expect(pageText(page.data)).toContain('开箱检查')
})
