import { DAY_MS, endOfShanghaiDate, endOfShanghaiDay, parseInstant, shanghaiDaysBetween, type Instant } from '../time'
import type { Coupon, CouponStatus, CouponTemplate } from './types'

/**
 * When a coupon claimed at `claimedAt` may be used.
 *
 * - `fixed`: from the first millisecond of `from` to the last millisecond of `until`, both
 *   Shanghai calendar days, whenever it was claimed.
 * - `relative` N days: from the claim instant to the end of the Shanghai day N days after the
 *   claim day. The claim day does NOT count: a coupon claimed at 23:50 on the 1st with N = 7
 *   is valid until 23:59:59.999 on the 8th, so a late claim never loses a day. N = 0 means
 *   "today only". No daylight saving in Shanghai, so adding N × 24 h lands on the right day.
 */
export function validityFor(template: Pick<CouponTemplate, 'validity'>, claimedAt: Instant): { validFrom: Instant; validUntil: Instant } {
  const v = template.validity
  if (v.type === 'fixed') {
    // Start of a date = end of the day before + 1 ms; time.ts only offers the end.
    return { validFrom: endOfShanghaiDate(v.from) - DAY_MS + 1, validUntil: endOfShanghaiDate(v.until) }
  }
  if (!Number.isInteger(v.days) || v.days < 0) throw new RangeError(`relative validity needs whole days >= 0, got ${v.days}`)
  return { validFrom: claimedAt, validUntil: endOfShanghaiDay(claimedAt + v.days * DAY_MS) }
}

/**
 * The status a coupon has at `now`. The server's `status` can be stale (it was true when the
 * list was fetched), so expiry is derived from `validUntil` here rather than by a periodic job:
 * expired as soon as `now > validUntil`. An unreadable `validUntil` counts as expired, so bad
 * data fails closed instead of showing a code forever.
 */
export function couponStatusAt(coupon: Pick<Coupon, 'status' | 'validUntil'>, now: Instant): CouponStatus {
  if (coupon.status !== 'available') return coupon.status
  return now <= parseInstant(coupon.validUntil) ? 'available' : 'expired'
}

/** Whether the validity period has begun (a fixed-date coupon can be claimed before it starts). */
export function hasStarted(coupon: Pick<Coupon, 'validFrom'>, now: Instant): boolean {
  return parseInstant(coupon.validFrom) <= now
}

/** Soonest `validUntil` first, ties by id so the order is stable; unreadable dates go last. */
export function sortBySoonestExpiry<T extends Pick<Coupon, 'id' | 'validUntil'>>(coupons: readonly T[]): T[] {
  const key = (c: T) => {
    const t = parseInstant(c.validUntil)
    return Number.isNaN(t) ? Infinity : t
  }
  return [...coupons].sort((a, b) => key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

export type ExpiryBadge = { kind: 'today' } | { kind: 'days'; days: number }

/** Badges are shown for expiry within this many Shanghai calendar days. */
export const EXPIRY_BADGE_DAYS = 7

/**
 * "Expires today" / "expires in N days" for an available coupon ending within
 * `EXPIRY_BADGE_DAYS` Shanghai calendar days (calendar days, not 24-hour periods: a coupon
 * ending tomorrow at 23:59 is "1 day" even at 00:01 today). Null when no badge is due.
 */
export function expiryBadge(coupon: Pick<Coupon, 'status' | 'validUntil'>, now: Instant): ExpiryBadge | null {
  if (couponStatusAt(coupon, now) !== 'available') return null
  const days = shanghaiDaysBetween(now, parseInstant(coupon.validUntil))
  if (days === 0) return { kind: 'today' }
  return days <= EXPIRY_BADGE_DAYS ? { kind: 'days', days } : null
}

export function describeExpiryBadge(badge: ExpiryBadge): string {
  return badge.kind === 'today' ? '今天到期' : `${badge.days} 天后到期`
}
