import { showScreen, withMockBackend } from '../support/screen'
import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { resetTaroStub } from '../stubs/taro'
import { HomeScreen } from '@/features/growth'
import { DetailScreen, InboxScreen, InvitesHomeEntry, LevelUpInviteNotice, useInvitesStore } from '@/features/invites'
import { setPersona } from '@/services/mock-session'

withMockBackend()
afterEach(() => {
  jest.clearAllMocks()
})

const control = (persona: string, path: string, body?: unknown) =>
  fetch(`http://localhost/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-persona': persona },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

test('the inbox lists pending first, then past, with inviter, deadline and seats; the tab bar shows the count', async () => {
  setPersona('active')
  showScreen(<InboxScreen />)
  const pending = await screen.findByTestId('group-pending')
  const card = within(pending).getByTestId('invite-inv-spring-workshop')
  expect(card).toHaveTextContent('共创研讨会')
  expect(card).toHaveTextContent('春季新品共创研讨会')
  expect(card).toHaveTextContent('林然 · 产品共创经理 邀请你')
  expect(card).toHaveTextContent(/回复截止 \d+月\d+日 \d\d:\d\d（还剩 \d+ 天）/)
  expect(card).toHaveTextContent('剩余 12 / 20 席')
  expect(within(screen.getByTestId('group-past')).getByText('秋季好物清单内容共创')).toBeInTheDocument()
  const groups = screen.getAllByTestId(/^group-/).map((g) => g.dataset.testid)
  expect(groups).toEqual(['group-pending', 'group-past'])
  expect(Taro.setTabBarBadge).toHaveBeenCalledWith({ index: 0, text: '1' })
})

test('accepting needs a slot when there are several, then the invite moves to answered', async () => {
  setPersona('active~11')
  showScreen(<DetailScreen id='inv-spring-workshop' />)
  expect(await screen.findByText(/晓雨你好/)).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: '接受邀请' }))
  expect(await screen.findByText('请先选择一个场次')).toBeInTheDocument()
  fireEvent.click(screen.getByRole('radio', { name: '周日上午场 10:00–13:00' }))
  fireEvent.click(screen.getByRole('button', { name: '接受邀请' }))
  expect(await screen.findByText('已接受邀请，期待与你见面')).toBeInTheDocument()
  expect(screen.getByText('你的场次：周日上午场 10:00–13:00')).toBeInTheDocument()
  expect(screen.getByText(/签到方式：/)).toBeInTheDocument()
  expect(screen.getByRole('button', { name: '加入日历' })).toBeInTheDocument()
  expect(useInvitesStore.getState().invites?.find((i) => i.id === 'inv-spring-workshop')?.status).toBe('accepted')
})

test('a full activity puts the member on the waitlist with a position', async () => {
  setPersona('cocreator~11')
  showScreen(<DetailScreen id='inv-beta-earbuds' />)
  fireEvent.click(await screen.findByRole('button', { name: '加入候补' }))
  expect(await screen.findByText('名额已满，你在候补第 3 位')).toBeInTheDocument()
})

test('declining asks for confirmation first; "再想想" keeps the invite open', async () => {
  setPersona('active~12')
  showScreen(<DetailScreen id='inv-spring-workshop' />)
  ;(Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true })
  fireEvent.click(await screen.findByRole('button', { name: '婉拒' }))
  await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1))
  expect(screen.getByTestId('invite-status')).toHaveTextContent('待回复')
  fireEvent.click(screen.getByRole('button', { name: '婉拒' }))
  expect(await screen.findByText('你已婉拒这份邀请')).toBeInTheDocument()
})

test('after the deadline answering is closed and the page says so', async () => {
  setPersona('active~13')
  showScreen(<DetailScreen id='inv-spring-workshop' />)
  await screen.findByRole('button', { name: '接受邀请' })
  await control('active~13', '/mock/clock', { now: new Date(Date.now() + 10 * 86_400_000).toISOString() })
  fireEvent.click(screen.getByRole('radio', { name: '周六下午场 14:00–17:00' }))
  fireEvent.click(screen.getByRole('button', { name: '接受邀请' }))
  expect(await screen.findByText('邀请已过回复截止时间')).toBeInTheDocument()
  expect(await screen.findByText('已过回复截止时间，无法再回复这份邀请')).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: '接受邀请' })).not.toBeInTheDocument()
})

const homeSlots = {
  belowCard: <InvitesHomeEntry />,
  awaitingInvite: (name: string, fallback: React.ReactNode) => <LevelUpInviteNotice levelName={name} fallback={fallback} />,
}

test('the level-up invitation: home shows it, accepting makes the member 核心共创', async () => {
  setPersona('active~14')
  await control('active~14', '/mock/events', { type: 'purchase', amountFen: 65_000 })
  await control('active~14', '/mock/events', { type: 'share', count: 8 })
  const home = showScreen(<HomeScreen slots={homeSlots} />)
  expect(await screen.findByText('你收到了「核心共创」邀请')).toBeInTheDocument()
  expect(screen.getByTestId('invites-badge')).toHaveTextContent('2')
  const id = useInvitesStore.getState().invites?.find((i) => i.kind === 'level_up')?.id as string
  home.unmount()
  resetTaroStub()

  showScreen(<DetailScreen id={id} />)
  fireEvent.click(await screen.findByRole('button', { name: '接受邀请并升级' }))
  expect(await screen.findByText('已接受邀请，你已成为「核心共创」会员')).toBeInTheDocument()
})

test('declining the level-up invitation keeps the member eligible and home says how to be asked again', async () => {
  setPersona('active~15')
  await control('active~15', '/mock/events', { type: 'purchase', amountFen: 65_000 })
  await control('active~15', '/mock/events', { type: 'share', count: 8 })
  await useInvitesStore.getState().load()
  const id = useInvitesStore.getState().invites?.find((i) => i.kind === 'level_up')?.id as string
  await useInvitesStore.getState().answer(id, false)
  showScreen(<HomeScreen slots={homeSlots} />)
  expect(await screen.findByText('你已婉拒「核心共创」邀请，仍保有升级资格')).toBeInTheDocument()
  expect(screen.getByText(/\d+月\d+日起若仍满足标准，专属顾问会再次发出邀请；想提前加入，可联系你的专属顾问/)).toBeInTheDocument()
  expect(screen.getByTestId('level-name')).toHaveTextContent('积极互动')
})
