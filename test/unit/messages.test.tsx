import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { ClaimCenterScreen } from '@/features/coupons'
import { getMockBackend } from '@mock/handlers'
import { MessagesHomeEntry, MessagesScreen, RemindMe, askForReminders } from '@/features/messages'
import { setPersona } from '@/services/mock-session'
import { firePageHook } from '../stubs/taro'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

const subscribe = Taro.requestSubscribeMessage as unknown as jest.Mock
const atRisk = () => getMockBackend().member({ key: 'at-risk', personaId: 'at-risk', copy: 0 })
const previousEnv = process.env.TARO_ENV
beforeEach(() => subscribe.mockClear())
afterEach(() => {
  process.env.TARO_ENV = previousEnv
})

test('the at-risk member sees the 30-day reminder with an unread badge; moving the clock brings the 7-day one', async () => {
  setPersona('at-risk')
  const home = showScreen(<MessagesHomeEntry />)
  expect(await screen.findByTestId('messages-badge')).toHaveTextContent('1')
  home.unmount()

  showScreen(<MessagesScreen />)
  await waitFor(() => expect(screen.getAllByTestId('message')).toHaveLength(1))
  expect(screen.getByText('「积极互动」还有 30 天到期')).toBeInTheDocument()
  expect(screen.getByText(/保级条件尚未达成/)).toBeInTheDocument()

  const expiresAt = atRisk().held.expiresAt as number
  getMockBackend().clock.setNow(expiresAt - 7 * 86_400_000 + 60_000)
  act(() => firePageHook('useDidShow'))
  expect(await screen.findByText('「积极互动」还有 7 天到期')).toBeInTheDocument()
  expect(screen.getByTestId('messages-unread')).toHaveTextContent('2 条未读')

  fireEvent.click(screen.getByRole('button', { name: '全部标为已读' }))
  await waitFor(() => expect(screen.getByTestId('messages-unread')).toHaveTextContent('全部已读'))
  expect(atRisk().readMessageIds).toHaveLength(2)
})

test('weapp: a refused subscription is recorded, remembered on the phone, and never asked again', async () => {
  process.env.TARO_ENV = 'weapp'
  setPersona('at-risk')
  subscribe.mockImplementationOnce((o: { tmplIds: string[]; success: (r: Record<string, string>) => void }) =>
    o.success(Object.fromEntries(o.tmplIds.map((id) => [id, 'reject']))),
  )
  const first = render(<RemindMe topics={['level-expiry']} />)
  fireEvent.click(screen.getByRole('button', { name: '到期前提醒我' }))
  expect(await screen.findByTestId('remind-outcome')).toHaveTextContent('不再询问')
  await waitFor(() => expect(atRisk().subscriptions).toEqual({ 'level-expiry': false }))
  first.unmount()

  render(<RemindMe topics={['level-expiry']} />)
  expect(screen.queryByRole('button', { name: '到期前提醒我' })).not.toBeInTheDocument()
  expect(screen.getByText('到期前会在「消息」中提醒你')).toBeInTheDocument()
  expect(await askForReminders(['level-expiry'])).toBe('skipped')
  expect(subscribe).toHaveBeenCalledTimes(1)
})

test('weapp: an accepted subscription is recorded and its messages say WeChat delivered them', async () => {
  process.env.TARO_ENV = 'weapp'
  setPersona('at-risk')
  render(<RemindMe topics={['level-expiry']} />)
  fireEvent.click(screen.getByRole('button', { name: '到期前提醒我' }))
  expect(await screen.findByTestId('remind-outcome')).toHaveTextContent('已开启微信提醒')
  expect(subscribe).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ['TMPL_LEVEL_EXPIRY'] }))
  await waitFor(() => expect(atRisk().subscriptions).toEqual({ 'level-expiry': true }))
  showScreen(<MessagesScreen />)
  expect(await screen.findByText('已通过微信服务通知提醒')).toBeInTheDocument()
})

test('H5 has no subscribe messages: it points to the 消息 centre and asks nothing', async () => {
  process.env.TARO_ENV = 'h5'
  render(<RemindMe topics={['coupon-expiry']} />)
  expect(screen.getByText('到期前会在「消息」中提醒你')).toBeInTheDocument()
  expect(await askForReminders(['coupon-expiry'])).toBe('unsupported')
  expect(subscribe).not.toHaveBeenCalled()
})

test('weapp: claiming a coupon asks for the expiry reminder in the same tap', async () => {
  process.env.TARO_ENV = 'weapp'
  setPersona('active~3')
  showScreen(<ClaimCenterScreen />)
  const flash = await screen.findByTestId('template-tpl-flash-10')
  fireEvent.click(within(flash).getByRole('button', { name: '领取限量免费饮品' }))
  expect(await screen.findByText('已领取「限量免费饮品」，已放入券包')).toBeInTheDocument()
  expect(subscribe).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ['TMPL_COUPON_EXPIRY'] }))
})

test('weapp: subscriptions switched off (20004) count as a refusal; a dialog that could not show is not the member\'s answer', async () => {
  process.env.TARO_ENV = 'weapp'
  setPersona('at-risk')
  subscribe.mockImplementationOnce((o: { fail: (e: { errMsg: string; errCode: number }) => void }) => o.fail({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.', errCode: 10004 }))
  expect(await askForReminders(['invite-start'])).toBe('unsupported')
  subscribe.mockImplementationOnce((o: { fail: (e: { errMsg: string; errCode: number }) => void }) => o.fail({ errMsg: 'requestSubscribeMessage:fail main switch is off', errCode: 20004 }))
  expect(await askForReminders(['invite-start'])).toBe('refused')
  expect(await askForReminders(['invite-start', 'invite-deadline'])).toBe('accepted')
  expect(subscribe).toHaveBeenLastCalledWith(expect.objectContaining({ tmplIds: ['TMPL_INVITE_DEADLINE'] }))
  await waitFor(() => expect(atRisk().subscriptions).toEqual({ 'invite-start': false, 'invite-deadline': true }))
})
