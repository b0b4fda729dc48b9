import { withMockBackend } from '../support/screen'
import { resetMockBackend } from '@mock/handlers'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { firePageHook } from '../stubs/taro'
import { HomeScreen, useMembershipStore } from '@/features/growth'
import { TesterConsole } from '@/features/tester'
import { getPersona, getScenario, setPersona } from '@/services/mock-session'
import { clearRequestLog, startRequestLog, stopRequestLog } from '@/services/request-log'

withMockBackend()

async function showHome() {
  const view = render(<HomeScreen />)
  act(() => firePageHook('useDidShow'))
  const name = await screen.findByTestId('level-name')
  return { view, name }
}

test('lists every persona with its description, and marks the current one', async () => {
  setPersona('first-buyer')
  render(<TesterConsole />)
  await screen.findByRole('button', { name: '切换到 newcomer' })
  const group = screen.getByRole('group', { name: '切换身份' })
  for (const id of ['newcomer', 'first-buyer', 'active', 'cocreator', 'at-risk', 'coupon-rich']) {
    expect(within(group).getByRole('button', { name: `切换到 ${id}` })).toBeInTheDocument()
  }
  expect(within(group).getByText('first-buyer（当前）')).toBeInTheDocument()
  expect(within(group).getAllByText(/\S{6,}/).length).toBeGreaterThan(6)
})

test('switching persona resets the stores so home shows the other member', async () => {
  setPersona('active')
  const { view, name } = await showHome()
  expect(name).toHaveTextContent('积极互动')
  view.unmount()

  render(<TesterConsole />)
  fireEvent.click(await screen.findByRole('button', { name: '切换到 cocreator' }))
  expect(getPersona()).toBe('cocreator')
  expect(useMembershipStore.getState().snapshot).toBeNull()
  expect(screen.getByRole('status')).toHaveTextContent('当前身份：cocreator')
})

test('a purchase posted from the console shows up on home as a level-up', async () => {
  setPersona('newcomer~5')
  render(<TesterConsole />)
  await screen.findByRole('group', { name: '切换身份' })
  fireEvent.change(screen.getByRole('textbox', { name: '消费金额（元）' }), { target: { value: '99' } })
  fireEvent.click(screen.getByRole('button', { name: '记一笔消费' }))
  expect(await screen.findByText('已记录：消费 ¥99', { selector: '.tester__message' })).toBeInTheDocument()
  const { name } = await showHome()
  expect(name).toHaveTextContent('初步体验')
})

test('an invalid amount disables the purchase button', async () => {
  render(<TesterConsole />)
  fireEvent.change(screen.getByRole('textbox', { name: '消费金额（元）' }), { target: { value: 'abc' } })
  expect(screen.getByRole('button', { name: '记一笔消费' })).toBeDisabled()
})

test('scenario, clock and reset apply at once', async () => {
  setPersona('active~4')
  render(<TesterConsole />)
  await screen.findByText(/（真实时间）/)
  fireEvent.click(screen.getByRole('button', { name: '服务宕机' }))
  expect(getScenario()).toBe('down')
  fireEvent.click(screen.getByRole('button', { name: '券包 /coupons' }))
  expect(getScenario()).toBe('down@/coupons')
  expect(screen.getByRole('status')).toHaveTextContent('场景：服务宕机（/coupons）')
  fireEvent.click(screen.getByRole('button', { name: '超时无应答' }))
  expect(getScenario()).toBe('timeout@/coupons')
  fireEvent.click(screen.getByRole('button', { name: '正常' }))
  expect(getScenario()).toBeNull()

  fireEvent.click(screen.getByRole('button', { name: '+30 天' }))
  expect(await screen.findByText(/（已调整）/)).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: '回到真实时间' }))
  expect(await screen.findByText(/（真实时间）/)).toBeInTheDocument()

  fireEvent.click(screen.getByRole('button', { name: '重置当前身份' }))
  expect(await screen.findByText('已重置当前身份', { selector: '.tester__message' })).toBeInTheDocument()
  expect(Taro.showToast).toHaveBeenCalled()
})

test('the store counter link is disabled while that page is not in the app, and build info is shown', async () => {
  render(<TesterConsole />)
  await screen.findByRole('group', { name: '切换身份' })
  expect(screen.getByRole('button', { name: '打开门店核销台' })).toBeDisabled()
  expect(screen.getByText('核销台页面尚未加入本版本。')).toBeInTheDocument()
  expect(screen.getByText(/版本 vtest · h5 · 演示数据开/)).toBeInTheDocument()
  expect(screen.getByText('接口地址：（同源）/api/v1')).toBeInTheDocument()
})

test('the request log shows what the console asked, and a tap copies it as curl', async () => {
  let view: ReturnType<typeof render> | undefined
  startRequestLog()
  try {
    setPersona('active~6')
    view = render(<TesterConsole />)
    // Both of the console's first reads are logged (waiting for both keeps later renders inside the test).
    await screen.findByRole('button', { name: /^GET \/api\/v1\/mock\/clock 200 · / })
    const entry = await screen.findByRole('button', { name: /^GET \/api\/v1\/mock\/personas 200 · \d+ ms，点按复制 curl$/ })
    fireEvent.click(entry)
    expect(navigator.clipboard.writeText).toHaveBeenCalledWith(expect.stringMatching(/^curl -i 'http:\/\/localhost:3100\/api\/v1\/mock\/personas' -H 'X-Persona: active~6'$/))
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith({ title: '已复制 curl 命令', icon: 'none' }))
  } finally {
    view?.unmount()
    stopRequestLog()
    clearRequestLog()
  }
})

