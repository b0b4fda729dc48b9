import Taro from '@tarojs/taro'

/** The brand's privacy notice; the version a member agrees to is sent with the join. */
export const PRIVACY_VERSION = '2026-11'

export const PRIVACY_SUMMARY = [
  '我们收集：手机号（登录与到店识别）、昵称、生日（生日礼）、偏好（为你匹配优惠与活动）、成长记录（消费、互动、分享）。',
  '用途：计算会员等级与权益、发放与核销优惠券、邀请你参加活动。不会出售你的个人信息。',
  '你可以在「我的 → 资料」修改昵称与偏好；生日设置后不能修改。可随时联系客服注销会员并删除数据。',
]

const IS_WEAPP = process.env.TARO_ENV === 'weapp'
type PrivacyResolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree' }) => void
type TaroPrivacy = {
  requirePrivacyAuthorize?: (option: { success?: () => void; fail?: () => void }) => void
  onNeedPrivacyAuthorization?: (listener: (resolve: PrivacyResolve) => void) => void
}
const wx = Taro as unknown as TaroPrivacy

/**
 * WeChat's own privacy flow (weapp, base library 2.32.3+): true when the member has authorized,
 * or when the runtime has no such flow (H5, older base libraries). Called with callbacks.
 */
export function requireWechatPrivacy(): Promise<boolean> {
  if (!IS_WEAPP || typeof wx.requirePrivacyAuthorize !== 'function') return Promise.resolve(true)
  return new Promise((resolve) => {
    try {
      wx.requirePrivacyAuthorize!({ success: () => resolve(true), fail: () => resolve(false) })
    } catch {
      resolve(true)
    }
  })
}

/**
 * When WeChat needs the member's authorization (before getPhoneNumber), answer with what the
 * member chose on our notice: agreed there means agreed here; otherwise the member is asked to
 * tick it first.
 */
export function answerWechatPrivacyWith(hasAgreed: () => boolean, onAsked: () => void): void {
  if (!IS_WEAPP || typeof wx.onNeedPrivacyAuthorization !== 'function') return
  try {
    wx.onNeedPrivacyAuthorization((resolve) => {
      if (hasAgreed()) resolve({ event: 'agree' })
      else {
        resolve({ event: 'disagree' })
        onAsked()
      }
    })
  } catch {
    /* no privacy flow in this runtime */
  }
}
