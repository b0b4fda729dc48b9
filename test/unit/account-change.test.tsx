/**
 * Issue #24 item 1 on the mini-programs: the weapp signs in silently (wx.login), so an account
 * change is a new sign-in under another account; Alipay and Douyin sign in by phone and so offer
 * 退出登录. Either way the previous member's data is gone from screen and storage.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import { server } from '@mock/node'
import { useCouponStore } from '@/features/coupons'
import { useMembershipStore } from '@/features/growth'
import { ProfileIdentityActions } from '@/features/identity'
import { signInWithWechat } from '@/features/identity/api'
import { signInSilently } from '@/features/identity/session-boot'
import { setPersona } from '@/services/mock-session'
import { getSession, needsSignIn, saveSession } from '@/services/session'
import { withMockBackend } from '../support/screen'

withMockBackend()
afterEach(() => {
  jest.clearAllMocks()
  process.env.TARO_ENV = 'h5'
})

const everythingStored = () => Taro.getStorageInfoSync().keys.map((k) => `${k}=${JSON.stringify(Taro.getStorageSync(k))}`).join('\n')

test('weapp: wx.login answering for another account wipes the previous member from screen and storage', async () => {
  setPersona('active~61')
  await signInSilently()
  await Promise.all([useMembershipStore.getState().load(), useCouponStore.getState().load()])
  expect(useMembershipStore.getState().snapshot?.member?.nickname).toBe('林晓雨 61号')
  expect(everythingStored()).toContain('林晓雨 61号')

  // The next silent sign-in comes back as someone else (another WeChat account on this phone).
  saveSession(await signInWithWechat('mock:newcomer~61'))
  expect(useMembershipStore.getState().snapshot).toBeNull()
  expect(useCouponStore.getState().coupons).toBeNull()
  expect(everythingStored()).not.toContain('林晓雨')

  // A /me that fails for the new account never brings the old one back.
  server.use(http.get('*/api/v1/me', () => HttpResponse.json({ error: { code: 'UNAVAILABLE', message: '维护中' } }, { status: 503 })))
  await useMembershipStore.getState().load()
  expect(useMembershipStore.getState().snapshot?.growth).toBeTruthy()
  expect(useMembershipStore.getState().snapshot?.member ?? null).toBeNull()
  expect(everythingStored()).not.toContain('林晓雨')
})

test.each(['alipay', 'tt'] as const)('%s signs in by phone, so 我的 offers 退出登录, which signs out and wipes', async (platform) => {
  process.env.TARO_ENV = platform
  setPersona('active~62')
  await signInSilently()
  await useMembershipStore.getState().load()
  render(<ProfileIdentityActions />)
  fireEvent.click(screen.getByRole('button', { name: '退出登录' }))
  await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/sign-in/index' }))
  expect(getSession()).toBeNull()
  expect(needsSignIn()).toBe(true)
  expect(useMembershipStore.getState().snapshot).toBeNull()
  expect(everythingStored()).not.toContain('林晓雨')
})

test('the weapp, which signs in with the WeChat account, has no 退出登录', () => {
  process.env.TARO_ENV = 'weapp'
  render(<ProfileIdentityActions />)
  expect(screen.getByText('资料')).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: '退出登录' })).toBeNull()
})
