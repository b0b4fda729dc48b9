import type { Dimension } from './levels'
import { DAY_MS, parseInstant, startOfShanghaiDay, type Instant } from './time'

/**
 * `void`: a clerk undid a checkout within minutes at the counter. It belongs to its purchase
 * (`orderId`) and takes back what was left of it, exactly as a refund of that amount would.
 */
export type GrowthEventType = 'purchase' | 'refund' | 'interaction' | 'share' | 'void'

/** Refunds and voids both give money back on a purchase. */
export const givesMoneyBack = (type: GrowthEventType): boolean => type === 'refund' || type === 'void'

export interface GrowthEvent {
  id: string
  type: GrowthEventType
  /** Purchases and refunds only; always positive, a refund subtracts it. */
  amountFen?: number
  title: string
  occurredAt: string
  /**
   * The order a purchase paid for, and on a refund the order it gives money back on: a refund
   * belongs to its purchase. Optional, because older ledgers were written without it.
   */
  orderId?: string
}

export type Totals = Record<Dimension, number>

export const DEFAULT_WINDOW_DAYS = 365

export interface GrowthWindow {
  from: Instant
  to: Instant
}

/**
 * The rolling window is the last `days` Shanghai calendar days, today included: it opens at
 * Shanghai midnight so that a member reads the same totals all day long.
 */
export function windowAt(now: Instant, days = DEFAULT_WINDOW_DAYS): GrowthWindow {
  return { from: startOfShanghaiDay(now) - (days - 1) * DAY_MS, to: now }
}

export function inWindow(event: GrowthEvent, window: GrowthWindow): boolean {
  const at = parseInstant(event.occurredAt)
  return at >= window.from && at <= window.to
}

/**
 * Totals over the window; spend never shows below zero.
 *
 * A refund belongs to its purchase: it lowers spend only while that purchase is itself inside
 * the window (and the refund has happened by the window's end), and never by more than the
 * purchase paid. Money refunded on a purchase that has already left the window was never counted.
 */
export function totalsInWindow(events: readonly GrowthEvent[], window: GrowthWindow): Totals {
  const totals: Totals = { spendFen: 0, interactions: 0, shares: 0 }
  const purchaseOf = refundedPurchases(events)
  const refundedFen = new Map<GrowthEvent, number>()
  for (const event of events) {
    switch (event.type) {
      case 'purchase':
        // A purchase carries its amount as is (a negative purchase is a refund in disguise).
        if (inWindow(event, window)) totals.spendFen += fenOf(event)
        break
      case 'refund':
      case 'void': {
        if (parseInstant(event.occurredAt) > window.to) break
        const purchase = purchaseOf.get(event)
        // Refunds lower spend whichever sign the amount was written with.
        const amount = Math.abs(fenOf(event))
        if (!purchase) {
          // No purchase to belong to (a ledger that lost it): the refund counts on its own date.
          if (inWindow(event, window)) totals.spendFen -= amount
          break
        }
        if (!inWindow(purchase, window)) break
        const before = refundedFen.get(purchase) ?? 0
        const capped = Math.min(amount, Math.max(0, fenOf(purchase) - before))
        refundedFen.set(purchase, before + capped)
        totals.spendFen -= capped
        break
      }
      case 'interaction':
        if (inWindow(event, window)) totals.interactions += 1
        break
      case 'share':
        if (inWindow(event, window)) totals.shares += 1
        break
    }
  }
  totals.spendFen = Math.max(0, totals.spendFen)
  return totals
}

/**
 * Which purchase each refund belongs to. A refund with an `orderId` belongs to the purchase with
 * that `orderId`. Fallback for refunds written without the link (older ledgers, the tester's
 * `/mock/events`) or whose order is not in the ledger: taken oldest first, each belongs to the latest purchase at or before it that
 * still has at least the refund's amount left unrefunded, else to the latest earlier purchase
 * with anything left; a refund with no such purchase belongs to none and counts on its own date.
 */
export function refundedPurchases(events: readonly GrowthEvent[]): Map<GrowthEvent, GrowthEvent> {
  const result = new Map<GrowthEvent, GrowthEvent>()
  const purchases = events
    .filter((e) => e.type === 'purchase' && Number.isFinite(parseInstant(e.occurredAt)))
    .sort((a, b) => parseInstant(a.occurredAt) - parseInstant(b.occurredAt))
  const byOrder = new Map<string, GrowthEvent>()
  for (const purchase of purchases) if (purchase.orderId) byOrder.set(purchase.orderId, purchase)
  const left = new Map<GrowthEvent, number>(purchases.map((p) => [p, fenOf(p)]))
  const refunds = events
    .filter((e) => givesMoneyBack(e.type))
    .sort((a, b) => parseInstant(a.occurredAt) - parseInstant(b.occurredAt))
  const claim = (refund: GrowthEvent, purchase: GrowthEvent) => {
    result.set(refund, purchase)
    left.set(purchase, (left.get(purchase) ?? 0) - Math.abs(fenOf(refund)))
  }
  // Linked refunds first, so an unlinked one is never matched to money a linked one took back.
  for (const refund of refunds) {
    const linked = refund.orderId ? byOrder.get(refund.orderId) : undefined
    if (linked) claim(refund, linked)
  }
  for (const refund of refunds) {
    if (result.has(refund)) continue
    const at = parseInstant(refund.occurredAt)
    const amount = Math.abs(fenOf(refund))
    const earlier = purchases.filter((p) => parseInstant(p.occurredAt) <= at).reverse()
    const match =
      earlier.find((p) => (left.get(p) ?? 0) >= amount) ?? earlier.find((p) => (left.get(p) ?? 0) > 0)
    if (match) claim(refund, match)
  }
  return result
}

function fenOf(event: GrowthEvent): number {
  const fen = event.amountFen
  return typeof fen === 'number' && Number.isFinite(fen) ? fen : 0
}

/** Newest first; ties keep a stable order by id so paging with a cursor never skips. */
export function sortNewestFirst(events: readonly GrowthEvent[]): GrowthEvent[] {
  return [...events].sort((a, b) => {
    const diff = parseInstant(b.occurredAt) - parseInstant(a.occurredAt)
    return diff !== 0 ? diff : b.id < a.id ? -1 : b.id > a.id ? 1 : 0
  })
}
