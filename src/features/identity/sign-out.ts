import Taro from '@tarojs/taro'
import { wipeMemberData } from '@/services/member-storage'
import { clearSession, setReturnTo } from '@/services/session'
import { SIGN_IN_PAGE } from './routes'

/**
 * The one sign-out (我的 → 退出登录, and 注销 once the deletion is accepted): forgets the token, wipes
 * everything kept of the member on this device (saved data, in-memory stores, saved codes, drafts,
 * pending Idempotency-Keys) and opens the sign-in page, so the next person sees nothing of them.
 */
export function signOut(): void {
  clearSession(true)
  setReturnTo(null)
  wipeMemberData()
  void Taro.reLaunch({ url: SIGN_IN_PAGE })
}
