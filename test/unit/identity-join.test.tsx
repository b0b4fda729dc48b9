import { showScreen, withMockBackend } from '../support/screen'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import { getMockBackend } from '@mock/handlers'
import { server } from '@mock/node'
import { handleRequest } from '@mock/routes'
import { HomeGate, JoinScreen, ProgrammeScreen } from '@/features/identity'
import { setPersona } from '@/services/mock-session'
import { isJoined, setReturnTo } from '@/services/session'

withMockBackend()
afterEach(() => jest.clearAllMocks())

const type = (label: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } })
const agree = () => fireEvent.click(screen.getByRole('checkbox', { name: /我已阅读并同意会员隐私政策/ }))
const backendMe = (persona: string) =>
  handleRequest(getMockBackend(), { method: 'GET', path: '/api/v1/me', query: {}, headers: { 'x-persona': persona }, body: undefined })

test('the programme shows the four levels with what each brings and the published standard, the welcome gift and one join action', async () => {
  render(<ProgrammeScreen />)
  const items = await screen.findAllByRole('listitem')
  expect(items.map((i) => i.textContent?.split('可享')[0])).toEqual([
    expect.stringContaining('了解观察'),
    expect.stringContaining('初步体验'),
    expect.stringContaining('积极互动'),
    expect.stringContaining('核心共创'),
  ])
  expect(items[0]).toHaveTextContent('如何达到：加入会员即可')
  expect(items[3]).toHaveTextContent(/专属顾问.*如何达到：一年内.*并接受员工邀请/)
  expect(screen.getByText('新人礼')).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: '加入会员' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/join/index' })
})

test('nothing is sent before the privacy notice is agreed to', async () => {
  setPersona('visitor~11')
  const sent = jest.fn()
  server.events.on('request:start', sent)
  render(<JoinScreen />)
  expect(screen.getByText(/^会员隐私政策（版本 2026-11）/)).toBeInTheDocument()
  type('昵称', '阿青')
  fireEvent.click(screen.getByRole('button', { name: '同意并加入' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('请先阅读并勾选同意隐私政策')
  expect(sent).not.toHaveBeenCalled()
  server.events.removeAllListeners()
})

test('agreeing and joining makes a member at 了解观察 with what was typed, and the home greets them once', async () => {
  setPersona('visitor~12')
  render(<JoinScreen />)
  agree()
  type('昵称', '阿青')
  type('生日', '1996-04-08')
  expect(screen.getByText(/生日只能设置一次/)).toBeInTheDocument()
  fireEvent.click(screen.getByRole('radio', { name: '更看重优惠力度' }))
  fireEvent.click(screen.getByRole('checkbox', { name: '新品' }))
  fireEvent.click(screen.getByRole('button', { name: '同意并加入' }))
  await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' }))
  expect(isJoined()).toBe(true)
  expect(backendMe('visitor~12').body).toMatchObject({
    member: { nickname: '阿青', levelCode: 'explorer', birthday: '1996-04-08', preferences: { style: 'deal', interests: ['new-products'] } },
  })
  const first = showScreen(<HomeGate><p>会员首页</p></HomeGate>)
  expect(screen.getByRole('status')).toHaveTextContent('欢迎加入会员圈')
  expect(screen.getByText('会员首页')).toBeInTheDocument()
  first.unmount()
  showScreen(<HomeGate><p>会员首页</p></HomeGate>)
  expect(screen.queryByText('欢迎加入会员圈！')).toBeNull()
})

test('after joining, a deep link opened before joining is opened', async () => {
  setPersona('visitor~13')
  setReturnTo('/pages/invite-detail/index?id=inv-1')
  render(<JoinScreen />)
  agree()
  fireEvent.click(screen.getByRole('button', { name: '同意并加入' }))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/invite-detail/index?id=inv-1' }))
})

test('a failed join says so and keeps everything typed and ticked', async () => {
  setPersona('visitor~14')
  server.use(http.post('*/api/v1/members', () => HttpResponse.json({ error: { code: 'UNAVAILABLE', message: '维护中' } }, { status: 503 })))
  render(<JoinScreen />)
  agree()
  type('昵称', '阿青')
  type('生日', '1996-04-08')
  fireEvent.click(screen.getByRole('radio', { name: '更看重品质与体验' }))
  fireEvent.click(screen.getByRole('button', { name: '同意并加入' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('你填写的内容都还在')
  expect((screen.getByRole('textbox', { name: '昵称' }) as HTMLInputElement).value).toBe('阿青')
  expect((screen.getByRole('textbox', { name: '生日' }) as HTMLInputElement).value).toBe('1996-04-08')
  expect(screen.getByRole('checkbox', { name: /我已阅读并同意/ })).toHaveAttribute('aria-checked', 'true')
  expect(screen.getByRole('radio', { name: '更看重品质与体验' })).toHaveAttribute('aria-checked', 'true')
  expect(backendMe('visitor~14').status).toBe(404)
})

test('a birthday that is not a date is caught before sending', async () => {
  setPersona('visitor~15')
  render(<JoinScreen />)
  agree()
  type('生日', '1996-13-40')
  fireEvent.click(screen.getByRole('button', { name: '同意并加入' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('生日请按 1990-05-20 的格式填写')
  expect(backendMe('visitor~15').status).toBe(404)
})
