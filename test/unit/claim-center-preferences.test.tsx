import { showScreen, withMockBackend } from '../support/screen'
import { screen } from '@testing-library/react'
import { getMockBackend } from '@mock/handlers'
import { handleRequest } from '@mock/routes'
import { ClaimCenterScreen } from '@/features/coupons'
import { setPersona } from '@/services/mock-session'

withMockBackend()

const setPreferences = (persona: string, preferences: unknown) =>
  handleRequest(getMockBackend(), { method: 'PATCH', path: '/api/v1/me', query: {}, headers: { 'x-persona': persona }, body: { preferences } })

const titles = async () => (await screen.findAllByTestId(/^template-/)).map((el) => el.getAttribute('data-testid'))

test('a 价值型 member sees gifts and free items first among what they can claim, with the reason', async () => {
  setPersona('cocreator~4')
  setPreferences('cocreator~4', { style: 'value' })
  showScreen(<ClaimCenterScreen />)
  const order = await titles()
  const firstOpen = order[0]
  expect(['template-tpl-flash-10', 'template-tpl-cocreator-gift']).toContain(firstOpen)
  expect(screen.getAllByText('符合你的偏好：看重品质与体验').length).toBeGreaterThan(0)
})

test('without preferences the order is the catalogue’s and no reason is claimed', async () => {
  setPersona('cocreator~5')
  showScreen(<ClaimCenterScreen />)
  await titles()
  expect(screen.queryByText(/符合你的偏好/)).toBeNull()
})

test('a 优惠型 member who likes 活动 is told both reasons where both apply', async () => {
  setPersona('cocreator~6')
  setPreferences('cocreator~6', { style: 'deal', interests: ['events'] })
  showScreen(<ClaimCenterScreen />)
  await titles()
  expect(screen.getAllByText('符合你的偏好：看重优惠力度、喜欢活动').length).toBeGreaterThan(0)
})
