import { server } from '@mock/node'
import { showScreen, withMockBackend } from '../support/screen'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import Taro from '@tarojs/taro'
import { RightDetailScreen, RightsScreen, useRightsStore } from '@/features/rights'
import { setPersona, setScenario } from '@/services/mock-session'

withMockBackend()

function openDetail(id: string) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id } } } as unknown as ReturnType<typeof Taro.getCurrentInstance>)
  return showScreen(<RightDetailScreen />)
}

test('rights centre: skeleton, then unlocked rights first and locked ones under their level', async () => {
  setPersona('first-buyer')
  showScreen(<RightsScreen />)
  expect(screen.getByRole('status', { name: '正在加载权益' })).toBeInTheDocument()
  expect(await screen.findByTestId('rights-level')).toHaveTextContent('当前等级「初步体验」')
  const unlocked = screen.getByTestId('rights-unlocked')
  expect(within(unlocked).getByText('新人礼券')).toBeInTheDocument()
  expect(within(unlocked).getByText('复购优惠券')).toBeInTheDocument()
  const locked = screen.getByTestId('rights-locked')
  expect(within(locked).getByText('达到「积极互动」解锁 · 4 项')).toBeInTheDocument()
  expect(within(locked).getByText('达到「核心共创」解锁 · 6 项')).toBeInTheDocument()
  expect(screen.getByText('已解锁 5 / 15 项权益')).toBeInTheDocument()
})

test('the compare view shows every level side by side', async () => {
  setPersona('active')
  showScreen(<RightsScreen />)
  await screen.findByTestId('rights-level')
  fireEvent.click(screen.getByRole('button', { name: '等级对比' }))
  const table = screen.getByTestId('rights-compare')
  expect(within(table).getByText('积极互动（我）')).toBeInTheDocument()
  expect(within(table).getByRole('cell', { name: '了解观察不享有专属顾问' })).toBeInTheDocument()
  expect(within(table).getByRole('cell', { name: '核心共创享有专属顾问' })).toBeInTheDocument()
})

test('an empty catalogue says so', async () => {
  server.use(http.get('*/api/v1/rights', () => HttpResponse.json({ rights: [] })))
  showScreen(<RightsScreen />)
  expect(await screen.findByText('暂无权益')).toBeInTheDocument()
})

test('with nothing saved a failure shows the error state and retry recovers', async () => {
  setPersona('newcomer')
  setScenario('down')
  showScreen(<RightsScreen />)
  expect(await screen.findByText('服务暂时不可用，请稍后重试')).toBeInTheDocument()
  setScenario(null)
  fireEvent.click(screen.getByRole('button', { name: '重新加载' }))
  expect(await screen.findByTestId('rights-level')).toHaveTextContent('了解观察')
})

test('a failed refresh keeps the saved rights on screen, marked stale', async () => {
  setPersona('active')
  const first = showScreen(<RightsScreen />)
  await screen.findByTestId('rights-level')
  first.unmount()
  useRightsStore.getState().reset()
  server.use(http.get('*/api/v1/*', () => HttpResponse.error()))
  showScreen(<RightsScreen />)
  expect(await screen.findByText('网络连接不可用，请检查网络后重试')).toBeInTheDocument()
  expect(screen.getByText(/当前显示的是 .+ 保存的数据/)).toBeInTheDocument()
  expect(screen.getByTestId('rights-level')).toHaveTextContent('积极互动')
})

test('claiming a right works, and a second claim past the quota is refused in words', async () => {
  // at-risk has no welcome coupon yet; a newcomer's came with joining (once per member, ever).
  setPersona('at-risk')
  openDetail('r-welcome-coupon')
  expect(await screen.findByTestId('right-quota')).toHaveTextContent('新人专享，限领 1 次')
  fireEvent.click(screen.getByRole('button', { name: '立即领取' }))
  expect(await screen.findByTestId('claim-success')).toHaveTextContent(/领取成功「.+」已放入券包/)
  expect(screen.getByTestId('right-quota')).toHaveTextContent('新人专享，已领取')
  // Claimed: the button reads 已领取, is disabled, and says where the benefit went.
  expect(screen.getByRole('button', { name: '已领取' })).toHaveAttribute('aria-disabled', 'true')
  expect(screen.queryByRole('button', { name: '立即领取' })).not.toBeInTheDocument()
  expect(screen.getByTestId('right-after-claim')).toHaveTextContent('券包')
})

test('a sold-out limited right shows its stock and the SOLD_OUT refusal', async () => {
  setPersona('cocreator')
  openDetail('r-limited-tasting')
  expect(await screen.findByTestId('right-stock')).toHaveTextContent('已抢光')
  expect(screen.getByRole('button', { name: '已抢光' })).toHaveAttribute('aria-disabled', 'true')
  expect(screen.queryByRole('button', { name: '立即领取' })).not.toBeInTheDocument()
})

test('a locked right leads to the growth path instead of a dead button', async () => {
  setPersona('newcomer')
  openDetail('r-advisor')
  const go = await screen.findByRole('button', { name: /达到「核心共创」解锁 · 去成长/ })
  fireEvent.click(go)
  await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/growth/index' }))
})
