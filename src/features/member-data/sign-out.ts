import Taro from '@tarojs/taro'
import { SIGN_IN_PAGE } from '@/features/identity/routes'
import { invalidateMemberData } from '@/services/mock-session'
import { clearSession } from '@/services/session'

/**
 * After a deletion the member is signed out exactly as 退出登录 does it (我的 → 退出登录:
 * clearSession(true), then invalidateMemberData): the token is dead anyway (401), and nothing of
 * the deleted member may stay on screen or in storage.
 */
export function signOutAfterDeletion(): void {
  clearSession(true)
  invalidateMemberData()
  void Taro.reLaunch({ url: SIGN_IN_PAGE })
}
