import { request } from '@/services/request'
import { RedemptionResponse, StoresResponse } from '@/services/schemas/coupons'

export const fetchStores = () => request({ path: '/stores', schema: StoresResponse }).then((r) => r.stores)
export const redeem = (body: { code: string; storeId: string; idempotencyKey: string }) =>
  request({ method: 'POST', path: '/redemptions', body, schema: RedemptionResponse }).then((r) => r.redemption)

/** A key no other attempt will use: time plus randomness is plenty for a till. */
export function newIdempotencyKey(): string {
  return `rk-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
