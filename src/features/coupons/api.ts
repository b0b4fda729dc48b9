import { noteServerTime } from '@/services/clock'
import { newIdempotencyKey } from '@/services/idempotency'
import { request } from '@/services/request'
import { CodeResponse, CouponResponse, CouponsResponse, StoresResponse, TemplatesResponse } from '@/services/schemas/coupons'

export const fetchCoupons = () => request({ path: '/coupons', schema: CouponsResponse }).then((r) => r.coupons)
export const fetchCoupon = (id: string) => request({ path: `/coupons/${encodeURIComponent(id)}`, schema: CouponResponse }).then((r) => r.coupon)
export const fetchTemplates = () => request({ path: '/coupon-templates', schema: TemplatesResponse }).then((r) => r.templates)
export const claimTemplate = (id: string) =>
  request({ method: 'POST', path: `/coupon-templates/${encodeURIComponent(id)}/claim`, schema: CouponResponse }).then((r) => r.coupon)
/**
 * A fresh code; its `serverTime` aligns the app's clock before anyone judges the code's time left.
 * Each tap wants a fresh code, never a replay of an old one: a new key per call (retries reuse it).
 */
export async function issueCode(couponId: string) {
  const sentAt = Date.now()
  const code = await request({
    method: 'POST',
    path: `/coupons/${encodeURIComponent(couponId)}/code`,
    schema: CodeResponse,
    timeoutMs: 5000,
    idempotencyKey: newIdempotencyKey('code'),
  })
  if (code.serverTime) noteServerTime(code.serverTime, sentAt, Date.now())
  return code
}
export const fetchStores = () => request({ path: '/stores', schema: StoresResponse }).then((r) => r.stores)
