import { couponStatusAt, hasStarted, type Coupon } from '../coupons'
import type { Instant } from '../time'

/** Why a coupon cannot be used here now, in the contract's words (GET /staff/codes, POST /staff/checkouts). */
export type UnusableReason = 'USED' | 'EXPIRED' | 'NOT_YET_VALID' | 'WRONG_STORE'

/**
 * Whether a member's coupon can be redeemed at `storeId` at `now`: null when it can, else the
 * first reason it cannot, most final first (a used coupon is "used" even at the wrong store).
 */
export function unusableReason(coupon: Pick<Coupon, 'status' | 'validFrom' | 'validUntil' | 'storeIds'>, storeId: string, now: Instant): UnusableReason | null {
  const status = couponStatusAt(coupon, now)
  if (status === 'used') return 'USED'
  if (status === 'expired') return 'EXPIRED'
  if (!hasStarted(coupon, now)) return 'NOT_YET_VALID'
  if (!coupon.storeIds.includes(storeId)) return 'WRONG_STORE'
  return null
}

/**
 * All or nothing: the first ticked coupon that cannot be used blocks the whole checkout. A coupon
 * id the member does not hold reads as `UNKNOWN`.
 */
export function firstUnusable<C extends Pick<Coupon, 'id' | 'status' | 'validFrom' | 'validUntil' | 'storeIds'>>(
  couponIds: readonly string[],
  held: readonly C[],
  storeId: string,
  now: Instant,
): { couponId: string; reason: UnusableReason | 'UNKNOWN' } | null {
  for (const id of couponIds) {
    const coupon = held.find((c) => c.id === id)
    if (!coupon) return { couponId: id, reason: 'UNKNOWN' }
    const reason = unusableReason(coupon, storeId, now)
    if (reason) return { couponId: id, reason }
  }
  return null
}
