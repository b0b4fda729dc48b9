import { DAY_MS, endOfShanghaiDate, type Instant } from '../time'

/** The first and last millisecond of a Shanghai calendar day `YYYY-MM-DD`; null when it is no date. */
export function shanghaiDayBounds(date: string): { from: Instant; to: Instant } | null {
  const to = endOfShanghaiDate(date)
  if (!Number.isFinite(to)) return null
  return { from: to - DAY_MS + 1, to }
}

/**
 * A member's name as a clerk may see it: the first character, the rest hidden (at most three
 * stars, so a long name does not say how long it is). Characters, not UTF-16 units, so an emoji
 * or a rare hanzi is never cut in half.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length === 0) return '会员'
  return `${chars[0]}${'*'.repeat(Math.min(3, Math.max(1, chars.length - 1)))}`
}

export type DayLogKind = 'redemption' | 'purchase' | 'refund' | 'check-in' | 'checkout' | 'void'

/** The day's totals: voided redemptions and checkouts no longer count, the voids themselves do. */
export function dayTotals(
  entries: ReadonlyArray<{ kind: DayLogKind; amountFen?: number; couponCount?: number; voidedAt?: string }>,
): { redemptions: number; purchasesFen: number; refundsFen: number; voids: number } {
  const totals = { redemptions: 0, purchasesFen: 0, refundsFen: 0, voids: 0 }
  for (const e of entries) {
    if (e.kind === 'void') totals.voids += 1
    if (e.voidedAt) continue
    if (e.kind === 'redemption') totals.redemptions += 1
    if (e.kind === 'checkout') totals.redemptions += e.couponCount ?? 0
    if (e.kind === 'purchase' || e.kind === 'checkout') totals.purchasesFen += e.amountFen ?? 0
    if (e.kind === 'refund') totals.refundsFen += e.amountFen ?? 0
  }
  return totals
}
