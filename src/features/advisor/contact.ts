import Taro from '@tarojs/taro'
import { copyText } from '@/platform'

/**
 * Ways to reach the advisor. Platform calls go through success/fail callbacks (some runtimes
 * return nothing to `.catch` on) and resolve to an outcome the card can put into words.
 */
export type ContactOutcome = { ok: true } | { ok: false; reason: 'cancelled' | 'unsupported' | 'failed' }

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** The weapp's customer-service session (`open-type="contact"`) exists only in the mini-program. */
export const hasContactButton = IS_WEAPP

type Api = (options: Record<string, unknown>) => unknown

function callWithCallbacks(api: Api | undefined, options: Record<string, unknown>): Promise<ContactOutcome> {
  if (typeof api !== 'function') return Promise.resolve({ ok: false, reason: 'unsupported' })
  return new Promise((resolve) => {
    try {
      api({
        ...options,
        success: () => resolve({ ok: true }),
        fail: (e: { errMsg?: string } | undefined) => resolve({ ok: false, reason: /cancel/i.test(e?.errMsg ?? '') ? 'cancelled' : 'failed' }),
      })
    } catch {
      resolve({ ok: false, reason: 'failed' })
    }
  })
}

/** weapp: the system dialer; H5: a tel: link, which the browser hands to the phone app. */
export function callAdvisor(phone: string): Promise<ContactOutcome> {
  if (!IS_WEAPP && typeof window !== 'undefined' && typeof window.location !== 'undefined') {
    try {
      window.location.href = `tel:${phone}`
      return Promise.resolve({ ok: true })
    } catch {
      return Promise.resolve({ ok: false, reason: 'unsupported' })
    }
  }
  return callWithCallbacks((Taro as unknown as { makePhoneCall?: Api }).makePhoneCall, { phoneNumber: phone })
}

/** Copies the WeChat ID so the member can add the advisor as a friend. */
export async function copyWechatId(wechatId: string): Promise<ContactOutcome> {
  const r = await copyText(wechatId)
  return r.ok ? { ok: true } : { ok: false, reason: r.reason ?? 'failed' }
}
