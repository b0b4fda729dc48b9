import { withMockBackend } from '../support/screen'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import { getMockBackend } from '@mock/handlers'
import { server } from '@mock/node'
import { handleRequest } from '@mock/routes'
import { ProfileEditScreen, ProfileIdentityActions } from '@/features/identity'
import { setPersona } from '@/services/mock-session'
import { getSession, needsSignIn, saveSession } from '@/services/session'

withMockBackend()
afterEach(() => jest.clearAllMocks())

const box = (label: string) => screen.getByRole('textbox', { name: label }) as HTMLInputElement
const type = (label: string, value: string) => fireEvent.change(box(label), { target: { value } })
const patchOutsideTheApp = (persona: string, body: unknown) =>
  handleRequest(getMockBackend(), { method: 'PATCH', path: '/api/v1/me', query: {}, headers: { 'x-persona': persona }, body })
const backendMe = (persona: string) =>
  handleRequest(getMockBackend(), { method: 'GET', path: '/api/v1/me', query: {}, headers: { 'x-persona': persona }, body: undefined }).body as {
    member: Record<string, unknown>
  }

test('changes the nickname and preferences, and sets the birthday once after saying it cannot change', async () => {
  setPersona('newcomer~21')
  render(<ProfileEditScreen />)
  expect(await screen.findByDisplayValue('小林同学 21号')).toBeInTheDocument()
  type('昵称', '林林')
  type('生日', '1993-10-01')
  fireEvent.click(screen.getByRole('checkbox', { name: '活动' }))
  fireEvent.click(screen.getByRole('button', { name: '保存' }))
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('已保存'))
  expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('保存后不能修改') }))
  expect(backendMe('newcomer~21').member).toMatchObject({ nickname: '林林', birthday: '1993-10-01', preferences: { interests: ['events'] } })
  expect(screen.getByText('1993年10月1日（已设置，不能修改）')).toBeInTheDocument()
  expect(screen.queryByRole('textbox', { name: '生日' })).toBeNull()
})

test('409 BIRTHDAY_LOCKED is said in words and the typed nickname stays', async () => {
  setPersona('newcomer~22')
  render(<ProfileEditScreen />)
  await screen.findByDisplayValue('小林同学 22号')
  // Set elsewhere meanwhile (another device): this screen still offers the field.
  patchOutsideTheApp('newcomer~22', { birthday: '1990-01-01' })
  type('昵称', '新名字')
  type('生日', '1991-02-02')
  fireEvent.click(screen.getByRole('button', { name: '保存' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('生日已经设置过，不能再修改')
  expect(box('昵称').value).toBe('新名字')
  expect(backendMe('newcomer~22').member.birthday).toBe('1990-01-01')
})

test('a failed save keeps what was typed and says it can be tried again', async () => {
  setPersona('newcomer~23')
  render(<ProfileEditScreen />)
  await screen.findByDisplayValue('小林同学 23号')
  server.use(http.patch('*/api/v1/me', () => HttpResponse.json({ error: { code: 'DOWN', message: '服务不可用' } }, { status: 503 })))
  type('昵称', '试试')
  fireEvent.click(screen.getByRole('button', { name: '保存' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('你改的内容都还在')
  expect(box('昵称').value).toBe('试试')
})

test('a profile that cannot load offers a retry instead of a blank screen', async () => {
  setPersona('newcomer~24')
  // Down through every automatic retry, then back by the time the member taps 重新加载.
  let down = true
  server.use(http.get('*/api/v1/me', () => (down ? HttpResponse.json({ error: { code: 'DOWN', message: '服务不可用' } }, { status: 503 }) : undefined)))
  render(<ProfileEditScreen />)
  const retry = await screen.findByRole('button', { name: '重新加载' })
  down = false
  fireEvent.click(retry)
  expect(await screen.findByDisplayValue('小林同学 24号')).toBeInTheDocument()
})

test('我的 opens 资料, and 退出登录 forgets the token and asks to sign in again', async () => {
  saveSession({ token: 'mt.any', expiresAt: '2030-01-01T00:00:00Z', joined: true })
  render(<ProfileIdentityActions />)
  fireEvent.click(screen.getByRole('link', { name: '资料' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/profile-edit/index' })
  fireEvent.click(screen.getByRole('button', { name: '退出登录' }))
  await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/sign-in/index' }))
  expect(getSession()).toBeNull()
  expect(needsSignIn()).toBe(true)
})
