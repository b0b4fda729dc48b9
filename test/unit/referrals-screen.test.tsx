import { act, screen, waitFor } from '@testing-library/react'
import { ReferralsScreen } from '@/features/referrals'
import { getMockBackend } from '@mock/handlers'
import { handleRequest } from '@mock/routes'
import { setPersona } from '@/services/mock-session'
import { firePageHook } from '../stubs/taro'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

const send = (method: string, path: string, persona: string, body?: unknown) =>
  handleRequest(getMockBackend(), { method, path: `/api/v1${path}`, query: {}, headers: { 'x-persona': persona }, body })

test('我邀请的 lists a friend by masked name, 已加入 then 已首单', async () => {
  setPersona('active')
  showScreen(<ReferralsScreen />)
  expect(await screen.findByText('还没有好友通过你的分享加入')).toBeInTheDocument()

  const share = send('POST', '/shares', 'active', { target: { kind: 'home' }, channel: 'chat' }).body as { share: { id: string } }
  send('POST', `/shares/${share.share.id}/visits`, 'visitor~5')
  send('POST', '/members', 'visitor~5', { consent: { privacyVersion: '2026-11', acceptedAt: '2026-11-20T02:00:00Z' }, nickname: '周周' })
  act(() => firePageHook('useDidShow'))
  await waitFor(() => expect(screen.getByTestId('referral-friend')).toHaveTextContent('周**'))
  expect(screen.getByTestId('referral-friend')).toHaveTextContent('已加入')
  expect(screen.getByTestId('referrals-credited')).toHaveTextContent('1')

  send('POST', '/mock/events', 'visitor~5', { type: 'purchase', amountFen: 3000 })
  act(() => firePageHook('useDidShow'))
  await waitFor(() => expect(screen.getByTestId('referral-friend')).toHaveTextContent('已首单'))
  expect(screen.getByTestId('referrals-credited')).toHaveTextContent('2')
})
