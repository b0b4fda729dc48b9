/**
 * A member whose claim got no answer (every automatic try lost after the backend acted) taps
 * again: the same action, the same Idempotency-Key, so the first answer comes back instead of
 * a second claim or a refusal.
 */
import Taro from '@tarojs/taro'
import { fireEvent, screen } from '@testing-library/react'
import { RightDetailScreen } from '@/features/rights'
import { forgetPendingActions } from '@/services/idempotency'
import { setPersona } from '@/services/mock-session'
import { MAX_TRIES } from '@/services/retry-policy'
import { loseResponses } from '../support/lose-responses'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()
afterEach(() => forgetPendingActions())

test('claiming a right again after an unknown outcome claims it once', async () => {
  setPersona('at-risk')
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id: 'r-welcome-coupon' } } } as unknown as ReturnType<typeof Taro.getCurrentInstance>)
  const keys = loseResponses('/rights/r-welcome-coupon/claim', MAX_TRIES)
  showScreen(<RightDetailScreen />)
  expect(await screen.findByTestId('right-quota')).toHaveTextContent('限领 1 次')

  fireEvent.click(screen.getByRole('button', { name: '立即领取' }))
  expect(await screen.findByText(/网络连接不可用/)).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: '立即领取' }))
  expect(await screen.findByTestId('claim-success')).toHaveTextContent(/领取成功「.+」已放入券包/)
  expect(screen.getByTestId('right-quota')).toHaveTextContent('新人专享，已领取')
  expect(keys).toHaveLength(MAX_TRIES + 1)
  expect(new Set(keys).size).toBe(1)
})
