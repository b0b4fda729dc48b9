import { parseInstant, type Instant } from '../time'
import { couponStatusAt, hasStarted } from './validity'
import type { Coupon, RedemptionCode } from './types'

/** A code lives one minute: long enough to show at the till, short enough that a photo goes stale. */
export const CODE_TTL_MS = 60_000
/** Fetch the next code this long before the current one expires, so the screen never shows a dead code. */
export const CODE_REFRESH_LEAD_MS = 10_000
/** What the backend sends as `refreshAfterMs` with a fresh code. */
export const CODE_REFRESH_AFTER_MS = CODE_TTL_MS - CODE_REFRESH_LEAD_MS
/** Floor for any refresh delay, so a wrong device clock cannot turn refreshing into a busy loop. */
export const MIN_REFRESH_DELAY_MS = 1_000

/**
 * `usable` while `now < expiresAt` (expiresAt itself is already too late: the clerk's scan
 * takes time, so err towards refreshing). `msLeft` never goes below 0. An unreadable
 * `expiresAt` is unusable. Pass a server-aligned `now` if the device clock may be off.
 */
export function codeState(code: Pick<RedemptionCode, 'expiresAt'>, now: Instant): { usable: boolean; msLeft: number } {
  const msLeft = parseInstant(code.expiresAt) - now
  return msLeft > 0 ? { usable: true, msLeft } : { usable: false, msLeft: 0 }
}

/**
 * Milliseconds to wait before fetching the next code. The server's `refreshAfterMs` is counted
 * from `receivedAt` on the device's own clock, so a device clock that is minutes off does not
 * matter; it wins whenever present. Without it, `CODE_REFRESH_LEAD_MS` before `expiresAt`.
 * Never less than `MIN_REFRESH_DELAY_MS`.
 */
export function nextRefreshDelay(code: Pick<RedemptionCode, 'expiresAt' | 'refreshAfterMs'>, receivedAt: Instant, now: Instant): number {
  const delay =
    typeof code.refreshAfterMs === 'number' && Number.isFinite(code.refreshAfterMs)
      ? receivedAt + code.refreshAfterMs - now
      : parseInstant(code.expiresAt) - CODE_REFRESH_LEAD_MS - now
  return Number.isNaN(delay) ? MIN_REFRESH_DELAY_MS : Math.max(MIN_REFRESH_DELAY_MS, delay)
}

export type Redeemability = { redeemable: true } | { redeemable: false; reason: 'USED' | 'EXPIRED' | 'NOT_STARTED' | 'CODE_EXPIRED' }

/**
 * Whether the clerk could redeem this coupon with this code at `now`. A code is only as good
 * as its coupon: a coupon that expires at midnight while its code still has 40 s left is not
 * redeemable, and the screen should say the coupon expired rather than count down.
 * Coupon reasons come before the code's, since a fresh code would not fix them.
 */
export function redeemability(coupon: Pick<Coupon, 'status' | 'validFrom' | 'validUntil'>, code: Pick<RedemptionCode, 'expiresAt'>, now: Instant): Redeemability {
  const status = couponStatusAt(coupon, now)
  if (status === 'used') return { redeemable: false, reason: 'USED' }
  if (status === 'expired') return { redeemable: false, reason: 'EXPIRED' }
  if (!hasStarted(coupon, now)) return { redeemable: false, reason: 'NOT_STARTED' }
  if (!codeState(code, now).usable) return { redeemable: false, reason: 'CODE_EXPIRED' }
  return { redeemable: true }
}

export function isRedeemableAt(coupon: Pick<Coupon, 'status' | 'validFrom' | 'validUntil'>, code: Pick<RedemptionCode, 'expiresAt'>, now: Instant): boolean {
  return redeemability(coupon, code, now).redeemable
}

/**
 * Poll back-off for "was my coupon redeemed?": 1.5 s, 3 s, then every 4 s; reset on each new code.
 * The member is standing at the counter, so the success view must follow the clerk's scan within
 * seconds; a code lives 60 s, so this is at most ~16 light reads per code.
 */
export const POLL_FIRST_MS = 1_500
export const POLL_MAX_MS = 4_000

export function pollDelay(attempt: number): number {
  const n = Number.isFinite(attempt) && attempt > 0 ? Math.floor(attempt) : 0
  // 2^n grows past the cap by n = 2; the min keeps huge attempts from overflowing to Infinity.
  return Math.min(POLL_MAX_MS, POLL_FIRST_MS * 2 ** Math.min(n, 10))
}
