// Sign-in and join in the production weapp build booted in Node: the app signs in silently at
// launch (mock builds send mock:<persona>), a refused token is replaced without the member
// noticing, and a visitor sees the programme, joins, and lands at 了解观察.
import path from 'node:path'
import { MiniRuntime, type PageInstance } from './harness/mini-runtime'
import { findByAttr, pageText } from './harness/tree'

const distDir = path.resolve(__dirname, '..', '..', 'dist', 'weapp')
const booted: MiniRuntime[] = []
afterEach(() => booted.splice(0).forEach((rt) => rt.dispose()))

function boot(storage: Record<string, unknown> = {}) {
  const rt = new MiniRuntime({ distDir, storage })
  booted.push(rt)
  rt.boot()
  return rt
}

async function openSettled(rt: MiniRuntime, url: string): Promise<PageInstance> {
  const page = rt.open(url)
  await rt.settle(page)
  return page
}

const storedSession = (rt: MiniRuntime) => {
  const raw = rt.state.storage.get('session.v1')
  return typeof raw === 'string' ? (JSON.parse(raw) as { data: { token: string; joined: boolean } }).data : null
}

test('launch signs in silently as the tester persona and member calls carry the token', async () => {
  const rt = boot({ 'mock.persona': 'cocreator' })
  const home = await openSettled(rt, 'pages/home/index')
  expect(storedSession(rt)).toMatchObject({ token: expect.stringMatching(/^mt\./), joined: true })
  expect(pageText(home.data)).toContain('核心共创')
})

test('a refused token is replaced silently and the call retried', async () => {
  const stale = JSON.stringify({ v: 1, data: { token: 'mt.stale', expiresAt: '2030-01-01T00:00:00Z', joined: true } })
  const rt = boot({ 'mock.persona': 'first-buyer', 'session.v1': stale })
  const home = await openSettled(rt, 'pages/home/index')
  expect(pageText(home.data)).toContain('初步体验')
  expect(storedSession(rt)?.token).not.toBe('mt.stale')
})

test('a visitor sees the programme instead of the home, joins, and is a member at 了解观察', async () => {
  const rt = boot({ 'mock.persona': 'visitor' })
  const home = await openSettled(rt, 'pages/home/index')
  await rt.settle(home)
  expect(pageText(home.data)).toContain('加入会员')
  expect(findByAttr(home.data, (n) => n.cl === 'member-card__level')).toHaveLength(0)

  const join = await openSettled(rt, 'pages/join/index')
  rt.trigger(join, '我已阅读并同意会员隐私政策')
  await rt.settle(join)
  rt.trigger(join, '同意并加入')
  await rt.settle(join)
  await rt.settle()
  expect(storedSession(rt)?.joined).toBe(true)
  const after = await openSettled(rt, 'pages/home/index')
  const [levelNode] = findByAttr(after.data, (n) => n.cl === 'member-card__level')
  expect(pageText({ root: { cn: [levelNode] } })).toBe('了解观察')
})

test('the profile saves through POST with X-HTTP-Method-Override (wx.request has no PATCH)', async () => {
  const rt = boot({ 'mock.persona': 'newcomer~8' })
  const page = await openSettled(rt, 'pages/profile-edit/index')
  const [input] = findByAttr(page.data, (n) => n.ariaLabel === '昵称' || n['aria-label'] === '昵称')
  rt.fire(page, input.sid!, 'input', { value: '小程序改名', cursor: 5 })
  await rt.settle(page)
  // The hint above also says 保存 (保存后不能修改): tap the button itself.
  const [save] = findByAttr(page.data, (n) => typeof n.cl === 'string' && n.cl.includes('identity__primary'))
  rt.fire(page, save.sid!, 'tap')
  await rt.settle(page)
  expect(pageText(page.data)).toContain('已保存')
  const home = await openSettled(rt, 'pages/profile/index')
  expect(pageText(home.data)).toContain('小程序改名')
})

test('joining with WeChat’s phone number (open-type=getPhoneNumber) keeps a masked phone', async () => {
  const rt = boot({ 'mock.persona': 'visitor~2' })
  const join = await openSettled(rt, 'pages/join/index')
  // Taro's compact template names the open-type attribute p11.
  const [phoneButton] = findByAttr(join.data, (n) => Object.values(n).includes('getPhoneNumber') && typeof n.cl === 'string' && n.cl.includes('identity__secondary'))
  rt.fire(join, phoneButton.sid!, 'getphonenumber', { code: 'wx-phone-code' })
  await rt.settle(join)
  expect(pageText(join.data)).toContain('已授权手机号')
  rt.trigger(join, '我已阅读并同意会员隐私政策')
  await rt.settle(join)
  rt.trigger(join, '同意并加入')
  await rt.settle(join)
  await rt.settle()
  const profile = await openSettled(rt, 'pages/profile/index')
  expect(pageText(profile.data)).toMatch(/199\*{4}\d{4}/)
})
