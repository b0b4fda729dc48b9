import { SHANGHAI_OFFSET_MS, parseInstant, type Instant } from '../time'
import type { QuotaPeriod, Right } from './catalogue'

export interface RightClaim {
  rightId: string
  /** ISO instant with offset, as the backend records it. */
  claimedAt: string
}

/**
 * The Shanghai calendar period containing `now`: '2026-11' for a month, '2026' for a year.
 * Shifting by the fixed +08:00 offset and reading UTC fields gives Shanghai wall-clock fields.
 */
export function periodKey(now: Instant, period: QuotaPeriod): string {
  const local = new Date(now + SHANGHAI_OFFSET_MS)
  const year = String(local.getUTCFullYear())
  if (period === 'year') return year
  return `${year}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`
}

/**
 * Claims of this right in the current period. Claims with an unreadable date are not counted
 * (periodKey(NaN) matches no period); a right without a quota counts every claim ever made.
 */
export function quotaUsed(claims: readonly RightClaim[], right: Right, now: Instant): number {
  const mine = claims.filter((c) => c.rightId === right.id)
  const quota = right.quota
  if (!quota) return mine.length
  const current = periodKey(now, quota.period)
  return mine.filter((c) => periodKey(parseInstant(c.claimedAt), quota.period) === current).length
}

export function quotaLeft(claims: readonly RightClaim[], right: Right, now: Instant): number | null {
  if (!right.quota) return null
  return Math.max(0, right.quota.perPeriod - quotaUsed(claims, right, now))
}

const PERIOD_WORD: Record<QuotaPeriod, string> = { month: '每月', year: '每年' }

/** "每月 1 次，已领 0 次"; null when the right has no quota to describe. */
export function describeQuota(right: Right, claims: readonly RightClaim[], now: Instant): string | null {
  if (!right.quota) return null
  return `${PERIOD_WORD[right.quota.period]} ${right.quota.perPeriod} 次，已领 ${quotaUsed(claims, right, now)} 次`
}
