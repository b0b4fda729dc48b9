import { screen } from '@testing-library/react'
import { ProfileScreen } from '@/features/profile'
import { setPersona } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

const memberNumber = async () => {
  const label = await screen.findByText('会员编号')
  return label.nextElementSibling?.textContent ?? ''
}

test('我的 shows a member number, never the persona id, and each copy has its own', async () => {
  setPersona('active')
  const first = showScreen(<ProfileScreen />)
  const number = await memberNumber()
  expect(number).toMatch(/^MC\d{8}$/)
  expect(screen.queryByText('active')).toBeNull()
  first.unmount()

  setPersona('active~7')
  showScreen(<ProfileScreen />)
  await screen.findByText('林晓雨 7号')
  const copyNumber = await memberNumber()
  expect(copyNumber).toMatch(/^MC\d{8}$/)
  expect(copyNumber).not.toBe(number)
  expect(screen.queryByText('active~7')).toBeNull()
})