test('a 复现码 exported on one device brings the same member and clock to another; a corrupt one is refused in Chinese', async () => {
  setPersona('newcomer~8')
  render(<TesterConsole />)
  await screen.findByRole('group', { name: '切换身份' })
  fireEvent.change(screen.getByRole('textbox', { name: '消费金额（元）' }), { target: { value: '99' } })
  fireEvent.click(screen.getByRole('button', { name: '记一笔消费' }))
  await screen.findByText('已记录：消费 ¥99', { selector: '.tester__message' })
  await waitFor(() => expect(screen.getByRole('button', { name: '记一笔消费' })).toBeEnabled())
  fireEvent.click(screen.getByRole('button', { name: '导出并复制复现码' }))
  await screen.findByText(/^已复制 newcomer~8 的复现码/, { selector: '.tester__message' })
  await waitFor(() => expect(screen.getByRole('button', { name: '导出并复制复现码' })).toBeEnabled())
  const code = (navigator.clipboard.writeText as jest.Mock).mock.calls.at(-1)[0] as string
  expect(code).toMatch(/^MC1Z-/)
  // Short enough for a QR code: a phone tester hands it over by scanning.
  expect(code.length).toBeLessThan(2300)
  expect(screen.getByRole('img', { name: '复现码二维码' }).getAttribute('src')).toMatch(/^data:image\/svg\+xml/)

  // "Another device": a fresh backend, another persona chosen.
  resetMockBackend()
  act(() => setPersona('active'))
  const box = screen.getByRole('textbox', { name: '粘贴复现码' })
  fireEvent.change(box, { target: { value: `${code.slice(0, 30)}x${code.slice(31)}` } })
  fireEvent.click(screen.getByRole('button', { name: '导入复现码' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('复现码已损坏（校验不符）')
  await waitFor(() => expect(screen.getByRole('button', { name: '导出并复制复现码' })).toBeEnabled())
  expect(getPersona()).toBe('active')

  fireEvent.change(box, { target: { value: code } })
  fireEvent.click(screen.getByRole('button', { name: '导入复现码' }))
  await screen.findByText(/^已导入复现码：身份 newcomer~8/, { selector: '.tester__message' })
  await waitFor(() => expect(screen.getByRole('button', { name: '导出并复制复现码' })).toBeEnabled())
  expect(getPersona()).toBe('newcomer~8')
  const { name } = await showHome()
  expect(name).toHaveTextContent('初步体验')
}, 15_000)

test('以店员身份记一笔消费 goes through the member code and the counter; 打开分享链接 credits the current persona one share', async () => {
  setPersona('newcomer~6')
  render(<TesterConsole />)
  await screen.findByRole('group', { name: '切换身份' })
  fireEvent.change(screen.getByRole('textbox', { name: '消费金额（元）' }), { target: { value: '128' } })
  fireEvent.click(screen.getByRole('button', { name: '以店员身份记一笔消费' }))
  expect(await screen.findByText(/^店员已记录消费 ¥128\.00（订单 T-/, { selector: '.tester__message' })).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: '打开分享链接' }))
  expect(await screen.findByText(/^newcomer~\d+ 打开了分享链接，分享贡献 \+1$/, { selector: '.tester__message' })).toBeInTheDocument()
  const growth = await fetch('http://localhost/api/v1/me/growth', { headers: { 'x-persona': 'newcomer~6' } }).then((r) => r.json())
  expect(growth.totals).toMatchObject({ spendFen: 12800, shares: 1 })
  const events = await fetch('http://localhost/api/v1/me/growth/events', { headers: { 'x-persona': 'newcomer~6' } }).then((r) => r.json())
  expect(events.events.map((e: { title: string }) => e.title)).toEqual(expect.arrayContaining(['门店消费 ¥128', '分享带来访问']))
})

test('the first line says what the launch applied and refused, and the console gives the launch query’s words for what is on', async () => {
  const { applyLaunch, readLaunchParams } = jest.requireActual<typeof import('@/services/mock-launch')>('@/services/mock-launch')
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  applyLaunch(readLaunchParams({ persona: 'coupon-rich', scenario: 'down@/coupons', clock: 'soon' }), {})
  warn.mockRestore()
  render(<TesterConsole />)
  await screen.findByRole('button', { name: '切换到 newcomer' })
  const status = screen.getByRole('status')
  expect(status.firstElementChild).toHaveTextContent(/^启动时已应用：身份 coupon-rich · 场景 down@\/coupons；已忽略：clock=soon：时钟要写/)
  expect(status).toHaveTextContent('启动参数写法：persona=coupon-rich&scenario=down@/coupons')
  applyLaunch(readLaunchParams({}), {})
})

test('a 复现码 too long for a QR code says so instead of drawing one', async () => {
  setPersona('coupon-rich')
  render(<TesterConsole />)
  await screen.findByRole('group', { name: '切换身份' })
  fireEvent.click(screen.getByRole('button', { name: '导出并复制复现码' }))
  await screen.findByText(/^已复制 coupon-rich 的复现码/, { selector: '.tester__message' })
  expect(screen.getByText(/超过二维码容量/)).toBeInTheDocument()
  expect(screen.queryByRole('img', { name: '复现码二维码' })).toBeNull()
})
