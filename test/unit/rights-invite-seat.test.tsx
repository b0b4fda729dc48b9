import { showScreen, withMockBackend } from '../support/screen'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { RightDetailScreen, RightsScreen, useRightsStore } from '@/features/rights'
import { setPersona } from '@/services/mock-session'

withMockBackend()

/** The engager persona holds a pending invite to 春季新品共创研讨会 (a workshop). */
function openDetail(id: string) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id } } } as unknown as ReturnType<typeof Taro.getCurrentInstance>)
  return showScreen(<RightDetailScreen />)
}

test('an engager holding a workshop invite sees the workshop seat unlocked by the invite, not locked', async () => {
  setPersona('active')
  showScreen(<RightsScreen />)
  await screen.findByTestId('rights-level')
  const byInvite = within(screen.getByTestId('rights-unlocked')).getByTestId('rights-by-invite')
  expect(within(byInvite).getByText('凭共创邀请解锁')).toBeInTheDocument()
  const card = within(byInvite).getByTestId('right-r-workshop-seat')
  expect(card).toHaveTextContent('凭邀请解锁')
  expect(card).toHaveAttribute('data-unlocked', 'true')
  expect(within(screen.getByTestId('rights-locked')).queryByText('共创研讨会席位')).not.toBeInTheDocument()
  // The beta-test seat has no invite behind it: still locked under 核心共创.
  expect(within(screen.getByTestId('rights-locked')).getByText('新品内测席位')).toBeInTheDocument()
})

test('the seat detail says why it is unlocked and leads to the invite', async () => {
  setPersona('active')
  openDetail('r-workshop-seat')
  expect(await screen.findByText('凭共创邀请解锁 ·「核心共创」及以上等级长期享有')).toBeInTheDocument()
  expect(screen.getByTestId('right-by-invite')).toHaveTextContent('你持有「春季新品共创研讨会」的邀请（待你回复）')
  expect(screen.queryByRole('button', { name: /达到「核心共创」解锁/ })).not.toBeInTheDocument()
  fireEvent.click(screen.getByRole('link', { name: '查看邀请' }))
  await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/invite-detail/index?id=inv-spring-workshop' }))
})

test('after the member declines the invite the seat is locked again', async () => {
  setPersona('active')
  const res = await fetch('http://localhost/api/v1/invites/inv-spring-workshop/response', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-persona': 'active' },
    body: JSON.stringify({ accept: false }),
  })
  expect(res.status).toBe(200)
  useRightsStore.getState().reset()
  openDetail('r-workshop-seat')
  expect(await screen.findByRole('button', { name: '达到「核心共创」解锁 · 去成长' })).toBeInTheDocument()
  expect(screen.queryByTestId('right-by-invite')).not.toBeInTheDocument()
})
