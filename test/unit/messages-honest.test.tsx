import { screen, waitFor } from '@testing-library/react'
import { MessagesHomeEntry, MessagesScreen } from '@/features/messages'
import { setPersona, setScenario } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

// #27 item 6: a reminder written a day ahead must not still say 明天开始 once the event is over.
test('a reminder about an event that is over says it is over, not 明天开始', async () => {
  setPersona('cocreator')
  showScreen(<MessagesScreen />)
  await waitFor(() => expect(screen.getAllByTestId('message').length).toBeGreaterThan(0))
  expect(screen.queryByText(/明天开始/)).not.toBeInTheDocument()
  expect(screen.getByText('「新品内测：降噪耳机一代」已结束')).toBeInTheDocument()
})

test('while the backend is down the home says unread messages are unknown, not 暂无未读', async () => {
  setPersona('active')
  setScenario('down')
  showScreen(<MessagesHomeEntry />)
  expect(await screen.findByText('未读消息未知')).toBeInTheDocument()
  expect(screen.queryByText('暂无未读')).not.toBeInTheDocument()
  expect(screen.getByRole('link', { name: '消息，未读数暂时无法获取' })).toBeInTheDocument()
})
