import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import { server } from '@mock/node'
import { ClaimCenterScreen } from '@/features/coupons'
import { ContentScreen } from '@/features/content'
import { InboxScreen } from '@/features/invites'
import { RecordScreen } from '@/features/cocreation'
import { setPersona } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()
afterEach(() => jest.restoreAllMocks())

// #27 item 9: after an action, the next place is one tap away.
test('after claiming in 领券中心, 去券包查看 is right there', async () => {
  setPersona('active~71')
  showScreen(<ClaimCenterScreen />)
  const card = (await screen.findAllByTestId(/^template-/))[0]
  fireEvent.click(within(card).getByRole('button', { name: /^领取/ }))
  fireEvent.click(await screen.findByRole('link', { name: '去券包查看' }))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/coupons/index' })
})

test('a coupon already claimed to the limit links to 券包 instead of a dead end', async () => {
  setPersona('active~72')
  showScreen(<ClaimCenterScreen />)
  const limited = (await screen.findAllByText('已领取，达到每人限领数量'))[0].closest('[data-testid^="template-"]') as HTMLElement
  fireEvent.click(within(limited).getByRole('link', { name: /^在券包中查看「.+」$/ }))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/coupons/index' })
})

test('新品早鸟 not yet open offers 提醒我, which puts the opening time in the calendar', async () => {
  setPersona('cocreator')
  const created: Blob[] = []
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: (b: Blob) => (created.push(b), 'blob:early') })
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined })
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
  showScreen(<ContentScreen slug='early-bird' />)
  await waitFor(() => expect(screen.getAllByTestId('early-bird-item')).toHaveLength(2))
  fireEvent.click(screen.getAllByRole('button', { name: '开放时提醒我' })[0])
  expect(await screen.findByText(/^已加入日历：\d+月\d+日 10:00 开放$/)).toBeInTheDocument()
  expect(await created[0].text()).toContain('BEGIN:VEVENT')
})

test('an empty invitations page says how invitations come, with the way there', async () => {
  setPersona('active~73')
  server.use(http.get('*/api/v1/invites', () => HttpResponse.json({ invites: [] })))
  showScreen(<InboxScreen />)
  expect(await screen.findByText('暂时没有邀请')).toBeInTheDocument()
  fireEvent.click(screen.getByRole('link', { name: '看看怎样升级' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/growth/index' })
})

test('an empty 我的共创 says how to start, with the way there', async () => {
  setPersona('newcomer~74')
  showScreen(<RecordScreen />)
  expect(await screen.findByText('还没有共创记录')).toBeInTheDocument()
  fireEvent.click(screen.getByRole('link', { name: '查看共创邀请' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/invites/index' })
})
