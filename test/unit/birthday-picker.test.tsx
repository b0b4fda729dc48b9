import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { getMockBackend } from '@mock/handlers'
import { handleRequest } from '@mock/routes'
import { JoinScreen } from '@/features/identity'
import { setPersona } from '@/services/mock-session'
import { withMockBackend } from '../support/screen'

withMockBackend()
afterEach(() => jest.clearAllMocks())

const backendMe = (persona: string) =>
  handleRequest(getMockBackend(), { method: 'GET', path: '/api/v1/me', query: {}, headers: { 'x-persona': persona }, body: undefined })
const agree = () => fireEvent.click(screen.getByRole('checkbox', { name: /我已阅读并同意会员隐私政策/ }))
const pickBirthday = (value: string) => fireEvent.change(screen.getByRole('textbox', { name: '生日' }), { target: { value } })

// #27 item 12: a date that can never change is picked, not typed, and confirmed once.
test('the birthday is chosen with a date picker that cannot go past today', () => {
  setPersona('visitor~41')
  render(<JoinScreen />)
  const picker = screen.getByRole('textbox', { name: '生日' })
  expect(picker).toHaveAttribute('data-picker', 'date')
  expect(picker.getAttribute('data-end')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect(screen.getByText('选择生日')).toBeInTheDocument()
  pickBirthday('1996-04-08')
  expect(screen.getByText('1996年4月8日')).toBeInTheDocument()
})

test('joining with a birthday asks once to confirm it; 再看看 sends nothing', async () => {
  setPersona('visitor~42')
  const modal = Taro.showModal as jest.Mock
  modal.mockResolvedValueOnce({ confirm: false, cancel: true })
  render(<JoinScreen />)
  agree()
  pickBirthday('1996-04-08')
  fireEvent.click(screen.getByRole('button', { name: '同意并加入' }))
  await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
  expect(modal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('1996年4月8日') }))
  expect(backendMe('visitor~42').status).toBe(404)

  fireEvent.click(screen.getByRole('button', { name: '同意并加入' }))
  await waitFor(() => expect(backendMe('visitor~42').status).toBe(200))
  expect(modal).toHaveBeenCalledTimes(2)
  expect(backendMe('visitor~42').body).toMatchObject({ member: { birthday: '1996-04-08' } })
})
