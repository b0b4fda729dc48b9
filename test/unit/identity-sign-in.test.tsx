import { withMockBackend } from '../support/screen'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { getMockBackend } from '@mock/handlers'
import { handleRequest } from '@mock/routes'
import { HomeGate, SignInScreen } from '@/features/identity'
import { getSession, setReturnTo } from '@/services/session'

withMockBackend()
afterEach(() => jest.clearAllMocks())

const type = (label: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } })
const phoneBox = () => screen.getByRole('textbox', { name: '手机号' }) as HTMLInputElement
const codeBox = () => screen.getByRole('textbox', { name: '验证码' }) as HTMLInputElement

function sendSmsOutsideTheApp(phone: string) {
  handleRequest(getMockBackend(), { method: 'POST', path: '/api/v1/auth/sms', query: {}, headers: {}, body: { phone } })
}

test('sending the code starts a 60 s countdown during which it cannot be sent again', async () => {
  render(<SignInScreen />)
  type('手机号', '13800001234')
  fireEvent.click(screen.getByRole('button', { name: '获取验证码' }))
  expect(await screen.findByRole('button', { name: '60 秒后重发' })).toBeDisabled()
  expect(screen.getByRole('status')).toHaveTextContent('验证码已发送')
})

test('a 429 says in words to wait, and keeps the phone typed', async () => {
  sendSmsOutsideTheApp('13912340000')
  render(<SignInScreen />)
  type('手机号', '13912340000')
  fireEvent.click(screen.getByRole('button', { name: '获取验证码' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('验证码发送太频繁，请稍后再试')
  expect(phoneBox().value).toBe('13912340000')
  expect(screen.getByRole('button', { name: /秒后重发/ })).toBeDisabled()
})

test('a malformed phone is refused before anything is sent', async () => {
  render(<SignInScreen />)
  type('手机号', '2380000')
  fireEvent.click(screen.getByRole('button', { name: '获取验证码' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('请输入 1 开头的 11 位手机号')
})

test('a wrong code is said in words and both fields keep what was typed', async () => {
  render(<SignInScreen />)
  type('手机号', '13800001234')
  type('验证码', '000000')
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('验证码不正确，请检查后重新输入')
  expect([phoneBox().value, codeBox().value]).toEqual(['13800001234', '000000'])
  expect(getSession()).toBeNull()
})

test('a member signing in goes back to where they were (a deep link)', async () => {
  setReturnTo('/pages/coupon-code/index?id=c-0001')
  render(<SignInScreen />)
  type('手机号', '13900000512')
  type('验证码', '123456')
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/coupon-code/index?id=c-0001' }))
  expect(getSession()).toMatchObject({ joined: true })
})

test('a stranger signing in lands on the home, which shows the programme instead of anyone’s data', async () => {
  render(<SignInScreen />)
  type('手机号', '15011112222')
  type('验证码', '123456')
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
  await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' }))
  expect(getSession()).toMatchObject({ joined: false })
  render(
    <HomeGate>
      <p>会员首页</p>
    </HomeGate>,
  )
  expect(screen.queryByText('会员首页')).toBeNull()
  expect(await screen.findByRole('button', { name: '加入会员' })).toBeInTheDocument()
})
