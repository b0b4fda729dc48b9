/**
 * Issue #24 item 4: whatever address a signed-out person opened (a share, a coupon link, an
 * invite, content) is where they land after signing in or joining, query included.
 */
import { withMockBackend } from '../support/screen'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { JoinScreen, SignInScreen, startSession } from '@/features/identity'
import { fetchProfile, signInWithWechat } from '@/features/identity/api'
import { createShare } from '@/features/earning/api'
import { useShareVisit } from '@/features/earning/share'
import { SHARE_CHANNELS } from '@/domain/earning'
import { server } from '@mock/node'
import { setPersona } from '@/services/mock-session'
import { clearSession, saveSession, setReturnTo, takeReturnTo } from '@/services/session'

withMockBackend()
afterEach(() => jest.clearAllMocks())

const type = (label: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } })
function signInWith(phone: string) {
  render(<SignInScreen />)
  type('手机号', phone)
  type('验证码', '123456')
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
}

test('a member who opened a shared home signs in and lands on it with its shareId', async () => {
  setReturnTo('/pages/home/index?shareId=sh-abc')
  signInWith('13800001234')
  await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index?shareId=sh-abc' }))
  expect(Taro.switchTab).not.toHaveBeenCalled()
})

test('a friend who is not a member yet lands on the shared invite with its query, not on a bare home', async () => {
  setReturnTo('/pages/invite-detail/index?id=inv-1&shareId=sh-abc')
  signInWith('15011113333')
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/invite-detail/index?id=inv-1&shareId=sh-abc' }))
  expect(Taro.switchTab).not.toHaveBeenCalled()
})

test('a content page opened before signing in is opened after it', async () => {
  setReturnTo('/pages/content/index?slug=faq')
  signInWith('13800001234')
  await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/content/index?slug=faq' }))
})

test('after joining, a shared home opened before is opened with its shareId', async () => {
  setPersona('visitor~51')
  setReturnTo('/pages/home/index?shareId=sh-abc')
  render(<JoinScreen />)
  fireEvent.click(screen.getByRole('checkbox', { name: /隐私政策/ }))
  fireEvent.click(screen.getByRole('button', { name: '同意并加入' }))
  await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index?shareId=sh-abc' }))
})

test('a visitor landing on a member page after signing in is shown the programme, the page kept for after joining', async () => {
  startSession()
  setPersona('visitor~52')
  // Signed in as a visitor: the first member call tells the app they have not joined.
  await expect(fetchProfile()).rejects.toMatchObject({ code: 'NOT_MEMBER' })
  jest.clearAllMocks()
  // Then the address they opened before signing in (a shared invite) is opened.
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { path: '/pages/invite-detail/index', params: { id: 'inv-1', shareId: 'sh-abc' } } } as never)
  await expect(fetchProfile()).rejects.toMatchObject({ code: 'NOT_MEMBER' })
  expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/programme/index' })
  expect(takeReturnTo()).toBe('/pages/invite-detail/index?id=inv-1&shareId=sh-abc')
  jest.restoreAllMocks()
})

test('after one member signs out, the next opening the same share on this phone posts their own visit', async () => {
  const visitors: string[] = []
  const record = ({ request }: { request: Request }) => {
    if (/\/shares\/[^/]+\/visits$/.test(new URL(request.url).pathname)) visitors.push(request.headers.get('authorization') ?? '')
  }
  server.events.on('request:start', record)
  const signInAs = async (persona: string) => saveSession(await signInWithWechat(`mock:${persona}`))
  await signInAs('cocreator~53')
  const { id: shareId } = await createShare({ kind: 'home' }, SHARE_CHANNELS[0])
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { shareId } } } as never)
  function Opened() {
    useShareVisit()
    return null
  }
  await signInAs('active~53')
  const first = render(<Opened />)
  await waitFor(() => expect(visitors).toHaveLength(1))
  first.unmount()

  clearSession(true)
  await signInAs('newcomer~53')
  render(<Opened />)
  await waitFor(() => expect(visitors).toHaveLength(2))
  expect(visitors[1]).not.toBe(visitors[0])
  server.events.removeListener('request:start', record)
  jest.restoreAllMocks()
})
