import { showScreen, withMockBackend } from '../support/screen'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { RightDetailScreen } from '@/features/rights'
import { WalletScreen } from '@/features/coupons'
import { setPersona } from '@/services/mock-session'

withMockBackend()

function openDetail(id: string) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id } } } as unknown as ReturnType<typeof Taro.getCurrentInstance>)
  return showScreen(<RightDetailScreen />)
}

// #27 item 1: one success state, not a notice squeezed beside a grey button under a toast.
test('claiming a coupon right shows one success state whose one 去使用 opens that coupon', async () => {
  setPersona('at-risk')
  openDetail('r-welcome-coupon')
  fireEvent.click(await screen.findByRole('button', { name: '立即领取' }))
  const success = await screen.findByTestId('claim-success')
  expect(within(success).getByText('领取成功')).toBeInTheDocument()
  expect(within(success).getByText(/「新人见面礼」已放入券包/)).toBeInTheDocument()
  // Exactly one way on, and no toast stacked over the page saying the same thing again.
  expect(screen.getAllByRole('button', { name: /去使用/ })).toHaveLength(1)
  expect(Taro.showToast).not.toHaveBeenCalled()
  fireEvent.click(within(success).getByRole('button', { name: /去使用/ }))
  await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: expect.stringMatching(/^\/pages\/coupon-code\/index\?id=c-/) }))
})

// #27 item 2: 包邮券 lands in 券包 where it can be shown at the counter, and the quota says 已领.
test('claiming 包邮券 puts a free-shipping coupon in 券包 that says how it is used', async () => {
  setPersona('active')
  const detail = openDetail('r-free-shipping')
  expect(await screen.findByTestId('right-quota')).toHaveTextContent('每月 2 次，已领 0 次')
  fireEvent.click(screen.getByRole('button', { name: '立即领取' }))
  const success = await screen.findByTestId('claim-success')
  expect(within(success).getByText(/「包邮券」已放入券包/)).toBeInTheDocument()
  expect(screen.getByTestId('right-quota')).toHaveTextContent('每月 2 次，已领 1 次')
  expect(screen.getByTestId('right-quota')).not.toHaveTextContent('已用')
  detail.unmount()
  showScreen(<WalletScreen />)
  const card = (await screen.findAllByTestId('coupon-card')).find((c) => within(c).queryByText('包邮券'))
  expect(card).toBeDefined()
  expect(within(card as HTMLElement).getByText('免运费')).toBeInTheDocument()
})
