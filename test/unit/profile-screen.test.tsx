import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
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

test('我的 leads to 消息 and says how many are unread', async () => {
  setPersona('at-risk')
  showScreen(<ProfileScreen />)
  const entry = await screen.findByRole('link', { name: '消息，1 条未读' })
  expect(entry).toHaveTextContent('1 条未读')
  fireEvent.click(entry)
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/messages/index' })
})

test('with nothing unread the 消息 entry is still there, without a count', async () => {
  setPersona('newcomer~31')
  showScreen(<ProfileScreen />)
  await screen.findByText('会员编号')
  await waitFor(() => expect(screen.getByTestId('profile-messages')).toHaveTextContent('查看 ›'))
  expect(screen.getByRole('link', { name: '消息' })).toBeInTheDocument()
})
