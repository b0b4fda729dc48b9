import { withMockBackend } from '../support/screen'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { TesterConsole } from '@/features/tester'
import { setPersona } from '@/services/mock-session'
import { getSession, needsSignIn } from '@/services/session'

withMockBackend()

const tokenMember = () => screen.getByTestId('tester-token-member')

test('signs in as the chosen persona with a token, shows whose token it is, and signs out', async () => {
  setPersona('newcomer~7')
  render(<TesterConsole />)
  expect(tokenMember()).toHaveTextContent('未登录：按所选身份（X-Persona）访问')
  fireEvent.click(screen.getByRole('button', { name: '以 newcomer~7 登录' }))
  await waitFor(() => expect(tokenMember()).toHaveTextContent('令牌 → newcomer~7（小林同学 7号）'))
  expect(getSession()).not.toBeNull()
  fireEvent.click(screen.getByRole('button', { name: '退出登录' }))
  await waitFor(() => expect(tokenMember()).toHaveTextContent('已退出'))
  expect(needsSignIn()).toBe(true)
})

test('a visitor’s token is shown as a visitor who has not joined', async () => {
  setPersona('visitor~3')
  render(<TesterConsole />)
  fireEvent.click(screen.getByRole('button', { name: '以 visitor~3 登录' }))
  await waitFor(() => expect(tokenMember()).toHaveTextContent('令牌 → 访客，尚未加入会员'))
})
