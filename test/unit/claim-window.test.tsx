import { screen, within } from '@testing-library/react'
import { getMockBackend } from '@mock/handlers'
import { ClaimCenterScreen } from '@/features/coupons'
import { setPersona } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

// 春季限定券 is claimable 2021-03-01 00:00 to 2021-03-31 23:59:59 Shanghai time.
const spring = () => screen.findByTestId('template-tpl-spring-closed')

test('a window that has closed says the Shanghai day it closed', async () => {
  setPersona('active~31')
  showScreen(<ClaimCenterScreen />)
  expect(await spring()).toHaveTextContent('已于3月31日结束领取')
})

test('a window not yet open says the Shanghai day it opens, by the backend clock', async () => {
  // The window opens 3月1日 00:00 Shanghai = 2021-02-28 16:00 UTC: one hour before, the UTC day is still 2月28日.
  getMockBackend().clock.setNow(Date.parse('2021-02-28T15:00:00Z'))
  setPersona('active~32')
  showScreen(<ClaimCenterScreen />)
  const card = await spring()
  expect(within(card).getByText('3月1日起可领')).toBeInTheDocument()
})
