import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { EventsScreen } from '@/features/community'
import { getMockBackend } from '@mock/handlers'
import { setPersona } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

const card = async (id: string) => within(await screen.findByTestId(`event-${id}`))

test('an 积极互动 member signs up, sees the seat taken, and can cancel; the seat comes back', async () => {
  setPersona('active')
  showScreen(<EventsScreen />)
  const salon = await card('ev-pour-over')
  expect(salon.getByText('周末手冲咖啡沙龙')).toBeInTheDocument()
  expect(salon.getByText(/地点：上海静安店/)).toBeInTheDocument()
  expect(salon.getByTestId('event-seats')).toHaveTextContent('剩余 5 席 / 共 5 席')

  fireEvent.click(salon.getByRole('button', { name: /^报名：/ }))
  await waitFor(() => expect(salon.getByTestId('event-mine')).toHaveTextContent('已报名'))
  expect(salon.getByTestId('event-seats')).toHaveTextContent('剩余 4 席')
  expect(salon.getByText(/报名成功/)).toBeInTheDocument()

  fireEvent.click(salon.getByRole('button', { name: /^取消报名：/ }))
  await waitFor(() => expect(salon.getByTestId('event-seats')).toHaveTextContent('剩余 5 席'))
  expect(salon.getByRole('button', { name: /^报名：/ })).toBeInTheDocument()
})

test('a full event offers the waitlist and says the place in line; an online one shows its link', async () => {
  setPersona('active')
  showScreen(<EventsScreen />)
  const walk = await card('ev-west-lake')
  expect(walk.getByTestId('event-seats')).toHaveTextContent('已满 12 席 · 可候补')
  fireEvent.click(walk.getByRole('button', { name: /^加入候补：/ }))
  await waitFor(() => expect(walk.getByTestId('event-mine')).toHaveTextContent('候补第 3 位'))
  expect((await card('ev-online-tasting')).getByText(/链接：https:/)).toBeInTheDocument()
  expect((await card('ev-latte-art')).queryByRole('button')).toBeNull()
})

test('a member below the level is told why, not left guessing', async () => {
  setPersona('first-buyer')
  showScreen(<EventsScreen />)
  const salon = await card('ev-pour-over')
  fireEvent.click(salon.getByRole('button', { name: /^报名：/ }))
  expect(await salon.findByText(/积极互动及以上会员可报名/)).toBeInTheDocument()
  expect(getMockBackend().shared.extra.community).toBeDefined()
})

test('an unreachable backend shows an error with 重新加载', async () => {
  setPersona('active')
  const { server } = await import('@mock/node')
  const { http, HttpResponse } = await import('msw')
  server.use(http.get('*/api/v1/community/events', () => HttpResponse.json({ error: { code: 'DOWN', message: '维护中' } }, { status: 503 })))
  showScreen(<EventsScreen />)
  expect(await screen.findByRole('button', { name: '重新加载' }, { timeout: 5000 })).toBeInTheDocument()
})
