import { useCallback } from 'react'
import { useRotatingCode, type RotatingCodeState } from '@/components/code/use-rotating-code'
import type { CodeDto } from '@/services/schemas/coupons'
import { issueCode } from './api'

export { CODE_RETRY_MS, NOT_AVAILABLE_RETRY_MS, type HeldCode } from '@/components/code/use-rotating-code'
/** The member-storage name of a coupon's saved code (kept per member by services/member-storage). */
export const codeCacheKey = (couponId: string) => `coupon-code.${couponId}`
export type RedemptionCodeState = RotatingCodeState<CodeDto>

/** The coupon's rotating redemption code; 409 NOT_AVAILABLE (used, expired, not yet valid) is asked again later. */
export function useRedemptionCode(couponId: string, active: boolean): RedemptionCodeState {
  const fetchCode = useCallback(() => issueCode(couponId), [couponId])
  return useRotatingCode(couponId ? codeCacheKey(couponId) : null, fetchCode, active, 'NOT_AVAILABLE')
}
