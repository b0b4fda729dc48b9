import { screen } from '@testing-library/react'
import { MemberCodeScreen } from '@/features/earning'
import { setPersona } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

// #27 item 5: "119 秒内有效" beside "约每 90 秒自动更新" were two answers to one question.
test('会员码 says how long the code lives once, in the countdown', async () => {
  setPersona('active')
  const { container } = showScreen(<MemberCodeScreen />)
  expect(await screen.findByTestId('countdown')).toHaveTextContent(/^\d+ 秒内有效/)
  const seconds = (container.textContent ?? '').match(/\d+ 秒/g) ?? []
  expect(seconds).toHaveLength(1)
  expect(screen.getByText('截图无效，请勿转发给他人。')).toBeInTheDocument()
})
