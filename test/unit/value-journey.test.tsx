import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { JourneyScreen, RatingPrompts } from '@/features/journey'
import { ValueScreen } from '@/features/value'
import { LevelGiftNotice, LevelGiftsSection } from '@/features/value/level-gifts'
import { getMockBackend } from '@mock/handlers'
import { handleRequest } from '@mock/routes'
import { setPersona } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = { 'x-persona': 'active' }) =>
  handleRequest(getMockBackend(), { method, path: `/api/v1${path}`, query: {}, headers, body }).body as Record<string, unknown>

function attendSalon() {
  send('POST', '/community/events/ev-pour-over/registrations')
  const { token } = send('POST', '/auth/staff', { storeId: 's-jingan', pin: '2468' }) as unknown as { token: string }
  const { code } = send('POST', '/me/code') as unknown as { code: string }
  send('POST', '/staff/check-ins', { memberCode: code, eventId: 'ev-pour-over', idempotencyKey: 'unit-check-in' }, { authorization: `Bearer ${token}` })
}

test('已享权益 counts the attended event; 我的会员旅程 shows it on top', async () => {
  setPersona('active')
  attendSalon()
  const value = showScreen(<ValueScreen />)
  await waitFor(() => expect(screen.getByTestId('value-events')).toHaveTextContent(/[1-9]\d* 场/))
  value.unmount()
  showScreen(<JourneyScreen />)
  const first = (await screen.findAllByTestId('milestone'))[0]
  expect(first).toHaveTextContent('参加活动：周末手冲咖啡沙龙')
  expect(screen.getAllByTestId('milestone').at(-1)).toHaveTextContent('加入会员圈')
})

test('the event asks for a one-tap rating once', async () => {
  setPersona('active')
  attendSalon()
  const first = showScreen(<RatingPrompts kind='event' />)
  const prompt = within(await screen.findByTestId('rating-prompt'))
  expect(prompt.getByText('这场活动怎么样？')).toBeInTheDocument()
  fireEvent.click(prompt.getByRole('button', { name: '5 星' }))
  expect(await screen.findByText('谢谢你的评价：周末手冲咖啡沙龙')).toBeInTheDocument()
  first.unmount()
  showScreen(<RatingPrompts kind='event' />)
  await new Promise((r) => setTimeout(r, 50))
  expect(screen.queryByTestId('rating-prompt')).toBeNull()
})

test('升级礼: claimable in the rights centre and at the level-up moment, once; the coupon lands in 券包', async () => {
  setPersona('active')
  const section = showScreen(<LevelGiftsSection />)
  const engager = within(await screen.findByTestId('level-gift-engager'))
  expect(within(screen.getByTestId('level-gift-cocreator')).getByText('升级后可领')).toBeInTheDocument()
  fireEvent.click(engager.getByRole('button', { name: '领取积极互动升级礼' }))
  expect(await screen.findByText(/已放入券包/)).toBeInTheDocument()
  expect(engager.getByText('已领取')).toBeInTheDocument()
  section.unmount()

  showScreen(<LevelGiftNotice levelCode='engager' />)
  await new Promise((r) => setTimeout(r, 50))
  expect(screen.queryByTestId('level-gift-notice')).toBeNull()
  const wallet = getMockBackend().member({ key: 'active', personaId: 'active', copy: 0 }).coupons
  expect(wallet.filter((c) => c.templateId === 'tpl-level-engager')).toHaveLength(1)
})

test('the home offers the gift of a level just entered', async () => {
  setPersona('newcomer')
  send('POST', '/mock/events', { type: 'purchase', amountFen: 5000 }, { 'x-persona': 'newcomer' })
  showScreen(<LevelGiftNotice levelCode='experiencer' />)
  const notice = within(await screen.findByTestId('level-gift-notice'))
  fireEvent.click(notice.getByRole('button', { name: '领取初步体验升级礼' }))
  expect(await screen.findByText(/升级礼 · 初步体验 第二杯半价」已放入券包/)).toBeInTheDocument()
})
