import { withMockBackend } from '../support/screen'
import Taro from '@tarojs/taro'
import * as v from 'valibot'
import { startSession } from '@/features/identity'
import { signInSilently } from '@/features/identity/session-boot'
import { setPersona } from '@/services/mock-session'
import { request } from '@/services/request'
import { getSession, saveSession, takeReturnTo } from '@/services/session'

withMockBackend()
afterEach(() => {
  jest.restoreAllMocks()
  jest.clearAllMocks()
})

const me = () => request({ path: '/me', schema: v.object({ member: v.object({ id: v.string() }) }) }).then((r) => r.member.id)

test('the mock weapp signs in silently as the tester persona (mock:<persona>)', async () => {
  setPersona('first-buyer~5')
  await signInSilently()
  expect(getSession()).toMatchObject({ joined: true })
  expect(await me()).toBe('first-buyer~5')
})

test('H5: a refused token sends the member to the sign-in page, remembering the page they were on', async () => {
  startSession()
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { path: '/pages/coupon-code/index', params: { id: 'c-0003', $taroTimestamp: '1' } } } as never)
  saveSession({ token: 'mt.expired', expiresAt: '2030-01-01T00:00:00Z', joined: true })
  await expect(me()).rejects.toMatchObject({ status: 401 })
  expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/sign-in/index' })
  expect(takeReturnTo()).toBe('/pages/coupon-code/index?id=c-0003')
})

test('a visitor who opened a member page is sent to the programme, and the page is kept for after joining', async () => {
  startSession()
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { path: '/pages/invite-detail/index', params: { id: 'inv-9' } } } as never)
  setPersona('visitor~30')
  await expect(me()).rejects.toMatchObject({ code: 'NOT_MEMBER' })
  expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/programme/index' })
  expect(takeReturnTo()).toBe('/pages/invite-detail/index?id=inv-9')
})

test('H5: a call failing while the sign-in page is already shown does not reload it (what was typed stays)', async () => {
  startSession()
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { path: '/pages/sign-in/index', params: {} } } as never)
  saveSession({ token: 'mt.expired', expiresAt: '2030-01-01T00:00:00Z', joined: true })
  await expect(me()).rejects.toMatchObject({ status: 401 })
  expect(Taro.reLaunch).not.toHaveBeenCalled()
})
