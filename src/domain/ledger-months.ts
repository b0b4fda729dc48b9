import { givesMoneyBack, refundedPurchases, type GrowthEvent } from './ledger'
import { parseInstant, SHANGHAI_OFFSET_MS, type Instant } from './time'

/** One Shanghai calendar month of the ledger, as the growth record's month header shows it. */
export interface MonthTotals {
  /** `YYYY-MM`, Shanghai calendar. */
  month: string
  /** Purchases of the month less what was refunded on them (whenever), never below zero. */
  spendFen: number
  interactions: number
  shares: number
}

/** `YYYY-MM` of the Shanghai month holding `instant`: 2026-11-30T16:00Z is already 2026-12. */
export function shanghaiMonthOf(instant: Instant): string {
  const local = new Date(instant + SHANGHAI_OFFSET_MS)
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`
}

function fenOf(event: GrowthEvent): number {
  const fen = event.amountFen
  return typeof fen === 'number' && Number.isFinite(fen) ? fen : 0
}

/**
 * Totals of the whole month over the member's ledger, whatever page of it the app has loaded.
 * A refund belongs to its purchase (DOMAIN.md): it lowers the month the purchase was made in,
 * by no more than that purchase paid, even when the money went back in a later month; a refund
 * with no purchase to belong to counts in its own month. Same rules as totalsInWindow.
 */
export function monthTotals(events: readonly GrowthEvent[], months: readonly string[]): MonthTotals[] {
  const byMonth = new Map(months.map((month) => [month, { month, spendFen: 0, interactions: 0, shares: 0 }]))
  const monthOf = (e: GrowthEvent) => {
    const at = parseInstant(e.occurredAt)
    return Number.isFinite(at) ? byMonth.get(shanghaiMonthOf(at)) : undefined
  }
  const purchaseOf = refundedPurchases(events)
  const refunded = new Map<GrowthEvent, number>()
  for (const event of events) {
    if (event.type === 'purchase') {
      const m = monthOf(event)
      if (m) m.spendFen += fenOf(event)
    } else if (givesMoneyBack(event.type)) {
      const purchase = purchaseOf.get(event)
      const amount = Math.abs(fenOf(event))
      if (!purchase) {
        const m = monthOf(event)
        if (m) m.spendFen -= amount
        continue
      }
      const m = monthOf(purchase)
      if (!m) continue
      const before = refunded.get(purchase) ?? 0
      const capped = Math.min(amount, Math.max(0, fenOf(purchase) - before))
      refunded.set(purchase, before + capped)
      m.spendFen -= capped
    } else {
      const m = monthOf(event)
      if (m && event.type === 'interaction') m.interactions += 1
      else if (m && event.type === 'share') m.shares += 1
    }
  }
  return [...byMonth.values()].map((m) => ({ ...m, spendFen: Math.max(0, m.spendFen) }))
}
