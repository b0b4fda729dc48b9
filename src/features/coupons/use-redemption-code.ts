import { useCallback } from 'react'
import { useRotatingCode, type RotatingCodeState } from '@/components/code/use-rotating-code'
import { getPersona } from '@/services/mock-session'
import type { CodeDto } from '@/services/schemas/coupons'
import { issueCode } from './api'

export { CODE_RETRY_MS, NOT_AVAILABLE_RETRY_MS, type HeldCode } from '@/components/code/use-rotating-code'
export const codeCacheKey = (couponId: string) => `coupon-code:${getPersona() ?? 'default'}:${couponId}`
export type RedemptionCodeState = RotatingCodeState<CodeDto>

/** The coupon's rotating redemption code; 409 NOT_AVAILABLE (used, expired, not yet valid) is asked again later. */
export function useRedemptionCode(couponId: string, active: boolean): RedemptionCodeState {
  const fetchCode = useCallback(() => issueCode(couponId), [couponId])
  return useRotatingCode(couponId ? codeCacheKey(couponId) : null, fetchCode, active, 'NOT_AVAILABLE')
}
