import Taro from '@tarojs/taro'
import { fireEvent, screen } from '@testing-library/react'
import { getMockBackend } from '@mock/handlers'
import { RightDetailScreen, RightsScreen } from '@/features/rights'
import { PROFILE_EDIT_URL } from '@/services/app-routes'
import { setPersona } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

function openGift() {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id: 'r-birthday-gift' } } } as unknown as ReturnType<typeof Taro.getCurrentInstance>)
  return showScreen(<RightDetailScreen />)
}

test('without a birthday the gift links to the profile instead of a claim that would fail', async () => {
  setPersona('first-buyer')
  openGift()
  fireEvent.click(await screen.findByRole('link', { name: '去填写生日' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: PROFILE_EDIT_URL })
  expect(screen.queryByRole('button', { name: '立即领取' })).not.toBeInTheDocument()
})

test('a 29 February birthday: closed in March with February named, claimable in February of a common year', async () => {
  setPersona('cocreator')
  getMockBackend().clock.setNow(Date.parse('2027-03-10T04:00:00Z'))
  const first = openGift()
  expect(await screen.findByTestId('birthday-opens')).toHaveTextContent('生日礼仅限生日当月领取，生日月 2月1日起可领')
  expect(screen.queryByRole('button', { name: '立即领取' })).not.toBeInTheDocument()
  first.unmount()

  getMockBackend().clock.setNow(Date.parse('2027-02-10T04:00:00Z'))
  openGift()
  fireEvent.click(await screen.findByRole('button', { name: '立即领取' }))
  expect(await screen.findByTestId('claim-success')).toHaveTextContent('领取成功「生日礼」生日礼已为你预留')
})

test('the rights list says when the gift opens for a member born in another month', async () => {
  setPersona('at-risk')
  showScreen(<RightsScreen />)
  const card = await screen.findByTestId('right-r-birthday-gift')
  const month = ((new Date(Date.now() + 8 * 3600_000).getUTCMonth() + 2) % 12) + 1
  expect(card).toHaveTextContent(`生日月 ${month}月1日起可领`)
})
